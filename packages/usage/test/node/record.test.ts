import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CHANNEL_KINDS } from '@auta/alt-channel';
import { PROVIDER_KINDS as FINDER_KINDS, REGION_CODES as FINDER_REGIONS, SUPPORT_FORMS } from '@auta/provider-finder/data.js';
import { HELP_CHANNELS } from '@auta/feedback';
import { CHANNELS, PROVIDER_KINDS, REGION_CODES, checkRecord, isoWeek, usageRecordSchema } from '../../src/index.js';

const schemaFile = new URL('../../schema/usage-record.v1.schema.json', import.meta.url);

test('the published JSON Schema is the one generated from the field table', () => {
  assert.deepEqual(
    JSON.parse(readFileSync(schemaFile, 'utf8')),
    usageRecordSchema(),
    'schema/usage-record.v1.schema.json is out of date: write usageRecordSchema() to it',
  );
});

test('the JSON Schema and checkRecord() agree on valid and invalid records', () => {
  const ajv = new Ajv2020({ strict: true });
  const validate = ajv.compile(usageRecordSchema());
  const valid = { version: 1, week: '2026-W49', pattern: 'help', action: 'use-channel', lang: 'sv', languageLevel: 'easy' };
  const cases: unknown[] = [
    valid,
    { ...valid, channel: 'phone', region: '21', municipality: '478', providerOpen: false, providerKind: 'library', outcome: 'helped', actingAs: 'person' },
    { ...valid, week: '2026-W54' },
    { ...valid, week: '2026-W00' },
    { ...valid, channel: 'fax' },
    { ...valid, region: '20' },
    { ...valid, municipality: '91' },
    { ...valid, note: 'free text' },
    { ...valid, lat: 60.17 },
    { ...valid, version: '1' },
    { ...valid, providerOpen: 1 },
    [],
    null,
  ];
  for (const c of cases) assert.equal(checkRecord(c).ok, validate(c), JSON.stringify(c));
});

test('the record’s values cover what the elements and the provider data use', () => {
  for (const kind of [...CHANNEL_KINDS, ...SUPPORT_FORMS, ...HELP_CHANNELS]) assert.ok((CHANNELS as readonly string[]).includes(kind), `channel ${kind}`);
  assert.deepEqual([...PROVIDER_KINDS], [...FINDER_KINDS]);
  assert.deepEqual([...REGION_CODES].sort(), [...FINDER_REGIONS].sort());
});

test('isoWeek() numbers weeks as ISO 8601 does, across year ends', () => {
  assert.equal(isoWeek('2026-12-03'), '2026-W49');
  assert.equal(isoWeek('2026-01-01'), '2026-W01');
  assert.equal(isoWeek('2027-01-01'), '2026-W53');
  assert.equal(isoWeek('2024-12-30'), '2025-W01');
  assert.equal(isoWeek('2021-01-03'), '2020-W53');
});
