import { css } from 'lit';

export const screenCaptureStyles = css`
  :host {
    display: block;
  }
  /* A 16:9 box whether or not anything is shared: the page does not jump when sharing starts. */
  .stage {
    position: relative;
    aspect-ratio: 16 / 9;
    background: var(--capture-preview-background, #111);
    border-radius: var(--capture-preview-radius, calc(var(--_radius) + 2px));
    overflow: hidden;
  }
  video {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  video.hidden {
    visibility: hidden;
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--_space-3);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    justify-content: center;
    margin-block: var(--_space-3);
  }
  /* A switch that is off reads as off: outlined rather than filled. */
  [part='bubble-button'][aria-pressed='false'] {
    background: transparent;
    color: inherit;
    border-color: currentColor;
  }
  [part='record-button'][aria-pressed='true'] {
    background: var(--capture-shutter-background, #dc2626);
  }
  .timer {
    font-variant-numeric: tabular-nums;
  }
  .status,
  .notice {
    margin: var(--_space-2) 0;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .status.error {
    color: var(--_danger);
  }
`;
