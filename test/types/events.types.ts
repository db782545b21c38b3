/**
 * Type test, checked by `npm run typecheck` (never run): the kit's events are typed on every
 * element without casts, and a wrong use is an error.
 */
import type { CaptureSession, ConstraintPanel, DevicePicker, PhotoBooth } from '../../src/index.js';

declare const booth: PhotoBooth;
declare const picker: DevicePicker;
declare const panel: ConstraintPanel;
declare const session: CaptureSession;

booth.addEventListener('capture-photo', (event) => {
  const blob: Blob = event.detail.blob;
  const size: number = event.detail.width * event.detail.height;
  event.preventDefault();
  return [blob, size];
});
booth.addEventListener('capture-recording', (event) => event.detail.mimeType.startsWith('video/'));
booth.addEventListener('capture-error', (event) => event.detail.code === 'permission-denied');
picker.addEventListener('capture-device-change', (event) => event.detail.kind === 'audioinput' && event.detail.label);
panel.addEventListener('capture-constraints-change', (event) => event.detail.settings.width);
session.addEventListener('capture-start', (event) => event.detail.stream.getTracks());
document.querySelector('photo-booth')?.addEventListener('capture-photo', (event) => event.detail.url);

// @ts-expect-error: a CaptureError has no blob
booth.addEventListener('capture-error', (event) => void event.detail.blob);
// @ts-expect-error: the code is one of the documented ones
booth.addEventListener('capture-error', (event) => event.detail.code === 'camera-broken');
session.addEventListener('capture-error', (event) => event.operation === 'capture' && event.detail.params.kinds.includes('video'));
// @ts-expect-error: the operation is one of the documented ones
booth.addEventListener('capture-error', (event) => event.operation === 'shutter');
