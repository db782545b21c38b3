import { defineConfig } from 'vite';
import { kitAliases } from '../kit-aliases.js';

// The template is compiled in the browser (no .vue files), so the build with the compiler is used.
export default defineConfig({
  base: './',
  resolve: { alias: [...kitAliases, { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] },
});
