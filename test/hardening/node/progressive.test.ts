/**
 * No JavaScript, before upgrade, and server rendering: the HTML-first notice works with
 * JavaScript off; the documented `:not(:defined)` styles keep the layout from jumping when
 * the elements upgrade; server-rendered elements (declarative shadow DOM) show their
 * content before hydration, and hydration shifts nothing (CLS = 0 in Chromium).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { Browser, Page } from 'playwright-core';
import { allTags, buildBundle, definePackages, launch, openPage, ROOT, sampleProviders, startServer, STRICT_CSP, type Bundle, type TestServer } from './harness.js';
import { EARLY_JS, HTML_FIRST_NOTICE, SAMPLE_CHANNELS } from './pages.js';

/** The `:not(:defined)` CSS the notice's usage guide tells authors to use, read from the guide itself. */
function documentedCss(): string {
  const guide = readFileSync(join(ROOT, 'docs/patterns/alt-channel/usage.md'), 'utf8');
  const blocks = [...guide.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((css) => css.includes(':not(:defined)'));
  assert.ok(blocks.length > 0, 'docs/patterns/alt-channel/usage.md documents no :not(:defined) styles');
  return blocks.join('\n');
}

/** Sums layout shifts (as Chromium's CLS does, without user input) from the first paint on. */
const CLS_JS = `
window.__cls = 0; window.__shifts = [];
new PerformanceObserver(function (list) {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__cls += e.value;
    window.__shifts.push({ value: e.value, sources: (e.sources || []).map(function (s) { return (s.node && (s.node.localName || s.node.nodeName)) + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect); }) });
  }
}).observe({ type: 'layout-shift', buffered: true });
`;

const BASE_CSS = 'body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { max-width: 48rem; margin: 0 auto; padding: 1rem; }';

function page(body: string, scripts: string[], css: string): string {
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Auta progressive page</title>
<script src="/early.js"></script><script src="/cls.js"></script>
<style>${BASE_CSS}\n${css}</style>
${scripts.map((s) => `<script type="module" ${s.startsWith('/late/') ? 'async ' : ''}src="${s}"></script>`).join('\n')}
</head><body><main><h1>Hae asumistukea</h1><p>ESIMERKKISIVU: keksityt tiedot.</p>
${body}
<p id="after">Tämä kappale on ilmoituksen jälkeen; sen ei pidä liikkua.</p>
</main></body></html>`;
}

let bundle: Bundle;
let server: TestServer;
let browser: Browser;
let releaseHydration: () => void = () => undefined;

before(async () => {
  bundle = await buildBundle({}, {
    // Hydration support must patch LitElement before any element class is defined.
    hydrate: ["import '@lit-labs/ssr-client/lit-element-hydrate-support.js';", ...definePackages().map(({ pkg }) => `import '@auta/${pkg}/define.js';`)].join('\n'),
  });
  writeFileSync(join(bundle.dir, 'early.js'), EARLY_JS);
  writeFileSync(join(bundle.dir, 'cls.js'), CLS_JS);
  server = await startServer(bundle.dir);
  server.route('/data/providers.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(sampleProviders(12)));
  });
  // The elements arrive only when the test says so: the page is looked at before upgrade.
  let gate = Promise.resolve();
  server.route('/late/elements.js', async (_req, res) => {
    await gate;
    res.writeHead(200, { 'content-type': 'text/javascript' }).end("import '/js/elements.js';");
  });
  server.route('/late/hydrate.js', async (_req, res) => {
    await gate;
    res.writeHead(200, { 'content-type': 'text/javascript' }).end("import '/js/hydrate.js';");
  });
  (globalThis as { holdScripts?: () => void }).holdScripts = () => {
    gate = new Promise<void>((r) => (releaseHydration = r));
  };
  browser = await launch();
});

after(async () => {
  releaseHydration();
  await browser?.close();
  await server?.close();
  bundle?.dispose();
});

const hold = () => (globalThis as unknown as { holdScripts: () => void }).holdScripts();
const cls = (p: Page) => p.evaluate(() => (window as unknown as { __cls: number }).__cls);
const shifts = (p: Page) => p.evaluate(() => JSON.stringify((window as unknown as { __shifts: unknown[] }).__shifts, null, 1));
const box = (p: Page, selector: string) => p.locator(selector).first().boundingBox();

describe('without JavaScript', () => {
  test('the HTML-first notice tells how to do the errand, and its links have their hrefs and work', async () => {
    server.page('/nojs.html', page(HTML_FIRST_NOTICE, ['/js/elements.js'], documentedCss()), { 'content-security-policy': STRICT_CSP });
    const { page: p, context } = await openPage(browser, { javaScriptEnabled: false });
    await p.goto(`${server.origin}/nojs.html`);
    for (const text of ['Hae asumistukea muulla tavalla', 'Puhelimitse', 'Puhelinaika maanantaista perjantaihin kello 9–16.', 'Asiointipisteessä', 'Palvelupiste Esimerkkilä, Esimerkkikatu 1, 00100 Helsinki.']) {
      assert.ok(await p.getByText(text, { exact: true }).isVisible(), `"${text}" not visible without JavaScript`);
    }
    const phone = p.getByRole('link', { name: '0295 123 456' });
    assert.ok(await phone.isVisible());
    assert.equal(await phone.getAttribute('href'), 'tel:+358295123456');
    const booking = p.getByRole('link', { name: 'Varaa aika' });
    assert.equal(await booking.getAttribute('href'), 'https://example.com/ajanvaraus');
    // The documented frame applies: a block with its padding, not an inline run of text.
    const frame = await box(p, 'auta-alt-channel-notice');
    assert.ok(frame && frame.height > 100, `notice box ${JSON.stringify(frame)}`);
    // Following the link navigates (the closed network answers for example.com here).
    await context.route('https://example.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Ajanvaraus</title><p>ok' }));
    await booking.click();
    await p.waitForURL('https://example.com/ajanvaraus');
    await context.close();
  });
});

describe('before upgrade', () => {
  test('the documented :not(:defined) styles keep the HTML-first notice in place when it upgrades', async () => {
    server.page('/upgrade.html', page(HTML_FIRST_NOTICE, ['/late/elements.js'], documentedCss()));
    hold();
    const { page: p, context, errors } = await openPage(browser);
    await p.goto(`${server.origin}/upgrade.html`, { waitUntil: 'domcontentloaded' });
    await p.waitForTimeout(200);
    assert.equal(await p.evaluate(() => !!customElements.get('auta-alt-channel-notice')), false);
    const before = await box(p, 'auta-alt-channel-notice');
    const afterBefore = await box(p, '#after');
    releaseHydration();
    await p.waitForFunction(() => !!customElements.get('auta-alt-channel-notice'));
    await p.evaluate(() => (document.querySelector('auta-alt-channel-notice') as unknown as { updateComplete: Promise<unknown> }).updateComplete);
    await p.waitForTimeout(300);
    const upgraded = await box(p, 'auta-alt-channel-notice');
    const afterUpgraded = await box(p, '#after');
    const seen = `notice ${JSON.stringify(before)} -> ${JSON.stringify(upgraded)}; next paragraph y ${afterBefore?.y} -> ${afterUpgraded?.y}; CLS ${await cls(p)}`;
    assert.ok(before && upgraded && afterBefore && afterUpgraded);
    assert.ok(Math.abs(before.x - upgraded.x) <= 1 && Math.abs(before.y - upgraded.y) <= 1, `the notice moved: ${seen}`);
    assert.ok(Math.abs(before.width - upgraded.width) <= 1, `width changed: ${seen}`);
    // Same content, a different frame: within an eighth of its height, no collapse and no jump.
    assert.ok(Math.abs(before.height - upgraded.height) <= before.height / 8, `height changed: ${seen}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('server rendering and hydration', () => {
  async function ssrBody(): Promise<string> {
    // Imported here: the SSR DOM shim must be in place (it is, once @lit-labs/ssr is loaded).
    for (const { pkg } of definePackages()) await import(`@auta/${pkg}/define.js`);
    const tags = new Set(allTags());
    const parts: string[] = [];
    if (tags.has('auta-alt-channel-notice')) {
      // Attributes, not properties: the client must see the same data the server rendered.
      parts.push(await collectResult(render(html`<auta-alt-channel-notice lang="fi" errand="Hae asumistukea" channels=${JSON.stringify(SAMPLE_CHANNELS)}></auta-alt-channel-notice>`)));
    }
    if (tags.has('auta-on-behalf-entry')) {
      parts.push(await collectResult(render(html`<auta-on-behalf-entry lang="fi" name="actingAs" value="person" request-mandate-url="https://example.com/valtuuspyynto"></auta-on-behalf-entry>`)));
    }
    return parts.join('\n');
  }

  test('the content is there before hydration, and hydration shifts nothing (CLS = 0)', async () => {
    const body = await ssrBody();
    assert.match(body, /<template shadowroot="open" shadowrootmode="open">/);
    server.page('/ssr.html', page(body, ['/late/hydrate.js'], ''));
    hold();
    const { page: p, context, errors } = await openPage(browser);
    await p.goto(`${server.origin}/ssr.html`, { waitUntil: 'domcontentloaded' });
    await p.waitForTimeout(300);
    // Before hydration: nothing is defined, yet the shadow content is rendered and readable.
    assert.equal(await p.evaluate(() => document.querySelectorAll(':not(:defined)').length > 0), true);
    const tags = new Set(allTags());
    if (tags.has('auta-alt-channel-notice')) {
      assert.ok(await p.locator('auta-alt-channel-notice').getByRole('link', { name: '0295 123 456' }).isVisible(), 'phone link not shown before hydration');
      assert.equal(await p.locator('auta-alt-channel-notice').getByRole('link', { name: '0295 123 456' }).getAttribute('href'), 'tel:+358295123456');
    }
    if (tags.has('auta-on-behalf-entry')) {
      assert.ok(await p.locator('auta-on-behalf-entry').getByRole('radio').first().isVisible(), 'choices not shown before hydration');
    }
    const beforeBoxes = await Promise.all(['auta-alt-channel-notice', 'auta-on-behalf-entry', '#after'].map((s) => box(p, s)));
    releaseHydration();
    await p.waitForFunction(() => !document.querySelector(':not(:defined)'));
    await p.evaluate(() => Promise.all([...document.querySelectorAll('auta-alt-channel-notice, auta-on-behalf-entry')].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete)));
    await p.waitForTimeout(500);
    const afterBoxes = await Promise.all(['auta-alt-channel-notice', 'auta-on-behalf-entry', '#after'].map((s) => box(p, s)));
    assert.deepEqual(afterBoxes, beforeBoxes, 'an element changed size or place on hydration');
    const value = await cls(p);
    assert.equal(value, 0, `CLS ${value}; shifts:\n${await shifts(p)}`);
    assert.deepEqual(errors, []);
    // Hydrated, not re-rendered from scratch: the elements respond.
    if (tags.has('auta-on-behalf-entry')) assert.equal(await p.evaluate(() => (document.querySelector('auta-on-behalf-entry') as unknown as { value: string }).value), 'person');
    await context.close();
  });

  test('the CLS measurement hears a shift (a banner pushed in above the content)', async () => {
    server.page('/shift.html', page('<div id="ad"></div>', [], ''));
    const { page: p, context } = await openPage(browser);
    await p.goto(`${server.origin}/shift.html`);
    await p.waitForTimeout(200);
    await p.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '200px';
      document.querySelector('main')!.prepend(banner);
    });
    await p.waitForTimeout(300);
    assert.ok((await cls(p)) > 0, 'no layout shift measured');
    await context.close();
  });
});
