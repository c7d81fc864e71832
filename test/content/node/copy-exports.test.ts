// One rule for the copy's data files (messages.sv.ts, messages.en.ts, messages.se.ts and
// messages-easy.ts of every package): each exports one name per catalog it fills, named after
// that catalog (`altChannel` fills `altChannelCatalog`; `help` and `unavailable` fill
// `helpCatalog` and `unavailableCatalog`), the same names in every language's file, so a
// loader takes what it imported by name and never asks which file it got.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../../', import.meta.url).pathname;
const DATA = /^messages(\.(sv|en|se)|-easy)\.ts$/;

for (const pkg of readdirSync(join(ROOT, 'packages'))) {
  const src = join(ROOT, 'packages', pkg, 'src');
  if (!existsSync(src)) continue;
  const files = readdirSync(src).filter((f) => DATA.test(f)).sort();
  if (files.length === 0) continue;
  test(`@auta/${pkg}: every copy data file exports the same names, each the name of a catalog the package exports`, async () => {
    const index = await import(join(src, 'index.ts'));
    const names = new Map<string, string[]>();
    for (const file of files) names.set(file, Object.keys(await import(join(src, file))).sort());
    const [first, expected] = [...names][0]!;
    for (const [file, got] of names) assert.deepEqual(got, expected, `${file} exports what ${first} does`);
    for (const name of expected) assert.ok(`${name}Catalog` in index, `${name} fills ${name}Catalog, which @auta/${pkg} exports`);
  });
}
