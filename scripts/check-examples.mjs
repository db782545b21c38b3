// Builds the framework examples (examples/react, examples/vue) with Vite, serves them and
// examples/plain-html (which loads dist/capture-kit.bundle.js: run `npm run build` first), and in
// headless Chromium with fake devices checks that the preview plays and that a photo taken
// through the booth's shutter arrives in the framework's state.
import http from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { launchChromium } from './browsers.mjs';

const repo = resolve(import.meta.dirname, '..');
const out = await mkdtemp(join(tmpdir(), 'capture-kit-examples-'));
const frameworks = ['react', 'vue'];
for (const name of frameworks) {
  await build({ root: join(repo, 'examples', name), logLevel: 'warn', build: { outDir: join(out, name), emptyOutDir: true } });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = http.createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname); // URL parsing drops '..'
  const [, first] = path.split('/');
  const file = frameworks.includes(first) ? join(out, path) : join(repo, path);
  const body = await readFile(file.endsWith('/') ? `${file}index.html` : file).catch(() => null);
  if (!body) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/html' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium(puppeteer);
let failures = 0;
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
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}: preview plays, "${state}"${problems.map((p) => `\n     ${p}`).join('')}`);
    if (problems.length) failures++;
  }
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}
console.log(`Examples: ${3 - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
