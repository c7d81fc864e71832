// The CDN bundle: one file defines every element; loaded twice, or next to another copy of
// the elements (with its own Lit), the page keeps working and the console says so once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, cpSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';
import { launch, openPage, expectRendered, chooseAnotherPerson, STRICT_CSP, TAGS } from '../page-checks.mjs';

const DIST = 'packages/elements/dist';
const WARNING = /^\[auta\] auta\.js was loaded twice; the elements defined first are kept/;
const NEXT_TO = /^\[auta\] auta\.js was loaded next to another copy of the Auta elements; the elements defined first are kept/;

let browser;
let server;
const root = join(tmpdir(), `auta-cdn-test-${process.pid}`);

const page = (scripts) => `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>CDN</title>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
<script type="module" src="./listen.js"></script>
</head><body>
<auta-acting-as acting-as="self" switch-href="/valitse"></auta-acting-as>
<auta-on-behalf-entry name="acting-as"></auta-on-behalf-entry>
<p id="status" role="status"></p>
<auta-alt-channel-notice errand="Hae asumistukea"><section slot="phone"><h3>Puhelimitse</h3><p><a href="tel:+358295123456">0295 123 456</a></p></section></auta-alt-channel-notice>
<auta-provider-finder src="./providers.json"></auta-provider-finder>
<auta-help other-ways-href="/muut-tavat"></auta-help>
<auta-service-unavailable reason="fault"></auta-service-unavailable>
<auta-help-feedback></auta-help-feedback>
<auta-accessibility-feedback></auta-accessibility-feedback>
</body></html>`;

before(async () => {
  assert.ok(existsSync(join(DIST, 'auta.js')), 'run `npm run build` first');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of readdirSync(DIST)) if (/^auta[.-]/.test(f)) cpSync(join(DIST, f), join(root, f));
  // A second copy at another URL: a different version, or another site's template.
  mkdirSync(join(root, 'other'));
  for (const f of readdirSync(DIST)) if (/^auta[.-]/.test(f)) cpSync(join(DIST, f), join(root, 'other', f));
  // An npm build of the elements bundled by a site's own toolchain, with its own Lit.
  await build({ entryPoints: [join(DIST, 'index.js')], bundle: true, format: 'esm', outfile: join(root, 'npm-copy.js'), logLevel: 'error' });
  writeFileSync(
    join(root, 'listen.js'),
    `document.addEventListener('auta-on-behalf-change', (e) => { document.getElementById('status').textContent = e.detail.actingAs === 'person' ? 'Asioit toisen henkilön puolesta.' : e.detail.actingAs; });`,
  );
  const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
  writeFileSync(join(root, 'providers.json'), JSON.stringify(SAMPLE_PROVIDERS));
  writeFileSync(join(root, 'once.html'), page(['./auta.js']));
  writeFileSync(join(root, 'twice.html'), page(['./auta.js', './other/auta.js']));
  writeFileSync(join(root, 'same-url.html'), page(['./auta.js', './auta.js']));
  writeFileSync(join(root, 'next-to-npm.html'), page(['./npm-copy.js', './auta.js']));
  server = await serveStatic(root, { headers: { 'content-security-policy': STRICT_CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function load(name) {
  const opened = await openPage(browser);
  await opened.page.goto(`${server.url}/${name}`);
  await expectRendered(opened.page);
  assert.equal(await chooseAnotherPerson(opened.page), 'Asioit toisen henkilön puolesta.');
  await opened.context.close();
  return opened;
}

test('one script defines every element in the manifest, under a strict CSP, with no warning', async () => {
  const { problems, warnings } = await load('once.html');
  assert.deepEqual(problems, []);
  assert.deepEqual(warnings.filter((w) => w.startsWith('[auta]')), []);
  assert.ok(TAGS.length >= 2);
});

test('loaded twice from two URLs: one clear warning, no error (not even from Trusted Types), everything works', async () => {
  const { problems, warnings } = await load('twice.html');
  assert.deepEqual(problems, []);
  const ours = warnings.filter((w) => w.startsWith('[auta]'));
  assert.equal(ours.length, 1, ours.join('\n'));
  assert.match(ours[0], WARNING);
});

test('the same URL twice is one module: no warning at all', async () => {
  const { problems, warnings } = await load('same-url.html');
  assert.deepEqual(problems, []);
  assert.deepEqual(warnings.filter((w) => w.startsWith('[auta]')), []);
});

test('next to an npm copy with its own Lit: one warning naming the kept elements, everything works', async () => {
  const { problems, warnings } = await load('next-to-npm.html');
  assert.deepEqual(problems, []);
  const ours = warnings.filter((w) => w.startsWith('[auta]'));
  assert.equal(ours.length, 1, ours.join('\n'));
  assert.match(ours[0], NEXT_TO);
  for (const tag of TAGS) assert.ok(ours[0].includes(tag), tag);
});

test('auta.js is one file with its source map; the sample data is only in the lazy chunk', () => {
  const bundle = readFileSync(join(DIST, 'auta.js'), 'utf8');
  assert.ok(existsSync(join(DIST, 'auta.js.map')));
  assert.match(bundle, /\/\/# sourceMappingURL=auta\.js\.map\s*$/);
  // Only dynamic imports, and only of files that sit beside it.
  assert.doesNotMatch(bundle, /(^|[;\s])import\s*[{*\w"'`]/m);
  for (const [, spec] of bundle.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
    assert.match(spec, /^\.\/auta-[\w-]+\.js$/);
    assert.ok(existsSync(join(DIST, spec)), spec);
  }
});

test('the sample providers are not in auta.js', async () => {
  const bundle = readFileSync(join(DIST, 'auta.js'), 'utf8');
  const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
  const names = SAMPLE_PROVIDERS.map((p) => (typeof p.name === 'string' ? p.name : p.name.fi)).filter(Boolean);
  assert.ok(names.length > 5);
  for (const name of names) assert.ok(!bundle.includes(name), `sample provider "${name}" is in auta.js`);
});
