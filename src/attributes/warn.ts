import { describe } from '../core/constraints.js';

/** Says once, naming the element, the attribute and the value, that bad input was replaced. */
export function warnBadAttribute(tag: string, attribute: string, value: unknown, problem: string, fallback: string): void {
  console.warn(`<${tag}>: ${attribute}=${describe(value)} ${problem}; using ${fallback}.`);
}
