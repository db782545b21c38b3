import { css } from 'lit';

export const audioMeterStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-width: 8em;
  }
  .track {
    flex: 1;
    height: var(--capture-meter-height, 0.5em);
    min-width: 6em;
    border-radius: 999px;
    overflow: hidden;
    background: var(--capture-meter-background, #d4d4d8);
  }
  .bar {
    height: 100%;
    background: var(--capture-meter-color, #16a34a);
    transform-origin: left;
    transform: scaleX(0);
  }
`;
