import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';
import { loadProviders } from '@auta/provider-finder/data.js';
import { SCHEMA_PATH, providersJsonSchema } from '../../../../tools/distribution/write-schema.js';
import { generateProviders } from 'auta-tool-sample-data';

const published = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(published);

test('the published JSON Schema is generated from the valibot schema and up to date', () => {
  assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), providersJsonSchema(), 'run tools/distribution/write-schema.ts');
});

test('the JSON Schema validates the sample data and generated data (ajv)', () => {
  assert.ok(validate(JSON.parse(JSON.stringify(SAMPLE_PROVIDERS))), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.ok(validate({ providers: generateProviders(300, 3) }), JSON.stringify(validate.errors?.slice(0, 3)));
});

test('the JSON Schema and the loader reject the same broken records', () => {
  const good = JSON.parse(JSON.stringify(SAMPLE_PROVIDERS[0])) as Record<string, unknown>;
  const broken: Array<Record<string, unknown>> = [
    { ...good, kind: 'castle' },
    { ...good, languages: ['finnish'] },
    { ...good, supportForms: [] },
    { ...good, name: { fi: 5 } },
    { ...good, addresses: [{ type: 'Location' }] },
    { ...good, areaType: 'Everywhere' },
  ];
  for (const record of broken) {
    assert.equal(validate([record]), false, JSON.stringify(record).slice(0, 80));
    const loaded = loadProviders([record], { warn: false });
    assert.ok(loaded.problems.length > 0);
  }
});
