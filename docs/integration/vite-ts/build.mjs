// `vite build` for this folder, into dist/.
import { build } from 'vite';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSampleProviders } from '../sample-data.mjs';

const root = dirname(fileURLToPath(import.meta.url));
await build({ root, configFile: `${root}/vite.config.mjs` });
await writeSampleProviders(`${root}/dist`);
console.log(`vite-ts: built ${root}/dist`);
