import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { UsageAggregator, aggregate, aggregateLines, regionName, toCsv, toJson } from '../../src/aggregate/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const lines = () => readFileSync(fixture('records.ndjson'), 'utf8').split('\n');
const run = promisify(execFile);

test('the sums of the fixture equal the hand-computed table, in CSV and JSON, byte for byte', async () => {
  const result = await aggregateLines(lines());
  assert.equal(toCsv(result, (code) => regionName(code, 'fi')), readFileSync(fixture('records.expected.csv'), 'utf8'));
  // The expected JSON is written by hand; its layout is normalised, its key order is not.
  assert.equal(toJson(result), JSON.stringify(JSON.parse(readFileSync(fixture('records.expected.json'), 'utf8')), null, 2) + '\n');
});

test('1,000 malformed records are counted by reason and skipped; the valid ones still count', () => {
  const aggregator = new UsageAggregator();
  const valid = { version: 1, week: '2026-W49', pattern: 'help', action: 'use-channel', lang: 'fi', languageLevel: 'standard', channel: 'phone', region: '19' };
  const malformed = [
    '{"version":1,',
    'null',
    '"text"',
    '42',
    JSON.stringify({ ...valid, version: 2 }),
    JSON.stringify({ ...valid, channel: 'Soitin Matille numeroon 040 123 4567' }),
    JSON.stringify({ ...valid, lat: 60.1699, lon: 24.9384 }),
    JSON.stringify({ ...valid, municipality: '00100' }),
    JSON.stringify({ ...valid, week: '2026-12-03T09:15:00Z' }),
    JSON.stringify({ ...valid, providerOpen: 'yes' }),
  ];
  for (let i = 0; i < 1000; i++) aggregator.addLine(malformed[i % malformed.length]!);
  aggregator.add(valid);
  aggregator.add(Object.create(null));
  const result = aggregator.result();
  assert.equal(result.records, 1);
  assert.equal(result.skipped, 1001);
  assert.deepEqual(result.skippedReasons, {
    'invalid channel': 100,
    'invalid municipality': 100,
    'invalid providerOpen': 100,
    'invalid version': 100,
    'invalid week': 100,
    'missing version': 1,
    'not JSON': 100,
    'not an object': 300,
    'unknown field': 100,
  });
  assert.deepEqual(result.rows, [{ week: '2026-W49', region: '19', channel: 'phone', pattern: 'help', records: 1 }]);
  // Nothing a bad record held is repeated in the output.
  assert.doesNotMatch(toJson(result) + toCsv(result), /Matti|040|60\.16|00100/);
});

test('aggregate() takes parsed values, and an empty input gives an empty table', () => {
  const empty = aggregate([]);
  assert.equal(empty.records, 0);
  assert.deepEqual(empty.rows, []);
  assert.equal(toCsv(empty), 'week,region,region_name,channel,pattern,records\r\n');
});

test('the CLI sums files to CSV, JSON and HTML, and reports what it skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'auta-usage-'));
  const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
  const args = ['--conditions=@auta/source', '--import', 'tsx', cli, 'aggregate', fixture('records.ndjson')];
  const csv = await run(process.execPath, args);
  assert.equal(csv.stdout, readFileSync(fixture('records.expected.csv'), 'utf8'));
  assert.match(csv.stderr, /9 records summed, 7 skipped \(1 invalid channel, 1 invalid region, 1 missing week, 1 not JSON, 1 not an object, 2 unknown field\)/);
  const out = join(dir, 'report.json');
  await run(process.execPath, [...args, '--format=json', '--out', out]);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).records, 9);
  const html = await run(process.execPath, [...args, '--format', 'html', '--lang', 'sv']);
  assert.match(html.stdout, /<html lang="sv">/);
  assert.match(html.stdout, /Nyland/);
  const bad = await run(process.execPath, [...args, '--format=xml']).catch((e: { code: number; stderr: string }) => e);
  assert.equal((bad as { code: number }).code, 2);
  const missing = await run(process.execPath, [...args.slice(0, -1), join(dir, 'nope.ndjson')]).catch((e: { code: number }) => e);
  assert.equal((missing as { code: number }).code, 1);
});
