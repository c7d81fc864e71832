// Search speed on generated providers, in Node and in Chromium: build time, memory, query
// latency over 200 realistic queries, nearest 20, and recall inside compounds, for
// ProviderIndex, MiniSearch, Fuse.js and a naive folded substring scan, in the same run.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, esbuildBase, fmt, has, launchBrowser, quietest, summarize, table, tempDir } from './lib.mjs';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';

const UNITS = { build: 'ms', memory: 'MB', 'recall-compound': 'ratio', 'recall-typo': 'ratio' };
const LABELS = { auta: 'ProviderIndex (Auta)', naive: 'naive folded substring scan', minisearch: 'MiniSearch 7.2 (prefix, AND)', fuse: 'Fuse.js 7.5 (fuzzy)' };

/** Builds and query passes per engine and size: enough runs for a stable median, without taking an hour. */
export function plan(count) {
  const big = count >= 50_000;
  return {
    auta: { builds: big ? 3 : 5, passes: 5 },
    naive: { builds: 1, passes: big ? 1 : 3 },
    minisearch: { builds: big ? 1 : 3, passes: big ? 2 : 3 },
    // Fuse.js scores every record for every query: over a second a query on 10,000 here, so
    // 20 of the queries on 10,000 only; on 100,000 the 200 queries would take over an hour.
    fuse: big ? undefined : { builds: 1, passes: 1, queryEvery: 10, warmup: false },
  };
}

/** A rerun on a busy machine times ProviderIndex only: the budgets are about it, and the peers take minutes. */
const autaOnly = (count) => ({ auta: plan(count).auta });

/** Keeps ProviderIndex's samples of the quietest run in the first (full) run's result. */
function withQuietest(first, best) {
  if (best.attempt === 0) return best.result;
  const samples = Object.fromEntries(Object.entries(first.samples).filter(([id]) => !id.startsWith('auta/')));
  for (const [id, values] of Object.entries(best.result.samples)) if (id.startsWith('auta/')) samples[id] = values;
  return { samples, notes: [...first.notes, ...best.result.notes.filter((n) => n.includes('ProviderIndex'))] };
}

function runNode(count, planned = plan(count)) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', '--conditions=@auta/source', '--import', 'tsx', join(ROOT, 'tools/bench/search-node.mjs'), String(count), JSON.stringify(planned)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`search in Node (${count}) exited with ${code}`))));
  });
}

async function runChromium(counts, planOf = plan) {
  const dir = tempDir('search');
  // The generator's CLI branch imports node:fs; it never runs in the page.
  await build({ ...esbuildBase(), minify: false, external: ['node:*'], entryPoints: [join(ROOT, 'tools/bench/search-page.js')], outfile: join(dir, 'page.js') });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>search bench</title></head><body><script type="module" src="page.js"></script></body></html>');
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  const results = {};
  try {
    for (const count of counts) {
      // A fresh page per size, so one size's garbage does not weigh on the next.
      const page = await browser.newPage();
      page.on('console', (m) => (m.type() === 'error' ? console.error(`  [page] ${m.text()}`) : process.stderr.write(`  ${m.text()}\n`)));
      page.on('pageerror', (e) => console.error(`  [page] ${e.message}`));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await page.exposeFunction('benchHeap', async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const u = await cdp.send('Runtime.getHeapUsage');
        // usedSize is the JS heap; typed arrays keep their bytes in backing stores outside it.
        return u.usedSize + (u.backingStorageSize ?? 0);
      });
      // CPU time of the page's main thread: what the search itself used, whatever else the machine runs.
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.exposeFunction('benchCpu', async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const thread = metrics.find((m) => m.name === 'ThreadTime');
        return thread ? thread.value * 1000 : NaN;
      });
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => window.benchSearch);
      results[count] = await page.evaluate(([n, p]) => window.benchSearch(n, p), [count, planOf(count)]);
      const usage = await cdp.send('Runtime.getHeapUsage');
      if (usage.backingStorageSize === undefined) results[count].notes.push('Chromium memory: this browser reports no backingStorageSize; typed arrays are not counted');
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

export async function runSearch(opts) {
  const figures = {};
  const skipped = [];
  const notes = [];
  const missing = ['packages/provider-finder/src/data/search/provider-index.ts', 'tools/sample-data/generate-providers.ts'].filter((f) => !has(f));
  if (missing.length) {
    skipped.push(`search: everything (${missing.join(' and ')} do${missing.length > 1 ? '' : 'es'} not exist yet)`);
    return { figures, skipped, notes };
  }
  const counts = opts.sizes;
  const envs = {};
  envs.node = {};
  const say = (m) => {
    console.log(`  ${m}`);
    notes.push(m);
  };
  for (const count of counts) {
    const best = await quietest(`search in Node, ${count.toLocaleString('en')}`, (attempt) => runNode(count, attempt ? autaOnly(count) : plan(count)), { say });
    envs.node[count] = withQuietest(best.first, best);
  }
  let error;
  try {
    envs.chromium = {};
    for (const count of counts) {
      const best = await quietest(`search in Chromium, ${count.toLocaleString('en')}`, async (attempt) => (await runChromium([count], attempt ? autaOnly : plan))[count], { say });
      envs.chromium[count] = withQuietest(best.first, best);
    }
  } catch (e) {
    error = e;
  }

  for (const [env, byCount] of Object.entries(envs)) {
    for (const [count, { samples, notes: n }] of Object.entries(byCount)) {
      notes.push(...n.map((x) => `search (${env}): ${x}`));
      const rows = [];
      const engines = [...new Set(Object.keys(samples).map((id) => id.split('/')[0]))];
      for (const engine of engines) {
        const get = (metric) => {
          const values = samples[`${engine}/${metric}`];
          if (!values) return undefined;
          const f = summarize(values, UNITS[metric] ?? 'ms');
          figures[`search/${env}/${count}/${engine}/${metric}`] = f;
          return f;
        };
        for (const id of Object.keys(samples)) if (id.startsWith(`${engine}/`)) get(id.slice(engine.length + 1));
        const b = get('build');
        const bc = get('build-cpu');
        const qc = get('query-cpu');
        const m = get('memory');
        const q = get('query');
        const near = get('nearest20');
        const rc = get('recall-compound');
        const rt = get('recall-typo');
        const qt = get('query-typo');
        const cats = ['prefix', 'diacritics', 'compound', 'multi-word', 'filters'].map((k) => fmt(get(`query-${k}`)?.median, 'ms'));
        rows.push([
          LABELS[engine] ?? engine,
          `${fmt(b.median, 'ms')}${bc ? ` (cpu ${fmt(bc.median, 'ms')})` : ''}`,
          fmt(m.median, 'MB'),
          `${fmt(q.median, 'ms')} / ${fmt(q.p95, 'ms')}${qc ? ` (cpu ${fmt(qc.median, 'ms')} / ${fmt(qc.p95, 'ms')})` : ''}`,
          `${q.runs}`,
          ...cats,
          fmt(near?.median, 'ms'),
          `${fmt(rc.min, 'ratio')} (${fmt(rc.median, 'ratio')})`,
          rt ? `${fmt(rt.mean, 'ratio')} (${fmt(qt.median, 'ms')} / ${fmt(qt.p95, 'ms')})` : '–',
        ]);
      }
      table(
        `Search in ${env === 'node' ? `Node ${process.version}` : 'Chromium'}, ${Number(count).toLocaleString('en')} generated providers (query latency: median of passes per query, then median / p95 over the queries)`,
        ['engine', 'build', 'memory', 'query med / p95', 'queries', 'prefix', 'no diacr.', 'compound', 'multi-word', 'filters', 'nearest 20', 'recall min (med)', 'one typo: recall (query med / p95)'],
        rows,
      );
    }
  }
  if (error) return { figures, skipped, notes, error };
  notes.push('search: memory is the growth of the JS heap plus ArrayBuffer backing stores after a full garbage collection, with the records already in memory (so "beyond the records")');
  return { figures, skipped, notes };
}
