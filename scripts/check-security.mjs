// Runs dist/capture-kit.bundle.js (run `npm run build` first) in headless Chromium with fake
// devices, on a page served with a strict Content Security Policy that requires Trusted Types,
// and checks that the kit keeps within it: no violation or error while every element runs, no
// capture without autostart or a user action, no storage but the `persist` key, no network use
// once loaded but the kit's own code (the chunks beside the bundle, which it imports when a
// feature is first used), and no track left running when the elements are gone.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './browsers.mjs';
import { checkReport, serveFiles } from './checks.mjs';

const repo = resolve(import.meta.dirname, '..');
if (!existsSync(join(repo, 'dist/capture-kit.bundle.js'))) {
  console.error('dist/capture-kit.bundle.js is missing: run `npm run build` first.');
  process.exit(1);
}

// No 'unsafe-inline', no 'unsafe-eval': the kit has to do without both.
const policy = "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob: mediastream:; require-trusted-types-for 'script'";
// The test page from scripts/security/, the kit from dist/; every response carries the policy.
const { server, base } = await serveFiles(
  (path) => (path.startsWith('/dist/') ? join(repo, path) : join(repo, 'scripts/security', path)),
  { 'content-security-policy': policy });

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Waits for `predicate` to hold in the page; a timeout says what was awaited. */
const until = (page, predicate, what) => page.waitForFunction(predicate, { timeout: 15000 })
  .catch(() => Promise.reject(new Error(`timed out waiting for ${what}`)));

/** A page of the test, with what it logged and requested, once page.js has loaded the kit. */
async function openPage(browser) {
  const page = await browser.newPage();
  const tab = { page, errors: [], lateRequests: [], unprotected: [], chunks: new Set(), ready: false };
  page.on('console', (message) => message.type() === 'error' && tab.errors.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => tab.errors.push(`exception: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    const ownCode = url.startsWith(`${base}/dist/bundle-chunks/`) && request.resourceType() === 'script' && request.method() === 'GET';
    if (tab.ready && !ownCode && !url.startsWith('blob:') && !url.startsWith('data:')) tab.lateRequests.push(url);
    if (tab.ready && ownCode) tab.chunks.add(url.slice(url.lastIndexOf('/') + 1).replace(/-[\w-]{8}\.js$/, ''));
  });
  page.on('response', (response) => response.url().startsWith('http')
    && response.headers()['content-security-policy'] !== policy && tab.unprotected.push(response.url()));
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await until(page, () => window.securityReady === true, 'page.js to load the kit');
  tab.ready = true;
  return tab;
}

/** What the page's listeners recorded: policy violations, console errors, exceptions. */
const problemsOf = async (tab) => [...(await tab.page.evaluate(() => window.security.violations)), ...tab.errors];

const report = checkReport('Security');
async function check(name, run) {
  const problems = [];
  try {
    await run(problems);
  } catch (error) {
    problems.push(error.message);
  }
  report.add(name, problems);
}

const browser = await launchChromium(puppeteer);
const tabs = [];
try {
  // A fresh page: nothing may turn a camera or microphone on without autostart or a click.
  const idle = await openPage(browser);
  tabs.push(idle);
  await check('no capture without autostart: six elements alone and in a session, no getUserMedia call in 1 s', async (problems) => {
    const ids = await idle.page.evaluate(() => {
      const { el } = window.security;
      const tags = ['camera-preview', 'device-picker', 'audio-meter', 'constraint-panel', 'photo-booth'];
      document.body.append(
        ...tags.map((tag) => el(tag, { id: tag })),
        el('capture-session', { id: 'session' }, ...tags.map((tag) => el(tag, { id: `session-${tag}` }))),
      );
      return [...document.querySelectorAll('[id]')].map((element) => element.id);
    });
    await sleep(1000);
    const { calls, statuses } = await idle.page.evaluate((ids) => ({
      calls: window.security.getUserMediaCalls,
      statuses: ids.map((id) => `${id}: ${document.getElementById(id).state.status}`),
    }), ids);
    if (calls !== 0) problems.push(`getUserMedia was called ${calls} time(s)`);
    problems.push(...statuses.filter((status) => !status.endsWith(': idle')));
  });
  // Reported with the next check. Taken before the probe below, whose violation is wanted.
  const idleProblems = (await problemsOf(idle)).map((problem) => `(page without autostart) ${problem}`);
  // Proof that the policy is enforced: a string given to innerHTML is refused.
  const enforced = await idle.page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>probe</b>';
      return false;
    } catch {
      return 'trustedTypes' in window;
    }
  });

  const tab = await openPage(browser);
  tabs.push(tab);
  const { page } = tab;
  let problemsSoFar = 0;
  await check('CSP and Trusted Types: every element live, a photo taken, panel and picker shown, no violation or error', async (problems) => {
    if (!enforced) problems.push('the policy is not enforced: innerHTML took a string (or there is no window.trustedTypes)');
    await page.evaluate(() => {
      const { el } = window.security;
      document.body.append(
        el('camera-preview', { id: 'preview', autostart: '' }),
        el('audio-meter', { id: 'meter', autostart: '' }),
        el('photo-booth', { id: 'booth', autostart: '' }),
        el('capture-session', { id: 'session', autostart: '' },
          el('camera-preview', { id: 'session-preview' }), el('device-picker', { id: 'picker' }), el('constraint-panel', { id: 'panel' })),
      );
    });
    await until(page, () => ['preview', 'meter', 'booth', 'session'].every((id) => document.getElementById(id).state.status === 'live'),
      'every autostart element to be live');
    await until(page, () => {
      const playing = (preview) => (preview?.shadowRoot.querySelector('video')?.videoWidth ?? 0) > 0;
      const booth = document.getElementById('booth').shadowRoot.querySelector('camera-preview');
      return playing(document.getElementById('preview')) && playing(document.getElementById('session-preview')) && playing(booth);
    }, 'the previews to show frames');

    const photo = await page.evaluate(async () => {
      const booth = document.getElementById('booth');
      const { blob, url, width, height } = await booth.takePhoto();
      await booth.updateComplete;
      const img = [...booth.shadowRoot.querySelectorAll('img')].find((image) => image.src === url);
      await img?.decode(); // rejects if the policy refused the blob: URL
      return { size: blob.size, url, width, height, shown: img?.naturalWidth ?? 0 };
    });
    if (!(photo.size > 0 && photo.width > 0 && photo.height > 0)) problems.push(`empty photo: ${JSON.stringify(photo)}`);
    if (!photo.url.startsWith('blob:') || !photo.shown) problems.push(`the gallery does not show the photo (${photo.url}) as an <img>`);

    await until(page, () => document.getElementById('panel').shadowRoot
      .querySelector('[part="controls"] :is(input, select):not([disabled])'), 'the constraint panel to enable its controls');
    await until(page, () => [...document.getElementById('picker').shadowRoot.querySelectorAll('option')]
      .some((option) => option.value && option.textContent.trim()), 'the device picker to list the cameras');

    problems.push(...tab.unprotected.map((url) => `served without the policy: ${url}`));
    const recorded = await problemsOf(tab);
    problemsSoFar = recorded.length;
    problems.push(...idleProblems, ...recorded);
  });

  await check('storage: untouched by all of the above; `persist` adds only its key', async (problems) => {
    const { before, now } = await page.evaluate(async () => ({ before: window.security.storageBefore, now: await window.security.storage() }));
    if (JSON.stringify(now) !== JSON.stringify(before)) problems.push(`changed: ${JSON.stringify(before)} -> ${JSON.stringify(now)}`);

    await page.evaluate(() => document.body.append(window.security.el('capture-session', { id: 'persisted', persist: '', autostart: '' })));
    await until(page, () => {
      const { status, devices } = document.getElementById('persisted').state;
      return status === 'live' && devices.some((device) => device.kind === 'videoinput' && device.deviceId);
    }, 'the persisted session to be live and list its cameras');
    const saved = await page.evaluate(async () => {
      const session = document.getElementById('persisted');
      const camera = session.state.devices.find((device) => device.kind === 'videoinput' && device.deviceId);
      await session.store.selectDevice('videoinput', camera.deviceId);
      const key = window.security.kit.defaultPersistKey;
      return { key, deviceId: camera.deviceId, value: localStorage.getItem(key), now: await window.security.storage() };
    });
    const expected = { ...before, localStorage: [...before.localStorage, saved.key].sort() };
    if (JSON.stringify(saved.now) !== JSON.stringify(expected)) {
      problems.push(`expected only "${saved.key}" to be added: ${JSON.stringify(before)} -> ${JSON.stringify(saved.now)}`);
    }
    if (JSON.parse(saved.value ?? '{}').videoinput !== saved.deviceId) {
      problems.push(`"${saved.key}" holds ${saved.value}, not the chosen camera ${saved.deviceId}`);
    }
  });

  await check('teardown: no track left live once every element is removed, no violation or error since', async (problems) => {
    await page.evaluate(() => document.body.replaceChildren());
    await sleep(500);
    const tracks = await page.evaluate(() => window.security.tracks.map((track) => `${track.kind} "${track.label}": ${track.readyState}`));
    if (tracks.length === 0) problems.push('no track was acquired at all');
    problems.push(...tracks.filter((track) => track.endsWith(': live')).map((track) => `still live: ${track}`));
    problems.push(...(await problemsOf(tab)).slice(problemsSoFar));
  });

  await check('no network: no request after loading but the kit\'s own chunks, fetch/XHR/sendBeacon/WebSocket/EventSource never called', async (problems) => {
    const chunks = new Set(tabs.flatMap((tab) => [...tab.chunks]));
    console.log(`     the kit's own chunks imported as features were used: ${[...chunks].sort().join(', ') || 'none'}`);
    for (const { page: each, lateRequests } of tabs) {
      problems.push(...lateRequests.map((url) => `request: ${url}`));
      const calls = await each.evaluate(() => window.security.network);
      problems.push(...Object.entries(calls).filter(([, n]) => n > 0).map(([name, n]) => `${name} called ${n} time(s)`));
    }
  });
} finally {
  await browser.close();
  server.close();
}
report.finish();
