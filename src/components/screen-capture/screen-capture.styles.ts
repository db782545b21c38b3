import { css } from 'lit';

export const screenCaptureStyles = css`
  :host {
    display: block;
  }
  .stage {
    position: relative;
  }
  video {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: contain;
    background: var(--capture-preview-background, #111);
    border-radius: var(--capture-preview-radius, calc(var(--_radius) + 2px));
  }
  video.hidden {
    display: none;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    justify-content: center;
    margin-block: var(--_space-3);
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
