import { css } from 'lit';

export const cameraPreviewStyles = css`
  :host {
    display: block;
    position: relative;
    aspect-ratio: 4 / 3;
    overflow: hidden;
    border-radius: var(--capture-preview-radius, calc(var(--_radius) + 2px));
    background: var(--capture-preview-background, #111);
    color: var(--capture-preview-color, #f5f5f5);
  }
  video {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  video.cover {
    object-fit: cover;
  }
  video.mirrored {
    transform: scaleX(-1);
  }
  video.hidden {
    visibility: hidden;
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space-3);
    padding: var(--_space-4);
    text-align: center;
    overflow-wrap: anywhere;
  }
  .message {
    margin: 0;
    max-width: 32em;
  }
  .help {
    margin: 0;
    max-width: 32em;
    font-size: 0.9em;
    opacity: 0.85;
  }
  .spinner {
    width: 2em;
    height: 2em;
    border-radius: 50%;
    border: 3px solid currentColor;
    border-right-color: transparent;
    animation: spin 0.9s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .muted {
    position: absolute;
    inset: auto var(--_space-2) var(--_space-2) auto;
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 70%);
    font-size: 0.85em;
  }
  .flip {
    position: absolute;
    inset: var(--_space-2) var(--_space-2) auto auto;
  }
  /* Forced colours drop the dark background: a frame keeps the preview's box visible. */
  @media (forced-colors: active) {
    :host {
      outline: 1px solid CanvasText;
      outline-offset: -1px;
    }
  }
`;
