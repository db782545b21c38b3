import type { CaptureStore } from './types.js';

/** Whether `value` looks like a store made by `createCaptureStore` (or one that acts like it). */
export function isCaptureStore(value: unknown): value is CaptureStore {
  const store = value as Partial<CaptureStore> | null;
  return typeof store?.getState === 'function' && typeof store.subscribe === 'function' && typeof store.start === 'function';
}
