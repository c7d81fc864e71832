// Builds every integration example and loads it in Chromium: every Auta element renders,
// the page reacts to an element's event, and nothing errs or leaves the page's origin.
// Run after `npm run build` (the examples use the packages' dist, as an npm user would).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serveStatic } from '../../../scripts/serve-static.mjs';
import { launch, openPage, expectRendered, chooseAnotherPerson, STRICT_CSP, TAGS } from '../../../scripts/dist/page-checks.mjs';

const run = promisify(execFile);
const DIR = 'docs/integration';

/** Examples served as static files; `csp` when the page must work under the strict policy. */
const STATIC = [
  { name: 'plain-html-cdn', csp: true },
  { name: 'vite-ts', csp: true, typecheck: true },
  { name: 'react-18', csp: true, typecheck: true },
  // Run-time template compilers (Vue's full build, Angular JIT) need 'unsafe-eval'; their
  // README says to precompile under a strict CSP.
  { name: 'vue-3', csp: false },
  { name: 'angular', csp: false, typecheck: true },
];

let browser;
const built = new Map();
before(async () => {
  browser = await launch();
  // Builds (and type checks) run side by side; each test awaits its own.
  for (const ex of [...STATIC, { name: 'ssr-node' }]) {
    const steps = [run('node', [`${DIR}/${ex.name}/build.mjs`])];
    if (ex.typecheck) steps.push(run('npx', ['tsc', '-p', `${DIR}/${ex.name}/tsconfig.json`]));
    built.set(ex.name, Promise.all(steps));
  }
  for (const p of built.values()) p.catch(() => {});
});
after(() => browser?.close());

test('the examples cover every element in the manifest', () => {
  assert.ok(TAGS.includes('auta-alt-channel-notice') && TAGS.includes('auta-on-behalf-entry'), TAGS.join(', '));
});

for (const ex of STATIC) {
  test(`${ex.name}: builds${ex.typecheck ? ', type-checks' : ''}, renders every element and handles an event${ex.csp ? ' under a strict CSP' : ''}`, async () => {
    await built.get(ex.name);
    const server = await serveStatic(`${DIR}/${ex.name}/dist`, { headers: ex.csp ? { 'content-security-policy': STRICT_CSP } : {} });
    const { page, context, problems } = await openPage(browser);
    try {
      await page.goto(`${server.url}/index.html`);
      const texts = await expectRendered(page);
      assert.match(texts['auta-on-behalf-entry'], /puolesta/);
      assert.match(texts['auta-alt-channel-notice'], /Hae asumistukea|0295 123 456|Puhelimitse/);
      assert.equal(await chooseAnotherPerson(page), 'Asioit toisen henkilön puolesta.');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('ssr-node: the server renders declarative shadow DOM that reads without JavaScript, then hydrates and handles an event', async () => {
  await built.get('ssr-node');
  const { createAppServer, renderPage } = await import('../ssr-node/server.mjs');
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
