// Bundles src/main.ts with esbuild into dist/ (JIT: the template compiles in the browser).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSampleProviders } from '../sample-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
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
  tsconfig: join(here, 'tsconfig.json'),
  logLevel: 'warning',
});
await writeSampleProviders(join(here, 'dist'));
console.log(`angular: built ${here}/dist`);
