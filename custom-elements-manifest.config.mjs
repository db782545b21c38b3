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

/**
 * An attribute declared once with a spec (`const fit = enumAttribute(tag, 'fit', values, 'contain')`,
 * src/attributes/attribute-spec.ts) has `fit.fallback` as its field default; the manifest shows
 * the value itself ('contain'), read from the spec's call.
 */
const specFactories = { enumAttribute: 3, numberAttribute: 3, optionalEnumAttribute: undefined, optionalBooleanAttribute: undefined, textAttribute: "''" };
const specDefaults = new Map(); // module path → spec name → default text
const fieldSpecs = new Map(); // module path → field name → spec name
const inModule = (map, path) => map.get(path) ?? map.set(path, new Map()).get(path);
const resolveSpecDefaults = {
  name: 'resolve-spec-defaults',
  analyzePhase({ ts, node, moduleDoc }) {
    const spec = node.initializer && /^(\w+)\.fallback$/.exec(node.initializer.getText())?.[1];
    if (ts.isPropertyDeclaration(node) && spec) inModule(fieldSpecs, moduleDoc.path).set(node.name.getText(), spec);
    // `const fit = enumAttribute(…)`, or `fit: enumAttribute(…)` in an object of specs
    const declares = ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node);
    if (!declares || !node.initializer || !ts.isCallExpression(node.initializer)) return;
    const factory = node.initializer.expression.getText();
    if (!(factory in specFactories)) return;
    const at = specFactories[factory];
    const text = typeof at === 'number' ? node.initializer.arguments[at]?.getText() : at ?? 'undefined';
    inModule(specDefaults, moduleDoc.path).set(node.name.getText(), text);
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      const fields = fieldSpecs.get(module.path);
      const defaults = specDefaults.get(module.path);
      if (!fields || !defaults) continue;
      for (const declaration of module.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          const spec = fields.get(item.fieldName ?? item.name);
          if (spec && defaults.has(spec)) item.default = defaults.get(spec);
        }
      }
    }
  },
};

/**
 * The kit registers its tags with `defineOnce('camera-preview', CameraPreview)`
 * (src/utils/define-element.ts), which the analyzer does not know: note each such call as the
 * definition that `customElements.define('camera-preview', CameraPreview)` would be (the tag
 * names of the manifest come from these), and drop the one the analyzer notes for the
 * `customElements.define(tag, element)` inside the helper (its tag is a variable, not a tag name).
 */
const defineOnceCalls = {
  name: 'define-once-calls',
  analyzePhase({ ts, node, moduleDoc, context }) {
    if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineOnce') return;
    const [tag, element] = node.arguments;
    if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
    const name = element.getText();
    const imported = context.imports?.find((item) => item.name === name && !item.isBareModuleSpecifier);
    const module = imported ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname : moduleDoc.path;
    moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name, module } }];
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      module.exports = module.exports?.filter((item) => item.kind !== 'custom-element-definition' || item.name.includes('-'));
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/bundle.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropUndocumentedEvents, resolveSpecDefaults, defineOnceCalls],
};
