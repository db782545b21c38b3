// npm run bench: the kit against the raw browser API, in headless Chromium with fake devices,
// interleaved in the same run. Needs `npm run build` first. Writes bench/results/latest.json and
// the table in docs/performance.md. Reports; asserts nothing about time.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fakeMediaFlags, launchChromium } from '../scripts/browsers.mjs';
import { serveFiles } from '../scripts/checks.mjs';

const repo = resolve(import.meta.dirname, '..');
const pairs = Number(process.env.BENCH_PAIRS ?? 15);
const warmup = 3;
const cycles = Number(process.env.BENCH_CYCLES ?? 1000);
/** BENCH_ONLY=latency runs the latency scenarios alone (no churn, no filter, no files written). */
const only = process.env.BENCH_ONLY;

const { server, base } = await serveFiles((path) => join(repo, path));

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

/** Runs raw and kit alternately (ABAB…), after a warm-up, and compares their medians. */
async function compare(name, raw, kit, pick = (r) => r) {
  const a = [];
  const b = [];
  for (let i = 0; i < warmup + pairs; i++) {
    const x = pick(await page.evaluate(raw));
    const y = pick(await page.evaluate(kit));
    if (i >= warmup) { a.push(x); b.push(y); }
  }
  const result = { name, raw: summary(a), kit: summary(b) };
  result.ratio = result.kit.median / result.raw.median;
  console.log(`${name.padEnd(32)} raw ${result.raw.median.toFixed(1)} ms  kit ${result.kit.median.toFixed(1)} ms  kit/raw ${result.ratio.toFixed(2)}`);
  return result;
}

const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
};

try {
  const latency = [
    await compare('time to first frame', () => window.bench.rawFirstFrame(), () => window.bench.kitFirstFrame()),
    await compare('camera switch to first frame', () => window.bench.rawSwitch(), () => window.bench.kitSwitch()),
  ];
  await page.evaluate(() => window.bench.photoSetup());
  latency.push(
    await compare('photo 1280×720 PNG', () => window.bench.rawPhoto('image/png'), () => window.bench.kitPhoto('image/png'), (r) => r.ms),
    await compare('photo 1280×720 JPEG', () => window.bench.rawPhoto('image/jpeg'), () => window.bench.kitPhoto('image/jpeg'), (r) => r.ms),
  );
  const longest = await page.evaluate(async () => ({
    raw: (await window.bench.rawPhoto('image/png')).longest, kit: (await window.bench.kitPhoto('image/png')).longest,
  }));
  await page.evaluate(() => window.bench.photoTeardown());
  console.log(`longest main-thread task during a PNG photo: raw ${longest.raw} ms, kit ${longest.kit} ms`);
  if (only !== 'latency') await churnAndFilter(latency, longest);
} finally {
  await browser.close();
  server.close();
}

async function churnAndFilter(latency, longest) {
  const churn = [];
  for (const tag of ['camera-preview', 'photo-booth']) {
    const before = await heap();
    await page.evaluate((t, n) => window.bench.churn(t, n), tag, cycles);
    const after = await heap();
    const result = {
      tag, cycles,
      liveTracks: await page.evaluate(() => window.bench.liveTracks()),
      openObjectUrls: await page.evaluate(() => window.bench.openUrls()),
      heapGrowthBytes: after - before,
    };
    console.log(`churn ${tag} ×${cycles}: live tracks ${result.liveTracks}, object URLs not revoked ${result.openObjectUrls}, heap growth ${(result.heapGrowthBytes / 1024).toFixed(0)} KB`);
    churn.push(result);
  }

  const clip = await clipCost(3);
  const filter = await page.evaluate(() => window.bench.filterRate(3));
  console.log(`filter grayscale(1) at ${filter.width}×${filter.height}: ${filter.filtered.toFixed(1)} fps delivered, source ${filter.source.toFixed(1)} fps`);

  const results = { date: new Date().toISOString(), chromium: await browser.version(), pairs, latency, longestTaskMs: longest, churn, filter, clip };
  await writeFile(join(repo, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writePerformanceDoc(results);
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
  const rows = r.latency.map((l) => `| ${l.name} | ${l.raw.median.toFixed(1)} / ${l.raw.p90.toFixed(1)} | ${l.kit.median.toFixed(1)} / ${l.kit.p90.toFixed(1)} | ${l.ratio.toFixed(2)} |`);
  const table = [
    `Measured ${r.date.slice(0, 10)} on ${r.chromium}, ${r.pairs} interleaved pairs after a warm-up (median / p90, ms).`,
    '',
    '| scenario | raw API | kit | kit/raw |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Longest main-thread task during a PNG photo: raw ${r.longestTaskMs.raw} ms, kit ${r.longestTaskMs.kit} ms (0: none over 50 ms).`,
    '',
    '| churn | cycles | live tracks left | object URLs not revoked | heap growth after GC |',
    '| --- | --- | --- | --- | --- |',
    ...r.churn.map((c) => `| ${c.tag} | ${c.cycles} | ${c.liveTracks} | ${c.openObjectUrls} | ${(c.heapGrowthBytes / 1024).toFixed(0)} KB |`),
    '',
    `Filter \`grayscale(1)\` on a ${r.filter.width}×${r.filter.height} camera: ${r.filter.filtered.toFixed(1)} fps delivered on \`filteredStream\`, source ${r.filter.source.toFixed(1)} fps.`,
    '',
    `A ${r.clip.seconds} s clip at 1280×720, from "stop" to the file (median / p90 of ${r.clip.pairs} pairs): raw MediaRecorder ${r.clip.raw.median.toFixed(1)} / ${r.clip.raw.p90.toFixed(1)} ms, the booth's seekable file ${r.clip.kit.median.toFixed(1)} / ${r.clip.kit.p90.toFixed(1)} ms: the remux costs ${r.clip.remuxMsPerSecond.toFixed(1)} ms per second of clip. The muxer's chunk, loaded with the first clip: ${(r.clip.chunkGzipBytes / 1024).toFixed(1)} KB gzip.`,
  ].join('\n');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  await writeFile(path, `${doc.slice(0, doc.indexOf(start) + start.length)}\n${table}\n${doc.slice(doc.indexOf(end))}`);
}
