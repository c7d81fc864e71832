// `vite build` for this folder, into dist/.
import { build } from 'vite';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
await build({ root, configFile: `${root}/vite.config.mjs` });
// The finder's data: the fictional sample, as the JSON file a real site serves from its own register.
const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
writeFileSync(join(`${root}/dist`, 'providers.json'), JSON.stringify(SAMPLE_PROVIDERS));
console.log(`vite-ts: built ${root}/dist`);
