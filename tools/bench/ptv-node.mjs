// PTV conversion timing in Node, started by ptv.mjs as
//   node --expose-gc --conditions=@auta/source --import tsx tools/bench/ptv-node.mjs COUNT RUNS
// Generates COUNT service channels in the shapes of the real-shaped fixtures
// (packages/ptv/test/fixtures: v11 pages and a v8 export), each with its own id, a
// municipality of the classification and a moved point, then times fromPtvServiceChannels
// over all of them (mapping, reprojection, the nothing-lost walk and the schema check).
// Progress to stderr; samples as JSON to stdout.
import { readFileSync } from 'node:fs';
import { fromPtvServiceChannels } from '../../packages/ptv/src/index.ts';
import { MUNICIPALITIES } from '../../packages/provider-finder/src/data/municipalities.ts';
import { mulberry32 } from 'auta-tool-sample-data';

const [countArg, runsArg] = process.argv.slice(2);
const count = Number(countArg);
const runs = Number(runsArg);
const dir = new URL('../../packages/ptv/test/fixtures/', import.meta.url);
const read = (p) => JSON.parse(readFileSync(new URL(p, dir), 'utf8'));
const templates = [
  ...[1, 2, 3].flatMap((n) => read(`v11/channels/page-${n}.json`).itemList),
  ...read('v8/channels.json').itemList,
];
// Real exports are mostly service locations and phone lines: weight the templates so.
const weights = templates.map((t) => (t.serviceChannelType === 'ServiceLocation' ? 6 : t.serviceChannelType === 'Phone' ? 3 : 1));
const order = weights.flatMap((w, i) => Array(w).fill(i));

// The sample data's generator: the same channels on every run.
const rnd = mulberry32(7);

function retarget(value, muni, dn, de) {
  if (Array.isArray(value)) return value.map((v) => retarget(v, muni, dn, de));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'municipalities' && Array.isArray(v)) out[k] = v.map(() => ({ code: muni.code, name: [{ value: muni.sv, language: 'sv' }, { value: muni.fi, language: 'fi' }] }));
    else if (k === 'municipality' && v && typeof v === 'object') out[k] = { code: muni.code, name: [{ value: muni.fi, language: 'fi' }, { value: muni.sv, language: 'sv' }] };
    else if (k === 'latitude' && typeof v === 'string' && Number(v) > 0) out[k] = (Number(v) + dn).toFixed(3);
    else if (k === 'longitude' && typeof v === 'string' && Number(v) > 0) out[k] = (Number(v) + de).toFixed(3);
    else out[k] = retarget(v, muni, dn, de);
  }
  return out;
}

const channels = Array.from({ length: count }, (_, i) => {
  const t = templates[order[Math.floor(rnd() * order.length)]];
  const muni = MUNICIPALITIES[Math.floor(rnd() * MUNICIPALITIES.length)];
  const c = retarget(t, muni, Math.round((rnd() - 0.5) * 20000), Math.round((rnd() - 0.5) * 20000));
  c.id = `bench-${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
  return c;
});
const options = { kind: 'library', formsByType: { EChannel: ['chat'], WebPage: ['chat'] } };

fromPtvServiceChannels(channels.slice(0, 500), options);
const samples = [];
// CPU time too: on a machine shared with other work the wall clock also counts the waiting.
const cpuSamples = [];
let last;
for (let r = 0; r < runs; r++) {
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const t = performance.now();
  last = fromPtvServiceChannels(channels, options);
  samples.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  cpuSamples.push((used.user + used.system) / 1000);
  process.stderr.write(`  [ptv] ${count} channels: ${(samples.at(-1) / 1000).toFixed(2)} s (CPU ${(cpuSamples.at(-1) / 1000).toFixed(2)} s)\n`);
}
process.stdout.write(JSON.stringify({ samples, cpuSamples, stats: last.stats, types: templates.length }));
