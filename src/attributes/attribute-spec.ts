import type { ComplexAttributeConverter } from 'lit';
import { coerceEnum } from './enum.js';
import { coerceNumber, type NumberRange } from './number-range.js';
import { optionalBooleanConverter } from './optional-boolean-converter.js';
import { warnBadAttribute } from './warn.js';

/**
 * One attribute, declared once: the element's field default, the converter that reads the
 * attribute's text and the check of a value set as a property all read it.
 */
export interface AttributeSpec<T> {
  /** The value when the attribute is absent or unusable: the field's default. */
  readonly fallback: T;
  /** Reads the attribute's text; what it cannot use warns and gives `fallback`. */
  readonly converter: ComplexAttributeConverter<T>;
  /** A value set as a property: kept when valid, else `fallback` with a warning. */
  coerce(value: unknown): T;
}

/** An attribute taking one of `values`. */
export function enumAttribute<T extends string>(tag: string, attribute: string, values: readonly T[], fallback: T): AttributeSpec<T> {
  const coerce = (value: unknown) => coerceEnum(tag, attribute, value, values, fallback);
  return {
    fallback,
    converter: { fromAttribute: (value) => (value === null ? fallback : coerce(value)), toAttribute: (value: T) => value },
    coerce,
  };
}

/** Like `enumAttribute`, but absent means "not set" (`undefined`): the element decides. */
export function optionalEnumAttribute<T extends string>(tag: string, attribute: string, values: readonly T[], fallback: T): AttributeSpec<T | undefined> {
  const coerce = (value: unknown) => (value === undefined || value === null ? undefined : coerceEnum(tag, attribute, value, values, fallback));
  return {
    fallback: undefined,
    converter: { fromAttribute: coerce, toAttribute: (value: T | undefined) => value ?? null },
    coerce,
  };
}

/** A number attribute within `range`. */
export function numberAttribute(tag: string, attribute: string, range: NumberRange, fallback: number): AttributeSpec<number> {
  const coerce = (value: unknown) => coerceNumber(tag, attribute, value, range, fallback);
  return {
    fallback,
    converter: {
      fromAttribute: (value) => (value === null ? fallback : coerce(value.trim() === '' ? NaN : Number(value))),
      toAttribute: (value: number) => String(value),
    },
    coerce,
  };
}

/** `true`, `false` or absent (`undefined`: the element decides); see `optionalBooleanConverter`. */
export function optionalBooleanAttribute(tag: string, attribute: string): AttributeSpec<boolean | undefined> {
  return {
    fallback: undefined,
    converter: optionalBooleanConverter(tag, attribute),
    coerce(value) {
      if (value === undefined || typeof value === 'boolean') return value;
      warnBadAttribute(tag, attribute, value, 'is not true, false or auto', 'auto');
      return undefined;
    },
  };
}

/** A text attribute that `accepts` says is usable (`problem` says why not); the empty text is always usable. */
export function textAttribute(tag: string, attribute: string, accepts: (text: string) => boolean, problem: string): AttributeSpec<string> {
  const coerce = (value: unknown) => {
    if (value === '' || (typeof value === 'string' && accepts(value))) return value;
    warnBadAttribute(tag, attribute, value, problem, 'none');
    return '';
  };
  return {
    fallback: '',
    converter: { fromAttribute: (value) => coerce(value ?? ''), toAttribute: (value: string) => value },
    coerce,
  };
}
