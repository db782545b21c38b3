import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { kitAliases } from '../kit-aliases.js';

export default defineConfig({ base: './', plugins: [svelte()], resolve: { alias: kitAliases } });
