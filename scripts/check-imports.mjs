// The layers of design.md, checked on the import graph of src/ (`npm run lint:imports`, also part
// of `npm run lint`). Fails, naming each offending import or cycle, when
//   - a file under src/core imports anything but another file under src/core (no package, not
//     even a type from one; no i18n, no component),
//   - src/events.ts imports a module under src/components,
//   - there is an import cycle through src/core, or one that src/core depends on.
// Every kind of import counts: `import … from`, `import '…'`, `export … from`, `import type`,
// `import('…')` (also in a type: `typeof import('…')`) and `import x = require('…')`.
//
// `node scripts/check-imports.mjs [dir]` checks another copy of the sources (default: src/).
// The files are parsed with TypeScript's parser (a devDependency already), never type-checked.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = resolve(root, process.argv[2] ?? 'src');
/** Paths are shown relative to the folder that holds src/, with forward slashes. */
const base = dirname(srcDir);
const show = (file) => relative(base, file).split(sep).join('/');
const srcName = show(srcDir);
const coreDir = join(srcDir, 'core');
const componentsDir = join(srcDir, 'components');
const eventsFile = join(srcDir, 'events.ts');
const inside = (file, dir) => file === dir || file.startsWith(dir + sep);
const isCore = (file) => inside(file, coreDir);

if (!existsSync(srcDir) || !statSync(srcDir).isDirectory()) {
  console.error(`check-imports: ${srcDir} is not a directory`);
  process.exit(2);
}

function tsFilesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFilesUnder(path);
    return /\.(c|m)?tsx?$/.test(entry.name) ? [path] : [];
  }).sort();
}

/** Every module specifier `file` names, with its line; `specifier: null` for a computed `import(x)`. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (node, literal) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ line, specifier: literal && ts.isStringLiteralLike(literal) ? literal.text : null });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      add(node, node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0]);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      add(node, ts.isLiteralTypeNode(argument) ? argument.literal : undefined);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names (`./x.js` is `./x.ts`, a folder is its index.ts), or null. */
function resolveRelative(from, specifier) {
  const target = resolve(dirname(from), specifier);
  const candidates = [
    target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target.replace(/\.mjs$/, '.mts'),
    target.replace(/\.cjs$/, '.cts'), target, `${target}.ts`, `${target}.tsx`,
    join(target, 'index.ts'), join(target, 'index.tsx'),
  ];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';

// ---- the graph ----

const files = tsFilesUnder(srcDir);
/** file → [{ line, specifier, target }]; target is a path for a relative import, else null. */
const graph = new Map();
const unresolved = [];
let importCount = 0;
for (const file of files) {
  const edges = importsOf(file).map((edge) => {
    const target = edge.specifier !== null && isRelative(edge.specifier) ? resolveRelative(file, edge.specifier) : null;
    if (edge.specifier !== null && isRelative(edge.specifier) && !target) unresolved.push({ file, ...edge });
    return { ...edge, target };
  });
  importCount += edges.length;
  graph.set(file, edges);
}
const next = (file) => [...new Set((graph.get(file) ?? []).map((e) => e.target).filter((t) => t && graph.has(t)))];

const describeEdge = (file, edge) =>
  `${show(file)}:${edge.line} imports ${edge.specifier === null ? 'a computed import(…)' : `'${edge.specifier}'`}`
  + (edge.target ? ` (${show(edge.target)})` : '');

const sections = [];

if (unresolved.length) {
  sections.push({
    title: 'relative imports that name no file:',
    lines: unresolved.map((edge) => `${show(edge.file)}:${edge.line} imports '${edge.specifier}'`),
  });
}

// (a) src/core imports only src/core.
const coreLeaks = [];
for (const [file, edges] of graph) {
  if (!isCore(file)) continue;
  for (const edge of edges) {
    if (edge.specifier === null) coreLeaks.push(`${describeEdge(file, edge)}: a computed specifier cannot be checked`);
    else if (!isRelative(edge.specifier)) coreLeaks.push(`${describeEdge(file, edge)}: a package, not a file of src/core`);
    else if (edge.target && !isCore(edge.target)) coreLeaks.push(describeEdge(file, edge));
  }
}
if (coreLeaks.length) {
  sections.push({ title: `${srcName}/core must import only files inside ${srcName}/core (relative imports, no package):`, lines: coreLeaks });
}

// (b) src/events.ts imports no component.
const eventLeaks = (graph.get(eventsFile) ?? [])
  .filter((edge) => edge.target && inside(edge.target, componentsDir))
  .map((edge) => describeEdge(eventsFile, edge));
if (eventLeaks.length) {
  sections.push({ title: `${show(eventsFile)} must not import ${srcName}/components:`, lines: eventLeaks });
}

// (c) no cycle through src/core, nor one that src/core depends on.

/** Tarjan's strongly connected components, iteratively (no recursion limit). */
function components() {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const found = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, children: next(start), i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, children: next(child), i: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(child)));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const members = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          members.push(member);
        } while (member !== frame.node);
        found.push(members.sort());
      }
    }
  }
  return found;
}

/** The shortest path of imports from `from` to any file `isGoal` accepts (at least one step), staying in `allowed`. */
function shortestPath(from, isGoal, allowed = () => true) {
  const cameFrom = new Map([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const child of next(queue[i])) {
      if (!allowed(child)) continue;
      if (isGoal(child)) {
        const path = [child];
        for (let at = queue[i]; at !== null; at = cameFrom.get(at)) path.unshift(at);
        return path;
      }
      if (!cameFrom.has(child)) {
        cameFrom.set(child, queue[i]);
        queue.push(child);
      }
    }
  }
  return null;
}

/** The top folder of src/ a file is in (`core`, `i18n`, `components`…), or its name for a file at the top. */
const layerOf = (file) => relative(srcDir, file).split(sep)[0];

/** Cycles in `group` through `entry`: the shortest, then one through each other layer the group spans. */
function cyclesThrough(entry, group) {
  const within = (f) => group.has(f);
  const cycles = [shortestPath(entry, (f) => f === entry, within)];
  const covered = new Set(cycles[0].map(layerOf));
  for (const member of [...group].sort()) {
    if (covered.has(layerOf(member))) continue;
    const there = shortestPath(entry, (f) => f === member, within);
    const back = shortestPath(member, (f) => f === entry, within);
    const cycle = [...there, ...back.slice(1)];
    cycle.forEach((f) => covered.add(layerOf(f)));
    cycles.push(cycle);
  }
  return cycles;
}

const cycleLines = [];
for (const members of components()) {
  const group = new Set(members);
  const cyclic = members.length > 1 || next(members[0]).includes(members[0]);
  if (!cyclic) continue;
  const coreMember = members.find(isCore);
  let shown;
  if (coreMember) {
    shown = cyclesThrough(coreMember, group);
    for (const cycle of shown) cycleLines.push(`cycle: ${cycle.map(show).join(' → ')}`);
  } else {
    // A cycle outside src/core that src/core imports (directly or not) is as bad: loading the
    // store loads the whole cycle. Shown from each import that leaves src/core towards it.
    const ways = [];
    for (const file of files.filter(isCore)) {
      for (const target of next(file).filter((t) => !isCore(t))) {
        const rest = group.has(target) ? [target] : shortestPath(target, (f) => group.has(f));
        if (rest) ways.push([file, ...rest]);
      }
    }
    if (ways.length === 0) continue;
    const entry = ways[0].at(-1);
    shown = cyclesThrough(entry, group);
    cycleLines.push(`${srcName}/core depends on a cycle: ${ways.map((way) => way.map(show).join(' → ')).join(', ')}`);
    for (const cycle of shown) cycleLines.push(`  cycle: ${cycle.map(show).join(' → ')}`);
  }
  const inCycles = new Set(shown.flat());
  const others = members.filter((m) => !inCycles.has(m));
  if (others.length) cycleLines.push(`  the same cycle group also holds ${others.map(show).join(', ')}`);
}
if (cycleLines.length) {
  sections.push({ title: `import cycles through ${srcName}/core (type-only imports count):`, lines: cycleLines });
}

// ---- the report ----

const stats = `${files.length} files, ${importCount} imports`;
if (sections.length) {
  console.error(`check-imports: the layers of design.md are broken in ${srcName}/ (${stats})`);
  for (const { title, lines } of sections) console.error(`\n  ${title}\n${lines.map((l) => `    ${l}`).join('\n')}`);
  process.exit(1);
}
console.log(`ok   imports: ${srcName}/core imports only itself, ${show(eventsFile)} no component, no cycle through ${srcName}/core (${stats})`);
