import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaptureClip } from '../../types.js';
import { anyKept } from './kept-marker.js';
import { recoverClips } from './recover.js';

/** Clips already offered by an element of this page: two galleries never show the same one. */
const offered = new Set<string>();

/**
 * Offers the host's recordings that were cut short (a reload, a crash, a closed tab) in its
 * gallery, once per page: each clip recorded by an element of the host's tag is restored and
 * handed to `add`. Its stored copy is forgotten when the person deletes it from the gallery.
 */
export class RecoveryController implements ReactiveController {
  private asked = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly add: (clip: CaptureClip) => void) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.asked) return;
    this.asked = true;
    void this.offer();
  }

  private async offer(): Promise<void> {
    if (!anyKept()) return; // nothing was ever kept here: no storage code to fetch, no storage to open
    for (const clip of await recoverClips()) {
      if (clip.source !== this.host.localName || offered.has(clip.id)) continue;
      offered.add(clip.id);
      try {
        const restored = await clip.restore();
        if (this.host.isConnected) this.add(restored);
        else offered.delete(clip.id); // for another element of the page
      } catch (cause) {
        console.warn(`<${this.host.localName}>: a recording cut short could not be recovered.`, cause);
      }
    }
  }
}
