export { createCaptureStore } from './create-capture-store.js';
export { CaptureError, toCaptureError } from './errors.js';
export { isCaptureStore } from './is-capture-store.js';
export { createSnapshotStore, type SnapshotListener, type SnapshotStore } from './snapshot-store.js';
export { liveTrack } from './tracks.js';
export type { CaptureErrorCode, CaptureErrorParams } from './errors.js';
export type { CaptureEnv } from './env.js';
export type * from './types.js';
