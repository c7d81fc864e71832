// Puts the page together in dist/: the HTML, the CDN bundle (`auta.js` and the chunks beside
// it, from the installed @auta/elements) and the provider data as a JSON file. Once the
// packages are published a site may point the script at the CDN instead; today it serves
// the files itself, as here (or from the self-host archive of `npm run release`).
import { cpSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDist, writeProviders } from 'auta-example-shared/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const elementsDist = dirname(fileURLToPath(import.meta.resolve('@auta/elements/auta.js')));

const out = startDist(here, ['index.html', 'page.js']);
// auta.js, its source map, and the lazily loaded sample-data chunk beside it.
for (const f of readdirSync(elementsDist)) if (/^auta[.-]/.test(f)) cpSync(join(elementsDist, f), join(out, f));
await writeProviders(out);
console.log(`plain-html-cdn: built ${out}`);
