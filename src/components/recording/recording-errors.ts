import { CaptureError, toCaptureError } from '../../core/index.js';

/**
 * The browser records neither WebM nor MP4, or has no MediaRecorder: `unsupported`, reason
 * `recording-unsupported` (each element chooses its words for the reason when it renders).
 */
export const recordingUnsupportedError = (): CaptureError =>
  new CaptureError('unsupported', 'This browser records neither WebM nor MP4', { params: { reason: 'recording-unsupported' } });

/** A recording could not be set up, failed while it ran (`recording-failed`), or delivered nothing (`recording-empty`). */
export function recordingError(cause: unknown, reason: 'recording-failed' | 'recording-empty'): CaptureError {
  if (cause instanceof CaptureError && cause.params.reason !== undefined) return cause; // already named
  const detail = cause === undefined ? undefined : toCaptureError(cause).params.detail;
  return new CaptureError('unknown', detail ? `The recording failed: ${detail}` : 'The recording failed', { cause, params: { reason, detail } });
}
