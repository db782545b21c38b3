import { warnBadAttribute } from './warn.js';

/** `value` when it is one of `allowed`, otherwise `fallback` with a warning. */
export function coerceEnum<T extends string>(
  tag: string, attribute: string, value: unknown, allowed: readonly T[], fallback: T,
): T {
  const normalised = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (allowed.includes(normalised as T)) return normalised as T;
  warnBadAttribute(tag, attribute, value, `is not one of ${allowed.join(', ')}`, `"${fallback}"`);
  return fallback;
}
