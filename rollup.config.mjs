// Bundles that are not a package's plain ESM output: the single-file CDN bundle of
// @auta/elements (Lit included, minified, with a source map), once that package exists.
import { existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const configs = [];
if (existsSync('packages/elements/src/cdn.ts')) {
  configs.push({
    input: 'packages/elements/src/cdn.ts',
    output: { file: 'packages/elements/dist/auta.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['@auta/source', 'browser', 'production'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
}
export default configs;
