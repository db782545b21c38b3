// Ends a test run with one plain line over every browser group: "Tests: N passed, N failed, N skipped".
import { writeSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

export function totalsReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no results: count it as a failure.
        if (!session.testResults && !session.passed) totals.failed++;
      }
      line = `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    },
    // The runner prints its progress summary after every reporter has stopped: write the
    // totals when the process exits, so they are the last line of the run.
    stop() {
      process.once('exit', () => line && writeSync(1, `\n${line}\n`));
    },
  };
}
