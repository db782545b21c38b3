// Packs the kit as npm would publish it, installs the tarball into a new folder, and checks:
// - the editor data and framework types (editor/) are in it, declared in package.json, and list
//   every tag of its custom-elements.json;
// - in Node, `capture-kit` imports without throwing (server rendering, test runners);
// - in Chromium, each element entry registers its tag, `capture-kit/define` registers all,
//   `capture-kit` registers none, and the one-file bundle registers all and exports the API;
//   the bundle and `capture-kit/define` together warn of nothing, a tag taken by another class is named.
// Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './browsers.mjs';

const tags = ['capture-session', 'camera-preview', 'device-picker', 'audio-meter', 'constraint-panel', 'photo-booth', 'screen-capture', 'device-check'];
const root = await mkdtemp(join(tmpdir(), 'capture-kit-package-'));
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
const missing = (wanted, listed) => wanted.filter((name) => !listed.includes(name));
const absentText = (absent) => (absent.length ? ` (missing: ${absent.join(', ')})` : '');

/**
 * The editor data and framework types (docs/editors.md) in the installed package: each file there,
 * declared in package.json, and naming every tag, part and custom property of its
 * custom-elements.json.
 */
async function checkEditorFiles(pkg, installed) {
  const read = (file) => readFile(join(pkg, file), 'utf8').catch(() => '');
  const elements = JSON.parse(await read('custom-elements.json')).modules
    .flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const tags = elements.map((element) => element.tagName);
  check(tags.length > 0, `custom-elements.json names ${tags.length} tags`);

  const json = async (file) => JSON.parse((await read(file)) || 'null');
  const html = await json('editor/vscode.html-custom-data.json');
  const htmlAbsent = missing(tags, html?.tags?.map((tag) => tag.name) ?? []);
  check(html && htmlAbsent.length === 0, `editor/vscode.html-custom-data.json lists every tag${absentText(htmlAbsent)}`);

  const css = await json('editor/vscode.css-custom-data.json');
  const styling = [...new Set(elements.flatMap((element) => [
    ...(element.cssParts ?? []).map((part) => `::part(${part.name})`), ...(element.cssProperties ?? []).map((property) => property.name)]))];
  const cssAbsent = missing(styling, [...(css?.pseudoElements ?? []), ...(css?.properties ?? [])].map((item) => item.name));
  check(css && cssAbsent.length === 0, `editor/vscode.css-custom-data.json lists every part and custom property (${styling.length})${absentText(cssAbsent)}`);

  const webTypes = await json('editor/web-types.json');
  const webTypesAbsent = missing(tags, webTypes?.contributions?.html?.elements?.map((element) => element.name) ?? []);
  check(webTypes && installed['web-types'] === './editor/web-types.json' && webTypesAbsent.length === 0,
    `editor/web-types.json is package.json's web-types and lists every tag${absentText(webTypesAbsent)}`);

  for (const framework of ['react', 'vue', 'svelte', 'solid']) {
    const file = `editor/${framework}.d.ts`;
    const text = await read(file);
    // `"photo-booth": …` keys the element types; attributes are optional (`"max-size"?: …`).
    const absent = missing(tags, [...text.matchAll(/^\s*"([\w-]+)":/gm)].map((match) => match[1]));
    const imported = /from "(\.\.\/dist\/types\/[\w/.-]+)\.js"/.exec(text)?.[1];
    const importsShipped = Boolean(imported) && Boolean(await read(join('editor', `${imported}.d.ts`)));
    check(text && installed.exports[`./types/${framework}`]?.types === `./${file}` && importsShipped && absent.length === 0,
      `${file} is capture-kit/types/${framework}, its element types are in the package, and it lists every tag${absentText(absent)}`
      + (importsShipped ? '' : ` (imports ${imported ?? 'no dist/types'}, not in the package)`));
  }
}

try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', root], { encoding: 'utf8' }).trim().split('\n').pop();
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'package-check', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(root, tarball)], { cwd: root, stdio: 'ignore' });
  const installed = JSON.parse(await readFile(join(root, 'node_modules/capture-kit/package.json'), 'utf8'));
  check(installed.customElements && installed.files.includes('custom-elements.json'), 'package.json lists custom-elements.json');
  await checkEditorFiles(join(root, 'node_modules/capture-kit'), installed);

  // Node: the package root imports without a DOM.
  const node = execFileSync('node', ['--input-type=module', '-e',
    "const kit = await import('capture-kit'); console.log(typeof kit.createCaptureStore, typeof kit.PhotoBooth)"],
  { cwd: root, encoding: 'utf8' }).trim();
  check(node === 'function function', `Node imports capture-kit (${node})`);

  // Browser: one page per entry, bundled from the installed package as an app would.
  const entries = {
    index: { code: "import * as kit from 'capture-kit'; window.kit = kit;", registers: [] },
    define: { code: "import 'capture-kit/define';", registers: tags },
    ...Object.fromEntries(tags.map((tag) => [tag, { code: `import 'capture-kit/${tag}';`, registers: [tag] }])),
    'photo-booth': { code: "import 'capture-kit/photo-booth';", registers: ['camera-preview', 'photo-booth'] },
    'device-check': { code: "import 'capture-kit/device-check';", registers: ['camera-preview', 'device-picker', 'audio-meter', 'device-check'] },
  };
  const pages = {};
  for (const [name, { code }] of Object.entries(entries)) {
    const result = await build({ stdin: { contents: code, resolveDir: root }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
    pages[`/${name}.js`] = result.outputFiles[0].text;
  }
  pages['/bundle.js'] = await readFile(join(root, 'node_modules/capture-kit/dist/capture-kit.bundle.js'), 'utf8');
  const server = http.createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path.endsWith('.html')) {
      return response.writeHead(200, { 'content-type': 'text/html' }).end(`<script type="module" src="${path.replace('.html', '.js')}"></script>`);
    }
    if (!pages[path]) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(pages[path]);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launchChromium(puppeteer, []);
  try {
    const registered = async (name) => {
      const page = await browser.newPage();
      const errors = [];
      const warnings = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
      await page.goto(`http://127.0.0.1:${server.address().port}/${name}.html`, { waitUntil: 'load' });
      await new Promise((done) => setTimeout(done, 200));
      const found = await page.evaluate((all) => all.filter((tag) => customElements.get(tag)), tags);
      const api = await page.evaluate(() => Object.keys(window.kit ?? {}).length);
      await page.close();
      return { found, errors, api, warnings };
    };
    for (const [name, { registers }] of Object.entries(entries)) {
      const { found, errors } = await registered(name);
      check(errors.length === 0 && found.join() === registers.join(),
        `${name === 'index' ? 'capture-kit' : `capture-kit/${name}`} registers ${registers.join(', ') || 'no tag'}`
        + (found.join() === registers.join() ? '' : ` (registered: ${found.join(', ') || 'none'})`) + (errors.length ? ` (${errors.join('; ')})` : ''));
    }
    pages['/bundle-check.js'] = "import * as kit from './bundle.js'; window.kit = kit;";
    const { found, errors, api } = await registered('bundle-check');
    check(errors.length === 0 && found.length === tags.length && api > 10, `capture-kit.bundle.js registers every tag and exports ${api} names`);

    // Two copies of the kit on one page (other class objects of the same elements): no warning.
    // A tag that another library took first: a warning naming it.
    pages['/two-copies.js'] = "import './bundle.js'; import './define.js';";
    pages['/foreign.js'] = "customElements.define('audio-meter', class TheirMeter extends HTMLElement {}); import('./define.js');";
    const twice = await registered('two-copies');
    check(twice.errors.length === 0 && twice.warnings.length === 0 && twice.found.length === tags.length,
      `the bundle and capture-kit/define on one page: every tag, no warning${twice.warnings.map((w) => `\n     ${w}`).join('')}`);
    const foreign = await registered('foreign');
    check(foreign.errors.length === 0 && foreign.warnings.length === 1 && /<audio-meter>.*not used/.test(foreign.warnings[0]),
      `capture-kit/define after another <audio-meter>: one warning naming it (${foreign.warnings.join('; ') || 'none'})`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
console.log(`Package: ${failures === 0 ? 'all checks passed' : `${failures} checks failed`}`);
process.exit(failures ? 1 : 0);
