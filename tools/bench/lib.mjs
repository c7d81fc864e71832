// Shared by the parts of `npm run bench`: statistics, discovery of what exists, bundling,
// the browser, and the figure store that the table, reports/bench.json and --check read.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/* ---------- statistics ---------- */

/** Nearest-rank quantile of an ascending array. */
export function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** A figure: median, mean, min, max, p95 and the run count of a list of samples. */
export function summarize(samples, unit) {
  const s = [...samples].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const mean = s.length === 0 ? NaN : s.reduce((a, b) => a + b, 0) / s.length;
  return { median, mean, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, p95: quantile(s, 0.95), runs: s.length, unit };
}

/** A deterministic figure (a byte count): one run, every statistic the same. */
export const exact = (value, unit) => ({ median: value, mean: value, min: value, max: value, p95: value, runs: 1, unit });

/* ---------- a busy machine ---------- */

/**
 * Runs `fn(attempt)`; while the load average (1 minute, the mean of its readings before and
 * after the run) is above the core count, says so through `say` and runs it again, at most
 * `reruns` more times. Resolves to the run made under the lowest load, with the first run's
 * result and every run's load: { result, load, attempt, first, loads }.
 */
export async function quietest(label, fn, { reruns = 2, say = console.log } = {}) {
  const cores = cpus().length;
  const loads = [];
  let best;
  let first;
  for (let attempt = 0; attempt <= reruns; attempt++) {
    const before = loadavg()[0];
    const result = await fn(attempt);
    if (attempt === 0) first = result;
    const load = (before + loadavg()[0]) / 2;
    loads.push(Math.round(load * 10) / 10);
    if (!best || load < best.load) best = { result, load, attempt };
    if (load <= cores) break;
    const next = attempt < reruns ? 'running it again' : `kept run ${best.attempt + 1} of ${attempt + 1} (load ${best.load.toFixed(1)}), the quietest`;
    say(`${label}: the load average was ${load.toFixed(1)} on ${cores} cores during run ${attempt + 1}, so timings are inflated; ${next}`);
  }
  return { ...best, first, loads };
}

/* ---------- what exists ---------- */

/** Every component package with a define entry: [{ pkg, dir, define }]. */
export function defineEntries() {
  return readdirSync(join(ROOT, 'packages'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'packages', d.name, 'src/define.ts')))
    .map((d) => ({ pkg: d.name, dir: join(ROOT, 'packages', d.name), define: join(ROOT, 'packages', d.name, 'src/define.ts') }))
    .sort((a, b) => a.pkg.localeCompare(b.pkg));
}

export const has = (relPath) => existsSync(join(ROOT, relPath));

/* ---------- temp dirs ---------- */

const temps = [];
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `auta-bench-${prefix}-`));
  temps.push(dir);
  return dir;
}
export function cleanTemps() {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/* ---------- bundling ---------- */

/** Lit and its parts: left out of "Lit excluded" bundles (the page has Lit already). */
export const LIT_EXTERNAL = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/**
 * esbuild options shared by every bundle: minified ESM for current browsers, Auta's
 * packages read from source (the `@auta/source` condition), so no package build is needed.
 */
export function esbuildBase() {
  return {
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    conditions: ['@auta/source'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    legalComments: 'none',
    // As the files ship (tsc's dist and the CDN bundle keep ä, ö and å as they are), not as \xE4 escapes.
    charset: 'utf8',
    logLevel: 'silent',
    absWorkingDir: ROOT,
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

/** An esbuild plugin that marks Lit imports external. */
export const litExternalPlugin = {
  name: 'lit-external',
  setup(build) {
    build.onResolve({ filter: LIT_EXTERNAL }, (args) => ({ path: args.path, external: true }));
  },
};

/* ---------- browser ---------- */

export async function launchBrowser(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  const { browserPath, CHROME_FLAGS } = await import('auta-tool-browser');
  // Timer throttling of background pages would distort every timing.
  const args = [...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')), '--disable-background-timer-throttling', '--disable-renderer-backgrounding', ...extraArgs];
  return chromium.launch({ executablePath: browserPath(), args, headless: true });
}

/* ---------- formatting ---------- */

export function fmt(value, unit) {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'B') return value >= 1000 ? `${(value / 1000).toFixed(2)} KB` : `${value} B`;
  if (unit === 'ms') return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(value >= 1 ? 2 : 3)} ms`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'ratio') return `${(value * 100).toFixed(1)} %`;
  return String(Math.round(value * 1000) / 1000);
}

/** Prints rows (arrays of cells) as an aligned table under a title. */
export function table(title, header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(all[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r));
}
