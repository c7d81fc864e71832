#!/usr/bin/env node
// What each package would publish: `npm pack --dry-run --json` in every packages/* folder.
// A package may contain only its build (dist: .js, .d.ts, their maps, and the editor data
// JSON of @auta/elements), its custom-elements.json, README, LICENSE and package.json;
// anything else (src/, tests, tsbuildinfo, stray files) fails. It also checks that every
// `exports` target and the `types` entry are in the package, and that the package.json
// has the fields a user and a registry rely on.
//
//   node tools/distribution/check-pack.mjs        (run after `npm run build`)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { readManifest, elementsOf } from './manifest.mjs';

const run = promisify(execFile);
const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/, /^dist\/(?!.*(?:^|\/)test\/)[\w./-]+\.(?:js|d\.ts)(?:\.map)?$/, /^dist\/[\w.-]+\.json$/];
const FORBIDDEN_HINT = [/^src\//, /(^|\/)test\//, /\.test\./, /tsbuildinfo$/, /\.tgz$/];

const elementPackages = new Set(elementsOf(readManifest()).map((e) => e.packageDir));
elementPackages.add('elements');

/** Every file path an `exports` map points at (conditions other than the source one). */
function exportTargets(exp) {
  if (typeof exp === 'string') return [exp];
  if (!exp || typeof exp !== 'object') return [];
  return Object.entries(exp).flatMap(([k, v]) => (k === '@auta/source' ? [] : exportTargets(v)));
}

async function check(dir) {
  const pkg = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  const problems = [];
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: `packages/${dir}`, maxBuffer: 64 * 1024 * 1024 });
  const files = JSON.parse(stdout)[0].files.map((f) => f.path).sort();
  const has = new Set(files);

  for (const f of files) {
    if (!ALLOWED.some((re) => re.test(f))) problems.push(`ships ${f}${FORBIDDEN_HINT.some((re) => re.test(f)) ? ' (sources, tests or build state)' : ''}`);
  }
  for (const f of ['package.json', 'README.md', 'LICENSE']) if (!has.has(f)) problems.push(`does not ship ${f}`);
  if (!files.some((f) => f.startsWith('dist/'))) problems.push('ships no dist/ (run `npm run build` first)');

  for (const field of ['exports', 'types', 'license', 'files']) if (!(field in pkg)) problems.push(`package.json has no "${field}"`);
  // No repository is better than a made-up one: a registry page would link people to nowhere.
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (repo !== undefined && /\.invalid\b|example\.(com|org|net)|\.example\b|localhost/.test(repo)) problems.push(`package.json names a placeholder repository (${repo}): leave "repository" out until the project has a public address`);
  if (!('sideEffects' in pkg)) problems.push('package.json has no "sideEffects"');
  else if (Array.isArray(pkg.sideEffects)) {
    for (const s of pkg.sideEffects) {
      // `lang/<code>.js` adds a language's catalog on import (`@auta/alt-channel/lang/se.js`): a side effect by design.
      if (!/(define|index|cdn|load-once|auta|auta-no-sample|lang\/[a-z]{2,3})\.(ts|js)$/.test(s)) problems.push(`sideEffects lists ${s}: only define files, language modules (and the elements entry) have side effects`);
      const rel = s.replace(/^\.\//, '');
      if (rel.startsWith('dist/') && !has.has(rel)) problems.push(`sideEffects lists ${s}, which is not in the package`);
    }
  } else if (pkg.sideEffects !== false) problems.push('sideEffects must be false or a list of define files');

  if (elementPackages.has(dir)) {
    if (pkg.customElements !== 'custom-elements.json') problems.push('package.json has no "customElements": "custom-elements.json"');
    if (!has.has('custom-elements.json')) problems.push('does not ship custom-elements.json');
  }
  const targets = [...exportTargets(pkg.exports), pkg.types, ...Object.values(pkg.bin ?? {}), pkg['web-types']].filter(Boolean);
  for (const t of targets) {
    const rel = t.replace(/^\.\//, '');
    if (rel !== 'package.json' && !has.has(rel)) problems.push(`exports/types point at ${t}, which is not in the package`);
  }
  return { dir, name: pkg.name, files, problems };
}

const dirs = readdirSync('packages', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`packages/${d.name}/package.json`))
  .map((d) => d.name)
  .sort();
const results = await Promise.all(dirs.map(check));
let failed = 0;
for (const r of results) {
  const top = [...new Set(r.files.map((f) => (f.includes('/') ? f.split('/')[0] + '/' : f)))];
  console.log(`${r.problems.length ? '✗' : '✓'} ${r.name}: ${r.files.length} files (${top.join(', ')})`);
  for (const p of r.problems) console.log(`    ${p}`);
  if (r.problems.length) failed++;
}
console.log(`${results.length - failed} of ${results.length} packages pack only what they should.`);
process.exit(failed ? 1 : 0);
