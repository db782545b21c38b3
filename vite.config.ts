import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyCssLiteralsVite } from './scripts/build/minify-css-literals.mjs';

const r = (path: string) => resolve(import.meta.dirname, path);

const tags = ['capture-session', 'camera-preview', 'device-picker', 'audio-meter', 'constraint-panel', 'photo-booth', 'screen-capture', 'device-check'];

/** One entry per element's define module, plus the package root and the define-all entry. */
const entries = {
  index: r('src/index.ts'),
  define: r('src/define.ts'),
  'i18n/fr': r('src/i18n/fr.ts'),
  'react/index': r('src/react/index.ts'),
  ...Object.fromEntries(tags.map((tag) => [`components/${tag}/define`, r(`src/components/${tag}/define.ts`)])),
};

// `vite`                     -> the demo page (index.html)
// `vite build`               -> dist/index.js, dist/define.js, dist/components/*/define.js; lit and
//                               context-filter-polyfill external (dependencies the app's bundler resolves)
// `vite build --mode bundle` -> dist/capture-kit.bundle.js, one self-contained file (lit inlined),
//                               and dist/bundle-chunks/: what it loads only when needed
export default defineConfig(({ mode }) =>
  mode === 'bundle'
    ? {
      plugins: [minifyCssLiteralsVite()],
      build: {
        outDir: 'dist', emptyOutDir: false, minify: true, sourcemap: true,
        lib: { entry: r('src/bundle.ts'), formats: ['es'], fileName: () => 'capture-kit.bundle.js' },
        // What is loaded only when needed (the muxer, the clip storage) stays in chunks beside it.
        // The entry may export more than its own exports, so what the chunks share with it stays in it.
        rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, chunkFileNames: 'bundle-chunks/[name]-[hash].js' } },
      },
    }
    : {
      // The dev server's dependency scan starts from the demo page only: by default it reads every
      // *.html, examples/ included, whose `capture-kit/…` imports resolve only through their own
      // vite configs (scripts/check-dev-server.mjs fails on the error it printed).
      optimizeDeps: { entries: ['index.html'] },
      plugins: [minifyCssLiteralsVite()],
      build: {
        outDir: 'dist', emptyOutDir: true, minify: false, sourcemap: true,
        lib: { formats: ['es'], entry: entries },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/, 'context-filter-polyfill', 'mediabunny'],
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    });
