// The examples import `capture-kit` as an app would; inside this repository that name points
// at the kit's sources (an app gets the same modules from node_modules/capture-kit).
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

export const kitAliases = [
  { find: /^capture-kit$/, replacement: `${src}index.ts` },
  { find: /^capture-kit\/react$/, replacement: `${src}react/index.ts` },
  { find: /^capture-kit\/define$/, replacement: `${src}define.ts` },
  { find: /^capture-kit\/i18n\/(\w+)$/, replacement: `${src}i18n/$1.ts` },
  { find: /^capture-kit\/([\w-]+)$/, replacement: `${src}components/$1/define.ts` },
];
