// Builds the framework examples (examples/react, vue and svelte with Vite, examples/angular with
// its own Angular CLI), serves them and examples/plain-html, and in headless Chromium with fake
// devices checks that the preview plays and that a photo taken through the booth's shutter
// arrives in the framework's state. Run `npm run build` first: plain-html loads
// dist/capture-kit.bundle.js and the Angular example imports dist/. The Angular example has its
// own packages: `npm ci --prefix examples/angular` installs them.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { launchChromium } from './browsers.mjs';
import { checkReport, serveFiles } from './checks.mjs';

const repo = resolve(import.meta.dirname, '..');
const out = await mkdtemp(join(tmpdir(), 'capture-kit-examples-'));
const viteExamples = ['react', 'vue', 'svelte'];
for (const name of viteExamples) {
  await build({ root: join(repo, 'examples', name), logLevel: 'warn', build: { outDir: join(out, name), emptyOutDir: true } });
}
const angularProblems = await buildAngular(join(out, 'angular'));

/** Builds examples/angular into `outDir` with its own CLI; returns the problems (none: it built). */
async function buildAngular(outDir) {
  const dir = join(repo, 'examples', 'angular');
  const ng = join(dir, 'node_modules', '.bin', 'ng');
  if (!existsSync(ng)) return ['examples/angular/node_modules is missing: run `npm ci --prefix examples/angular` first'];
  try {
    await promisify(execFile)(ng, ['build', '--output-path', outDir], {
      cwd: dir, env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024,
    });
    return [];
  } catch (error) {
    return [`ng build failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`];
  }
}

// Each built example under /<name>/ (the Angular CLI puts the page in browser/), everything else
// from the repository.
const built = Object.fromEntries([...viteExamples.map((name) => [name, join(out, name)]), ['angular', join(out, 'angular', 'browser')]]);
const { server, base } = await serveFiles((path) => {
  const [, first, ...rest] = path.split('/');
  return built[first] ? join(built[first], ...rest) : join(repo, path);
});

const pages = [['plain HTML', '/examples/plain-html/'], ['React', '/react/'], ['Vue', '/vue/'], ['Svelte', '/svelte/'], ['Angular', '/angular/']];
const browser = await launchChromium(puppeteer);
const report = checkReport('Examples');
try {
  for (const [name, path] of pages) {
    if (name === 'Angular' && angularProblems.length) {
      report.add(`${name}: not built`, angularProblems);
      continue;
    }
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
