// PTV conversion: `@auta/ptv` converting 30,000 service channels generated in the shapes of
// the real-shaped fixtures, in Node from the TypeScript sources (tsx), so no build is needed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, fmt, summarize, table } from './lib.mjs';

export const PTV_CHANNELS = 30_000;

export async function runPtv(opts) {
  const runs = opts.runs ?? 3;
  const { samples, cpuSamples, stats, types } = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--conditions=@auta/source', '--import', 'tsx', join(ROOT, 'tools/bench/ptv-node.mjs'), String(PTV_CHANNELS), String(runs)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`ptv-node exited with ${code}`))));
  });
  const f = summarize(samples, 'ms');
  const cpu = summarize(cpuSamples, 'ms');
  const figures = { [`ptv/${PTV_CHANNELS}/convert`]: f, [`ptv/${PTV_CHANNELS}/convert-cpu`]: cpu };
  table(
    `PTV → providers in Node ${process.version} (${PTV_CHANNELS.toLocaleString('en')} channels from ${types} real-shaped templates; median of ${runs} runs)`,
    ['channels', 'convert', 'min–max', 'CPU time', 'converted', 'skipped', 'field problems'],
    [[PTV_CHANNELS.toLocaleString('en'), fmt(f.median, 'ms'), `${fmt(f.min, 'ms')}–${fmt(f.max, 'ms')}`, fmt(cpu.median, 'ms'), String(stats.converted), String(stats.skipped), `${stats.fieldProblems} (${stats.kinds} kinds)`]],
  );
  return { figures, skipped: [], notes: [] };
}
