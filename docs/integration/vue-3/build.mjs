// Bundles src/main.ts with esbuild into dist/, using Vue's build with the template compiler
// (this example has no .vue files; with Vite and @vitejs/plugin-vue, use its
// `template.compilerOptions.isCustomElement` instead).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSampleProviders } from '../sample-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
rmSync(join(here, 'dist'), { recursive: true, force: true });
mkdirSync(join(here, 'dist'));
for (const f of ['index.html', 'page.css']) cpSync(join(here, f), join(here, 'dist', f));
await build({
  entryPoints: [join(here, 'src/main.ts')],
  outdir: join(here, 'dist'),
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  alias: { vue: require.resolve('vue/dist/vue.esm-bundler.js') },
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'warning',
});
await writeSampleProviders(join(here, 'dist'));
console.log(`vue-3: built ${here}/dist`);
