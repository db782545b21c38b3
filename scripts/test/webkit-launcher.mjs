// WebKitGTK's MiniBrowser (Safari's engine) as a @web/test-runner browser, with WebKit's mock
// camera and microphone. MiniBrowser has no headless mode and WebKitWebDriver is not started by
// webdriverio: the launcher starts an Xvfb display (when there is none) and the driver when the
// run begins, and stops both when it ends. See ../shared/browser-testing.md ("WebKit").
import { spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const xvfbPath = process.env.XVFB_PATH || '/usr/bin/Xvfb';
export const hasWebKit = existsSync(webkitDriverPath) && existsSync(miniBrowserPath)
  && (Boolean(process.env.DISPLAY) || existsSync(xvfbPath));

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

const children = new Set();
const stopChildren = () => children.forEach((child) => child.exitCode === null && child.kill());
process.on('exit', stopChildren);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => { stopChildren(); process.exit(code); });
}

/** Starts `command` with its output in `log`; it is stopped when this process ends. */
function start(command, args, log, options = {}) {
  const fd = openSync(log, 'a');
  const child = spawn(command, args, { stdio: ['ignore', fd, fd, ...(options.extraStdio ?? [])], env: options.env });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

let xvfbDisplay;
/** An Xvfb display for every launcher of this run (`-displayfd` picks a free number and says which). */
function startXvfb(log) {
  xvfbDisplay ??= new Promise((resolve, reject) => {
    const xvfb = start(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], log, { extraStdio: ['pipe'] });
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code} (log: ${log})`)));
  });
  return xvfbDisplay;
}

/** Resolves once WebKitWebDriver answers on `port`. */
async function waitForDriver(port, driver, log, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode} (log: ${log})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms (log: ${log})`);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor(features) {
    super({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true, // else webdriverio asks for BiDi: "Failed to match capabilities"
        'webkitgtk:browserOptions': {
          binary: miniBrowserPath,
          args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true',
            `--features=${['!MockCaptureDevicesPrompt', ...features].join(',')}`],
        },
      },
    });
  }

  async initialize(config, testFiles) {
    // The driver and the web process write GStreamer and D-Bus warnings on stderr: into a file.
    this.log = join(tmpdir(), `webkit-${process.pid}.log`);
    this.display = process.env.DISPLAY || await startXvfb(this.log);
    return super.initialize(config, testFiles);
  }

  // A new WebKitWebDriver and MiniBrowser for every test file. One browser for the whole group let
  // WebKitGTK's media stack pile up across files until its web process crashed (seen in a file
  // that passes alone); one driver for the group could hang on every new session after one failed.
  async startSession(id, url) {
    if (!this.stopDriver) await this.startDriver();
    return super.startSession(id, url);
  }

  async startDriver() {
    this.options.port = await freePort();
    const driver = start(webkitDriverPath, [`--port=${this.options.port}`, '--host=127.0.0.1'], this.log,
      { env: { ...process.env, DISPLAY: this.display } });
    this.stopDriver = () => driver.exitCode === null && driver.kill();
    await waitForDriver(this.options.port, driver, this.log);
  }

  async stopSession(id) {
    try {
      return await super.stopSession(id);
    } finally {
      await this.endBrowser();
    }
  }

  /** Ends the browser and driver of the file that just ran; the next file's startSession() starts others. */
  async endBrowser() {
    clearInterval(this.pendingHeartbeat);
    const { driver, stopDriver } = this;
    this.driver = undefined;
    this.driverManager = undefined;
    this.stopDriver = undefined;
    // A crashed or hung browser may not answer: the driver is ended after a few seconds anyway.
    await Promise.race([driver?.deleteSession().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
    stopDriver?.();
  }

  async stop() {
    await super.stop();
    this.stopDriver?.();
    this.stopDriver = undefined;
  }
}

/** MiniBrowser with WebKit's mock devices; `features` turns on more (`['ImageCapture']`). */
export const webkitLauncher = (features = []) => new WebKitLauncher(features);
