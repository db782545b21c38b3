import { warnBadAttribute } from '../attributes/warn.js';
import { isCaptureStore, type CaptureStore } from '../core/index.js';

/**
 * Whether a value set on a `store` property can be used: a capture store, or `undefined` (back
 * to the default). Anything else warns, naming the element, and is ignored.
 */
export function acceptStore(tag: string, value: unknown, instead: string): value is CaptureStore | undefined {
  if (value === undefined || isCaptureStore(value)) return true;
  warnBadAttribute(tag, 'store', value, 'is not a capture store', instead);
  return false;
}
