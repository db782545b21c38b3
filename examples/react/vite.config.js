import { defineConfig } from 'vite';
import { kitAliases } from '../kit-aliases.js';

export default defineConfig({ base: './', resolve: { alias: kitAliases } });
