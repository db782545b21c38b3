import { warnBadAttribute } from './warn.js';

export interface NumberRange {
  min: number;
  max: number;
  integer?: boolean;
}

/** `value` when it is a number within `range` (whole where asked), otherwise `fallback` with a warning. */
export function coerceNumber(tag: string, attribute: string, value: unknown, range: NumberRange, fallback: number): number {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max
    && (!range.integer || Number.isInteger(value));
  if (ok) return value;
  const kind = range.integer ? 'a whole number' : 'a number';
  warnBadAttribute(tag, attribute, value, `is not ${kind} from ${range.min} to ${range.max}`, String(fallback));
  return fallback;
}
