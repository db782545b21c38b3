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
    border-radius: var(--capture-preview-radius, 8px);
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
    gap: 0.5em;
    justify-content: center;
    margin-block: 0.75em;
  }
  .shutter {
    padding: 0.6em 1.6em;
    border-radius: 999px;
    background: var(--capture-shutter-background, #dc2626);
    color: var(--capture-shutter-color, #fff);
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .error {
    color: var(--capture-booth-error, light-dark(#b91c1c, #f87171));
    text-align: center;
  }
  .fallback {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25em;
    margin-block: 0.75em;
  }
  .gallery ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--capture-thumbnail-size, 8em), 1fr));
    gap: 0.5em;
  }
  .gallery img,
  .gallery video {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: 4px;
  }
  .gallery .actions {
    display: flex;
    gap: 0.25em;
    margin-top: 0.25em;
    font-size: 0.85em;
  }
  .gallery .actions > * {
    flex: 1;
    padding: 0.25em;
    text-align: center;
  }
  .gallery a {
    color: inherit;
  }
`;
