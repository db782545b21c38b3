// Ends a test run with what each browser group skipped and why, then one plain line over every
// group: "Tests: N passed, N failed, N skipped". A test skips through skipWithout()
// (test/helpers/skip.ts), which names the missing feature in its title; a skip without a name
// fails the run, so every engine's gaps stay listed. Failed tests are named there too, with
// their group, file and error, so the last lines of a long run say what failed.
import { writeFileSync, writeSync } from 'node:fs';

const reasonPattern = / \[skipped: (.+)\]$/;

function count(suite, totals, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped++;
      const reason = reasonPattern.exec(test.name)?.[1];
      if (reason) totals.reasons.set(reason, (totals.reasons.get(reason) ?? 0) + 1);
      else totals.unnamed.push([...path, test.name].join(' > '));
    } else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`${[...path, test.name].join(' > ')}: ${test.error?.message?.split('\n')[0] ?? 'failed'}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, [...path, child.name]);
  return totals;
}

/**
 * A file whose WebKit browser died under it (WebKitGTK's web process crashed) or never opened its
 * page (a new MiniBrowser that hung at start): not a test's verdict.
 */
const crashedUnder = (session) => (session.group?.name ?? '').startsWith('webkit') && !session.passed
  && (session.errors ?? []).some((error) => /browser disconnected|invalid session id|unable to create and start a test page|UND_ERR_HEADERS_TIMEOUT/.test(error.message ?? ''));

/**
 * Writes to `path` the files whose browser crashed, by group, and how many files failed
 * otherwise: scripts/test/run-tests.mjs runs the crashed ones again when nothing else failed.
 */
function recordCrashes(sessions, path) {
  const crashed = {};
  let otherFailures = 0;
  for (const session of sessions) {
    if (crashedUnder(session)) (crashed[session.group.name] ??= []).push(session.testFile.replace(process.cwd() + '/', ''));
    else if (!session.passed) otherFailures++;
  }
  writeFileSync(path, JSON.stringify({ crashed, otherFailures }));
}

export function totalsReporter() {
  let text = '';
  let unnamed = 0;
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, reasons: new Map(), unnamed: [] };
      const failures = [];
      const byGroup = new Map();
      for (const session of sessions) {
        const group = session.group?.name ?? session.browser?.name ?? 'browser';
        const own = count(session.testResults, { passed: 0, failed: 0, skipped: 0, reasons: new Map(), unnamed: [], failures: [] });
        for (const failure of own.failures) failures.push(`  ${group} ${session.testFile}: ${failure}`);
        if (!session.passed && own.failures.length === 0) {
          failures.push(`  ${group} ${session.testFile}: ${session.errors?.[0]?.message?.split('\n')[0] ?? 'the file failed outside its tests'}`);
        }
        totals.passed += own.passed;
        totals.failed += own.failed;
        totals.skipped += own.skipped;
        totals.unnamed.push(...own.unnamed);
        const reasons = byGroup.get(group) ?? new Map();
        for (const [reason, n] of own.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + n);
        byGroup.set(group, reasons);
        // A file that failed to load has no results: count it as a failure.
        if (!session.testResults && !session.passed) totals.failed++;
      }
      if (process.env.TEST_CRASH_RECORD) recordCrashes(sessions, process.env.TEST_CRASH_RECORD);
      const lines = [];
      for (const [group, reasons] of byGroup) {
        if (reasons.size === 0) continue;
        lines.push(`Skipped in ${group}:`, ...[...reasons].map(([reason, n]) => `  ${n} × ${reason}`));
      }
      for (const name of totals.unnamed) lines.push(`Skipped without naming what is missing (use skipWithout): ${name}`);
      unnamed = totals.unnamed.length;
      if (failures.length > 0) lines.push('Failed:', ...failures.map((line) => line.replace(process.cwd() + '/', '')));
      lines.push(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      text = lines.join('\n');
    },
    // The runner prints its progress summary after every reporter has stopped: write the
    // totals when the process exits, so they are the last lines of the run.
    stop() {
      process.once('exit', () => {
        if (text) writeSync(1, `\n${text}\n`);
        if (unnamed > 0) process.exitCode = 1;
      });
    },
  };
}
