// Server-side rendering: time to render each element to a string with @lit-labs/ssr in Node,
// from the TypeScript sources (tsx, `@auta/source` condition), so no package build is needed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, defineEntries, fmt, summarize, table } from './lib.mjs';

export async function runSsr(opts) {
  const runs = opts.runs ?? 15;
  const figures = {};
  const skipped = [];
  const notes = [];
  const pkgs = defineEntries().map((e) => e.pkg);
  for (const pkg of ['alt-channel', 'on-behalf', 'provider-finder']) if (!pkgs.includes(pkg)) skipped.push(`ssr: @auta/${pkg} (packages/${pkg}/src/define.ts does not exist yet)`);
  if (!pkgs.length) return { figures, skipped, notes };
  const { iterations, results } = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--conditions=@auta/source', '--import', 'tsx', join(ROOT, 'tools/bench/ssr-node.mjs'), String(runs), ...pkgs], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`ssr-node exited with ${code}`))));
  });
  const rows = [];
  for (const [name, r] of Object.entries(results)) {
    const f = summarize(r.samples, 'ms');
    figures[`ssr/${name}/render`] = f;
    rows.push([`<${r.tag}>`, fmt(f.median, 'ms'), `${fmt(f.min, 'ms')}–${fmt(f.max, 'ms')}`, `${(r.chars / 1000).toFixed(1)} k`, r.shadow ? 'yes' : 'NO']);
    if (!r.shadow) notes.push(`ssr: <${r.tag}> rendered without a declarative shadow root`);
  }
  table(
    `SSR in Node ${process.version} (@lit-labs/ssr from the sources via tsx; one render to a string, median of ${runs} runs of ${iterations})`,
    ['element', 'render', 'min–max', 'characters', 'shadow root'],
    rows,
  );
  return { figures, skipped, notes };
}
