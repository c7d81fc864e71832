// What a new user meets first, outside the repository: the release tarballs installed
// together in a fresh folder, a Vite app built on them and loaded in Chromium; and the
// self-host archive unpacked into a static folder, serving the three patterns under the
// strict CSP with no violation and no request outside that folder.
// Run after `npm run build`. The npm install prefers the local npm cache (`npm ci` filled it)
// and pins every version it adds, so the result does not depend on the day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';
import { launch, openPage, expectRendered, chooseAnotherPerson, TAGS } from '../../../tools/distribution/page-checks.mjs';
import { STRICT_CSP } from '../self-host.mjs';

const run = promisify(execFile);
const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'auta-release-'));
const out = join(work, 'release');
const VITE = JSON.parse(readFileSync('node_modules/vite/package.json', 'utf8')).version;
const REACT = JSON.parse(readFileSync('node_modules/react/package.json', 'utf8')).version;

let browser;
let released;
before(async () => {
  browser = await launch();
  released = run('node', [join(repo, 'scripts/release/index.mjs'), `--out=${out}`], { cwd: repo });
  await released;
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const files = () => readdirSync(out);

test('release/ has a tarball per package named with its version, the self-host archive, and checksums that match', async () => {
  for (const dir of readdirSync('packages', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const pkg = JSON.parse(readFileSync(`packages/${dir.name}/package.json`, 'utf8'));
    const name = `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`;
    assert.ok(files().includes(name), `${name} in ${files().join(', ')}`);
  }
  assert.ok(files().some((f) => /^auta-self-host-\d+\.\d+\.\d+.*\.tar\.gz$/.test(f)));
  const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
  assert.equal(sums.length, files().length - 1);
  for (const line of sums) {
    const [hash, file] = line.split(/\s+/);
    assert.equal(createHash('sha256').update(readFileSync(join(out, file))).digest('hex'), hash, file);
  }
});

test('the tarballs install together in a fresh folder; a Vite app importing @auta/alt-channel/define.js builds and runs', { timeout: 240_000 }, async () => {
  const app = join(work, 'vite-app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'auta-release-check', private: true, type: 'module' }));
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Asumistuki</title><script type="module" src="/src/main.ts"></script></head>
<body><main><h1>Hae asumistukea</h1>
<auta-alt-channel-notice errand="Hae asumistukea"><h2 slot="heading">Hae asumistukea muulla tavalla</h2>
<section slot="phone"><h3>Puhelimitse</h3><p><a href="tel:+358295123456">0295 123 456</a></p></section></auta-alt-channel-notice>
<p id="status"></p></main></body></html>`,
  );
  writeFileSync(
    join(app, 'src/main.ts'),
    `import '@auta/alt-channel/define.js';
const notice = document.querySelector('auta-alt-channel-notice');
await customElements.whenDefined('auta-alt-channel-notice');
document.querySelector('#status')!.textContent = notice?.shadowRoot ? 'ready' : 'no shadow root';
`,
  );
  const tarballs = files().filter((f) => f.endsWith('.tgz')).map((f) => join(out, f));
  // React is @auta/react's peer: pinned to the repository's version so that the install is the same every time.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-exact', ...tarballs, `vite@${VITE}`, `react@${REACT}`], { cwd: app });
  const installed = JSON.parse(readFileSync(join(app, 'node_modules/@auta/core/package.json'), 'utf8'));
  assert.equal(installed.version, JSON.parse(readFileSync('packages/core/package.json', 'utf8')).version);
  await run('node', [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: app });

  const server = await serveStatic(join(app, 'dist'));
  const { page, context, problems } = await openPage(browser);
  try {
    await page.goto(`${server.url}/index.html`);
    const texts = await expectRendered(page, ['auta-alt-channel-notice']);
    assert.match(texts['auta-alt-channel-notice'], /\S/);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'ready');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the self-host archive, unpacked into a static folder, serves the three patterns under the strict CSP with nothing from outside it', async () => {
  const archive = files().find((f) => f.endsWith('.tar.gz'));
  const site = join(work, 'site');
  mkdirSync(site);
  await run('tar', ['-xzf', join(out, archive), '-C', site]);
  const [folder] = readdirSync(site);
  const readme = readFileSync(join(site, folder, 'README.md'), 'utf8');
  assert.ok(readme.includes(STRICT_CSP), 'the README gives the CSP line');
  const integrity = JSON.parse(readFileSync(join(site, folder, 'integrity.json'), 'utf8'));
  for (const { file, integrity: sri } of integrity.files) {
    assert.equal(`sha384-${createHash('sha384').update(readFileSync(join(site, folder, file))).digest('base64')}`, sri, file);
    assert.ok(readme.includes(sri), `the README gives ${file}'s hash`);
  }

  const server = await serveStatic(site, { headers: { 'content-security-policy': STRICT_CSP } });
  const { page, context, problems } = await openPage(browser);
  const outside = [];
  const violations = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${server.url}/${folder}/`)) outside.push(r.url());
  });
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    await page.goto(`${server.url}/${folder}/example.html`);
    await expectRendered(page, ['auta-alt-channel-notice', 'auta-on-behalf-entry', 'auta-provider-finder', 'auta-provider-card']);
    // Every element in the manifest is in the bundle, also those the example does not show.
    assert.deepEqual(await page.evaluate((tags) => tags.filter((t) => !customElements.get(t)), TAGS), []);
    assert.equal(await chooseAnotherPerson(page), 'Asioit toisen henkilön puolesta.');
    assert.deepEqual(violations, []);
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

/** The self-host folder unpacked afresh into `name`/, with `change(folderPath)` applied; served under the strict CSP. */
async function selfHosted(name, change) {
  const archive = files().find((f) => f.endsWith('.tar.gz'));
  const site = join(work, name);
  mkdirSync(site);
  await run('tar', ['-xzf', join(out, archive), '-C', site]);
  const [folder] = readdirSync(site);
  change(join(site, folder), site);
  const server = await serveStatic(site, { headers: { 'content-security-policy': STRICT_CSP } });
  return { server, folder, base: `${server.url}/${folder}/` };
}

const page = (script, body) =>
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Testi</title>${script}</head><body><main><h1>Testi</h1>${body}
<auta-alt-channel-notice id="muut-tavat" errand="Hae asumistukea"><section slot="phone"><h3>Puhelimitse</h3><p><a href="tel:+358295123456">0295 123 456</a></p></section></auta-alt-channel-notice></main></body></html>`;

/** Waits for the finder's error state; returns its text and whether it links to the page's alternative channels. */
async function finderError(p, selector = 'auta-provider-finder') {
  await p.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part="error"]'), selector, { timeout: 15000 });
  return p.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    return { text: root.querySelector('[part="error"]').textContent.replace(/\s+/g, ' ').trim(), altLink: root.querySelector('a[href="#muut-tavat"]')?.textContent ?? '' };
  }, selector);
}

test('a sample chunk left behind: the finder shows its error state with the alternative channels, and the console names the file and the base URL', async () => {
  let removed = '';
  const { server, folder, base } = await selfHosted('site-missing', (dir) => {
    removed = readdirSync(dir).find((f) => /^auta-sample-.*\.js$/.test(f));
    rmSync(join(dir, removed));
  });
  const { page: p, context, problems } = await openPage(browser);
  try {
    await p.goto(`${server.url}/${folder}/example.html`);
    const error = await finderError(p);
    assert.match(error.text, /Paikkoja ei voitu ladata/);
    assert.doesNotMatch(error.text, /internetyhteys/i, 'not blamed on the person’s connection');
    assert.ok(error.altLink.length > 0, 'links to the alternative channels');
    const told = problems.filter((m) => m.includes('[auta] Could not load'));
    assert.equal(told.length, 1, problems.join('\n'));
    assert.ok(told[0].includes(`${removed} from ${base}`), told[0]);
  } finally {
    await context.close();
    await server.close();
  }
});

test('chunks in another folder load from the base URL a page names with data-auta-base', async () => {
  const { server, folder } = await selfHosted('site-moved', (dir, site) => {
    mkdirSync(join(site, 'chunks'));
    for (const f of readdirSync(dir).filter((f) => /^auta-sample-/.test(f))) renameSync(join(dir, f), join(site, 'chunks', f));
    writeFileSync(join(dir, 'moved.html'), page('<script type="module" src="./auta.js" data-auta-base="../chunks/"></script>', '<auta-provider-finder heading-level="2"></auta-provider-finder>'));
  });
  const { page: p, context, problems } = await openPage(browser);
  try {
    await p.goto(`${server.url}/${folder}/moved.html`);
    await expectRendered(p, ['auta-provider-finder', 'auta-provider-card']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('auta-no-sample.js: one file; a finder with its own data works, one without shows the error state and the console says why', async () => {
  const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
  const { server, folder } = await selfHosted('site-no-sample', (dir) => {
    writeFileSync(join(dir, 'providers.json'), JSON.stringify(SAMPLE_PROVIDERS));
    writeFileSync(
      join(dir, 'no-sample.html'),
      page('<script type="module" src="./auta-no-sample.js"></script>', '<auta-provider-finder id="own" src="./providers.json" heading-level="2"></auta-provider-finder><auta-provider-finder id="none" heading-level="2"></auta-provider-finder>'),
    );
  });
  const { page: p, context, problems } = await openPage(browser);
  const requested = [];
  p.on('request', (r) => requested.push(r.url()));
  try {
    await p.goto(`${server.url}/${folder}/no-sample.html`);
    await expectRendered(p, ['auta-provider-card']);
    const error = await finderError(p, '#none');
    assert.ok(error.altLink.length > 0);
    assert.deepEqual(requested.filter((u) => /auta-sample/.test(u)), []);
    assert.ok(problems.some((m) => /auta-no-sample\.js, built without the sample data/.test(m)), problems.join('\n'));
  } finally {
    await context.close();
    await server.close();
  }
});
