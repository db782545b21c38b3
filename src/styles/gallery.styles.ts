import { css } from 'lit';

/** The gallery of photos and clips (`renderGallery`), shared by the booth and the screen capture. */
export const galleryStyles = css`
  .gallery .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
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
  .gallery .recovered {
    margin: var(--_space-1) 0 0;
    font-size: 0.85em;
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
`;
