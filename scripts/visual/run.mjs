// Screenshot tests: opens stories of the built Storybook (storybook-static/) in headless Chromium
// and Firefox ESR, brings each element to a state (live, error, countdown, gallery, recording, an
// open panel…), takes a screenshot and compares it with test/visual/baselines/<browser>/<name>.png
// using pixelmatch. See docs/visual-tests.md.
//
//   node scripts/visual/run.mjs            compare (fails on a visible change)
//   node scripts/visual/run.mjs --update   rewrite the baselines
//   VISUAL_ONLY=booth node scripts/visual/run.mjs        only the shots whose name contains "booth"
//   VISUAL_EXTRA_CSS='…' node scripts/visual/run.mjs     add a stylesheet to every shadow root (to try a change)
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromePath, chromiumFlags, firefoxPath, hasFirefox } from '../browsers.mjs';
import { checkReport, serveFiles } from '../checks.mjs';
import { makeTestCard } from './make-test-card.mjs';

const update = process.argv.includes('--update');
const only = process.env.VISUAL_ONLY ?? '';
const extraCss = process.env.VISUAL_EXTRA_CSS ?? '';
const baselines = resolve('test/visual/baselines');
const output = resolve('test/visual/output');
/** pixelmatch's per-pixel colour threshold (0–1), and the share of differing pixels that fails. */
const pixelThreshold = 0.1;
const maxDiffRatio = 0.001;

const root = resolve('storybook-static');
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const storyIds = new Set(Object.values(JSON.parse(await readFile(join(root, 'index.json'), 'utf8')).entries)
  .filter((entry) => entry.type === 'story').map((entry) => entry.id));

// ---- what runs in the page (passed to page.evaluate, so self-contained) ----

/** Every element matching `selector`, in the document and in every shadow root. */
const deepAllSource = `(selector) => {
  const found = [];
  const walk = (node) => {
    found.push(...node.querySelectorAll(selector));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(document);
  return found;
}`;

/** Clicks the first element matching `selector` (anywhere, shadow roots included); false when there is none. */
const click = (selector) => async (page) => {
  const clicked = await page.evaluate(`((element) => element ? (element.click(), 'ok') : 'none')((${deepAllSource})(${JSON.stringify(selector)})[0])`);
  if (clicked === 'none') throw new Error(`nothing to click: ${selector}`);
};
/** Waits until `count` elements match `selector` (shadow roots included). */
/** Clicks the first element matching `selector` when there is one. */
const clickIfAny = (selector) => (page) =>
  page.evaluate(`(${deepAllSource})(${JSON.stringify(selector)})[0]?.click()`);
const waitFor = (selector, count = 1, timeout = 10000) => (page) =>
  page.waitForFunction(`(${deepAllSource})(${JSON.stringify(selector)}).length >= ${count}`, { timeout, polling: 100 });
/** Waits until every meter's value has stayed the same for a second (the steady test tone). */
const steadyMeter = (page) => page.waitForFunction(`(() => {
  const values = (${deepAllSource})('[role="meter"]').map((m) => m.getAttribute('aria-valuenow')).join();
  const now = performance.now();
  if (values !== window.__meterValues) { window.__meterValues = values; window.__meterSince = now; }
  return now - window.__meterSince > 1000;
})()`, { timeout: 10000, polling: 100 });
/** True when the first element matching `selector` reads `text`. */
const textIs = (selector, text) => (page) =>
  page.evaluate(`(${deepAllSource})(${JSON.stringify(selector)})[0]?.textContent.trim() === ${JSON.stringify(text)}`);
const sleep = (ms) => () => new Promise((done) => setTimeout(done, ms));
const openDetails = (selector) => (page) => page.evaluate(`(${deepAllSource})(${JSON.stringify(selector)}).forEach((d) => { d.open = true; })`);

/**
 * Ready: fonts loaded, no spinner, every shown <video> has a frame (currentTime > 0) and every
 * <img> has decoded.
 */
const readySource = `(() => {
  const all = (${deepAllSource});
  if (document.fonts.status !== 'loaded') return false;
  if (all('.spinner').length) return false;
  for (const video of all('video')) {
    if (!video.srcObject && !video.src) continue;
    if (video.readyState < 2 || video.videoWidth === 0) return false;
    if (video.srcObject && video.currentTime === 0) return false;
  }
  return all('img').every((img) => img.complete);
})()`;

// Animations end at once (so an animationend listener still runs), transitions and the caret go,
// what counts time (the recording timer, the spinner) is hidden, and the fonts are named.
// Firefox's fake camera is a flat colour that changes with time: its pictures are blacked out
// there (the boxes, their size and corners are still compared).
const firefoxCss = 'video, [part="gallery"] img { filter: brightness(0) !important; }';
const freezeCss = `
  *, *::before, *::after {
    animation-duration: 0s !important; animation-delay: 0s !important; animation-iteration-count: 1 !important;
    transition: none !important; caret-color: transparent !important; scroll-behavior: auto !important;
  }
  .spinner, [role="timer"], [part="timer"] { visibility: hidden !important; }
  /* Fonts named, not left to the machine's font configuration: a font package installed for
     something else (a Noto or URW font) must not change the pictures. Liberation comes with
     Debian's chromium package. */
  *, *::before, *::after { font-family: 'Liberation Sans', sans-serif !important; }
  code, pre, kbd, samp, textarea, code *, pre * { font-family: 'Liberation Mono', monospace !important; }
`;

/** Adds the freeze sheet (and `extra`) to the document and every shadow root; pauses every video. */
const freezeSource = (css) => `(() => {
  const all = (${deepAllSource});
  const sheet = window.__visualSheet ??= new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(css)});
  const roots = [document, ...all('*').filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
  for (const root of roots) if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  for (const video of all('video')) video.pause();
  // device and group ids are random per browser profile: the playground's state dump shows them
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/[0-9a-f]{64}/.test(node.data)) node.data = node.data.replace(/[0-9a-f]{64}/g, '<id>');
    }
  }
  document.activeElement?.blur?.();
})()`;

// ---- the shots ----

/**
 * `story` (a Storybook id without "elements-"), `steps` run after the story is ready, `subset`:
 * also taken in the dark / rtl / forced-colours / Firefox variants.
 */
const scenarios = [
  { name: 'preview-idle', story: 'elements-camera-preview--idle' },
  { name: 'preview-live', story: 'elements-camera-preview--live', subset: true },
  { name: 'preview-mirrored', story: 'elements-camera-preview--mirrored' },
  { name: 'preview-cover', story: 'elements-camera-preview--cover' },
  { name: 'preview-denied', story: 'elements-camera-preview--denied', subset: true },
  { name: 'preview-not-found', story: 'elements-camera-preview--not-found' },
  { name: 'preview-in-use', story: 'elements-camera-preview--device-in-use' },
  { name: 'preview-overconstrained', story: 'elements-camera-preview--overconstrained' },
  { name: 'preview-track-ended', story: 'elements-camera-preview--track-ended', steps: [sleep(600)] },
  { name: 'preview-insecure', story: 'elements-camera-preview--insecure-context' },
  { name: 'session-autostart', story: 'elements-capture-session--autostart', steps: [steadyMeter] },
  { name: 'picker-before-permission', story: 'elements-device-picker--camera', subset: true, prompt: true },
  // Chromium: the origin is granted, so the names show at once; Firefox (whose permission prefs
  // do not reveal names before a capture): the "Allow access" button is pressed.
  { name: 'picker-after-permission', story: 'elements-device-picker--camera', subset: true,
    steps: [clickIfAny('[part="grant-button"]'), sleep(300)] },
  { name: 'picker-speaker', story: 'elements-device-picker--speaker' },
  { name: 'meter-idle', story: 'elements-audio-meter--idle' },
  { name: 'meter-live', story: 'elements-audio-meter--live', subset: true, chromiumOnly: true,
    steps: [waitFor('[role="meter"]:not([aria-valuenow="0"])'), steadyMeter] },
  { name: 'booth-live', story: 'elements-photo-booth--alone' },
  // The count ticks every second: one screenshot, kept only if "3" was still showing after it.
  { name: 'booth-countdown', story: 'elements-photo-booth--countdown-and-burst', subset: true, once: true,
    steps: [click('[part="shutter"]'), waitFor('[part="count"]')], still: textIs('[part="count"]', '3') },
  { name: 'booth-gallery', story: 'elements-photo-booth--alone', subset: true,
    steps: [click('[part="shutter"]'), waitFor('[part="gallery"] img'), sleep(200),
      click('[part="shutter"]:not([disabled])'), waitFor('[part="gallery"] img', 2)] },
  { name: 'booth-recording', story: 'elements-photo-booth--video', subset: true,
    steps: [click('[part="shutter"]'), waitFor('[part="timer"]')] },
  { name: 'booth-no-camera', story: 'elements-photo-booth--no-camera' },
  { name: 'panel-video', story: 'elements-constraint-panel--video' },
  { name: 'panel-open', story: 'elements-constraint-panel--video', subset: true, steps: [openDetails('details')] },
  { name: 'panel-audio', story: 'elements-constraint-panel--audio' },
  { name: 'panel-before-capture', story: 'elements-constraint-panel--before-capture' },
  { name: 'panel-denied', story: 'elements-constraint-panel--denied' },
  { name: 'panel-overconstrained', story: 'elements-constraint-panel--overconstrained' },
  // Not while sharing: Chromium's fake screen is a moving pattern.
  { name: 'screen-idle', story: 'elements-screen-capture--alone', subset: true },
  { name: 'screen-refused', story: 'elements-screen-capture--refused-by-system', steps: [waitFor('[part="status"].error')] },
  { name: 'check-idle', story: 'elements-device-check--idle' },
  { name: 'check-denied', story: 'elements-device-check--denied', subset: true,
    steps: [waitFor('[data-check="permissions"][data-status="fail"]')] },
];

/** The matrix: every shot at 1024 and 320 px in Chromium light; the subset in the other variants. */
const variants = [
  { browser: 'chromium', suffix: '1024', width: 1024 },
  { browser: 'chromium', suffix: '320', width: 320 },
  { browser: 'chromium', suffix: 'dark-1024', width: 1024, scheme: 'dark', subset: true },
  { browser: 'chromium', suffix: 'rtl-320', width: 320, dir: 'rtl', subset: true },
  { browser: 'chromium', suffix: 'forced-1024', width: 1024, forced: true, subset: true },
  { browser: 'firefox', suffix: '1024', width: 1024, subset: true },
  { browser: 'firefox', suffix: 'dark-320', width: 320, scheme: 'dark', subset: true },
];

// ---- the run ----

const { card, tone } = await makeTestCard();
const { server, base } = await serveFiles((path) => join(root, path));
const report = checkReport('Visual');
const started = Date.now();
await rm(output, { recursive: true, force: true });

const launch = {
  chromium: () => puppeteer.launch({
    executablePath: chromePath, headless: true,
    // No --use-fake-ui-for-media-stream: each page's context grants the camera (or leaves it to ask).
    args: [...chromiumFlags, '--use-fake-device-for-media-stream',
      '--autoplay-policy=no-user-gesture-required', `--use-file-for-fake-video-capture=${card}`,
      `--use-file-for-fake-audio-capture=${tone}`, '--hide-scrollbars', '--font-render-hinting=none',
      '--force-color-profile=srgb'],
  }),
  firefox: (scheme) => puppeteer.launch({
    browser: 'firefox', executablePath: firefoxPath, headless: true,
    extraPrefsFirefox: {
      'media.navigator.streams.fake': true, 'media.navigator.permission.disabled': true,
      'media.autoplay.default': 0, 'media.autoplay.block-webaudio': false, 'media.autoplay.blocking_policy': 0,
      // BiDi has no media feature emulation: the colour scheme is a preference (0 dark, 1 light)
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
      'ui.prefersReducedMotion': 1, 'layout.testing.overlay-scrollbars.always-visible': false,
    },
  }),
};

/** Grants the camera and microphone to the page's origin (Chromium; Firefox's prefs allow them). */
const grant = (page) => page.browserContext().setPermission(base,
  { permission: { name: 'camera' }, state: 'granted' }, { permission: { name: 'microphone' }, state: 'granted' });

async function shoot(browser, variant, scenario) {
  // A context of its own: permissions and storage do not leak from one shot to the next.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    if (variant.browser === 'chromium' && !scenario.prompt) await grant(page);
    await page.setViewport({ width: variant.width, height: 600, deviceScaleFactor: 1 });
    if (variant.browser === 'chromium') {
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: variant.scheme ?? 'light' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
        { name: 'forced-colors', value: variant.forced ? 'active' : 'none' },
      ]);
    }
    await page.goto(`${base}/iframe.html?id=${scenario.story}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-root > *', { timeout: 15000 });
    if (variant.dir) await page.evaluate(`document.documentElement.dir = ${JSON.stringify(variant.dir)}`);
    await page.waitForFunction(readySource, { timeout: 15000, polling: 100 });
    for (const step of scenario.steps ?? []) await step(page, variant);
    await page.waitForFunction(readySource, { timeout: 15000, polling: 100 });
    // Two identical screenshots in a row (at most six tries, waiting longer each time): nothing is still moving. A shot of a
    // passing moment (`once`) is taken once, and `still` says whether the moment lasted.
    let previous;
    let before;
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.evaluate(freezeSource(freezeCss + (variant.browser === 'firefox' ? firefoxCss : '') + extraCss));
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      // The whole page, by a viewport as tall as the page: Chromium's fullPage capture shifts an
      // rtl page sideways (by the width the page would have had with a scrollbar).
      const height = await page.evaluate('Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)');
      if (height !== page.viewport()?.height) await page.setViewport({ width: variant.width, height, deviceScaleFactor: 1 });
      const shot = Buffer.from(await page.screenshot());
      if (scenario.once) {
        if (scenario.still && !(await scenario.still(page))) throw new Error('the moment passed before the screenshot');
        return { shot, settled: true };
      }
      if (previous && (previous.equals(shot) || looksSame(previous, shot))) return { shot, settled: true };
      before = previous;
      previous = shot;
      await new Promise((done) => setTimeout(done, 150 * attempt));
    }
    return { shot: previous, settled: false, before };
  } finally {
    await context.close();
  }
}

/** Same size and no pixel over pixelmatch's threshold (a faint anti-aliasing flicker passes). */
function looksSame(a, b) {
  const [one, two] = [PNG.sync.read(a), PNG.sync.read(b)];
  return one.width === two.width && one.height === two.height
    && pixelmatch(one.data, two.data, null, one.width, one.height, { threshold: pixelThreshold }) === 0;
}

function compare(expectedPng, actual) {
  const expected = PNG.sync.read(expectedPng);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { problem: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}` };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: pixelThreshold });
  const ratio = count / (actual.width * actual.height);
  if (ratio <= maxDiffRatio) return { count };
  return { problem: `${count} pixels differ (${(ratio * 100).toFixed(2)}%)`, diff: PNG.sync.write(diff) };
}

/** Takes one shot and compares it (or writes it, with --update); returns the problems. */
async function check(browser, variant, scenario, name) {
  const browserName = variant.browser;
  if (!storyIds.has(scenario.story)) return [`no story ${scenario.story} in storybook-static/index.json`];
  const problems = [];
  const baseline = join(baselines, browserName, `${name}.png`);
  const actualFile = join(output, browserName, `${name}.actual.png`);
  const saveActual = async (shot) => {
    await mkdir(dirname(actualFile), { recursive: true });
    await writeFile(actualFile, shot);
  };
  try {
    // Two retries: Firefox's BiDi now and then loses a new tab ("no such frame"), and a passing
    // moment (the countdown) may have passed.
    const retrying = (error) => {
      console.log(`     (${browserName}/${name}: retrying after ${String(error).split('\n')[0]})`);
      return shoot(browser, variant, scenario);
    };
    const { shot, settled, before } = await shoot(browser, variant, scenario).catch(retrying).catch(retrying);
    shots++;
    if (!settled) {
      await saveActual(shot);
      if (before) await writeFile(actualFile.replace(/\.actual\.png$/, '.before.png'), before);
      problems.push(`the picture kept changing (two screenshots in a row never matched): ${actualFile}`);
    }
    if (update) {
      await mkdir(dirname(baseline), { recursive: true });
      await writeFile(baseline, shot);
    } else if (!existsSync(baseline)) {
      await saveActual(shot);
      problems.push(`no baseline ${baseline}: run npm run test:visual:update (this shot: ${actualFile})`);
    } else {
      const result = compare(await readFile(baseline), PNG.sync.read(shot));
      if (result.problem) {
        await saveActual(shot);
        problems.push(`${result.problem}; actual: ${actualFile}`);
        if (result.diff) {
          const diffFile = join(output, browserName, `${name}.diff.png`);
          await writeFile(diffFile, result.diff);
          problems.push(`diff: ${diffFile}`);
        }
      }
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}

let shots = 0;
// Two pages at a time: most of a shot is waiting (the camera, the countdown, the recorder).
const parallel = Number(process.env.VISUAL_PARALLEL ?? 2);
try {
  for (const browserName of ['chromium', 'firefox']) {
    if (browserName === 'firefox' && !hasFirefox) {
      console.log(`skip Firefox: no ${firefoxPath}`);
      continue;
    }
    for (const variant of variants.filter((v) => v.browser === browserName)) {
      const wanted = scenarios.filter((s) => (!variant.subset || s.subset) && !(s.chromiumOnly && browserName !== 'chromium')
        && `${s.name}.${variant.suffix}`.includes(only));
      if (!wanted.length) continue;
      const browser = await launch[browserName](variant.scheme);
      try {
        const results = new Array(wanted.length);
        let next = 0;
        let reported = 0;
        const flush = () => {
          while (reported < wanted.length && results[reported]) {
            report.add(`${browserName}/${wanted[reported].name}.${variant.suffix}`, results[reported]);
            reported++;
          }
        };
        const worker = async () => {
          while (next < wanted.length) {
            const index = next++;
            results[index] = await check(browser, variant, wanted[index], `${wanted[index].name}.${variant.suffix}`);
            flush();
          }
        };
        await Promise.all(Array.from({ length: parallel }, worker));
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  server.close();
}
report.finish(` (${shots} screenshots${update ? ', baselines written' : ''}, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
