import { css } from 'lit';

export const audioMeterStyles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
    min-width: 8em;
  }
  .label {
    flex: 1 0 100%;
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
    font-size: 0.9em;
  }
  .readout {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .track {
    flex: 1;
    height: var(--capture-meter-height, 0.5em);
    min-width: 6em;
    border-radius: 999px;
    overflow: hidden;
    background: var(--capture-meter-background, light-dark(#d4d4d8, #3f3f46));
  }
  .bar {
    height: 100%;
    background: var(--capture-meter-color, #16a34a);
    transform-origin: left;
    transform: scaleX(0);
  }
  @media (forced-colors: active) {
    .track {
      border: 1px solid CanvasText;
    }
    .bar {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
