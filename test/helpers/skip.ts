/**
 * Skips the running test (or, from a `before` hook, every test of the suite) in a browser that
 * lacks `missing`, and says so in the test's title (`… [skipped: no ImageCapture]`), so every
 * run lists what each engine did not cover.
 */
export function skipWithout(context: Mocha.Context, missing: string): never {
  const note = (test: Mocha.Test) => void (test.title += ` [skipped: ${missing}]`);
  const markAll = (suite: Mocha.Suite): void => {
    suite.tests.forEach(note);
    suite.suites.forEach(markAll);
  };
  // In hooks `test` is the hook and `currentTest` the test it runs before (the first one for `before`).
  const runnable = context.test;
  if (runnable?.title.startsWith('"before all" hook') && runnable.parent) markAll(runnable.parent);
  else if (context.currentTest ?? runnable) note((context.currentTest ?? runnable) as Mocha.Test);
  context.skip();
}
