import type { ComplexAttributeConverter } from 'lit';
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

/**
 * Reads an attribute that takes one of `allowed`; absent gives `fallback`, anything else warns
 * and gives `fallback`. Pair it with `coerceEnum` in `willUpdate` for values set as properties.
 */
export function enumConverter<T extends string>(
  tag: string, attribute: string, allowed: readonly T[], fallback: T,
): ComplexAttributeConverter<T> {
  return {
    fromAttribute: (value: string | null): T =>
      value === null ? fallback : coerceEnum(tag, attribute, value, allowed, fallback),
    toAttribute: (value: T) => value,
  };
}
