/** Collects console.warn calls while a test runs, so it can check what the kit said. */
export function captureWarnings(): { messages: () => string; restore: () => void } {
  const warn = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  return {
    messages: () => calls.map((args) => args.map(String).join(' ')).join('\n'),
    restore: () => (console.warn = warn),
  };
}
