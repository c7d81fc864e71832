// `vite build` for this folder, into dist/.
import { build } from 'vite';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeProviders } from 'auta-example-shared/build.mjs';

const root = dirname(fileURLToPath(import.meta.url));
await build({ root, configFile: `${root}/vite.config.mjs` });
await writeProviders(join(root, 'dist'));
console.log(`vite-ts: built ${root}/dist`);
