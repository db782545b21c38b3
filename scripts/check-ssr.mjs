// Server rendering (run after `npm run build`). In Node, renders each element's idle UI with
// @lit-labs/ssr from the built package entries (as an app's server imports them), alone and inside
// a <capture-session>; serves each page with the kit bundled as an app bundles it (Lit's hydration
// support first); and in headless Chromium with fake devices checks, for each page (scripts/ssr/cases.mjs):
// - the server HTML: declarative shadow roots, the idle UI visible before any script runs;
// - hydration: no console error or warning, no exception (Lit's hydration mismatches throw), the
//   server's nodes kept (not rendered again), getUserMedia called only where the page says
//   `autostart` (once), the same DOM as the same markup rendered by the browser alone, and no
//   text written into Lit's markers;
// - the hydrated elements work: a click on their button starts the camera once, the preview plays.
// `node scripts/check-ssr.mjs autostart` runs only the cases whose name holds "autostart".
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './browsers.mjs';
import { checkReport, serveFiles } from './checks.mjs';
import { cases, tags } from './ssr/cases.mjs';
import { installProbe } from './ssr/probe.mjs';

const repo = resolve(import.meta.dirname, '..');
if (!existsSync(join(repo, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// The server: each element entry of the package, by its public name.
for (const tag of tags) await import(`capture-kit/${tag}`);

const out = await mkdtemp(join(tmpdir(), 'capture-kit-ssr-'));
const pageOf = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>
<body>
${body}
<script type="module" src="/client.js"></script>
</body></html>
`;
/** The case's markup as HTML the browser renders alone (the templates hold no expressions). */
const markupOf = (template) => template.strings.join('');

const serverHtml = [];
for (const [index, { markup }] of cases.entries()) {
  const html = await collectResult(render(markup));
  serverHtml.push(html);
  await writeFile(join(out, `case-${index}.html`), pageOf(`server-rendered case ${index}`, html));
  await writeFile(join(out, `case-${index}-client.html`), pageOf(`client-rendered case ${index}`, markupOf(markup)));
}
// One file: split into chunks, Lit would move to a chunk that runs before the hydration support.
// Lit's development build, as an app's dev server serves it: it warns of more.
await build({
  entryPoints: [join(repo, 'scripts/ssr/client.js')], bundle: true, format: 'esm', outfile: join(out, 'client.js'),
  conditions: ['development'], logLevel: 'warning',
});
const { server, base } = await serveFiles((path) => join(out, path));

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Opens a page with the probe, records what it reports, and waits until every kit element on it has rendered. */
async function open(browser, file, { idle }) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => ['error', 'warn', 'assert'].includes(message.type())
    && problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => !problems.includes(`exception: ${error.message}`) && problems.push(`exception: ${error.message}`));
  await page.evaluateOnNewDocument(installProbe, { idle, tags });
  await page.goto(`${base}/${file}`, { waitUntil: 'load' });
  await page.waitForFunction((all) => all.every((tag) => customElements.get(tag)), { timeout: 15000 }, tags);
  // Twice: elements inside shadow roots exist once their host rendered. An update that threw rejects.
  for (let round = 0; round < 2; round++) {
    const failed = await page.evaluate(async () => (await Promise.allSettled(window.ssrCheck.kitElements().map((element) => element.updateComplete)))
      .filter(({ status }) => status === 'rejected').map(({ reason }) => `exception: ${reason?.message ?? reason}`));
    problems.push(...failed.filter((problem) => !problems.includes(problem)));
  }
  return { page, problems };
}

/** Where two serialisations first differ, with a little context. */
function firstDifference(a, b) {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const around = (text) => text.slice(Math.max(0, at - 120), at + 120);
  return [`server-rendered: …${around(a)}…`, `browser-rendered: …${around(b)}…`];
}

/** The kit's elements in server HTML, as parsed before the page's scripts ran (see probe.mjs). */
async function serverHtmlProblems(page, roots, elements) {
  const before = await page.evaluate(() => window.ssrCheck.before);
  return [
    ...(roots < elements ? [`${roots} declarative shadow roots for ${elements} elements`] : []),
    ...(before.defined.length ? [`defined before the page's scripts ran: ${before.defined.join(', ')}`] : []),
    ...before.withoutShadowRoot.map((tag) => `<${tag}> has no shadow root in the server HTML`),
    ...before.idle,
  ];
}

/** Hydrated rather than rendered again (the server's nodes are still there), and the camera asked only as often as the page says. */
async function hydrationProblems(page, { calls }, elements) {
  const { kept, total, callsNow, lost } = await page.evaluate(() => ({
    kept: window.ssrCheck.serverStyles.filter((style) => style.isConnected).length,
    total: window.ssrCheck.serverStyles.length,
    callsNow: window.ssrCheck.getUserMediaCalls,
    lost: window.ssrCheck.textInMarkers(),
  }));
  return [
    ...(kept !== total || total < elements ? [`${kept} of ${total} server-rendered shadow roots kept (rendered again?)`] : []),
    ...(callsNow !== calls ? [`getUserMedia called ${callsNow} time(s), expected ${calls}`] : []),
    ...lost,
  ];
}

/** What the page shows once settled (the same twice, 300 ms apart): idle, or with autostart, once the camera is live. */
async function shown(page, { calls, use }, problems, which) {
  if (calls > 0) {
    await page.waitForFunction(use.steps[0].until, { timeout: 15000 }).catch(() => problems.push(`${which}: the camera did not start`));
  }
  const serialize = () => page.evaluate(() => window.ssrCheck.serialize(document.body));
  await sleep(500); // the device list and the permission answer arrive
  let dom = await serialize();
  for (let tries = 0; tries < 20; tries++) {
    await sleep(300);
    const again = await serialize();
    if (again === dom) break;
    dom = again;
  }
  return dom;
}

/** Does what a person (or the page) does with the hydrated elements; problems if it does not work. */
async function useProblems({ page, problems }, use) {
  const found = [];
  const reported = problems.length;
  for (const [index, { click, run, until, shows }] of use.steps.entries()) {
    try {
      if (click) {
        const target = (await page.evaluateHandle((path) => window.ssrCheck.deep(path), click)).asElement();
        if (!target) throw new Error(`nothing to click at ${click.join(' > ')}`);
        await target.click();
      }
      if (run) await page.evaluate(run);
      await page.waitForFunction(until, { timeout: 15000 });
    } catch (error) {
      // What the page showed instead, where the case says how to read it.
      const seen = shows ? await page.evaluate(shows).catch((cause) => `(unreadable: ${cause.message})`) : '';
      found.push(`step ${index + 1}: ${error.message}${seen ? `; the page showed ${seen}` : ''}`);
      break;
    }
  }
  const { calls, lost } = await page.evaluate(() => ({ calls: window.ssrCheck.getUserMediaCalls, lost: window.ssrCheck.textInMarkers() }));
  if (calls !== use.calls) found.push(`getUserMedia called ${calls} time(s) in all, expected ${use.calls}`);
  return [...found, ...lost, ...problems.slice(reported)];
}

const report = checkReport('Server rendering');
const only = process.argv[2]; // a part of a case's name: only those cases
// One page open at a time: a page in the background is hidden, and a hidden page shows no camera.
const browser = await launchChromium(puppeteer);
try {
  for (const [index, kase] of cases.entries()) {
    const { name, calls, use } = kase;
    if (only && !name.includes(only)) continue;
    const elements = markupOf(kase.markup).match(/<[a-z]+-[a-z-]+/g).length;

    const roots = serverHtml[index].match(/<template shadowroot="open" shadowrootmode="open">/g)?.length ?? 0;
    const ssr = await open(browser, `case-${index}.html`, kase);
    report.add(`${name}: server HTML with ${roots} declarative shadow roots, the idle UI shown before any script`,
      await serverHtmlProblems(ssr.page, roots, elements));
    const hydration = [];
    const hydrated = await shown(ssr.page, kase, hydration, 'server-rendered');
    hydration.unshift(...ssr.problems, ...await hydrationProblems(ssr.page, kase, elements));
    const used = use && await useProblems(ssr, use);
    await ssr.page.close();

    const alone = await open(browser, `case-${index}-client.html`, kase);
    const rendered = await shown(alone.page, kase, hydration, 'browser-rendered');
    await alone.page.close();
    if (hydrated !== rendered) hydration.push('differs from the same markup rendered by the browser alone:', ...firstDifference(hydrated, rendered));
    hydration.push(...alone.problems.map((problem) => `(rendered by the browser alone) ${problem}`));
    report.add(`${name}: hydrates with no error or warning, ${calls} getUserMedia call(s), the same DOM as a browser render`, hydration);

    if (used) {
      const what = use.steps.map(({ click, run }) => (click ? `a click on ${click.join(' > ')}` : run ? 'the page asking' : 'autostart'));
      report.add(`${name}: works once hydrated (${what.join(', then ')}; ${use.calls} getUserMedia call(s) in all)`, used);
    }
  }
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}
report.finish();
