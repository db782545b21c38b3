/**
 * The analyzer notes `dispatchEvent(new SomeEvent(arg))` calls as events without a name, or named
 * after the argument; the documented ones come from each class's `@fires`, and every kit event is
 * named `capture-*`. Drop the rest.
 */
const dropUndocumentedEvents = {
  name: 'drop-undocumented-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('capture-'));
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
  plugins: [dropUndocumentedEvents],
};
