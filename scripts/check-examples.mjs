// Builds the framework examples (examples/react, examples/vue) with Vite, serves them and
// examples/plain-html (which loads dist/capture-kit.bundle.js: run `npm run build` first), and in
// headless Chromium with fake devices checks that the preview plays and that a photo taken
// through the booth's shutter arrives in the framework's state.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { launchChromium } from './browsers.mjs';
import { checkReport, serveFiles } from './checks.mjs';

const repo = resolve(import.meta.dirname, '..');
const out = await mkdtemp(join(tmpdir(), 'capture-kit-examples-'));
const frameworks = ['react', 'vue'];
for (const name of frameworks) {
  await build({ root: join(repo, 'examples', name), logLevel: 'warn', build: { outDir: join(out, name), emptyOutDir: true } });
}

// The built framework examples under /react/ and /vue/, everything else from the repository.
const { server, base } = await serveFiles((path) => (frameworks.includes(path.split('/')[1]) ? join(out, path) : join(repo, path)));

const browser = await launchChromium(puppeteer);
const report = checkReport('Examples');
try {
  for (const [name, path] of [['plain HTML', '/examples/plain-html/'], ['React', '/react/'], ['Vue', '/vue/']]) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      await page.goto(base + path, { waitUntil: 'load' });
      // The booth's preview plays: its inner <video> has decoded frames.
      await page.waitForFunction(() => {
        const preview = document.querySelector('photo-booth')?.shadowRoot?.querySelector('camera-preview');
        return (preview?.shadowRoot?.querySelector('video')?.videoWidth ?? 0) > 0;
      }, { timeout: 15000 });
      await page.evaluate(() => document.querySelector('photo-booth').shadowRoot.querySelector('[part="shutter"]').click());
      await page.waitForFunction(() => /: 1$/.test(document.querySelector('#app-state')?.textContent?.trim() ?? ''), { timeout: 10000 });
    } catch (error) {
      problems.push(error.message);
    }
    const state = await page.$eval('#app-state', (el) => el.textContent.trim()).catch(() => 'no #app-state');
    await page.close();
    report.add(`${name}: preview plays, "${state}"`, problems);
  }
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}
report.finish();
