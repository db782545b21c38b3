import { CaptureError, toCaptureError, type CaptureErrorCode } from '../../core/index.js';

/**
 * A failure of the booth's own work as a CaptureError: `reason` names what happened (the booth
 * chooses its words for it when it renders), `detail` keeps the browser's own message.
 */
function boothError(code: CaptureErrorCode, reason: string, what: string, cause?: unknown): CaptureError {
  const detail = cause === undefined ? undefined : toCaptureError(cause).params.detail;
  return new CaptureError(code, detail ? `${what}: ${detail}` : what, { cause, params: { reason, detail } });
}

/** `takePhoto()` without a live camera: the store's code for it (`not-live`), and the booth's own words (`no-camera`). */
export const cameraOffError = (): CaptureError => boothError('not-live', 'no-camera', 'takePhoto() needs a live camera');

/** No decoded frame from the camera in time. */
export const noFrameError = (cause?: unknown): CaptureError => boothError('unknown', 'no-frame', 'No frame arrived from the camera', cause);

/** A file from the picker that this browser cannot decode as a picture. */
export const fileUnreadableError = (cause: unknown): CaptureError =>
  boothError('invalid-argument', 'file-unreadable', 'The chosen file could not be read as a picture', cause);

/** Drawing or encoding the photo failed. */
export const encodingError = (cause: unknown): CaptureError => boothError('unknown', 'encoding-failed', 'The photo could not be encoded', cause);

/** The booth left the page before a photo was delivered: nothing is shown or dispatched for it. */
export const leftThePageError = (cause: unknown): CaptureError =>
  new CaptureError('aborted', 'The booth left the page before the photo was delivered', { cause });
