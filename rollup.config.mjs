// The CDN bundle of @auta/elements: packages/elements/dist/auta.js, one ES module with Lit
// and every element, minified, with a source map. `<script type="module" src=".../auta.js">`
// is all a page needs.
//
// The one thing kept out of it is the provider finder's fictional sample data, which the
// finder imports lazily only when a page gives it no data of its own (a demo): it becomes
// a chunk beside auta.js (auta-sample-<hash>.js) that a browser fetches only then. Real
// pages pass `src` or `providers`, never fetch it, and do not pay for it in auta.js.
import { existsSync } from 'node:fs';
import { rollup } from 'rollup';
import MagicString from 'magic-string';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { rollupMinifyLiterals } from './tools/distribution/minify-literals.mjs';
import { chunkLoader } from './tools/distribution/chunk-loader.mjs';

const ELEMENTS = 'packages/elements/src';
const resolve = () => nodeResolve({ exportConditions: ['@auta/source', 'browser', 'production'] });
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

/**
 * Runs the bundle only when load-once.ts says this is the page's first copy: its check is
 * compiled to an expression and put before the bundle, which goes in an `if` block. A
 * second copy then evaluates neither Lit nor any element (see load-once.ts).
 */
function runOnce(checkCode) {
  return {
    name: 'auta-run-once',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      if (/^\s*(export|import)\s/m.test(code)) this.error('auta.js must neither import nor export at its top level to be wrapped in the load-once check.');
      const s = new MagicString(code);
      s.prepend(`${checkCode}\nif (__autaFirstCopy) {\n`);
      s.append('\n}\n');
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

export default async function config() {
  if (!existsSync(`${ELEMENTS}/cdn.ts`)) return [];
  const check = await rollup({ input: `${ELEMENTS}/load-once.ts`, plugins: [resolve(), typescript()] });
  const { output } = await check.generate({ format: 'iife', name: '__autaFirstCopy', exports: 'default' });
  await check.close();
  const bundle = (file, withSample) => ({
    input: { [file]: `${ELEMENTS}/cdn.ts` },
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'auta-[name]-[hash].js',
    },
    plugins: [
      // Sources, not dist: one pass of esbuild over TypeScript, and the `production` builds of Lit.
      resolve(),
      // Terser leaves template text alone: the CSS and HTML of our `css`/`html` literals are minified here.
      rollupMinifyLiterals(),
      typescript(),
      chunkLoader({ withSample }),
      runOnce(output[0].code),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  return [bundle('auta', true), bundle('auta-no-sample', false)];
}
