import type { CaptureClip } from '../../types.js';
import { withObjectUrl } from '../photo-booth/object-url.js';
import { discardStoredClip, readStoredClip, storedClips } from './clip-storage.js';
import { heldClipLocks } from './clip-locks.js';
import { forgetKeptNote } from './kept-marker.js';
import { markRecovered } from './recovered-items.js';
import { seekableClip } from './seekable-clip.js';

/** A recording cut short (a reload, a crash, a closed tab) whose pieces were kept. */
export interface RecoverableClip {
  readonly id: string;
  /** The element that recorded it: `photo-booth` or `screen-capture`. */
  readonly source: string;
  readonly mimeType: string;
  readonly startedAt: Date;
  /** Bytes kept. */
  readonly size: number;
  /** The clip as a file (made seekable); the stored copy stays until `discard()`. */
  restore(): Promise<CaptureClip>;
  /** Forgets the stored copy. */
  discard(): Promise<void>;
}

/**
 * The recordings of this origin that were cut short, oldest first: each can be restored as a clip
 * or discarded. Recordings running now, in this tab or another, are not listed. Never rejects
 * ([] where the browser keeps no storage).
 */
export async function recoverClips(): Promise<RecoverableClip[]> {
  const [clips, running] = await Promise.all([storedClips(), heldClipLocks()]);
  if (clips.length === 0) forgetKeptNote(); // nothing kept: the next visits need not look
  return clips.filter(({ id }) => !running.has(id)).map(({ id, source, mimeType, startedAt, bytes }) => {
    const discard = () => discardStoredClip(id);
    return {
      id, source, mimeType, startedAt: new Date(startedAt), size: bytes, discard,
      async restore() {
        const blob = await readStoredClip(id);
        if (!blob) throw new Error(`The recording ${id} is no longer kept.`);
        const clip = await seekableClip({ blob, mimeType, duration: 0 });
        const restored = withObjectUrl({ ...clip, takenAt: new Date(startedAt), recovered: true });
        markRecovered(restored, discard);
        return restored;
      },
    };
  });
}
