// npm run size: each entry bundled by esbuild as an app would (minified, lit's production
// build) and gzipped. `limit` is the ceiling CI enforces (no entry may grow past it); `target`
// is the budget the kit aims at. docs/performance.md says where the bytes go.
const production = (config) => ({ ...config, conditions: ['production'], tsconfig: 'tsconfig.json' });

const checks = [
  { name: 'whole kit (one-file bundle, with lit)', path: 'src/bundle.ts', limit: '44.5 kB', target: '15 kB' },
  { name: 'capture-kit/camera-preview (with its store and lit)', path: 'src/components/camera-preview/define.ts', limit: '17.3 kB', target: '10 kB' },
  { name: 'capture-kit/screen-capture (with both stores, the recording and lit)', path: 'src/components/screen-capture/define.ts', limit: '30 kB' },
  { name: 'core store alone', path: 'src/core/index.ts', import: '{ createCaptureStore }', limit: '4.8 kB', target: '3 kB' },
  { name: 'display store alone', path: 'src/core/index.ts', import: '{ createDisplayStore }', limit: '2.6 kB' },
  { name: 'reference: lit', path: 'node_modules/lit/index.js' },
  { name: 'reference: lit + @lit/context', path: 'scripts/size/lit-with-context.js' },
];

export default checks.map(({ target, ...check }) => ({
  ...check,
  name: target ? `${check.name}, target ${target}` : check.name,
  gzip: true,
  modifyEsbuildConfig: production,
}));
