import { toCaptureError, type CaptureError } from '../../core/index.js';
import type { ClipWriter, StoredClipMeta } from './clip-storage.js';
import { holdClipLock } from './clip-locks.js';
import { noteKept } from './kept-marker.js';

/**
 * A copy of a recording kept in the origin's storage while it is recorded, piece by piece, so a
 * crash, a reload or a closed tab loses nothing (`recoverClips()`). Storage that is full, or
 * missing, never stops the recording: it goes on in memory, the first with one notice.
 */
export class ClipKeeper {
  private readonly writer: Promise<ClipWriter | undefined>;
  private writes: Promise<void> = Promise.resolve();
  /** A piece could not be written: the pieces after it would leave a gap. */
  private full = false;
  /** Lets go of the lock that says the clip is being recorded. */
  private releaseLock = () => {};

  constructor(meta: StoredClipMeta, private readonly onNotice: (notice: CaptureError) => void) {
    // Loaded with the first recording: pages that never record never fetch it.
    this.writer = import('./clip-storage.js').then(({ keepClip }) => keepClip(meta)).then((writer) => {
      if (writer) {
        this.releaseLock = holdClipLock(writer.id);
        noteKept();
      }
      return writer;
    }, () => undefined);
  }

  /** Keeps the next piece, after the ones before it. */
  keep(piece: Blob): void {
    this.writes = this.writes.then(async () => {
      const writer = await this.writer;
      if (!writer || this.full) return;
      try {
        await writer.append(piece);
      } catch (cause) {
        this.full = true;
        console.warn('capture-kit: the recording goes on without a copy kept.', cause);
        this.onNotice(toCaptureError(cause));
      }
    });
  }

  /** The clip was handed out or dropped: the copy is forgotten once its last piece is written. */
  async forget(): Promise<void> {
    await this.writes;
    await (await this.writer)?.discard();
    this.releaseLock();
  }
}
