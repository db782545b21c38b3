import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type MagicString from 'magic-string';

export function minifyCssLiterals(code: string, file: string): Promise<MagicString | undefined>;
export function minifyCssLiteralsVite(): VitePlugin;
export const minifyCssLiteralsEsbuild: EsbuildPlugin;
