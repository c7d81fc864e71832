// Bundles src/main.tsx with esbuild into dist/ (any React toolchain does the same job).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
rmSync(join(here, 'dist'), { recursive: true, force: true });
mkdirSync(join(here, 'dist'));
for (const f of ['index.html', 'page.css']) cpSync(join(here, f), join(here, 'dist', f));
await build({
  entryPoints: [join(here, 'src/main.tsx')],
  outdir: join(here, 'dist'),
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  sourcemap: true,
  jsx: 'automatic',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
// The finder's data: the fictional sample, as the JSON file a real site serves from its own register.
const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
writeFileSync(join(join(here, 'dist'), 'providers.json'), JSON.stringify(SAMPLE_PROVIDERS));
console.log(`react-18: built ${here}/dist`);
