// Bundles src/main.ts with esbuild into dist/. The single-file component src/App.vue is
// compiled here, ahead of time, by Vue's own compiler (vue/compiler-sfc): the page ships
// render functions and Vue's runtime-only build, so it runs under a Content-Security-Policy
// without 'unsafe-eval'. With Vite, @vitejs/plugin-vue does the same job; give it the same
// `isCustomElement` option.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileScript, parse } from 'vue/compiler-sfc';
import { BUNDLE, startDist, writeProviders } from 'auta-example-shared/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** esbuild plugin: a `.vue` file becomes a module whose setup() returns the compiled render function. */
const vueSfc = {
  name: 'vue-sfc',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path });
      if (errors.length) throw errors[0];
      const script = compileScript(descriptor, {
        id: path,
        inlineTemplate: true,
        // The auta-* tags are custom elements, not Vue components.
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('auta-') } },
      });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
};

const out = startDist(here, ['index.html']);
await build({
  ...BUNDLE,
  entryPoints: [join(here, 'src/main.ts')],
  outdir: out,
  plugins: [vueSfc],
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});
await writeProviders(out);
console.log(`vue-3: built ${out}`);
