export { createCaptureStore } from './create-capture-store.js';
export { CaptureError, toCaptureError } from './errors.js';
export { isCaptureStore } from './is-capture-store.js';
export { liveTrack } from './tracks.js';
export type { CaptureErrorCode } from './errors.js';
export type { CaptureEnv } from './env.js';
export type * from './types.js';
