// node bench/trace.mjs [scenario]: where a bench scenario's time goes, from a Chromium trace
// (CDP Tracing) of a few raw and kit runs. Needs `npm run build` first. For each run it prints
// when the capture device started and when the first frame was shown (ms after the timed section
// began), and the renderer main thread's CPU time until then; with TRACE_IPC=1 also every
// media-related message between renderer and browser. TRACE_FILE keeps the trace (for
// chrome://tracing or Perfetto). Scenarios: the raw*/kit* pairs of bench/page.html, such as
// FirstFrame (default), Switch, Screen, Check.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fakeMediaFlags, launchChromium } from '../scripts/browsers.mjs';
import { serveFiles } from '../scripts/checks.mjs';

const repo = resolve(import.meta.dirname, '..');
const scenario = process.argv[2] ?? 'FirstFrame';
const rounds = Number(process.env.TRACE_ROUNDS ?? 4);
const scratch = await mkdtemp(join(tmpdir(), 'capture-kit-trace-'));
const file = process.env.TRACE_FILE ?? join(scratch, 'trace.json');

const { server, base } = await serveFiles((path) => join(repo, path));
const browser = await launchChromium(puppeteer, fakeMediaFlags('fps=30,device-count=2'));
try {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/page.html`);
  await page.waitForFunction(() => window.benchReady === true);
  const run = (kind) => page.evaluate(async (name) => {
    performance.mark('run');
    await window.bench[name](1);
  }, `${kind}${scenario}`);
  for (let i = 0; i < 3; i++) await run('raw').then(() => run('kit')); // warm-up
  await page.tracing.start({
    path: file,
    categories: ['blink.user_timing', 'toplevel', 'mojom', 'blink', 'disabled-by-default-video_and_image_capture'],
  });
  const order = [];
  for (let i = 0; i < rounds; i++) for (const kind of ['raw', 'kit']) {
    await run(kind);
    order.push(kind);
  }
  await page.tracing.stop();
  report(JSON.parse(await readFile(file, 'utf8')), order);
} finally {
  await browser.close();
  server.close();
  if (!process.env.TRACE_FILE) await rm(scratch, { recursive: true, force: true });
}

function report(trace, order) {
  const events = (trace.traceEvents ?? trace).sort((a, b) => a.ts - b.ts);
  const threads = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const thread = (e) => threads.get(`${e.pid}:${e.tid}`);
  const runs = events.filter((e) => e.name === 'run');
  const mainTasks = events.filter((e) => thread(e) === 'CrRendererMain' && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  const ms = (us) => (us / 1000).toFixed(1);
  runs.forEach((runMark, i) => {
    const end = runs[i + 1]?.ts ?? Infinity;
    const t0 = events.find((e) => e.name === 'bench-t0' && e.ts > runMark.ts && e.ts < end)?.ts;
    if (t0 === undefined) return;
    const started = events.find((e) => e.ts > t0 && e.ts < end && e.name === 'VideoCaptureHost::Start');
    const shown = events.find((e) => e.ts > t0 && e.ts < end && e.name === 'VideoFrameCallbackRequesterImpl::OnRequestVideoFrameCallback');
    const cpu = (until) => ms(mainTasks.filter((e) => e.ts + e.dur > t0 && e.ts < until).reduce((sum, e) => sum + (e.tdur ?? 0), 0));
    console.log(`${order[i]} #${Math.floor(i / 2) + 1}: device started ${started ? ms(started.ts - t0) : '?'} ms, first frame ${shown ? ms(shown.ts - t0) : '?'} ms; main thread CPU ${started ? cpu(started.ts) : '?'} ms until the start, ${shown ? cpu(shown.ts) : '?'} ms until the frame`);
    if (!process.env.TRACE_IPC) return;
    const ipc = events.filter((e) => e.ts > t0 - 2000 && e.ts < (shown?.ts ?? end) && e.args?.chrome_mojo_event_info
      && /blink\.mojom\.(MediaDevices|MediaStream|Permission)|media\.mojom\.VideoCaptureHost|video_capture/.test(e.args.chrome_mojo_event_info.mojo_interface_tag ?? ''));
    for (const e of ipc) {
      console.log(`  ${ms(e.ts - t0).padStart(6)} ${(thread(e) ?? '').padEnd(16)} ${e.name.padEnd(20)} ${e.args.chrome_mojo_event_info.mojo_interface_tag} ${e.args.chrome_mojo_event_info.ipc_hash ?? ''}`);
    }
  });
}
