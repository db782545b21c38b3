import { litWarningCode } from './lit-warnings.js';

/**
 * Collects console.warn calls while a test runs, so it can check what the kit said. Lit's own
 * warnings are not the kit's: they go on to the console, and fail the test (test/setup/lit-warnings.ts).
 */
export function captureWarnings(): { messages: () => string; restore: () => void } {
  const warn = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    if (litWarningCode(String(args[0])) === undefined) calls.push(args);
    else warn(...args);
  };
  return {
    messages: () => calls.map((args) => args.map(String).join(' ')).join('\n'),
    restore: () => (console.warn = warn),
  };
}
