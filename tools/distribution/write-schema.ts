/**
 * Writes the published JSON Schema of the provider format from the valibot schema (the
 * single source of truth): packages/provider-finder/schema/providers.schema.json.
 *   npx tsx --conditions=@auta/source tools/distribution/write-schema.ts [--check]
 * `--check` exits 1 when the file on disk is out of date.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProviderSchema, ProvidersFileSchema } from '../../packages/provider-finder/src/data/schema.js';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../packages/provider-finder/schema/providers.schema.json');

/** The JSON Schema text. Custom checks (safe URLs, unique lists) are not expressible and are left to the loader. */
export function providersJsonSchema(): string {
  const schema = toJsonSchema(ProvidersFileSchema, { errorMode: 'ignore', target: 'draft-07', definitions: { Provider: ProviderSchema } });
  const doc = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://example.invalid/auta/provider-finder/providers.schema.json',
    title: 'Auta digital support providers',
    description:
      'Providers of help with digital services, as read by <auta-provider-finder>. Generated from the valibot schema in @auta/provider-finder (src/data/schema.ts); the loader also checks what JSON Schema cannot say (safe http(s) URLs, unique list items, latitude and longitude together).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (typeof process !== 'undefined' && process.argv[1]?.endsWith('write-schema.ts')) {
  const text = providersJsonSchema();
  if (process.argv.includes('--check')) {
    const current = (() => {
      try {
        return readFileSync(SCHEMA_PATH, 'utf8');
      } catch {
        return '';
      }
    })();
    if (current !== text) {
      console.error(`${SCHEMA_PATH} is out of date: run npx tsx --conditions=@auta/source tools/distribution/write-schema.ts`);
      process.exit(1);
    }
  } else {
    mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
    writeFileSync(SCHEMA_PATH, text);
    console.log(`Wrote ${SCHEMA_PATH}`);
  }
}
