import { css } from 'lit';

export const devicePickerStyles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25em;
    color: var(--capture-picker-color, inherit);
  }
  select {
    font: inherit;
    min-width: 12em;
    padding: 0.35em 0.5em;
    border-radius: var(--capture-picker-radius, 6px);
    border: 1px solid var(--capture-picker-border, #888);
    background: var(--capture-picker-background, Field);
    color: inherit;
  }
  select:focus-visible {
    outline: 3px solid var(--capture-focus-ring, #93c5fd);
    outline-offset: 2px;
  }
  .note {
    margin: 0;
    font-size: 0.9em;
  }
`;
