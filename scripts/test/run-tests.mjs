// npm test (and test:stress, with its config): web-test-runner, passing its arguments on. WebKitGTK's web
// process sometimes crashes under a test file that passes when run again, and a new MiniBrowser
// sometimes never opens its page (each file has a browser of its own, so only that file is lost):
// when nothing else failed, those files run once more on their own, and that run decides.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'capture-kit-tests-'));
const record = join(scratch, 'crashes.json');
const wtr = (env = {}) => spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
  stdio: 'inherit', env: { ...process.env, TEST_CRASH_RECORD: record, ...env },
}).status ?? 1;

let status = wtr();
try {
  const { crashed, otherFailures } = status === 0 ? { crashed: {} } : JSON.parse(readFileSync(record, 'utf8'));
  const files = Object.entries(crashed).flatMap(([group, list]) => list.map((file) => `${group} ${file}`));
  if (files.length > 0 && otherFailures === 0) {
    console.log(`\nWebKit's browser crashed or did not start under ${files.length} file(s); running them again on their own:\n  ${files.join('\n  ')}\n`);
    status = wtr({ TEST_RETRY: JSON.stringify(crashed) });
  }
} catch {
  // no record: the run ended before its reporters (it failed on its own terms)
}
rmSync(scratch, { recursive: true, force: true });
process.exit(status);
