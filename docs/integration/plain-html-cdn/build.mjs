// Puts the page together in dist/: the HTML, the CDN bundle (built by `npm run build` in
// packages/elements/dist) and the provider data as a JSON file. A real site copies
// nothing: it points the script at the CDN and serves its own providers.json.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSampleProviders } from '../sample-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
const elementsDist = join(here, '../../../packages/elements/dist');

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const f of ['index.html', 'page.js', 'page.css']) cpSync(join(here, f), join(out, f));
// auta.js, its source map, and the lazily loaded sample-data chunk beside it.
for (const f of readdirSync(elementsDist)) if (/^auta[.-]/.test(f)) cpSync(join(elementsDist, f), join(out, f));

await writeSampleProviders(out);
console.log(`plain-html-cdn: built ${out}`);
