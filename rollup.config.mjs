// The CDN bundle of @auta/elements: packages/elements/dist/auta.js, one ES module with Lit
// and every element, minified, with a source map. `<script type="module" src=".../auta.js">`
// is all a page needs.
//
// The one thing kept out of it is the provider finder's fictional sample data, which the
// finder imports lazily only when a page gives it no data of its own (a demo): it becomes
// a chunk beside auta.js (auta-sample-<hash>.js) that a browser fetches only then. Real
// pages pass `src` or `providers`, never fetch it, and do not pay for it in auta.js.
import { existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const configs = [];
if (existsSync('packages/elements/src/cdn.ts')) {
  configs.push({
    input: { auta: 'packages/elements/src/cdn.ts' },
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'auta-[name]-[hash].js',
      // Everything but a lazily imported module stays in auta.js.
      manualChunks: undefined,
    },
    plugins: [
      // Sources, not dist: one pass of esbuild over TypeScript, and the `production` builds of Lit.
      nodeResolve({ exportConditions: ['@auta/source', 'browser', 'production'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      // Lit's `this` at module level in decorators is harmless; everything else is shown.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  });
}
export default configs;
