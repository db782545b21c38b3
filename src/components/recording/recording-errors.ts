import { CaptureError } from '../../core/index.js';

/**
 * The browser records neither WebM nor MP4, or has no MediaRecorder: `unsupported`, reason
 * `recording-unsupported` (each element chooses its words for the reason when it renders).
 */
export const recordingUnsupportedError = (): CaptureError =>
  new CaptureError('unsupported', 'This browser records neither WebM nor MP4', { params: { reason: 'recording-unsupported' } });
