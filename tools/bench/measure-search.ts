/**
 * Compares the provider index with MiniSearch and a folded substring scan on generated
 * data: build time, memory, query latency (median, p95) and recall inside compounds.
 *   node --conditions=@auta/source --expose-gc --import tsx tools/bench/measure-search.ts [COUNT]
 * Not a test: figures vary by machine. `npm run bench` owns the budgets.
 */
import MiniSearch from 'minisearch';
import { ProviderIndex, foldText, loadProviders, queryTokens } from '../../packages/provider-finder/src/data/index.js';
import { indexStats, providerHaystack } from '../../packages/provider-finder/src/data/search/testing.js';
import { generateProviders } from 'auta-tool-sample-data';

const count = Number(process.argv[2] ?? 100_000);
const QUERIES = [
  'kirjasto', 'tuki', 'digituki', 'jyvaskyla', 'abo', 'Åbo', 'helsinki kirjasto', 'pääkirjasto lähde', 'asiointi', 'kansalaisopisto',
  'oulu', 'tampere digi', 'vertaistuki', 'senior', 'espoo', 'kurssi', 'puhelin', '00100', 'rantatie', 'mobiili', 'stads', 'library',
  'it', 'vaasa vasa', 'kaupungin', 'koivu', 'tähti', 'tietotupa oy', 'yhteispalvelu', 'lähikirjasto rovaniemi',
];
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]! };
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const raw = generateProviders(count, 42);
const text = JSON.stringify(raw);
let t = performance.now();
let c0 = cpuNow();
const { providers } = loadProviders(JSON.parse(text), { warn: false });
console.log(`parse and validate ${count}: ${ms(performance.now() - t)} (CPU ${ms(cpuNow() - c0)})`);

const before = heap();
t = performance.now();
c0 = cpuNow();
const index = new ProviderIndex(providers);
const build = performance.now() - t;
const buildCpu = cpuNow() - c0;
const memory = heap() - before;
console.log(`ProviderIndex build ${ms(build)} (CPU ${ms(buildCpu)}), memory ${(memory / 1e6).toFixed(1)} MB, postings ${indexStats(index).postings}`);

const hays = providers.map(providerHaystack);
const reference = (q: string) => {
  const tokens = queryTokens(q);
  const out: number[] = [];
  hays.forEach((h, i) => tokens.every((tok) => h.includes(tok)) && out.push(i));
  return out;
};

/** Wall-clock and CPU time per query: on a busy machine the CPU time is the fairer figure. */
const timeQueries = (run: (q: string) => unknown, rounds = 5) => {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of QUERIES) {
      const c = process.cpuUsage();
      const s = performance.now();
      run(q);
      times.push(performance.now() - s);
      const d = process.cpuUsage(c);
      cpu.push((d.user + d.system) / 1000);
    }
  const w = stats(times);
  const k = stats(cpu);
  return { median: w.median, p95: w.p95, cpuMedian: k.median, cpuP95: k.p95 };
};

// Recall against the scan, query by query.
let fullRecall = true;
for (const q of QUERIES) {
  const want = reference(q);
  const got = index.search({ text: q, pageSize: 1 }).total;
  if (got !== want.length) {
    fullRecall = false;
    console.log(`  recall differs for ${q}: index ${got}, scan ${want.length}`);
  }
}
index.search({ text: 'x', sort: 'name' });
const ours = timeQueries((q) => index.search({ text: q }));
const oursName = timeQueries((q) => index.search({ text: q, sort: 'name' }));
const oursDistance = timeQueries((q) => index.search({ text: q, sort: 'distance', near: { lat: 60.45, lon: 22.27 } }));
const empty = timeQueries(() => index.search({ sort: 'distance', near: { lat: 60.17, lon: 24.94 } }), 3);
const filtered = timeQueries((q) => index.search({ text: q, municipalities: ['091'], forms: ['phone'], includeNationwide: true }));
const openNow = timeQueries((q) => index.search({ text: q, openNow: true, now: new Date('2026-03-04T10:00:00Z') }));
console.log(`ProviderIndex relevance: median ${ms(ours.median)}, p95 ${ms(ours.p95)} (CPU median ${ms(ours.cpuMedian)}, p95 ${ms(ours.cpuP95)}); full recall: ${fullRecall}`);
console.log(`ProviderIndex by name: median ${ms(oursName.median)}, p95 ${ms(oursName.p95)} (CPU median ${ms(oursName.cpuMedian)}, p95 ${ms(oursName.cpuP95)})`);
console.log(`ProviderIndex by distance: median ${ms(oursDistance.median)}, p95 ${ms(oursDistance.p95)} (CPU median ${ms(oursDistance.cpuMedian)}, p95 ${ms(oursDistance.cpuP95)})`);
console.log(`ProviderIndex nearest 20 of all, no text: median ${ms(empty.median)}, p95 ${ms(empty.p95)} (CPU median ${ms(empty.cpuMedian)}, p95 ${ms(empty.cpuP95)})`);
console.log(`ProviderIndex with filters: median ${ms(filtered.median)}, p95 ${ms(filtered.p95)} (CPU median ${ms(filtered.cpuMedian)}, p95 ${ms(filtered.cpuP95)})`);
console.log(`ProviderIndex open now: median ${ms(openNow.median)}, p95 ${ms(openNow.p95)} (CPU median ${ms(openNow.cpuMedian)}, p95 ${ms(openNow.cpuP95)})`);

const scan = timeQueries(reference, 2);
console.log(`folded substring scan: median ${ms(scan.median)}, p95 ${ms(scan.p95)} (CPU median ${ms(scan.cpuMedian)}, p95 ${ms(scan.cpuP95)})`);

const before2 = heap();
t = performance.now();
c0 = cpuNow();
const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], processTerm: (term) => foldText(term) || null, searchOptions: { prefix: true, combineWith: 'AND' } });
mini.addAll(hays.map((text, id) => ({ id, text })));
const miniBuild = performance.now() - t;
const miniBuildCpu = cpuNow() - c0;
const miniMemory = heap() - before2;
let miniRecall = 0;
let refTotal = 0;
for (const q of QUERIES) {
  const want = reference(q).length;
  refTotal += want;
  miniRecall += Math.min(want, mini.search(q).length);
}
const miniTimes = timeQueries((q) => mini.search(q).slice(0, 20));
console.log(
  `MiniSearch (prefix, AND) build ${ms(miniBuild)} (CPU ${ms(miniBuildCpu)}), memory ${(miniMemory / 1e6).toFixed(1)} MB; median ${ms(miniTimes.median)}, p95 ${ms(miniTimes.p95)} (CPU median ${ms(miniTimes.cpuMedian)}, p95 ${ms(miniTimes.cpuP95)}); recall ${((100 * miniRecall) / refTotal).toFixed(1)} % of the scan's matches`,
);
