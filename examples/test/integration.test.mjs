// Every integration example, as a user gets it: the folder copied out of the repository
// alone into a temporary folder, the release tarballs it needs installed with its own
// package.json (versions pinned there) with the examples' shared page (examples/shared, packed
// the same way), built with its own script, and loaded in Chromium:
// every Auta element renders, the page reacts to an element's event, and nothing errs or
// leaves the page's origin. The pages that can (all but the server-rendered one, which
// inlines its hydration data) run under the strict CSP, without 'unsafe-eval', with zero
// violations: Vue's and Angular's templates are compiled ahead of time.
// Run after `npm run build`. npm prefers its local cache (`npm ci` filled it with the same
// pinned versions), so the installs are quick and the same every day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';
import { launch, openPage, expectRendered, chooseAnotherPerson, STRICT_CSP, TAGS } from '../../tools/distribution/page-checks.mjs';

const run = promisify(execFile);
const repo = resolve('.');
const DIR = join(repo, 'examples');
const work = mkdtempSync(join(tmpdir(), 'auta-examples-'));
const release = join(work, 'release');

/** Examples served as static files; `typecheck` when the example has a `typecheck` script. */
const STATIC = [
  { name: 'plain-html-cdn' },
  { name: 'vite-ts', typecheck: true },
  { name: 'react-18', typecheck: true },
  // Vue's runtime makes a Trusted Types policy of its own, named 'vue': the page allows it by name.
  { name: 'vue-3', trustedTypes: ['vue'] },
  { name: 'angular' },
];
const EXAMPLES = [...STATIC.map((e) => e.name), 'ssr-node', 'e-authorizations'];

test('every folder under examples/ but test/ is an example the test runs, or the shared page', () => {
  const folders = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'test').map((d) => d.name);
  assert.deepEqual(folders.sort(), [...EXAMPLES, 'shared'].sort());
});

/** The workspace packages by name: their version and their @auta dependencies. */
const PACKAGES = new Map(
  readdirSync(join(repo, 'packages')).flatMap((d) => {
    const file = join(repo, 'packages', d, 'package.json');
    if (!existsSync(file)) return [];
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    return [[pkg.name, { version: pkg.version, deps: Object.keys(pkg.dependencies ?? {}).filter((n) => n.startsWith('@auta/')) }]];
  }),
);
const tarball = (name) => join(release, `${name.replace('@', '').replace('/', '-')}-${PACKAGES.get(name).version}.tgz`);
/** The examples' shared page and build helpers, packed as a user packs it (see each README). */
const SHARED = JSON.parse(readFileSync(join(DIR, 'shared/package.json'), 'utf8'));
const sharedTarball = join(release, `${SHARED.name}-${SHARED.version}.tgz`);

/** The example's @auta packages and everything they depend on: the tarballs to install together. */
function autaClosure(pkg) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    PACKAGES.get(name).deps.forEach(visit);
  };
  Object.keys(pkg.dependencies ?? {}).filter((n) => n.startsWith('@auta/')).forEach(visit);
  return [...seen].sort();
}

/** Copies the example alone, installs it from the release, builds (and type-checks) it. */
async function prepare(name) {
  const dir = join(work, name);
  cpSync(join(DIR, name), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|build)$/.test(src) });
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const shared = SHARED.name in { ...pkg.dependencies, ...pkg.devDependencies } ? [sharedTarball] : [];
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-exact', ...autaClosure(pkg).map(tarball), ...shared], { cwd: dir });
  if (pkg.scripts?.build) await run('npm', ['run', '--silent', 'build'], { cwd: dir });
  if (pkg.scripts?.typecheck) await run('npm', ['run', '--silent', 'typecheck'], { cwd: dir });
  return dir;
}

/** The example's own source files (not what its build or install wrote). */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'dist', 'build'].includes(e.name) ? [] : sourceFiles(p);
    return /\.(?:m?[jt]sx?|vue|html|css)$/.test(e.name) ? [p] : [];
  });
}

let browser;
const prepared = new Map();
before(async () => {
  browser = await launch();
  await run('node', [join(repo, 'scripts/release/index.mjs'), `--out=${release}`], { cwd: repo });
  await run('npm', ['pack', '--silent', '--pack-destination', release, join(DIR, 'shared')], { cwd: work });
  // Two at a time: each install and build is mostly waiting on the disk and one core.
  const queue = [...EXAMPLES];
  const lanes = [0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const p = prepare(name);
      p.catch(() => {});
      prepared.set(name, p);
      await p.catch(() => {});
    }
  });
  // Each test awaits its own example; the lanes keep filling the map meanwhile.
  void Promise.all(lanes);
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The example's preparation, once the lanes have started it. */
async function ready(name) {
  while (!prepared.has(name)) await new Promise((r) => setTimeout(r, 100));
  return prepared.get(name);
}

test('every example pins the current version of each Auta package it names, and imports nothing from outside its folder', () => {
  for (const name of [...EXAMPLES, 'shared']) {
    const pkg = JSON.parse(readFileSync(join(DIR, name, 'package.json'), 'utf8'));
    for (const [dep, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies })) {
      assert.match(version, /^\d+\.\d+\.\d+$/, `${name}: ${dep} is pinned to one version`);
      if (dep.startsWith('@auta/')) assert.equal(version, PACKAGES.get(dep).version, `${name}: ${dep}`);
      if (dep === SHARED.name) assert.equal(version, SHARED.version, `${name}: ${dep}`);
    }
    // What the example's own files import or read resolves inside its folder or from an installed package.
    const root = join(DIR, name);
    for (const file of sourceFiles(root)) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|import\s+|require\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g)) {
        assert.ok(resolve(dirname(file), spec).startsWith(`${root}/`), `${file} imports ${spec}, outside its folder`);
      }
    }
  }
  assert.ok(TAGS.includes('auta-alt-channel-notice') && TAGS.includes('auta-on-behalf-entry'), TAGS.join(', '));
});

for (const ex of STATIC) {
  test(`${ex.name}: copied out alone, installs from the release, builds${ex.typecheck ? ', type-checks' : ''}, renders every element and handles an event under the strict CSP`, { timeout: 300_000 }, async () => {
    const dir = await ready(ex.name);
    const csp = STRICT_CSP.replace('trusted-types lit-html', ['trusted-types lit-html', ...(ex.trustedTypes ?? [])].join(' '));
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    const server = await serveStatic(join(dir, 'dist'), { headers: { 'content-security-policy': csp } });
    const { page, context, problems } = await openPage(browser);
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      await page.goto(`${server.url}/index.html`);
      const texts = await expectRendered(page);
      assert.match(texts['auta-on-behalf-entry'], /puolesta/);
      assert.match(texts['auta-alt-channel-notice'], /Hae asumistukea|0295 123 456|Puhelimitse/);
      assert.equal(await chooseAnotherPerson(page), 'Asioit toisen henkilön puolesta.');
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('ssr-node: copied out alone, the server renders declarative shadow DOM that reads without JavaScript, then hydrates and handles an event', { timeout: 300_000 }, async () => {
  const dir = await ready('ssr-node');
  const { createAppServer, renderPage } = await import(join(dir, 'server.mjs'));
  const markup = await renderPage();
  for (const tag of TAGS.filter((t) => t !== 'auta-provider-card')) {
    assert.match(markup, new RegExp(`<${tag}[^>]*>\\s*<template shadowroot="open" shadowrootmode="open">`), `${tag} is server-rendered`);
  }
  const server = createAppServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    // Without JavaScript: the shadow roots are there, with the entry's question and the notice's phone link.
    const noJs = await openPage(browser, { javaScriptEnabled: false });
    await noJs.page.goto(url);
    const staticView = await noJs.page.evaluate(() => ({
      entry: document.querySelector('auta-on-behalf-entry')?.shadowRoot?.textContent ?? '',
      notice: document.querySelector('auta-alt-channel-notice')?.shadowRoot?.textContent ?? '',
      tel: document.querySelector('a[href^="tel:"]')?.getAttribute('href'),
    }));
    assert.match(staticView.entry, /puolesta/);
    assert.ok(staticView.notice.trim().length > 0);
    assert.equal(staticView.tel, 'tel:+358295123456');
    await noJs.context.close();

    // With JavaScript: hydrated in place, every element live, and the event reaches the page.
    const { page, context, problems } = await openPage(browser);
    await page.goto(url);
    await expectRendered(page);
    assert.equal(await chooseAnotherPerson(page), 'Asioit toisen henkilön puolesta.');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test('e-authorizations: copied out alone, the e-service starts and serves its start page with the installed CDN build', { timeout: 300_000 }, async () => {
  const dir = await ready('e-authorizations');
  const { start } = await import(join(dir, 'server.mjs'));
  const app = await start();
  try {
    const page = await fetch(`${app.url}/`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<auta-on-behalf-entry/);
    const script = /<script type="module" src="([^"]*auta\.js)"/.exec(html)?.[1];
    assert.ok(script, 'the page loads auta.js');
    assert.equal((await fetch(new URL(script, `${app.url}/`))).status, 200);
  } finally {
    await app.close();
  }
});
