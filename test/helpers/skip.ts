/**
 * Skips the running test in a browser that lacks `missing`, and says so in the test's title
 * (`… [skipped: no ImageCapture]`), so every run lists what each engine did not cover.
 */
export function skipWithout(context: Mocha.Context, missing: string): never {
  const test = context.currentTest ?? context.test; // in a beforeEach hook: the test it runs for
  if (test) test.title += ` [skipped: ${missing}]`;
  context.skip();
}
