import type { CaptureError } from '../../core/index.js';
import { formatString } from '../../i18n/strings.js';
import type { CaptureClip } from '../../types.js';
import { boothTexts } from '../photo-booth/photo-booth.strings.js';
import { withObjectUrl } from '../photo-booth/object-url.js';
import type { RecordedClip } from './clip-recorder.js';
import { recordingError } from './recording-errors.js';

/**
 * A finished recording as a clip for the page and the gallery; one with nothing in it (an
 * encoder that had not started, WebKit's empty video files) as the "nothing was recorded" error.
 */
export function finishedClip({ blob, mimeType, duration }: RecordedClip): CaptureClip | CaptureError {
  if (blob.size === 0) return recordingError(new Error('nothing was recorded'), 'recording-empty');
  return withObjectUrl({ blob, mimeType, duration, takenAt: new Date() });
}

/** The words for the recording's reasons, for `errorText(error, reasons)`. */
export function recordingReasons(): Record<string, string> {
  const s = boothTexts();
  return {
    'recording-failed': s.errorRecording,
    'recording-empty': formatString(s.errorRecording, { detail: s.recordingEmpty }),
    'recording-unsupported': s.errorRecordingUnsupported,
  };
}

/** `1:05`: a recording's elapsed time. */
export const minutesAndSeconds = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
