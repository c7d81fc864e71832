#!/usr/bin/env node
// `npm run release`: what a user can install today, before anything is published, in release/:
//
//   auta-<package>-<version>.tgz     one npm tarball per package (`npm pack`), installable
//                                    together: `npm install ./release/*.tgz`
//   auta-self-host-<version>.tar.gz  the CDN build with every file it loads, a README (copy
//                                    this folder), Subresource Integrity hashes and the CSP line
//   SHA256SUMS                       `sha256sum -c SHA256SUMS` checks every file above
//
// The versions are the packages' own (written by `npx changeset version`), so the file names
// follow the changesets. Run after `npm run build`; `--out=<dir>` writes elsewhere.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { selfHostReadme, selfHostExample, STRICT_CSP } from './self-host.mjs';

const out = resolve(process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'release');
const packages = readdirSync('packages', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`packages/${d.name}/package.json`))
  .map((d) => ({ dir: `packages/${d.name}`, ...JSON.parse(readFileSync(`packages/${d.name}/package.json`, 'utf8')) }))
  .filter((p) => !p.private);

const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

// The packages pin each other exactly: the set is installable only if every pin names the
// version in the set (a bump without its dependents' pins would 404 on install).
const versions = new Map(packages.map((p) => [p.name, p.version]));
for (const p of packages) {
  for (const [name, range] of Object.entries({ ...p.dependencies, ...p.peerDependencies })) {
    if (versions.has(name) && range !== versions.get(name)) fail(`${p.name} depends on ${name}@${range}, but the release has ${name}@${versions.get(name)}.`);
  }
  if (!existsSync(`${p.dir}/dist`)) fail(`${p.dir}/dist is missing: run \`npm run build\` first.`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// One npm pack for every workspace: the same files `npm publish` would send.
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out, ...packages.flatMap((p) => ['--workspace', p.dir])], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }),
);
for (const p of packed) console.log(`  ${p.filename}  ${p.entryCount} files`);

// The self-host folder: auta.js and every chunk and map beside it in @auta/elements' dist.
const elements = packages.find((p) => p.name === '@auta/elements');
if (!elements) fail('no @auta/elements package.');
const folder = `auta-${elements.version}`;
const stage = join(out, '.stage');
const site = join(stage, folder);
mkdirSync(site, { recursive: true });
const bundleFiles = readdirSync(`${elements.dir}/dist`).filter((f) => /^auta(-[\w-]+)?\.js(\.map)?$/.test(f)).sort();
if (!bundleFiles.includes('auta.js')) fail(`${elements.dir}/dist/auta.js is missing: run \`npm run build\` first.`);
for (const f of bundleFiles) cpSync(`${elements.dir}/dist/${f}`, join(site, f));

const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const scripts = bundleFiles.filter((f) => f.endsWith('.js')).map((f) => ({ file: f, integrity: sri(join(site, f)), bytes: readFileSync(join(site, f)).length }));
writeFileSync(join(site, 'integrity.json'), `${JSON.stringify({ version: elements.version, csp: STRICT_CSP, files: scripts }, null, 2)}\n`);
for (const [name, text] of Object.entries(selfHostExample(scripts))) writeFileSync(join(site, name), text);
writeFileSync(join(site, 'README.md'), selfHostReadme({ version: elements.version, folder, scripts }));
writeFileSync(join(site, 'LICENSE'), readFileSync('LICENSE'));

// A reproducible archive: sorted names, one fixed time and owner, so the same build gives the same bytes.
const archive = `auta-self-host-${elements.version}.tar.gz`;
const tarball = execFileSync('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', '-C', stage, folder], { maxBuffer: 256 * 1024 * 1024 });
writeFileSync(join(out, archive), gzipSync(tarball, { level: 9 }));
rmSync(stage, { recursive: true, force: true });
console.log(`  ${archive}  ${scripts.length} scripts, README, example, integrity.json`);

const files = [...packed.map((p) => p.filename), archive].sort();
const sums = files.map((f) => `${createHash('sha256').update(readFileSync(join(out, f))).digest('hex')}  ${f}`).join('\n');
writeFileSync(join(out, 'SHA256SUMS'), `${sums}\n`);
console.log(`release: ${packed.length} packages and the self-host archive in ${out} (checksums: SHA256SUMS)`);
