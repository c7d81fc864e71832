// Aggregator timing in Node, started by usage.mjs as
//   node --expose-gc --conditions=@auta/source --import tsx tools/bench/usage-node.mjs COUNT RUNS
// Generates COUNT usage records as NDJSON lines (a fixed pseudo-random mix of weeks,
// regions, channels and patterns, one in a thousand malformed), then times aggregateLines()
// over them: JSON parsing, validation against the schema and summing. Samples to stdout.
import { CHANNELS, PATTERNS, REGION_CODES, ACTIONS } from '../../packages/usage/src/record.ts';
import { aggregateLines } from '../../packages/usage/src/aggregate/index.ts';
import { mulberry32 } from 'auta-tool-sample-data';

const [count, runs] = process.argv.slice(2).map(Number);

// The sample data's generator, so every run sums the same records.
const rnd = mulberry32(2026);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const t0 = performance.now();
const lines = new Array(count);
for (let i = 0; i < count; i++) {
  if (i % 1000 === 999) {
    lines[i] = i % 2000 === 1999 ? '{"version":1,"week":' : JSON.stringify({ version: 1, week: '2026-W49', pattern: 'help', action: 'use-channel', lang: 'fi', languageLevel: 'standard', note: 'free text' });
    continue;
  }
  const record = { version: 1, week: `2026-W${String(1 + Math.floor(rnd() * 52)).padStart(2, '0')}`, pattern: pick(PATTERNS), action: pick(ACTIONS), lang: rnd() < 0.85 ? 'fi' : rnd() < 0.7 ? 'sv' : 'en', languageLevel: rnd() < 0.1 ? 'easy' : 'standard' };
  if (rnd() < 0.8) record.channel = pick(CHANNELS);
  if (rnd() < 0.7) record.region = pick(REGION_CODES);
  if (rnd() < 0.3) record.providerOpen = rnd() < 0.5;
  lines[i] = JSON.stringify(record);
}
process.stderr.write(`  [usage] generated ${count} records in ${(performance.now() - t0).toFixed(0)} ms\n`);
const samples = [];
let result;
for (let r = 0; r < runs; r++) {
  globalThis.gc?.();
  const t = performance.now();
  result = await aggregateLines(lines);
  samples.push(performance.now() - t);
  process.stderr.write(`  [usage] aggregated in ${samples.at(-1).toFixed(0)} ms\n`);
}
process.stdout.write(JSON.stringify({ samples, records: result.records, skipped: result.skipped, rows: result.rows.length }));
