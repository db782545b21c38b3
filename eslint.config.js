import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'storybook-static/', 'custom-elements.json', 'editor/', 'node_modules/', 'examples/angular/dist/', 'examples/angular/.angular/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.browser,
      parserOptions: {
        projectService: { allowDefaultProject: ['vite.config.ts', 'scripts/build/*.d.mts'], defaultProject: 'tsconfig.node.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  wcConfigs['flat/recommended'],
  { settings: { wc: { elementBaseClasses: ['LitElement'] } } }, // else wc/* rules skip Lit classes
  litConfigs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/unbound-method': 'off', // Lit binds `this` for @event bindings
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Its own `ng build` type-checks it, against its own packages and dist/ (which lint runs without).
    files: ['examples/angular/**/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // `npm run test:types` type-checks them, against editor/ and dist/types (which lint runs without).
    files: ['test/types/frameworks/*'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's `expect(x).to.be.true` reads as an unused expression
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc's dom-diff plugin types every `.equal()` as returning a Promise
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
