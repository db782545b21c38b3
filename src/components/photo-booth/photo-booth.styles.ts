import { css } from 'lit';

export const photoBoothStyles = css`
  :host {
    display: block;
    position: relative;
  }
  .stage {
    position: relative;
  }
  .flash {
    position: absolute;
    inset: 0;
    background: #fff;
    border-radius: var(--capture-preview-radius, calc(var(--_radius) + 2px));
    pointer-events: none;
    animation: flash 250ms ease-out forwards;
  }
  @keyframes flash {
    from {
      opacity: 0.9;
    }
    to {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .flash {
      display: none;
    }
  }
  .count {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    font-size: 6em;
    font-weight: 700;
    color: #fff;
    text-shadow: 0 0 0.2em rgb(0 0 0 / 60%);
    pointer-events: none;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    justify-content: center;
    margin-block: var(--_space-3);
  }
  .shutter {
    padding: var(--_space-2) var(--_space-4);
    min-width: min(8em, 100%);
    font-weight: 600;
    border-radius: 999px;
    background: var(--capture-shutter-background, #dc2626);
    color: var(--capture-shutter-color, #fff);
  }
  .error {
    color: var(--capture-booth-error, var(--_danger));
    text-align: center;
  }
  .fallback {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-1);
    margin-block: var(--_space-3);
  }
  @media (forced-colors: active) {
    .shutter {
      border: 2px solid ButtonText;
    }
  }
`;
