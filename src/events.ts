import type { CaptureError, DeviceKind, MediaKind } from './core/index.js';
import type { CaptureClip, CapturePhoto, RecordingChunk } from './types.js';

const init = <T>(detail: T): CustomEventInit<T> => ({ detail, bubbles: true, composed: true });

// The store's transitions (capture-start, capture-stop, capture-error with operation 'capture')
// are dispatched once each, by the element that owns the store: the <capture-session>, or an
// element with a private store. Views of a shared store never dispatch them.

/** Capture became live (the store's status turned `live`). */
export class CaptureStartEvent extends CustomEvent<{ stream: MediaStream }> {
  constructor(stream: MediaStream) {
    super('capture-start', init({ stream }));
  }
}

/** Capture was stopped (the store's status went from `live` to `idle`), not by a failure. */
export class CaptureStopEvent extends CustomEvent<null> {
  constructor() {
    super('capture-stop', init(null));
  }
}

/**
 * What failed: `capture` — the store's status turned `error` (a start, a device switch, a track
 * that ended by itself), reported by the store's owner; `constraints` — an apply in
 * `<constraint-panel>`; `photo` and `recording` — `<photo-booth>`'s own work. Each is reported
 * once, by the element that did it.
 */
export type CaptureOperation = 'capture' | 'constraints' | 'photo' | 'recording' | 'screen';

/** Something failed; `detail` is the CaptureError (its `code` and `params`), `operation` says what failed. */
export class CaptureErrorEvent extends CustomEvent<CaptureError> {
  readonly operation: CaptureOperation;

  constructor(error: CaptureError, operation: CaptureOperation = 'capture') {
    super('capture-error', init(error));
    this.operation = operation;
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
 * uploads instead), and the photo is then the page's: the booth keeps no reference to it and
 * never revokes its URL. `detail.url` is made the first time it is read; a page that read it
 * calls `URL.revokeObjectURL(detail.url)` when done (one that only uploads `detail.blob` makes none).
 */
export class CapturePhotoEvent extends CustomEvent<CapturePhoto> {
  constructor(photo: CapturePhoto) {
    super('capture-photo', { ...init(photo), cancelable: true });
  }
}

/** A clip was recorded. Cancelable like `capture-photo`, with the same ownership of a clip the page kept. */
export class CaptureRecordingEvent extends CustomEvent<CaptureClip> {
  constructor(clip: CaptureClip) {
    super('capture-recording', { ...init(clip), cancelable: true });
  }
}

/** A piece of the recording's file, as it is written (`chunk-interval`); see `RecordingChunk`. */
export class CaptureRecordingChunkEvent extends CustomEvent<RecordingChunk> {
  constructor(chunk: RecordingChunk) {
    super('capture-recording-chunk', init(chunk));
  }
}

/** What `capture-check` tells: one check's verdict, with its part of the report. */
export interface CheckDetail {
  check: 'camera' | 'microphone' | 'speaker' | 'permissions' | 'browser';
  status: 'ok' | 'warning' | 'fail';
  code: string;
  /** The check's part of `getReport()`. */
  report: object;
}

/** `<device-check>` reached a verdict on one check (or a new one, after a device switch). */
export class CaptureCheckEvent extends CustomEvent<CheckDetail> {
  constructor(detail: CheckDetail) {
    super('capture-check', init(detail));
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
    'capture-recording-chunk': CaptureRecordingChunkEvent;
    'capture-check': CaptureCheckEvent;
  }
}
