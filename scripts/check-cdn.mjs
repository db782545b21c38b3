// The one-file bundle loaded from a CDN (run after `npm run build`), in headless Chromium with a
// fake camera: the pages on one origin, the package's dist/ on another, at a versioned path and
// with CORS as jsDelivr or unpkg serve it. A page maps `capture-kit` to the bundle with an import
// map and checks it with the hashes that the build wrote to dist/integrity.json. A wrong hash, or
// a file changed on the way, must stop the load; the chunks loaded by import() are checked by
// the import map's `integrity` too.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './browsers.mjs';
import { bundlePath, integrityOf, integrityPath, sriOf } from './build/integrity.mjs';
import { checkReport, serveFiles } from './checks.mjs';

const repo = resolve(import.meta.dirname, '..');
if (!existsSync(join(repo, integrityPath))) {
  console.error(`${integrityPath} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const { version } = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
const built = JSON.parse(await readFile(join(repo, integrityPath), 'utf8'));
const report = checkReport('CDN');

const now = await integrityOf(repo);
report.add(`${integrityPath} holds the sha384 of the bundle and of each chunk beside it`, [
  ...Object.keys(now).filter((path) => built[path] !== now[path]).map((path) => `${path}: ${built[path] ?? 'missing'}, the file is ${now[path]}`),
  ...Object.keys(built).filter((path) => !now[path]).map((path) => `${path}: listed, but not in dist/`),
]);
// The chunk that taking a photo imports: the lazy load the pages exercise.
const photoChunk = Object.keys(built).find((path) => path.startsWith('dist/bundle-chunks/photo-making-'));
if (!photoChunk) report.add('the photo chunk is in dist/bundle-chunks/', ['no dist/bundle-chunks/photo-making-*.js']);

const temp = await mkdtemp(join(tmpdir(), 'capture-kit-cdn-'));
const release = `/npm/capture-kit@${version}/`;
const tampered = `/npm/capture-kit@${version}-tampered/`;
await writeFile(join(temp, 'tampered.js'), `${await readFile(join(repo, bundlePath), 'utf8')}\n// changed on the way\n`);
// Only dist/ is served, as on a CDN: a path outside it is a 404 (a file that does not exist).
const cdn = await serveFiles((path) => {
  if (path === `${tampered}${bundlePath}`) return join(temp, 'tampered.js');
  return path.startsWith(`${release}dist/`) ? join(repo, path.slice(release.length)) : join(temp, 'not-served');
}, { 'access-control-allow-origin': '*' });
const site = await serveFiles((path) => join(temp, path));

const cdnUrl = (path, at = release) => `${cdn.base}${at}${path}`;
const bundleUrl = cdnUrl(bundlePath);
const everyHash = Object.fromEntries(Object.entries(built).map(([path, hash]) => [cdnUrl(path), hash]));
const wrongHash = sriOf('not the file');

const importMap = (integrity, bundle = bundleUrl) =>
  `<script type="importmap">${JSON.stringify({ imports: { 'capture-kit': bundle }, integrity })}</script>`;
// The page's own module, as README.md shows it; `error` fires on it when an import is refused.
const pageModule = `<script type="module" onerror="window.blocked = true">
  import { createCaptureStore, PhotoBooth } from 'capture-kit';
  window.kit = { createCaptureStore, PhotoBooth };
</script>`;
const scriptTag = (integrity, src = bundleUrl) =>
  `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous" onerror="window.blocked = true"></script>`;
const pages = {
  'import-map': importMap(everyHash) + pageModule,
  'script-integrity': scriptTag(built[bundlePath]),
  'wrong-import-map': importMap({ ...everyHash, [bundleUrl]: wrongHash }) + pageModule,
  'wrong-script-integrity': scriptTag(wrongHash),
  'tampered': importMap({ [cdnUrl(bundlePath, tampered)]: built[bundlePath] }, cdnUrl(bundlePath, tampered)) + pageModule,
  'wrong-chunk': importMap({ ...everyHash, [cdnUrl(photoChunk)]: wrongHash }) + pageModule,
};
for (const [name, head] of Object.entries(pages)) {
  await writeFile(join(temp, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head>`
    + '<body><photo-booth autostart></photo-booth></body></html>');
}

/** Opens a page; says what loaded, what the CDN answered, what was logged, and how a photo went. */
async function visit(browser, name) {
  const page = await browser.newPage();
  const errors = [];
  const answered = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.url().startsWith(cdn.base) && answered.push(`${response.status()} ${response.url()}`));
  try {
    await page.goto(`${site.base}/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.blocked || customElements.get('photo-booth'), { timeout: 10000 }).catch(() => undefined);
    const seen = await page.evaluate(() => ({
      blocked: window.blocked === true,
      registered: customElements.get('photo-booth') !== undefined,
      api: typeof window.kit?.createCaptureStore,
      oneCopy: window.kit?.PhotoBooth === customElements.get('photo-booth'),
    }));
    if (seen.registered) {
      await page.waitForFunction(() => document.querySelector('photo-booth').state.status === 'live', { timeout: 15000 });
      seen.photo = await page.evaluate(() => document.querySelector('photo-booth').takePhoto()
        .then(({ blob }) => `${blob.type}, ${blob.size} bytes`, (error) => `failed: ${error.code} ${error.params?.reason}`));
      seen.boothText = await page.evaluate(async () => {
        const booth = document.querySelector('photo-booth');
        await booth.updateComplete;
        return booth.shadowRoot.textContent.replace(/\s+/g, ' ');
      });
    }
    return { ...seen, errors, answered };
  } finally {
    await page.close();
  }
}

const fetchedOnce = (seen, url) => seen.answered.filter((line) => line === `200 ${url}`).length === 1;
const refused = (seen, url) => seen.errors.some((error) => error.includes('integrity') && error.includes(url));

const browser = await launchChromium(puppeteer);
try {
  const cases = [
    ['import map with every hash: `import { createCaptureStore } from \'capture-kit\'` works, one copy, a photo loads its chunk', 'import-map', (seen) => [
      seen.api !== 'function' && `createCaptureStore is ${seen.api}`,
      !seen.oneCopy && 'the page\'s PhotoBooth is not the registered <photo-booth>',
      !fetchedOnce(seen, bundleUrl) && `the bundle was not fetched once: ${seen.answered.join(', ')}`,
      !fetchedOnce(seen, cdnUrl(photoChunk)) && `${photoChunk} was not fetched`,
      !seen.photo?.startsWith('image/') && `photo: ${seen.photo ?? 'the booth never went live'}`,
      ...seen.errors]],
    ['<script type="module" integrity>: every tag registered, a photo loads its chunk (without a hash of its own)', 'script-integrity', (seen) => [
      !seen.registered && 'no <photo-booth> registered',
      !seen.photo?.startsWith('image/') && `photo: ${seen.photo ?? 'the booth never went live'}`,
      ...seen.errors]],
    ['a wrong hash in the import map: the bundle is fetched, refused, and nothing runs', 'wrong-import-map', (seen) => blockedProblems(seen, bundleUrl)],
    ['a wrong hash on <script integrity>: the bundle is fetched, refused, and nothing runs', 'wrong-script-integrity', (seen) => blockedProblems(seen, bundleUrl)],
    ['the build\'s hash, a bundle changed on the CDN: refused, nothing runs', 'tampered', (seen) => blockedProblems(seen, cdnUrl(bundlePath, tampered))],
    ['a wrong hash for a chunk in the import map: the kit runs, the photo that needs that chunk fails and says it could not be loaded', 'wrong-chunk', (seen) => [
      seen.api !== 'function' && `createCaptureStore is ${seen.api}`,
      seen.photo !== 'failed: unknown not-loaded' && `photo: ${seen.photo ?? 'the booth never went live'}`,
      !seen.boothText?.includes('Part of this page could not be loaded') && `the booth says: ${seen.boothText}`,
      !refused(seen, cdnUrl(photoChunk)) && `no integrity error for the chunk: ${seen.errors.join('; ') || 'nothing logged'}`]],
  ];
  for (const [name, file, problemsOf] of cases) {
    try {
      report.add(name, problemsOf(await visit(browser, file)).filter(Boolean));
    } catch (error) {
      report.add(name, [error.message]);
    }
  }
} finally {
  await browser.close();
  cdn.server.close();
  site.server.close();
  await rm(temp, { recursive: true, force: true });
}
report.finish();

/** What a page whose bundle must be refused did wrong. */
function blockedProblems(seen, url) {
  return [
    !fetchedOnce(seen, url) && `the bundle was not served (so this proves nothing): ${seen.answered.join(', ') || 'no response'}`,
    !refused(seen, url) && `no integrity error for the bundle: ${seen.errors.join('; ') || 'nothing logged'}`,
    !seen.blocked && 'no error event on the page\'s script',
    seen.registered && '<photo-booth> was registered',
    seen.api !== 'undefined' && 'the page\'s module ran',
  ];
}
