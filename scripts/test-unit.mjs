// `npm run test:unit -- packages/on-behalf`: one package's browser and Node tests, found by
// the same rules as `npm test` (browser: `*.test.ts` under packages/<name>/test outside a
// `node/` folder; Node: `*.test.ts` under a `node/` folder and `*.node.ts`), without lint,
// typecheck, build or coverage. The fast loop while working on a package.
//
//   npm run test:unit -- packages/on-behalf              browser, then Node tests
//   npm run test:unit -- packages/on-behalf --watch      both runners re-run on change
//   npm run test:unit -- on-behalf provider-finder       several packages (the folder name is enough)
//   npm run test:unit -- packages/core --browser         only one runner (or --node)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findBrowser, MISSING_BROWSER } from 'auta-tool-browser';

const args = process.argv.slice(2);
const watch = args.includes('--watch');
const only = args.includes('--browser') ? 'browser' : args.includes('--node') ? 'node' : undefined;
const packages = args.filter((a) => !a.startsWith('--')).map((a) => join('packages', basename(a.replace(/[\\/]+$/, ''))));
if (!packages.length || args.includes('--help')) {
  console.log('Usage: npm run test:unit -- packages/<name> [more packages] [--watch] [--browser | --node]');
  process.exit(packages.length ? 0 : 2);
}
for (const p of packages) {
  if (!existsSync(join(p, 'package.json'))) {
    console.error(`${p} is not a package (packages/: ${readdirSync('packages').join(', ')}).`);
    process.exit(2);
  }
}

/** Files under `dir` whose path passes `keep`. */
function files(dir, keep) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, keep));
    else if (keep(p, e.name)) out.push(p);
  }
  return out.sort();
}

const inNode = (p) => /[\\/]node[\\/]/.test(p);
const browserFiles = packages.flatMap((p) => files(join(p, 'test'), (f, name) => name.endsWith('.test.ts') && !inNode(f)));
const nodeFiles = packages.flatMap((p) => files(join(p, 'test'), (f, name) => (/\.test\.(ts|mjs)$/.test(name) && inNode(f)) || name.endsWith('.node.ts')));

function run(cmd, cmdArgs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const browser = () =>
  run('npx', ['web-test-runner', ...(watch ? ['--watch'] : [])], { WTR_FILES: browserFiles.join(',') });
const node = () => run('node', ['--conditions=@auta/source', '--import', 'tsx', '--test', ...(watch ? ['--watch'] : []), ...nodeFiles]);

const jobs = [];
if (only !== 'node' && browserFiles.length) {
  if (!findBrowser()) {
    console.error(MISSING_BROWSER);
    process.exit(1);
  }
  jobs.push(['browser', browser]);
}
if (only !== 'browser' && nodeFiles.length) jobs.push(['node', node]);
if (!jobs.length) {
  console.log(`No ${only ?? ''} tests in ${packages.join(', ')}.`);
  process.exit(0);
}
console.log(`${packages.join(', ')}: ${browserFiles.length} browser and ${nodeFiles.length} Node test files${watch ? ', watching' : ''}.`);
// Watching: both runners side by side, each re-running on change. Once: one after the other,
// so their reports do not interleave.
const codes = watch ? await Promise.all(jobs.map(([, job]) => job())) : [];
if (!watch) for (const [, job] of jobs) codes.push(await job());
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
