// Run at the end of `npm run build` (npm's postbuild): the Subresource Integrity hashes of the
// one-file bundle and of the chunks it imports, for pages that load the kit from a CDN.
// Prints the bundle's `sha384-…` and writes every hash to dist/integrity.json, keyed by the
// file's path in the package, so that an import map's `integrity` can list the chunks too.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
export const bundlePath = 'dist/capture-kit.bundle.js';
export const integrityPath = 'dist/integrity.json';

/** The `integrity` value of some bytes: sha384, the hash browsers and CDNs use. */
export const sriOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** { 'dist/capture-kit.bundle.js': 'sha384-…', 'dist/bundle-chunks/<name>.js': 'sha384-…', … } of `root`. */
export async function integrityOf(root) {
  const chunks = (await readdir(join(root, 'dist/bundle-chunks'))).filter((name) => name.endsWith('.js')).sort();
  const paths = [bundlePath, ...chunks.map((name) => `dist/bundle-chunks/${name}`)];
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, sriOf(await readFile(join(root, path)))])));
}

if (process.argv[1] === import.meta.filename) {
  const integrity = await integrityOf(repo);
  await writeFile(join(repo, integrityPath), `${JSON.stringify(integrity, null, 2)}\n`);
  console.log(`\n${bundlePath} integrity (all ${Object.keys(integrity).length} files in ${integrityPath}):\n${integrity[bundlePath]}\n`);
}
