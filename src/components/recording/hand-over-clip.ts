import type { CaptureError } from '../../core/index.js';
import { CaptureRecordingEvent } from '../../events.js';
import type { CaptureClip } from '../../types.js';
import type { RecordedClip } from './clip-recorder.js';
import { finishedClip } from './finished-clip.js';

/**
 * A finished recording goes to `capture-recording` on `host` and, unless a listener prevented
 * that, to `keep` (the gallery). Returns the error for one with nothing in it, delivering nothing.
 */
export function handOverClip(host: HTMLElement, recorded: RecordedClip, keep: (clip: CaptureClip) => void): CaptureError | undefined {
  const clip = finishedClip(recorded);
  if (clip instanceof Error) return clip;
  const event = new CaptureRecordingEvent(clip);
  host.dispatchEvent(event);
  if (!event.defaultPrevented) keep(clip);
  return undefined;
}
