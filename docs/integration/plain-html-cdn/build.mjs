// Puts the page together in dist/: the HTML, the CDN bundle (`auta.js` and the chunks beside
// it, from the installed @auta/elements) and the provider data as a JSON file. Once the
// packages are published a site may point the script at the CDN instead; today it serves
// the files itself, as here (or from the self-host archive of `npm run release`).
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
const elementsDist = dirname(fileURLToPath(import.meta.resolve('@auta/elements/auta.js')));

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const f of ['index.html', 'page.js', 'page.css']) cpSync(join(here, f), join(out, f));
// auta.js, its source map, and the lazily loaded sample-data chunk beside it.
for (const f of readdirSync(elementsDist)) if (/^auta[.-]/.test(f)) cpSync(join(elementsDist, f), join(out, f));

// The finder's data: the fictional sample, as the JSON file a real site serves from its own register.
const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
writeFileSync(join(out, 'providers.json'), JSON.stringify(SAMPLE_PROVIDERS));
console.log(`plain-html-cdn: built ${out}`);
