// Opens every story of the built Storybook (storybook-static/) in headless Chromium with fake
// devices and fails on a console error, an uncaught exception, a missing file, Storybook's error
// display or an axe-core violation, in the light and in the dark colour scheme.
// Each story also gets a screenshot per scheme in storybook-static/screenshots/ to look at.
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './browsers.mjs';
import { axePath, runAxe } from './axe-check.mjs';
import { checkReport, serveFiles } from './checks.mjs';

const root = resolve('storybook-static');
const { server, base } = await serveFiles((path) => join(root, path));

const { entries } = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');
await mkdir(join(root, 'screenshots'), { recursive: true });

const browser = await launchChromium(puppeteer);
const report = checkReport('Stories');
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
    report.add(story.id, [...problems]);
  }
} finally {
  await browser.close();
  server.close();
}
report.finish(` (${axeChecks} axe checks)`);
