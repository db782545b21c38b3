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
  .gallery .bar {
    justify-content: flex-end;
    margin-block: 0 var(--_space-2);
  }
  .gallery ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--capture-thumbnail-size, 8em), 100%), 1fr));
    gap: var(--_space-3);
    align-items: start;
  }
  /* A photo keeps its own proportions (its width and height attributes give the ratio). */
  .gallery img {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .gallery video {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: contain;
    background: #111;
    border-radius: var(--_radius);
  }
  .gallery .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1);
    margin-top: var(--_space-1);
    font-size: 0.85em;
  }
  .gallery .actions > * {
    flex: 1;
    padding: var(--_space-1);
    text-align: center;
  }
  .gallery a {
    color: inherit;
    border-radius: var(--_radius);
  }
  /* Deleting is secondary to taking photos: outlined, in the danger colour. */
  .gallery button {
    background: transparent;
    color: var(--_danger);
    border-color: currentColor;
  }
  @media (forced-colors: active) {
    .shutter {
      border: 2px solid ButtonText;
    }
  }
`;
