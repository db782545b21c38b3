// Judges the package as it would be published (run after `npm run build`): packs it, then
// - publint: no error, warning or suggestion;
// - arethetypeswrong (`--profile esm-only`, the kit is ESM only): every entry has its types;
// - the files `npm publish --dry-run` would publish: each one matches a rule of `allowed`,
//   every `required` file (and every file package.json points to) is there;
// - dist/integrity.json in the tarball holds the hashes of the tarball's bundle and chunks, and
//   the release's entry in CHANGELOG.md, if it gives a hash, gives the packed bundle's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { bundlePath, integrityOf, integrityPath } from './build/integrity.mjs';
import { checkReport } from './checks.mjs';

const repo = resolve(import.meta.dirname, '..');

/** What the package may hold, by kind of file (`*`: within a folder, `**`: any folders, `{a,b}`: either). */
const allowed = [
  'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'custom-elements.json',
  'dist/integrity.json',
  'dist/*.{js,js.map}', 'dist/{chunks,bundle-chunks,i18n,react}/*.{js,js.map}', 'dist/components/*/*.{js,js.map}',
  'dist/types/**/*.{d.ts,d.ts.map}',
  'editor/*.json', 'editor/*.d.ts', // editor and framework integrations generated from custom-elements.json
];
/** What it must hold besides the files package.json points to (entries, types, manifest). */
const required = [
  'package.json', 'README.md', 'dist/integrity.json',
  'editor/vscode.html-custom-data.json', 'editor/vscode.css-custom-data.json', 'editor/web-types.json',
];

const globToRegExp = (glob) => new RegExp(`^${glob
  .replace(/[.+^$()|[\]\\]/g, '\\$&')
  .replace(/\{([^}]+)\}/g, (_, options) => `(?:${options.split(',').join('|')})`)
  .replace(/\*\*\/|\*/g, (star) => (star === '*' ? '[^/]*' : '(?:[^/]+/)*'))}$`);
const allowedRules = allowed.map(globToRegExp);

/** Every file path in package.json's entry fields and exports (conditions and subpaths alike). */
const pointedTo = (pkg) => [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types'], pkg.exports]
  .flatMap(function paths(value) {
    if (typeof value === 'string') return [value.replace(/^\.\//, '')];
    return value && typeof value === 'object' ? Object.values(value).flatMap(paths) : [];
  });

/** Runs a command; its output and whether it succeeded. */
function run(command, args) {
  const { status, stdout, stderr, error } = spawnSync(command, args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { ok: status === 0, stdout, output: `${stdout ?? ''}${stderr ?? ''}${error?.message ?? ''}`.trim() };
}

if (!existsSync(join(repo, 'dist/capture-kit.bundle.js')) || !existsSync(join(repo, integrityPath))) {
  console.error(`dist/ is missing or incomplete (no ${integrityPath}): run \`npm run build\` first.`);
  process.exit(1);
}

const report = checkReport('Release');
const root = await mkdtemp(join(tmpdir(), 'capture-kit-release-'));
try {
  const packed = run('npm', ['pack', '--silent', '--pack-destination', root]);
  if (!packed.ok) throw new Error(`npm pack failed:\n${packed.output}`);
  const tarball = join(root, packed.stdout.trim().split('\n').pop());

  const { messages, pkg } = await publint({ pack: { tarball: await readFile(tarball) }, strict: true });
  report.add('publint: no error, warning or suggestion',
    messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`));

  // The local binary: a bare `npx attw` outside the repository would fetch another package.
  const attw = run(join(repo, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--no-color', '--no-emoji']);
  report.add(`arethetypeswrong --profile esm-only: each of the ${Object.keys(pkg.exports).length} entries resolves to its types`,
    attw.ok ? [] : [attw.output]);

  const dryRun = run('npm', ['publish', tarball, '--dry-run', '--json']);
  if (!dryRun.ok) throw new Error(`npm publish --dry-run failed:\n${dryRun.output}`);
  const result = JSON.parse(dryRun.stdout);
  const files = (result.files ?? Object.values(result)[0].files).map((file) => file.path);
  const unexpected = files.filter((path) => !allowedRules.some((rule) => rule.test(path)));
  const missing = [...new Set([...required, ...pointedTo(pkg)])].filter((path) => !files.includes(path));
  report.add(`npm publish --dry-run: ${files.length} files, each expected, none missing`,
    [...unexpected.map((path) => `not expected: ${path}`), ...missing.map((path) => `missing: ${path}`)]);

  // What a CDN serves is the tarball's content: its integrity.json must describe those bytes.
  const unpacked = run('tar', ['-xzf', tarball, '-C', root]);
  if (!unpacked.ok) throw new Error(`tar failed:\n${unpacked.output}`);
  const listed = JSON.parse(await readFile(join(root, 'package', integrityPath), 'utf8'));
  const actual = await integrityOf(join(root, 'package'));
  const paths = [...new Set([...Object.keys(listed), ...Object.keys(actual)])];
  report.add(`${integrityPath}: the sha384 of the packed bundle and of each packed chunk`,
    paths.filter((path) => listed[path] !== actual[path])
      .map((path) => `${path}: listed ${listed[path] ?? 'nothing'}, packed ${actual[path] ?? 'nothing'}`));

  // The hash a release gives in CHANGELOG.md is what pages put in `integrity`: it must be this build's.
  const entry = (await readFile(join(repo, 'CHANGELOG.md'), 'utf8')).split(/^## /m)
    .find((section) => section.startsWith(`[${pkg.version}]`)) ?? '';
  const given = entry.match(/sha384-[\w+/=]+/g) ?? [];
  report.add(`CHANGELOG.md: the entry for ${pkg.version} gives no bundle hash, or this build's`,
    given.filter((hash) => hash !== actual[bundlePath]).map((hash) => `${hash} is not the bundle's ${actual[bundlePath]}`));
} catch (error) {
  report.add('packing and judging the package', [error.message]);
} finally {
  await rm(root, { recursive: true, force: true });
}
report.finish();
