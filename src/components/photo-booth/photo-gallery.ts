import type { CapturePhoto } from './photo.js';

/**
 * The booth's photos, newest first, at most `limit`. Owns their object URLs: a photo that
 * leaves (deleted, cleared, pushed out by the limit) has its URL revoked.
 */
export class PhotoGallery {
  private items: CapturePhoto[] = [];

  constructor(public limit = Infinity) {}

  get photos(): readonly CapturePhoto[] {
    return this.items;
  }

  add(photo: CapturePhoto): void {
    this.items = [photo, ...this.items];
    this.trim();
  }

  remove(photo: CapturePhoto): void {
    if (!this.items.includes(photo)) return;
    this.items = this.items.filter((p) => p !== photo);
    URL.revokeObjectURL(photo.url);
  }

  clear(): void {
    this.items.forEach((p) => URL.revokeObjectURL(p.url));
    this.items = [];
  }

  /** Applies a new limit, dropping the oldest photos beyond it. */
  setLimit(limit: number): void {
    this.limit = limit;
    this.trim();
  }

  private trim(): void {
    this.items.slice(this.limit).forEach((p) => this.remove(p));
  }
}
