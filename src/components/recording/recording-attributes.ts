import { enumAttribute, numberAttribute } from '../../attributes/attribute-spec.js';
import { clipFormats } from './clip-format.js';

/** The recording's attributes, the same on every element that records (each declared once, for `tag`'s warnings). */
export const recordingAttributes = (tag: string) => ({
  maxDuration: numberAttribute(tag, 'max-duration', { min: 0, max: 24 * 3600 }, 0),
  maxSize: numberAttribute(tag, 'max-size', { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }, 0),
  clipFormat: enumAttribute(tag, 'clip-format', clipFormats, 'auto'),
  chunkInterval: numberAttribute(tag, 'chunk-interval', { min: 0, max: 3600 * 1000, integer: true }, 0),
});
