// The kit's styles are `css` template literals in TypeScript, which a JavaScript minifier leaves as
// written (indentation, comments). Every build minifies their text with esbuild's CSS minifier:
// the package build (so apps bundle the small text), the one-file bundle, and size-limit's
// measure of the sources. The literals hold no `${}` (checked: one would fail the build).
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import MagicString from 'magic-string';

const literal = /\bcss`([^`]*)`/g;

/** The source with each `css` literal's text minified; undefined when it has none. */
export async function minifyCssLiterals(code, file) {
  if (!code.includes('css`')) return undefined;
  const source = new MagicString(code);
  for (const match of code.matchAll(literal)) {
    const text = match[1];
    if (text.includes('${')) throw new Error(`${file}: a css literal with \${} cannot be minified; use a separate css\`\` and compose them in static styles.`);
    const { code: minified } = await transform(text, { loader: 'css', minify: true, sourcefile: file });
    const start = match.index + match[0].indexOf('`') + 1;
    source.overwrite(start, start + text.length, minified.trim().replaceAll('\\', '\\\\'));
  }
  return source;
}

const ours = /\/src\/.*\.ts$/;

/** For vite (package build, one-file bundle). */
export const minifyCssLiteralsVite = () => ({
  name: 'minify-css-literals',
  enforce: 'pre',
  apply: 'build',
  async transform(code, id) {
    if (!ours.test(id)) return undefined;
    const source = await minifyCssLiterals(code, id);
    return source && { code: source.toString(), map: source.generateMap({ hires: true, source: id }) };
  },
});

/** For esbuild (size-limit). */
export const minifyCssLiteralsEsbuild = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: ours }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      return { contents: (await minifyCssLiterals(code, path))?.toString() ?? code, loader: 'ts' };
    });
  },
};
