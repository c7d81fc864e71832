// Builds the browser side into dist/: client.js (hydration support + every element) and
// the stylesheet, and writes the sample providers.json the finder loads.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
rmSync(join(here, 'dist'), { recursive: true, force: true });
mkdirSync(join(here, 'dist'));
cpSync(join(here, 'page.css'), join(here, 'dist/page.css'));
await build({
  entryPoints: [join(here, 'client.js')],
  outdir: join(here, 'dist'),
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  logLevel: 'warning',
});
// The finder's data: the fictional sample, as the JSON file a real site serves from its own register.
const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
writeFileSync(join(join(here, 'dist'), 'providers.json'), JSON.stringify(SAMPLE_PROVIDERS));
console.log(`ssr-node: built ${here}/dist`);
