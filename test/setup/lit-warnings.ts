/**
 * Loaded by the test page before any test file (testRunnerHtml in web-test-runner.config.mjs):
 * a test fails when Lit's development build warned while it ran ("scheduled an update after an
 * update completed", a property without accessor…). Only the dev-mode notice itself is allowed.
 *
 * Lit issues each warning once per page and records it in `globalThis.litIssuedWarnings` right
 * after `console.warn`; recording there (not on console.warn) still sees the warnings that a
 * test's own console.warn replacement swallows (test/helpers/console.ts).
 */
import { litWarningCode } from '../helpers/lit-warnings.js';

const allowed = new Set(['dev-mode']);
const issued: string[] = [];

/** Lit's set of warnings already shown, recording each new one. */
class IssuedWarnings extends Set<string> {
  override add(value: string): this {
    const code = litWarningCode(value);
    if (code !== undefined && !allowed.has(code)) issued.push(value);
    return super.add(value);
  }
}

const global = globalThis as { litIssuedWarnings?: Set<string> };
if (global.litIssuedWarnings) throw new Error('test/setup/lit-warnings.ts must load before Lit');
const warnings = (global.litIssuedWarnings = new IssuedWarnings());

function litWarned(this: Mocha.Context): void {
  if (issued.length === 0) return;
  const messages = issued.splice(0);
  messages.forEach((message) => warnings.delete(message)); // a later test that causes it fails too
  // Hook#error fails the current test without aborting the tests after it, as a throw would.
  (this.test as Mocha.Hook).error(new Error(`Lit warned during this test:\n${messages.join('\n')}`));
}

// Added when the run starts, so that it runs after the root afterEach hooks the test files add
// (@open-wc/testing's fixture cleanup): a warning issued while elements are removed counts too.
mocha.suite.beforeAll(() => void mocha.suite.afterEach('Lit warnings', litWarned));
mocha.suite.afterAll('Lit warnings after the last test', () => {
  if (issued.length > 0) throw new Error(`Lit warned after the last test:\n${issued.join('\n')}`);
});
