// `npm run bench`: bundle sizes, render cost, search speed, finder interaction, SSR and PTV conversion,
// side by side with peers, in Node and headless Chromium. Prints tables, writes
// reports/bench.json, and with --check fails when a budget in bench/budgets.json breaks.
//
// A budget is a target (`max`/`min`/`below`). Where a target is not met yet, the budget may
// also carry a `ceiling` (with the `ceilingWhy`): the figure as it stands, which must not get
// worse. `--check` fails on any missed target; `--check=ceilings` (what `npm test` runs)
// fails only past a ceiling, and lists every target still missed and by how much.
//
//   npm run bench                          everything
//   npm run bench -- --only=size,ssr       some parts
//   npm run bench -- --check               exit 1 naming each budget exceeded
//   npm run bench -- --check=ceilings      exit 1 only when a figure is worse than its ceiling
//   npm run bench -- --runs=15             runs per timed figure (render, finder, ssr)
//   npm run bench -- --sizes=10000         provider counts for search and finder
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { ROOT, cleanTemps, fmt } from './lib.mjs';

const PARTS = ['size', 'render', 'search', 'finder', 'ssr', 'ptv', 'usage'];

function parseArgs(argv) {
  const opts = { only: PARTS, check: false, runs: undefined, sizes: [10_000, 100_000] };
  for (const a of argv) {
    const [k, v] = a.split('=');
    if (k === '--only') opts.only = v.split(',').map((s) => s.trim()).filter(Boolean);
    else if (k === '--check') opts.check = v === 'ceilings' ? 'ceilings' : true;
    else if (k === '--runs') opts.runs = Number(v);
    else if (k === '--sizes') opts.sizes = v.split(',').map(Number);
    else if (k === '--help' || k === '-h') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(0, 10).join('\n'));
      process.exit(0);
    } else {
      console.error(`Unknown option ${a}. Try --help.`);
      process.exit(2);
    }
  }
  const unknown = opts.only.filter((p) => !PARTS.includes(p));
  if (unknown.length) {
    console.error(`Unknown part ${unknown.join(', ')}; parts: ${PARTS.join(', ')}.`);
    process.exit(2);
  }
  if (opts.runs !== undefined && !(Number.isInteger(opts.runs) && opts.runs > 0)) {
    console.error('--runs takes a whole number above 0.');
    process.exit(2);
  }
  if (!opts.sizes.every((n) => Number.isInteger(n) && n > 0)) {
    console.error('--sizes takes whole numbers, e.g. --sizes=10000,100000.');
    process.exit(2);
  }
  return opts;
}

function machine() {
  let chromium;
  try {
    chromium = execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = undefined;
  }
  return {
    cpu: cpus()[0]?.model.trim(),
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

/** Each budget against the figures: { budget, value, ok, reason }. Budgets of parts not run (or of provider counts not asked for) are left out. */
function checkBudgets(figures, ranParts, sizes) {
  const { budgets } = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));
  const out = [];
  for (const b of budgets) {
    const [part, ...rest] = b.figure.split('/');
    if (!ranParts.includes(part)) continue;
    // Search and finder figures name their provider count: a run with other --sizes leaves them out.
    const count = (part === 'search' || part === 'finder') && rest.find((x) => /^\d+$/.test(x));
    if (count && !sizes.includes(Number(count))) continue;
    const stat = b.stat ?? 'median';
    const f = figures[b.figure];
    if (!f) {
      out.push({ ...b, stat, status: 'not measured', reason: 'the figure was not measured in this run (see "skipped")' });
      continue;
    }
    const value = f[stat];
    let ok;
    let limit;
    if (b.below !== undefined) {
      const other = figures[b.below];
      if (!other) {
        out.push({ ...b, stat, value, status: 'not measured', reason: `${b.below} was not measured` });
        continue;
      }
      limit = other[stat];
      ok = value < limit;
    } else if (b.max !== undefined) {
      limit = b.max;
      ok = value <= limit;
    } else {
      limit = b.min;
      ok = value >= limit;
    }
    // A missed target under its recorded ceiling is "missed"; past the ceiling, "exceeded".
    const underCeiling = b.ceiling !== undefined && (b.min !== undefined ? value >= b.ceiling : value <= b.ceiling);
    out.push({ ...b, stat, value, limit, unit: f.unit, status: ok ? 'met' : underCeiling ? 'missed' : 'exceeded' });
  }
  return out;
}

function describeLimit(r) {
  const v = fmt(r.value, r.unit);
  const l = fmt(r.limit, r.unit);
  if (r.below) return `${v} vs ${l} (${r.below})`;
  if (r.max !== undefined) return `${v} ≤ ${l}${r.status === 'exceeded' || r.status === 'missed' ? ` — over by ${fmt(r.value - r.limit, r.unit)} (${((r.value / r.limit - 1) * 100).toFixed(0)} %)` : ''}`;
  return `${v} ≥ ${l}`;
}

const opts = parseArgs(process.argv.slice(2));
const loadAtStart = loadavg()[0];
if (loadAtStart > cpus().length) {
  console.warn(`bench: the load average is ${loadAtStart.toFixed(1)} on ${cpus().length} cores; timings will be inflated and noisy (sizes are not affected).`);
}
const figures = {};
const skipped = [];
const notes = [];
const failedParts = [];
const started = Date.now();

for (const part of PARTS) {
  if (!opts.only.includes(part)) continue;
  const t0 = Date.now();
  console.log(`\n=== ${part} ===`);
  try {
    const mod = await import(`./${part}.mjs`);
    const fn = mod[`run${part[0].toUpperCase()}${part.slice(1)}`];
    const r = await fn(opts);
    Object.assign(figures, r.figures);
    skipped.push(...(r.skipped ?? []));
    notes.push(...(r.notes ?? []));
    if (r.error) {
      failedParts.push(part);
      console.error(`bench ${part} failed in part: ${r.error?.stack ?? r.error}`);
    }
  } catch (e) {
    failedParts.push(part);
    console.error(`bench ${part} failed: ${e?.stack ?? e}`);
  } finally {
    cleanTemps();
  }
  console.log(`=== ${part}: ${((Date.now() - t0) / 1000).toFixed(1)} s ===`);
}

const budgets = checkBudgets(figures, opts.only, opts.sizes);
if (skipped.length) {
  console.log('\nSkipped (does not exist yet, or not measurable here):');
  for (const s of skipped) console.log(`  - ${s}`);
}
if (notes.length) {
  console.log('\nNotes:');
  for (const n of new Set(notes)) console.log(`  - ${n}`);
}
if (budgets.length) {
  console.log('\nBudgets (bench/budgets.json):');
  for (const r of budgets) {
    const mark = r.status === 'met' ? 'ok  ' : r.status === 'exceeded' ? 'OVER' : r.status === 'missed' ? 'MISS' : '––  ';
    const ceiling = r.status === 'missed' ? ` (target missed; ceiling ${fmt(r.ceiling, r.unit)}: ${r.ceilingWhy ?? 'no reason recorded'})` : '';
    console.log(`  ${mark} ${r.what}${r.status === 'not measured' ? `: not measured (${r.reason})` : `: ${r.stat} ${describeLimit(r)}${ceiling}`}`);
  }
}

const report = {
  date: new Date().toISOString(),
  machine: { ...machine(), loadAverageAtStart: Math.round(loadAtStart * 10) / 10 },
  options: { only: opts.only, runs: opts.runs ?? 'default', sizes: opts.sizes },
  seconds: Math.round((Date.now() - started) / 1000),
  figures,
  budgets,
  skipped,
  notes: [...new Set(notes)],
  failedParts,
};
mkdirSync(join(ROOT, 'reports'), { recursive: true });
const reportPath = join(ROOT, 'reports', 'bench.json');
// A partial run (--only) keeps the figures of the other parts from the last full run.
let previous = {};
try {
  previous = JSON.parse(readFileSync(reportPath, 'utf8')).figures ?? {};
} catch {
  previous = {};
}
const kept = Object.fromEntries(Object.entries(previous).filter(([id]) => !opts.only.includes(id.split('/')[0])));
report.figures = { ...kept, ...figures };
writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote reports/bench.json (${Object.keys(figures).length} figures measured in ${report.seconds} s).`);

// A budget of a part that ran, whose figure that run did not give (a renamed figure, an element
// left out), fails the check too: a budget never compared is a budget silently dropped.
const exceeded = budgets.filter((r) => r.status === 'exceeded' || r.status === 'not measured' || (opts.check === true && r.status === 'missed'));
const missed = budgets.filter((r) => r.status === 'missed');
if (failedParts.length) console.error(`\nbench: ${failedParts.join(', ')} failed to run.`);
if (opts.check === 'ceilings' && missed.length) {
  console.log(`\nbench --check=ceilings: ${missed.length} target(s) still missed, none worse than its ceiling:`);
  for (const r of missed) console.log(`  - ${r.what}: ${r.stat} ${describeLimit(r)}`);
}
if (opts.check && exceeded.length) {
  console.error(`\nbench --check${opts.check === 'ceilings' ? '=ceilings' : ''}: ${exceeded.length} budget(s) exceeded or not measured:`);
  for (const r of exceeded) console.error(`  - ${r.what}: ${r.status === 'not measured' ? `not measured (${r.reason})` : `${r.stat} ${describeLimit(r)}`} [${r.figure}]`);
}
process.exit(failedParts.length || (opts.check && exceeded.length) ? 1 : 0);
