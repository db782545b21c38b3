import { css } from 'lit';

/** Styles every kit element shares: hidden text for screen readers and the kit's buttons. */
export const sharedStyles = css`
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: 0.5em 1em;
    border-radius: var(--capture-button-radius, 6px);
    border: 1px solid var(--capture-button-border, transparent);
    background: var(--capture-button-background, #2563eb);
    color: var(--capture-button-color, #fff);
  }
  button:focus-visible {
    outline: 3px solid var(--capture-focus-ring, #93c5fd);
    outline-offset: 2px;
  }
`;
