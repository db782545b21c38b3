// npm run size: each entry bundled by esbuild as an app would (minified, lit's production
// build, the styles' text minified as the package build ships it) and gzipped. `limit` is the ceiling CI enforces (no entry may grow past it); `budget`
// is where the entry must get to (issue-level goal, printed beside it). docs/performance.md says
// where the bytes go.
// What the elements load with import() (the muxer, the clip storage, the filter polyfill, and
// each feature only some pages use) is a chunk of its own in every build: the entries leave every
// dynamic import out, and lines of their own say what the larger chunks add.
import { minifyCssLiteralsEsbuild } from './scripts/build/minify-css-literals.mjs';

const lazyImports = {
  name: 'dynamic imports are chunks',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};
const chunk = (config) => ({ ...config, conditions: ['production'], tsconfig: 'tsconfig.json', plugins: [...(config.plugins ?? []), minifyCssLiteralsEsbuild] });
/** A lazy chunk on its own: what it adds beside lit (shared helpers are counted in both). */
const ownChunk = (config) => ({ ...entry(config), external: ['lit', 'lit/*', '@lit/*'] });
const entry = (config) => ({ ...chunk(config), plugins: [...chunk(config).plugins, lazyImports] });

const checks = [
  { name: 'whole kit (one-file bundle, every element, with lit)', path: 'src/bundle.ts', limit: '45 kB', budget: '26 kB' },
  { name: 'the six first elements together (session, preview, picker, meter, panel, booth, with lit)', path: 'scripts/size/six-elements.js', limit: '34.9 kB', budget: '22 kB' },
  { name: 'capture-kit/camera-preview (with its store and lit)', path: 'src/components/camera-preview/define.ts', limit: '17 kB', budget: '12 kB' },
  { name: 'capture-kit/screen-capture (with both stores and lit)', path: 'src/components/screen-capture/define.ts', limit: '23.85 kB', budget: '16 kB' },
  { name: 'capture-kit/device-check (with its preview, pickers, meter, store and lit)', path: 'src/components/device-check/define.ts', limit: '26.35 kB', budget: '18 kB' },
  { name: 'core store alone', path: 'src/core/index.ts', import: '{ createCaptureStore }', limit: '4.85 kB', budget: '3.5 kB' },
  { name: 'display store alone', path: 'src/core/index.ts', import: '{ createDisplayStore }', limit: '2.6 kB' },
  { name: 'loaded when a clip is finished: the muxer that makes it seekable (mediabunny, packet copy)', path: 'src/components/recording/remux.ts', limit: '80 kB', modifyEsbuildConfig: chunk },
  { name: 'loaded when a clip is recorded: its copy kept in OPFS or IndexedDB', path: 'src/components/recording/clip-storage.ts', limit: '2.3 kB', modifyEsbuildConfig: chunk },
  { name: 'loaded when a booth or screen capture connects where a clip was kept: clips to recover', path: 'src/components/recording/recover-clips.ts', import: '{ recoverClips }', limit: '3 kB', modifyEsbuildConfig: (config) => ({ ...chunk(config), external: ['mediabunny'] }) },
  { name: 'loaded where canvas filters are missing (Safari): context-filter-polyfill', path: 'node_modules/context-filter-polyfill/dist/index.js', limit: '3.8 kB', modifyEsbuildConfig: chunk },
  { name: 'loaded with the first recording: the recorder, its sound mix, the copy kept and the seekable file (lit left out)', path: 'src/components/recording/recording-runner.ts', limit: '3.7 kB', modifyEsbuildConfig: ownChunk },
  { name: 'loaded with the first photo: frame sources and drawing (lit left out)', path: 'src/components/photo-booth/photo-making.ts', limit: '2.3 kB', modifyEsbuildConfig: ownChunk },
  { name: 'loaded with a filter or in video mode: the booth\'s canvas and frame clock (lit left out)', path: 'src/components/photo-booth/filter-pipeline.ts', limit: '1.9 kB', modifyEsbuildConfig: ownChunk },
  { name: 'loaded while a share is live: the screen with the camera bubble (lit left out)', path: 'src/components/screen-capture/composite-pipeline.ts', limit: '1.9 kB', modifyEsbuildConfig: ownChunk },
  { name: 'loaded when a check first runs: its measurements and sounds (lit left out)', path: 'src/components/device-check/measurements.ts', limit: '2.4 kB', modifyEsbuildConfig: ownChunk },
  { name: 'loaded by the first picker with previews: the list, thumbnails and levels (lit left out)', path: 'src/components/device-picker/preview-parts.ts', limit: '3.6 kB', modifyEsbuildConfig: ownChunk },
  { name: 'reference: lit', path: 'node_modules/lit/index.js' },
  { name: 'reference: lit + @lit/context', path: 'scripts/size/lit-with-context.js' },
];

export default checks.map(({ budget, ...check }) => ({
  modifyEsbuildConfig: entry,
  ...check,
  name: budget ? `${check.name}, budget ${budget}` : check.name,
  gzip: true,
}));
