import { forgetRecovered } from '../recording/recovered-items.js';
import { revokeObjectUrl } from './object-url.js';

/** An item leaves the gallery: its URL is revoked, and a recovered clip's stored copy forgotten. */
const release = (item: object) => {
  revokeObjectUrl(item);
  forgetRecovered(item);
};

/**
 * The booth's photos and clips, newest first, at most `limit`. Owns their object URLs: an item
 * that leaves (deleted, cleared, pushed out by the limit) has its URL revoked.
 */
export class Gallery<Item extends { url: string }> {
  private items: Item[] = [];

  constructor(public limit = Infinity) {}

  get all(): readonly Item[] {
    return this.items;
  }

  add(item: Item): void {
    this.items = [item, ...this.items];
    this.trim();
  }

  remove(item: Item): void {
    if (!this.items.includes(item)) return;
    this.items = this.items.filter((i) => i !== item);
    release(item);
  }

  /** The person deleted every item. */
  clear(): void {
    this.items.forEach(release);
    this.items = [];
  }

  /** The element left the page: the URLs are revoked, and recovered clips stay stored for the next visit. */
  letGo(): void {
    this.items.forEach(revokeObjectUrl);
    this.items = [];
  }

  /** Applies a new limit, dropping the oldest photos beyond it. */
  setLimit(limit: number): void {
    this.limit = limit;
    this.trim();
  }

  private trim(): void {
    this.items.slice(this.limit).forEach((i) => this.remove(i));
  }
}
