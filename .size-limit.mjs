// npm run size: each entry bundled by esbuild as an app would (minified, lit's production
// build) and gzipped. `limit` is the ceiling CI enforces (no entry may grow past it); `target`
// is the budget the kit aims at. docs/performance.md says where the bytes go.
// What the elements import only when it is needed (the muxer when a clip is finished, the storage
// when one is recorded or recovered) is a chunk of its own in every build: the entries leave it
// out, and lines of their own say what each chunk adds.
const lazy = ['mediabunny', './clip-storage.js', './recover-clips.js', './remux.js'];
const production = (config) => ({ ...config, conditions: ['production'], tsconfig: 'tsconfig.json', external: [...(config.external ?? []), ...lazy] });
const chunk = (config) => ({ ...config, conditions: ['production'], tsconfig: 'tsconfig.json' });

const checks = [
  { name: 'whole kit (one-file bundle, with lit)', path: 'src/bundle.ts', limit: '56.4 kB', target: '15 kB' },
  { name: 'capture-kit/camera-preview (with its store and lit)', path: 'src/components/camera-preview/define.ts', limit: '17.3 kB', target: '10 kB' },
  { name: 'capture-kit/screen-capture (with both stores, the recording and lit)', path: 'src/components/screen-capture/define.ts', limit: '32.6 kB' },
  { name: 'capture-kit/device-check (with its preview, pickers, meter, store and lit)', path: 'src/components/device-check/define.ts', limit: '29.3 kB' },
  { name: 'core store alone', path: 'src/core/index.ts', import: '{ createCaptureStore }', limit: '4.8 kB', target: '3 kB' },
  { name: 'display store alone', path: 'src/core/index.ts', import: '{ createDisplayStore }', limit: '2.6 kB' },
  { name: 'loaded when a clip is finished: the muxer that makes it seekable (mediabunny, packet copy)', path: 'src/components/recording/remux.ts', limit: '80 kB', modifyEsbuildConfig: chunk },
  { name: 'loaded when a clip is recorded: its copy kept in OPFS or IndexedDB', path: 'src/components/recording/clip-storage.ts', limit: '2.3 kB', modifyEsbuildConfig: chunk },
  { name: 'loaded when a booth or screen capture connects: clips to recover', path: 'src/components/recording/recover-clips.ts', import: '{ recoverClips }', limit: '3 kB', modifyEsbuildConfig: (config) => ({ ...chunk(config), external: ['mediabunny'] }) },
  { name: 'reference: lit', path: 'node_modules/lit/index.js' },
  { name: 'reference: lit + @lit/context', path: 'scripts/size/lit-with-context.js' },
];

export default checks.map(({ target, ...check }) => ({
  modifyEsbuildConfig: production,
  ...check,
  name: target ? `${check.name}, target ${target}` : check.name,
  gzip: true,
}));
