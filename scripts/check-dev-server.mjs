// `npm start` must print no error or warning: the first command a newcomer runs. Starts the
// demo's Vite dev server as `npm start` does (vite.config.ts), with a fresh dependency cache (the
// dependency scan runs as on a new clone), opens the demo page in headless Chromium until the
// network is idle, and fails on anything Vite logged as an error or a warning, on a page error,
// or when the demo's tags are not registered.
// Run it before `npm run build` (as .ci/run does): without dist/, an import of `capture-kit/…`
// that the scan finds (the examples') cannot resolve, as on a new clone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createLogger, createServer } from 'vite';
import { launchChromium } from './browsers.mjs';
import { checkReport } from './checks.mjs';

const repo = resolve(import.meta.dirname, '..');
const cacheDir = await mkdtemp(join(tmpdir(), 'capture-kit-vite-'));
const logged = [];
const logger = createLogger('info', { allowClearScreen: false });
for (const level of ['warn', 'warnOnce', 'error']) {
  const log = logger[level].bind(logger);
  logger[level] = (message, options) => {
    logged.push(`${level === 'error' ? 'error' : 'warning'}: ${message.split('\n')[0]}`);
    log(message, options);
  };
}

const report = checkReport('Dev server');
const server = await createServer({
  root: repo, configFile: join(repo, 'vite.config.ts'), cacheDir, customLogger: logger,
  optimizeDeps: { force: true }, server: { port: 0, open: false },
});
const problems = [];
try {
  await server.listen();
  const browser = await launchChromium(puppeteer, []);
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(server.resolvedUrls.local[0], { waitUntil: 'networkidle0', timeout: 30000 });
    const missing = await page.evaluate(() => ['capture-session', 'photo-booth', 'constraint-panel']
      .filter((tag) => !customElements.get(tag)));
    if (missing.length) problems.push(`not registered: ${missing.join(', ')}`);
  } finally {
    await browser.close();
  }
} catch (error) {
  problems.push(error.message);
} finally {
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
}
report.add('npm start: the demo page loads, and Vite logs no error or warning', [...logged, ...problems]);
report.finish();
