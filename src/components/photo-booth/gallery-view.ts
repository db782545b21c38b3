import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatString } from '../../i18n/strings.js';
import { boothTexts } from './photo-booth.strings.js';
import { captureFileName, type CaptureClip, type CapturePhoto } from './photo.js';

export type GalleryItem = CapturePhoto | CaptureClip;
export const isClip = (item: GalleryItem): item is CaptureClip => 'duration' in item;

/** The gallery: thumbnails (a still or a playable clip) newest first, each with download and delete. */
export function renderGallery(items: readonly GalleryItem[], remove: (item: GalleryItem) => void, clear: () => void) {
  const s = boothTexts();
  if (items.length === 0) return nothing;
  return html`<section part="gallery" class="gallery" role="group" aria-label=${s.galleryLabel}>
    <div class="bar">
      <button part="clear-button" type="button" @click=${clear}>${s.clearPhotos}</button>
    </div>
    <ul>${repeat(items, (item) => item.url, (item) => {
      const time = item.takenAt.toLocaleTimeString();
      const name = formatString(isClip(item) ? (item.recovered ? s.recoveredClipAlt : s.clipAlt) : s.photoAlt, { time });
      return html`<li>
        ${isClip(item)
          ? html`<video src=${item.url} controls playsinline preload="metadata" aria-label=${name}></video>`
          : html`<img src=${item.url} alt=${name} width=${item.width} height=${item.height}>`}
        ${isClip(item) && item.recovered ? html`<p class="recovered">${s.recoveredLabel}</p>` : nothing}
        <div class="actions">
          <a href=${item.url} download=${captureFileName(item)} aria-label=${formatString(s.downloadLabel, { name })}>${s.downloadPhoto}</a>
          <button type="button" aria-label=${formatString(s.deleteLabel, { name })} @click=${() => remove(item)}>${s.deletePhoto}</button>
        </div>
      </li>`;
    })}</ul>
  </section>`;
}
