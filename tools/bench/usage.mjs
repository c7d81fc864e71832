// The usage aggregator: 1,000,000 generated records (NDJSON lines) summed by week, region,
// channel and pattern with @auta/usage in Node, from the TypeScript sources.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, fmt, summarize, table } from './lib.mjs';

export async function runUsage(opts) {
  const runs = opts.runs ?? 3;
  const count = 1_000_000;
  const out = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--conditions=@auta/source', '--import', 'tsx', join(ROOT, 'tools/bench/usage-node.mjs'), String(count), String(runs)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(text)) : reject(new Error(`usage-node exited with ${code}`))));
  });
  const f = summarize(out.samples, 'ms');
  table(
    `Usage aggregator in Node ${process.version} (${count.toLocaleString('en')} records as NDJSON lines; median of ${runs} runs)`,
    ['what', 'median', 'min–max', 'summed', 'skipped', 'rows'],
    [['aggregateLines()', fmt(f.median, 'ms'), `${fmt(f.min, 'ms')}–${fmt(f.max, 'ms')}`, out.records, out.skipped, out.rows]],
  );
  return { figures: { [`usage/node/${count}/aggregate`]: f }, skipped: [], notes: [] };
}
