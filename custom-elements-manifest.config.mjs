import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import ts from 'typescript';

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

/**
 * Editors list an attribute's values from its type's text, where the analyzer writes the alias
 * (`Fit`, `Spec<'bubble'>`): note each attribute's type as an attribute's text can have it, read
 * from the TypeScript checker, as `expandedType` (`'contain' | 'cover'`, `number`, `boolean`,
 * else `string`), the field the editor data is made from. `type` stays as written.
 */
const expandAttributeTypes = {
  name: 'expand-attribute-types',
  packageLinkPhase({ customElementsManifest }) {
    const { options } = ts.getParsedCommandLineOfConfigFile('tsconfig.build.json', {}, ts.sys);
    const program = ts.createProgram(['src/index.ts'], { ...options, noEmit: true });
    const checker = program.getTypeChecker();
    const attributeText = (type) => {
      const members = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (members.length && members.every((t) => t.isStringLiteral())) return members.map((t) => `'${t.value}'`).join(' | ');
      if (members.length && members.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return 'boolean';
      if (members.length && members.every((t) => t.flags & ts.TypeFlags.NumberLike)) return 'number';
      return 'string';
    };
    for (const module of customElementsManifest.modules) {
      const source = program.getSourceFile(ts.sys.resolvePath(module.path));
      const exported = source && checker.getExportsOfModule(checker.getSymbolAtLocation(source));
      for (const declaration of module.declarations ?? []) {
        const symbol = declaration.tagName && exported?.find((item) => item.name === declaration.name);
        if (!symbol) continue;
        const instance = checker.getDeclaredTypeOfSymbol(symbol);
        for (const attribute of declaration.attributes ?? []) {
          const field = attribute.fieldName && checker.getPropertyOfType(instance, attribute.fieldName);
          if (field) attribute.expandedType = { text: attributeText(checker.getTypeOfSymbol(field)) };
        }
      }
    }
  },
};

/** Editor data and framework types: generated into `editor/` (shipped, see docs/editors.md). */
const editorDir = 'editor';
const frameworkTypes = { react: 'react.d.ts', vue: 'vue.d.ts', svelte: 'svelte.d.ts', solid: 'solid.d.ts' };
// Every element class and event detail type is exported by the package's root types (dist/types, `npm run build`).
const typeOptions = (fileName) => ({ outdir: editorDir, fileName, globalTypePath: '../dist/types/index.js', hideLogs: true });

/**
 * Fix-ups of the framework types as generated (each generator writes its file in this phase; this
 * runs after them), so that they compile:
 * - the generators import each element's event detail types for that element, so a type that
 *   two elements share (`CaptureError`) is imported twice, which TypeScript rejects;
 * - the Svelte generator's base props name Solid's `JSX` (`JSX.Element`, `JSX.CSSProperties`), its
 *   `svelteHTML` namespace is local to the file's module, and its events are only Svelte 4's
 *   `on:name`: give the props Svelte's own types, make the namespace global, add Svelte 5's `onname`.
 */
const dedupeImports = (text) => text.replace(/import type \{([^}]*)\}/g, (_, names) => {
  const unique = [...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))];
  return `import type { ${unique.join(', ')} }`;
});
const svelteFixes = (text) => text
  .replace('children?: JSX.Element;', 'children?: import("svelte").Snippet;')
  .replace('style?: JSX.CSSProperties;', 'style?: string;')
  .replace(/^( *)"on:([\w-]+)"\?: (.*)$/gm, '$1"on:$2"?: $3\n$1"on$2"?: $3')
  .replace(/^declare namespace svelteHTML \{([^}]*)\}/m, 'declare global {\n  namespace svelteHTML {$1}\n}');
const fixFrameworkTypes = {
  name: 'fix-framework-types',
  packageLinkPhase() {
    for (const [framework, fileName] of Object.entries(frameworkTypes)) {
      const file = join(editorDir, fileName);
      const text = dedupeImports(readFileSync(file, 'utf8'));
      writeFileSync(file, framework === 'svelte' ? svelteFixes(text) : text);
    }
  },
};
const editorPlugins = [
  customElementVsCodePlugin({
    outdir: editorDir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', typesSrc: 'expandedType', hideLogs: true,
  }),
  customElementJetBrainsPlugin({ outdir: editorDir, webTypesFileName: 'web-types.json', packageJson: false, typesSrc: 'expandedType', hideLogs: true }),
  customElementJsxPlugin(typeOptions(frameworkTypes.react)),
  customElementVuejsPlugin(typeOptions(frameworkTypes.vue)),
  customElementSveltePlugin(typeOptions(frameworkTypes.svelte)),
  customElementSolidJsPlugin(typeOptions(frameworkTypes.solid)),
  fixFrameworkTypes,
];

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/bundle.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropUndocumentedEvents, resolveSpecDefaults, defineOnceCalls, expandAttributeTypes, ...editorPlugins],
};
