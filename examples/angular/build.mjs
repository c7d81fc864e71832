// Builds the page ahead of time (AOT), the way the Angular CLI does, in two steps:
// 1. `ngc` (@angular/compiler-cli) type-checks the templates and compiles src/ to JavaScript
//    with the component's template turned into code (build/ngc/).
// 2. esbuild bundles that into dist/. Angular's own packages are published "partially
//    compiled"; the Angular linker (a Babel plugin from the same compiler-cli) finishes them
//    on the way, so the bundle needs neither @angular/compiler nor 'unsafe-eval' at run time.
import { transformAsync } from '@babel/core';
import linkerPlugin from '@angular/compiler-cli/linker/babel';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE, startDist, writeProviders } from 'auta-example-shared/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

rmSync(join(here, 'build'), { recursive: true, force: true });
const compilerCli = dirname(require.resolve('@angular/compiler-cli/package.json'));
const ngc = join(compilerCli, JSON.parse(readFileSync(join(compilerCli, 'package.json'), 'utf8')).bin.ngc);
execFileSync(process.execPath, [ngc, '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });

/** esbuild plugin: runs the Angular linker over partially compiled Angular packages. */
const angularLinker = {
  name: 'angular-linker',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]node_modules[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
      const code = readFileSync(path, 'utf8');
      if (!code.includes('ɵɵngDeclare')) return { contents: code, loader: 'js' };
      const linked = await transformAsync(code, { filename: path, plugins: [linkerPlugin], compact: false, babelrc: false, configFile: false, sourceMaps: 'inline' });
      return { contents: linked?.code ?? code, loader: 'js' };
    });
  },
};

const out = startDist(here, ['index.html']);
await build({
  ...BUNDLE,
  entryPoints: { main: join(here, 'build/ngc/main.js') },
  outdir: out,
  plugins: [angularLinker],
  // Angular's production mode, as the CLI sets it.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
});
await writeProviders(out);
console.log(`angular: built ${out}`);
