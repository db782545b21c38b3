// Opens every story of the built Storybook (storybook-static/) in headless Chromium with fake
// devices and fails on a console error, an uncaught exception, a missing file, Storybook's error
// display or an axe-core violation, in the light and in the dark colour scheme.
// Each story also gets a screenshot per scheme in storybook-static/screenshots/ to look at.
import http from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './browsers.mjs';
import { axePath, runAxe } from './axe-check.mjs';

const root = resolve('storybook-static');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = http.createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname; // URL parsing drops '..' segments
  const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path)).catch(() => null);
  if (!body) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const { entries } = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');
await mkdir(join(root, 'screenshots'), { recursive: true });

const browser = await launchChromium(puppeteer);
let failures = 0;
let axeChecks = 0;
try {
  for (const story of stories) {
    // A Set, as both schemes load the story and would report the same console error twice.
    const problems = new Set();
    // Each scheme gets a fresh load, so that styles and scripts see it from the start.
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      // A missing file is reported below with its address; the browser asks for a favicon by itself.
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource')
        && problems.add(`console: ${message.text()}`));
      page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico')
        && problems.add(`${response.status()} ${response.url()}`));
      page.on('pageerror', (error) => problems.add(`exception: ${error.message}`));
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForSelector('#storybook-root > *, .sb-show-errordisplay', { timeout: 15000 }).catch(() => problems.add('nothing rendered'));
      await new Promise((done) => setTimeout(done, 1000)); // let autostart stories go live
      if (await page.$('.sb-show-errordisplay')) problems.add('Storybook shows its error display');
      await page.screenshot({ path: join(root, 'screenshots', `${story.id}${scheme === 'dark' ? '.dark' : ''}.png`) });
      await page.addScriptTag({ path: axePath });
      for (const violation of await page.evaluate(runAxe)) problems.add(`axe (${scheme}): ${violation}`);
      axeChecks++;
      await page.close();
    }
    console.log(`${problems.size ? 'FAIL' : 'ok  '} ${story.id}${[...problems].map((p) => `\n     ${p}`).join('')}`);
    if (problems.size) failures++;
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Stories: ${stories.length - failures} passed, ${failures} failed (${axeChecks} axe checks)`);
process.exit(failures ? 1 : 0);
