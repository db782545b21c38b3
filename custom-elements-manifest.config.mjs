export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/bundle.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
