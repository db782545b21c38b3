/**
 * The analyzer notes `dispatchEvent(new SomeEvent())` calls as events without a name; the
 * documented ones come from each class's `@fires`. Drop the nameless entries.
 */
const dropNamelessEvents = {
  name: 'drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/bundle.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropNamelessEvents],
};
