// React and react-dom are published as CommonJS only, with entries that pick a build at run time,
// so a browser cannot import them as they are. For the React wrappers' tests, the test server
// bundles their development builds once (esbuild, one copy of React) and serves each package
// as an ES module with its names exported.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const packages = ['react', 'react-dom', 'react-dom/client'];
const bundlePath = '/__react/bundle.js';
const modulePath = (name) => `/__react/${name.replace('/', '__')}.js`;

async function bundle() {
  const imports = packages.map((name, i) => `import m${i} from '${name}';`).join('\n');
  const table = packages.map((name, i) => `'${name}': m${i}`).join(', ');
  const result = await build({
    stdin: { contents: `${imports}\nexport const modules = { ${table} };`, resolveDir: process.cwd() },
    bundle: true, format: 'esm', write: false, define: { 'process.env.NODE_ENV': '"development"' },
  });
  return result.outputFiles[0].text;
}

/** The names a package exports, read in a Node of its own (React's development build patches the console). */
const exportedNames = (name) => JSON.parse(execFileSync(process.execPath,
  ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`], { encoding: 'utf8' }));

function moduleOf(name) {
  const names = exportedNames(name).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `import { modules } from '${bundlePath}';\nconst m = modules['${name}'];\nexport default m;\n`
    + `export const { ${names.join(', ')} } = m;\n`;
}

/** A @web/test-runner plugin: `import … from 'react'` (and react-dom) work in the test browser. */
export function reactAsModules() {
  let bundled;
  const served = new Map();
  return {
    name: 'react-as-modules',
    resolveImport: ({ source }) => (packages.includes(source) ? modulePath(source) : undefined),
    async serve({ path }) {
      if (path === bundlePath) return { body: await (bundled ??= bundle()), type: 'js' };
      const name = packages.find((candidate) => modulePath(candidate) === path);
      if (name && !served.has(name)) served.set(name, moduleOf(name));
      return name ? { body: served.get(name), type: 'js' } : undefined;
    },
  };
}
