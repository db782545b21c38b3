import type { ComplexAttributeConverter } from 'lit';
import { warnBadAttribute } from './warn.js';

/**
 * A boolean attribute with a third state: absent or "auto" → `undefined` (the element decides),
 * present, empty or "true" → `true`, "false" → `false`. Anything else warns and gives `undefined`.
 */
export function optionalBooleanConverter(tag: string, attribute: string): ComplexAttributeConverter<boolean | undefined> {
  return {
    fromAttribute(value: string | null): boolean | undefined {
      const text = value?.trim().toLowerCase();
      if (text === undefined || text === 'auto') return undefined;
      if (text === '' || text === 'true') return true;
      if (text === 'false') return false;
      warnBadAttribute(tag, attribute, value, 'is not true, false or auto', 'auto');
      return undefined;
    },
    toAttribute: (value: boolean | undefined) => (value === undefined ? null : String(value)),
  };
}
