// `npm test`: every check the project has, in order, then one plain
// "N passed, N failed, N skipped" line that sums the test runners' counts.
// Lint and type errors count as failures too. Steps: `node scripts/test.mjs --list`;
// run some: `node scripts/test.mjs lint browser`.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser, findFirefox, MISSING_BROWSER, MISSING_FIREFOX } from 'auta-tool-browser';

/** Test files for Node's own runner: `*.test.ts` under a `node/` folder of packages/<name>/test, test/hardening, test/content or test/screen-reader, and `*.node.ts` anywhere in packages/<name>/test. */
function nodeTestFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.test\.(ts|mjs)$/.test(e.name) && /[\\/]node[\\/]/.test(p)) out.push(p);
      // Node tests that sit beside the browser tests they share fixtures with.
      else if (e.name.endsWith('.node.ts')) out.push(p);
    }
  };
  for (const pkg of readdirSync('packages')) if (existsSync(`packages/${pkg}/test`)) walk(`packages/${pkg}/test`);
  if (existsSync('test/hardening/node')) walk('test/hardening/node');
  // The content rules: the term list and the guidance pages' copy tables against the catalogs.
  if (existsSync('test/content/node')) walk('test/content/node');
  // The screen-reader test plan checked against the spoken-phrase snapshots.
  if (existsSync('test/screen-reader/node')) walk('test/screen-reader/node');
  return out.sort();
}

/** `*.test.mjs` directly in `dir`. */
const distTestFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => join(dir, f)).sort() : []);

/** Counts from node:test's spec reporter. */
function nodeCounts(out) {
  const n = (k) => Number(new RegExp(`ℹ ${k} (\\d+)`).exec(out)?.[1] ?? NaN);
  const r = { passed: n('pass'), failed: n('fail'), skipped: n('skipped') + n('todo') };
  return Number.isNaN(r.passed) ? undefined : r;
}

/** @type {Array<{ name: string, optional?: boolean, cmd: string, args: () => string[], env?: Record<string,string>, count?: (out: string) => {passed:number, failed:number, skipped:number} | undefined }>} */
const STEPS = [
  { name: 'lint', cmd: 'npx', args: () => ['eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', cmd: 'npx', args: () => ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'build', cmd: 'node', args: () => ['scripts/build.mjs'] },
  { name: 'size', cmd: 'node', args: () => ['tools/bench/index.mjs', '--only=size', '--check=ceilings'] },
  {
    name: 'browser',
    cmd: 'npx',
    args: () => ['web-test-runner', '--coverage'],
    env: { WTR_BROWSER: 'chromium' },
    count: (out) => {
      const m = /browser chromium: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(out);
      return m ? { passed: +m[1], failed: +m[2], skipped: +m[3] } : undefined;
    },
  },
  {
    // The same suite in Firefox ESR (WebDriver BiDi); a test that needs a Chromium-only
    // command is skipped with its reason, which the step prints before its counts.
    name: 'browser-firefox',
    cmd: 'npx',
    args: () => ['web-test-runner'],
    env: { WTR_BROWSER: 'firefox' },
    count: (out) => {
      const m = /browser firefox: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(out);
      return m ? { passed: +m[1], failed: +m[2], skipped: +m[3] } : undefined;
    },
  },
  {
    // Accessibility evidence: the report's self-test, then every story × language × theme × viewport.
    name: 'a11y',
    cmd: 'node',
    args: () => ['tools/a11y-report/index.mjs', '--ci'],
    count: (out) => {
      const m = /a11y: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(out);
      return m ? { passed: +m[1], failed: +m[2], skipped: +m[3] } : undefined;
    },
  },
  {
    // The docs site: every link on every docs page of the Storybook build navigates inside it.
    // Reuses the build the a11y step made (it builds only when storybook-static/ is stale).
    name: 'docs-links',
    cmd: 'node',
    args: () => ['scripts/docs-site/check-links.mjs'],
    count: (out) => {
      const m = /docs-links: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(out);
      return m ? { passed: +m[1], failed: +m[2], skipped: +m[3] } : undefined;
    },
  },
  {
    name: 'node',
    cmd: 'node',
    args: () => ['--conditions=@auta/source', '--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTestFiles()],
    count: (out) => {
      const n = (k) => Number(new RegExp(`ℹ ${k} (\\d+)`).exec(out)?.[1] ?? NaN);
      const r = { passed: n('pass'), failed: n('fail'), skipped: n('skipped') + n('todo') };
      return Number.isNaN(r.passed) ? undefined : r;
    },
  },
  // The tools' own tests that need no browser (the a11y report's self-test runs in the a11y step).
  { name: 'tools', cmd: 'node', args: () => ['--test', '--test-reporter=spec', ...distTestFiles('tools/bench/test')], count: nodeCounts },
  // Distribution, on the build: generated files, themes, the CDN bundle's double loads.
  { name: 'dist', cmd: 'node', args: () => ['--test', '--test-reporter=spec', ...distTestFiles('tools/distribution/test')], count: nodeCounts },
  // What `npm pack` would publish for each package: only dist, types, manifest, README, licence.
  { name: 'pack', cmd: 'node', args: () => ['tools/distribution/check-pack.mjs'] },
  // The release a user installs today: tarballs in a fresh folder with a Vite app, the self-host archive under the strict CSP.
  { name: 'release', cmd: 'node', args: () => ['--test', '--test-reporter=spec', ...distTestFiles('scripts/release/test')], count: nodeCounts },
  // Every integration example built and loaded in Chromium.
  { name: 'integration', cmd: 'node', args: () => ['--test', '--test-reporter=spec', ...distTestFiles('examples/test')], count: nodeCounts },
];

const args = process.argv.slice(2);
if (args.includes('--list')) {
  console.log(STEPS.map((s) => s.name).join('\n'));
  process.exit(0);
}
const selected = args.length ? STEPS.filter((s) => args.includes(s.name)) : STEPS.filter((s) => !s.optional);

if (!findBrowser()) {
  console.error(MISSING_BROWSER);
  process.exit(1);
}
if (selected.some((s) => s.name === 'browser-firefox') && !findFirefox()) {
  console.error(MISSING_FIREFOX);
  process.exit(1);
}

function runStep(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args(), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...step.env } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
/** @type {string[]} */
const engineLines = [];
for (const step of selected) {
  if (step.name === 'node' && nodeTestFiles().length === 0) continue;
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const { code, out } = await runStep(step);
  const counts = step.count?.(out);
  if (step.name.startsWith('browser')) engineLines.push(/browser \w+: \d+ passed, \d+ failed, \d+ skipped/.exec(out)?.[0] ?? `${step.name}: no counts`);
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  if (code !== 0) {
    failedSteps.push(step.name);
    // A step that failed without a count of its own (lint, types, build) is one failure.
    if (!counts || counts.failed === 0) total.failed += 1;
  } else if (!counts) {
    total.passed += 1;
  }
  console.log(`=== ${step.name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
}

// Each engine's browser counts again at the end, beside the total.
for (const line of engineLines) console.log(line);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
