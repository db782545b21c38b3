// npm run bench: the kit against the raw browser API, in headless Chromium with fake devices,
// interleaved in the same run. Needs `npm run build` first. Writes bench/results/latest.json and
// the table in docs/performance.md. Reports; asserts nothing about time.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { fakeMediaFlags, launchChromium } from '../scripts/browsers.mjs';
import { serveFiles } from '../scripts/checks.mjs';

const repo = resolve(import.meta.dirname, '..');
const pairs = Number(process.env.BENCH_PAIRS ?? 15);
// A photo's time depends on where its encode falls between the camera's frames (12 or 20 ms, either
// version): 15 pairs gave medians from 0.78 to 1.61, 45 pairs 1.03–1.05 run after run.
const photoPairs = Math.max(pairs, 45);
const warmup = 3;
const cycles = Number(process.env.BENCH_CYCLES ?? 1000);
/**
 * BENCH_ONLY runs some groups alone and writes no files: `latency`, `startup`, `churn`, `filter`,
 * `clip`, comma-separated. BENCH_MATCH keeps the latency scenarios whose name contains it.
 */
const only = process.env.BENCH_ONLY?.split(',');
const runs = (group) => !only || only.includes(group);
const match = process.env.BENCH_MATCH;
/** The device check watches each device this long (its shortest `check-seconds`). */
const checkSeconds = 1;
/** Chromium keeps each enumerateDevices() result for about 3 s after it resolved: the heap is weighed after that. */
const settleMs = 5000;

// Lit alone, as one minified file like the kit's bundle: the start-up scenario's baseline.
const scratch = await mkdtemp(join(tmpdir(), 'capture-kit-bench-'));
const litAlone = join(scratch, 'lit-alone.js');
await build({
  stdin: {
    contents: "import { LitElement, html } from 'lit'; customElements.define('lit-trivial', class extends LitElement { render() { return html`<p>Hi</p>`; } });",
    resolveDir: repo,
  },
  bundle: true, minify: true, format: 'esm', outfile: litAlone, logLevel: 'error',
});

const { server, base } = await serveFiles((path) => (path === '/bench/lit-alone.js' ? litAlone : join(repo, path)));

// fakeMediaFlags grants every prompt: getDisplayMedia answers at once with a fake screen.
const browser = await launchChromium(puppeteer, [...fakeMediaFlags('fps=30,device-count=2'), '--js-flags=--expose-gc']);
const page = await browser.newPage();
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(`${base}/bench/page.html`);
await page.waitForFunction(() => window.benchReady === true);
const cdp = await page.createCDPSession();

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const summary = (values) => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9), runs: values.length });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs raw and kit alternately (ABAB…), after a warm-up, and compares their medians. Each run
 * resolves to a number of ms, or to an object of them (one result per `names` entry).
 */
async function compare(names, raw, kit, n = pairs) {
  const list = [names].flat();
  const pick = (r, name) => (typeof r === 'number' ? r : r[name]);
  const a = Object.fromEntries(list.map((name) => [name, []]));
  const b = Object.fromEntries(list.map((name) => [name, []]));
  for (let i = 0; i < warmup + n; i++) {
    const x = await raw();
    const y = await kit();
    if (i < warmup) continue;
    for (const name of list) {
      a[name].push(pick(x, name));
      b[name].push(pick(y, name));
    }
  }
  return list.map((name) => {
    const result = { name, raw: summary(a[name]), kit: summary(b[name]) };
    result.ratio = result.kit.median / result.raw.median;
    console.log(`${name.padEnd(40)} raw ${result.raw.median.toFixed(1)} ms  kit ${result.kit.median.toFixed(1)} ms  kit/raw ${result.ratio.toFixed(2)}`);
    return result;
  });
}
const inPage = (fn, ...args) => () => page.evaluate(fn, ...args);

const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  return { js: usedSize, embedder: embedderHeapUsedSize ?? 0 };
};

/** The tags the bundle defines: every definition the Custom Elements Manifest lists. */
async function bundleTags() {
  const manifest = JSON.parse(await readFile(join(repo, 'custom-elements.json'), 'utf8'));
  const listed = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  return page.evaluate((tags) => window.bench.definedTags(tags), [...new Set(listed)]);
}

/** A fresh page load, in a browser context of its own (nothing cached or compiled from before). */
async function startupOnce(url) {
  const context = await browser.createBrowserContext();
  try {
    const fresh = await context.newPage();
    await fresh.goto(url);
    await fresh.waitForFunction(() => window.startup !== undefined);
    return await fresh.evaluate(() => window.startup);
  } finally {
    await context.close();
  }
}

const results = { date: new Date().toISOString(), chromium: await browser.version(), pairs, photoPairs };
try {
  if (runs('latency')) results.latency = await latency();
  if (runs('startup')) results.startup = await startup();
  if (runs('churn')) results.churn = await churn();
  if (runs('filter')) results.filter = await filterRates();
  if (runs('clip')) results.clip = await clipCost(3);
} finally {
  await browser.close();
  server.close();
  await rm(scratch, { recursive: true, force: true });
}
if (!only) {
  await writeFile(join(repo, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writePerformanceDoc(results);
}

async function latency() {
  const scenarios = [
    ['time to first frame', () => compare('time to first frame', inPage(() => window.bench.rawFirstFrame()), inPage(() => window.bench.kitFirstFrame()))],
    ['camera switch to first frame', () => compare('camera switch to first frame', inPage(() => window.bench.rawSwitch()), inPage(() => window.bench.kitSwitch()))],
    ['photo 1280×720', async () => {
      await page.evaluate(() => window.bench.photoSetup());
      const ms = (type) => async () => (await page.evaluate((t) => window.bench.rawPhoto(t), type)).ms;
      const kitMs = (type) => async () => (await page.evaluate((t) => window.bench.kitPhoto(t), type)).ms;
      const photos = [
        ...await compare('photo 1280×720 PNG', ms('image/png'), kitMs('image/png'), photoPairs),
        ...await compare('photo 1280×720 JPEG', ms('image/jpeg'), kitMs('image/jpeg'), photoPairs),
      ];
      results.longestTaskMs = await page.evaluate(async () => ({
        raw: (await window.bench.rawPhoto('image/png')).longest, kit: (await window.bench.kitPhoto('image/png')).longest,
      }));
      await page.evaluate(() => window.bench.photoTeardown());
      console.log(`longest main-thread task during a PNG photo: raw ${results.longestTaskMs.raw} ms, kit ${results.longestTaskMs.kit} ms`);
      return photos;
    }],
    ['screen sharing to first frame', () => compare('screen sharing to first frame', inPage(() => window.bench.rawScreen()), inPage(() => window.bench.kitScreen()))],
    ['device check', () => compare(['device check: camera shown', `device check: verdicts (${checkSeconds} s watch)`],
      async () => rename(await page.evaluate((s) => window.bench.rawCheck(s), checkSeconds)),
      async () => rename(await page.evaluate((s) => window.bench.kitCheck(s), checkSeconds)))],
  ];
  const rename = ({ firstFrame, verdicts }) => ({ 'device check: camera shown': firstFrame, [`device check: verdicts (${checkSeconds} s watch)`]: verdicts });
  const all = [];
  for (const [name, run] of scenarios) if (!match || name.includes(match)) all.push(...await run());
  return all;
}

async function startup() {
  const tags = await bundleTags();
  const [result] = await compare('start-up: script tag to every tag defined',
    () => startupOnce(`${base}/bench/startup-lit.html`),
    () => startupOnce(`${base}/bench/startup-kit.html?tags=${tags.join(',')}`));
  return { ...result, tags };
}

/**
 * Mounts and removes each element `cycles` times and weighs the heaps before and after, after a
 * forced GC. A warm-up of `cycles / 2` first: what the first uses of the code leave (compiled
 * code, Lit's template caches) is no leak.
 */
async function churn() {
  const rows = [];
  for (const tag of ['raw', 'camera-preview', 'photo-booth']) {
    await page.evaluate((t, n) => window.bench.churn(t, n), tag, Math.ceil(cycles / 2));
    await page.evaluate(() => window.bench.forgetEndedTracks());
    await sleep(settleMs);
    const before = await heap();
    await page.evaluate((t, n) => window.bench.churn(t, n), tag, cycles);
    const liveTracks = await page.evaluate(() => window.bench.liveTracks());
    await page.evaluate(() => window.bench.forgetEndedTracks());
    await sleep(settleMs);
    const after = await heap();
    const result = {
      tag, cycles, liveTracks,
      openObjectUrls: await page.evaluate(() => window.bench.openUrls()),
      heapGrowthBytes: after.js - before.js,
      embedderGrowthBytes: after.embedder - before.embedder,
    };
    console.log(`churn ${tag} ×${cycles}: live tracks ${result.liveTracks}, object URLs not revoked ${result.openObjectUrls}, JS heap growth ${(result.heapGrowthBytes / 1024).toFixed(0)} KB, Blink heap growth ${(result.embedderGrowthBytes / 1024).toFixed(0)} KB`);
    rows.push(result);
  }
  return rows;
}

async function filterRates() {
  const rates = [];
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    const rate = await page.evaluate((w, h) => window.bench.filterRate(3, w, h), width, height);
    console.log(`filter grayscale(1) at ${rate.width}×${rate.height}: ${rate.filtered.toFixed(1)} fps delivered, source ${rate.source.toFixed(1)} fps`);
    rates.push(rate);
  }
  return rates;
}

/**
 * A clip of `seconds` made seekable: the time from "stop" to the file, raw MediaRecorder against
 * the booth (which remuxes), as ms per second of clip; and the bytes of the muxer's lazy chunk.
 */
async function clipCost(seconds) {
  const clipPairs = Math.min(pairs, 5);
  const raw = [];
  const kit = [];
  for (let i = 0; i < 1 + clipPairs; i++) {
    const a = await page.evaluate((s) => window.bench.rawClip(s), seconds);
    const b = await page.evaluate((s) => window.bench.kitClip(s), seconds);
    if (i > 0) { raw.push(a.ms); kit.push(b.ms); }
  }
  const chunks = join(repo, 'dist/bundle-chunks');
  const remux = (await readdir(chunks)).find((name) => /^remux-.*\.js$/.test(name));
  const chunkBytes = gzipSync(await readFile(join(chunks, remux))).length;
  const result = {
    seconds, pairs: clipPairs, raw: summary(raw), kit: summary(kit),
    remuxMsPerSecond: (quantile(kit, 0.5) - quantile(raw, 0.5)) / seconds, chunkGzipBytes: chunkBytes,
  };
  console.log(`clip of ${seconds} s, stop to file: raw ${result.raw.median.toFixed(1)} ms, kit ${result.kit.median.toFixed(1)} ms; remux ${result.remuxMsPerSecond.toFixed(1)} ms per second of clip; muxer chunk ${(chunkBytes / 1024).toFixed(1)} KB gzip`);
  return result;
}

async function writePerformanceDoc(r) {
  const path = join(repo, 'docs/performance.md');
  const doc = await readFile(path, 'utf8');
  const row = (l) => `| ${l.name} | ${l.raw.median.toFixed(1)} / ${l.raw.p90.toFixed(1)} | ${l.kit.median.toFixed(1)} / ${l.kit.p90.toFixed(1)} | ${l.ratio.toFixed(2)} |`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const churnName = (tag) => (tag === 'raw' ? 'raw: getUserMedia in a `<video>`' : `\`<${tag}>\``);
  const table = [
    `Measured ${r.date.slice(0, 10)} on ${r.chromium}, ${r.pairs} interleaved pairs (photos ${r.photoPairs}) after a warm-up (median / p90, ms).`,
    '',
    '| scenario | raw API | kit | kit/raw |',
    '| --- | --- | --- | --- |',
    ...r.latency.map(row),
    row({ ...r.startup, name: `start-up: script tag to all ${r.startup.tags.length} tags defined (raw: Lit and one element)` }),
    '',
    `Longest main-thread task during a PNG photo: raw ${r.longestTaskMs.raw} ms, kit ${r.longestTaskMs.kit} ms (0: none over 50 ms).`,
    '',
    '| churn | cycles | live tracks left | object URLs not revoked | JS heap growth | Blink heap growth |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.churn.map((c) => `| ${churnName(c.tag)} | ${c.cycles} | ${c.liveTracks} | ${c.openObjectUrls} | ${kb(c.heapGrowthBytes)} | ${kb(c.embedderGrowthBytes)} |`),
    '',
    ...r.filter.map((f) => `Filter \`grayscale(1)\` on a ${f.width}×${f.height} camera: ${f.filtered.toFixed(1)} fps delivered on \`filteredStream\`, source ${f.source.toFixed(1)} fps.`),
    '',
    `A ${r.clip.seconds} s clip at 1280×720, from "stop" to the file (median / p90 of ${r.clip.pairs} pairs): raw MediaRecorder ${r.clip.raw.median.toFixed(1)} / ${r.clip.raw.p90.toFixed(1)} ms, the booth's seekable file ${r.clip.kit.median.toFixed(1)} / ${r.clip.kit.p90.toFixed(1)} ms: the remux costs ${r.clip.remuxMsPerSecond.toFixed(1)} ms per second of clip. The muxer's chunk, loaded with the first clip: ${(r.clip.chunkGzipBytes / 1024).toFixed(1)} KB gzip.`,
  ].join('\n');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  await writeFile(path, `${doc.slice(0, doc.indexOf(start) + start.length)}\n${table}\n${doc.slice(doc.indexOf(end))}`);
}
