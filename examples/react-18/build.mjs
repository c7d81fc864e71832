// Bundles src/main.tsx with esbuild into dist/ (any React toolchain does the same job).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE, startDist, writeProviders } from 'auta-example-shared/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = startDist(here, ['index.html']);
await build({
  ...BUNDLE,
  entryPoints: [join(here, 'src/main.tsx')],
  outdir: out,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
});
await writeProviders(out);
console.log(`react-18: built ${out}`);
