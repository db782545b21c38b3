import type { CaptureClip, CapturePhoto } from './components/photo-booth/photo.js';
import type { CaptureError, DeviceKind, MediaKind } from './core/index.js';

const init = <T>(detail: T): CustomEventInit<T> => ({ detail, bubbles: true, composed: true });

/** Capture became live. */
export class CaptureStartEvent extends CustomEvent<{ stream: MediaStream }> {
  constructor(stream: MediaStream) {
    super('capture-start', init({ stream }));
  }
}

/** Capture was stopped (by the page or the person), not by a failure. */
export class CaptureStopEvent extends CustomEvent<null> {
  constructor() {
    super('capture-stop', init(null));
  }
}

/** Something failed; `detail` is the CaptureError with its code and message. */
export class CaptureErrorEvent extends CustomEvent<CaptureError> {
  constructor(error: CaptureError) {
    super('capture-error', init(error));
  }
}

export interface DeviceChangeDetail {
  kind: DeviceKind;
  deviceId: string;
  label: string;
}

/** The person chose another device. */
export class CaptureDeviceChangeEvent extends CustomEvent<DeviceChangeDetail> {
  constructor(detail: DeviceChangeDetail) {
    super('capture-device-change', init(detail));
  }
}

export interface ConstraintsChangeDetail {
  kind: MediaKind;
  /** The constraints now in force. */
  constraints: MediaTrackConstraints;
  /** What the device delivers with them. */
  settings: MediaTrackSettings;
}

/** New constraints were applied to a track. */
export class CaptureConstraintsChangeEvent extends CustomEvent<ConstraintsChangeDetail> {
  constructor(detail: ConstraintsChangeDetail) {
    super('capture-constraints-change', init(detail));
  }
}

/**
 * A photo was taken. Cancelable: `preventDefault()` keeps it out of the gallery (a page that
 * uploads instead); its URL is then revoked when the booth leaves the page.
 */
export class CapturePhotoEvent extends CustomEvent<CapturePhoto> {
  constructor(photo: CapturePhoto) {
    super('capture-photo', { ...init(photo), cancelable: true });
  }
}

/** A clip was recorded. Cancelable like `capture-photo`. */
export class CaptureRecordingEvent extends CustomEvent<CaptureClip> {
  constructor(clip: CaptureClip) {
    super('capture-recording', { ...init(clip), cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'capture-start': CaptureStartEvent;
    'capture-stop': CaptureStopEvent;
    'capture-error': CaptureErrorEvent;
    'capture-device-change': CaptureDeviceChangeEvent;
    'capture-constraints-change': CaptureConstraintsChangeEvent;
    'capture-photo': CapturePhotoEvent;
    'capture-recording': CaptureRecordingEvent;
  }
}
