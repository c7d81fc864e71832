// Builds the browser side into dist/: client.js (hydration support + every element) and
// the stylesheet, and writes the sample providers.json the finder loads.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE, writeProviders } from 'auta-example-shared/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
rmSync(join(here, 'dist'), { recursive: true, force: true });
mkdirSync(join(here, 'dist'));
cpSync(join(here, 'page.css'), join(here, 'dist/page.css'));
// Its own stylesheet, not the static examples' one: the elements arrive rendered.
await build({ ...BUNDLE, entryPoints: [join(here, 'client.js')], outdir: join(here, 'dist') });
await writeProviders(join(here, 'dist'));
console.log(`ssr-node: built ${here}/dist`);
