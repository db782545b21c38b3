// npm run test:webkit: the `firefox` group's files in WebKitGTK's MiniBrowser (Safari's engine),
// with WebKit's mock camera and microphone. MiniBrowser has no headless mode: the script runs it
// under xvfb-run. See ../shared/browser-testing.md, "WebKit (Safari's engine)".
// FILES=test/core/store-contract.test.ts,test/components/... runs only those files (globs too).
import { spawn } from 'node:child_process';
import { openSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';

const driverPath = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A TCP port nothing listens on right now. */
const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.unref();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** Resolves once WebKitWebDriver answers on `port` (webdriverio does not start it). */
const waitForDriver = async (port, driver, timeout = 15_000) => {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms`);
};

const port = await freePort();
// The driver and the web process write GStreamer and D-Bus warnings on stderr: into a file.
const driverLog = process.env.WEBKIT_DRIVER_LOG || join(tmpdir(), 'webkit-driver.log');
const driverLogFd = openSync(driverLog, 'w');
const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', driverLogFd, driverLogFd] });
// The driver (and the MiniBrowser it started) go when this process goes, however it ends.
const stopDriver = () => { if (driver.exitCode === null) driver.kill(); };
process.on('exit', stopDriver);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => { stopDriver(); process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)); });
}
await waitForDriver(port, driver);

const webkit = webdriverLauncher({
  automationProtocol: 'webdriver',
  hostname: '127.0.0.1',
  port,
  logLevel: 'error',
  capabilities: {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true, // else webdriverio asks for BiDi: "Failed to match capabilities"
    'webkitgtk:browserOptions': {
      binary: miniBrowserPath,
      args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true',
        '--features=!MockCaptureDevicesPrompt'], // add ',ImageCapture' to test that path
    },
  },
});

function count(suite, totals, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped.push([...path, test.name].join(' > '));
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals, [...path, child.name]);
  return totals;
}

/** One line per test file (passed, failed, skipped, and the skipped tests' names), at the end. */
function perFileReporter() {
  let lines = [];
  return {
    onTestRunFinished({ sessions }) {
      lines = sessions.map((session) => {
        const { passed, failed, skipped } = count(session.testResults, { passed: 0, failed: 0, skipped: [] });
        const errors = (session.errors ?? []).map((error) => `\n    file error: ${error.message}`).join('');
        const skips = skipped.map((name) => `\n    skipped: ${name}`).join('');
        return `${relative(process.cwd(), session.testFile)}: ${passed} passed, ${failed} failed, ${skipped.length} skipped${errors}${skips}`;
      });
    },
    stop() {
      process.once('exit', () => lines.length && writeSync(1, `\nPer file (WebKit):\n${lines.join('\n')}\n`));
    },
  };
}

// The `firefox` group's files: the normal ones, without the Chromium-only ones.
const firefoxGroup = base.groups.find((group) => group.name === 'firefox');
const files = process.env.FILES
  ? process.env.FILES.split(',').map((file) => file.trim()).filter(Boolean)
  : firefoxGroup?.files ?? ['test/**/*.test.ts', '!test/**/*.denied.test.ts', '!test/**/*.permission.test.ts',
    '!test/**/*.stress.test.ts', '!test/**/*.chromium.test.ts'];

export default {
  ...base,
  concurrency: 1,
  reporters: [...base.reporters, perFileReporter()],
  testFramework: base.testFramework,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  groups: [{ name: 'webkit', files, browsers: [webkit] }],
};
