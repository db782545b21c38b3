import { CaptureError, createCaptureError, toCaptureError, type CaptureErrorCode } from './errors.js';

/**
 * A screen-sharing failure: the code, and the reason `screen-<code>` so that elements (and
 * `errorText`) word it about the screen rather than the camera.
 */
export function displayError(code: CaptureErrorCode, detail?: string, cause?: unknown): CaptureError {
  return createCaptureError(code, { reason: `screen-${code}`, detail }, cause);
}

/**
 * What `getDisplayMedia()` threw, as a CaptureError. Browsers throw `NotAllowedError` both when
 * the person closes the picker and when something else refused: Chromium says "by system" when
 * the operating system refused (macOS screen recording permission) and names the permissions
 * policy when the page may not share. Firefox and Safari refuse a call made outside a click.
 */
export function toDisplayError(error: unknown): CaptureError {
  const { name, message = '' } = (error ?? {}) as { name?: string; message?: string };
  // Firefox and Safari open the picker only from a click (transient activation).
  if (/gesture|activation/i.test(message)) {
    return createCaptureError('invalid-argument', { reason: 'screen-needs-gesture', detail: message }, error);
  }
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError') {
    if (/policy/i.test(message)) return displayError('blocked-by-policy', message, error);
    if (/system/i.test(message)) return displayError('permission-denied', message, error);
    return displayError('cancelled', message || 'The picker was closed', error);
  }
  const { code, params } = toCaptureError(error);
  return displayError(code, params.detail, error);
}
