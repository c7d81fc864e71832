// Chromium from Node: the HTML-first page with JavaScript off, and server-rendered
// notices shown without JavaScript and then hydrated, measuring whether anything moves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/define.js';
import { sampleChannels, tuesdayMorning } from '../fixtures.js';

// The project's own browser lookup (CHROME_PATH, else a usual install path) and flags.
const browserScript: string = 'auta-tool-browser';
const { browserPath, CHROME_FLAGS } = (await import(browserScript)) as { browserPath(): string; CHROME_FLAGS: string[] };

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS });
});
after(() => browser?.close());

const noJsPage = fileURLToPath(new URL('../no-js.html', import.meta.url));

// a11y-evidence: notice.without-javascript-html-first-page
test('without JavaScript, the HTML-first page shows every channel with working tel: links', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // A probe script that would mark the page if scripts ran.
  await page.setContent(readFileSync(noJsPage, 'utf8').replace('</body>', '<script>document.body.dataset.js = "ran"</script></body>'));
  assert.equal(await page.locator('body').getAttribute('data-js'), null);
  const text = await page.locator('auta-alt-channel-notice').innerText();
  for (const expected of ['Hae asumistukea muulla tavalla', 'Puhelimitse', '0295 123 456', 'Palvelupisteessä', 'Postitse']) {
    assert.ok(text.includes(expected), expected);
  }
  const phone = page.getByRole('link', { name: '0295 123 456' });
  assert.equal(await phone.getAttribute('href'), 'tel:+358295123456');
  assert.ok(await phone.isVisible());
  const box = await phone.boundingBox();
  assert.ok(box && box.height > 0 && box.width > 0);
  // The :not(:defined) snippet frames the notice.
  const border = await page.locator('auta-alt-channel-notice').evaluate((el) => getComputedStyle(el).borderInlineStartWidth);
  assert.equal(border, '6px');
  await context.close();
});

const ssrNotice = (variant: string) =>
  collectResult(
    render(html`<auta-alt-channel-notice
      lang="fi"
      variant=${variant}
      errand="Hae asumistukea"
      outage-from="2026-05-12T18:00+03:00"
      outage-to="2026-05-13T08:00+03:00"
      finder-href="/digituki"
      .channels=${sampleChannels}
      .now=${tuesdayMorning}
      ><section slot="mail"><h3>Postitse</h3><p><a href="https://example.com/lomake.pdf">Tulosta lomake</a></p></section></auta-alt-channel-notice
    >`),
  );

const pageOf = (body: string) => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>SSR</title></head><body><main>${body}<p id="after">Sisältö jatkuu.</p></main></body></html>`;

// a11y-evidence: notice.server-rendered-notice-readable-without
test('server-rendered, the notice is readable without JavaScript and keeps the fixed order', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setContent(pageOf(await ssrNotice('callout')));
  // The accessibility tree follows the flat tree (slots resolved), as reading and tabbing do.
  const aria = await page.locator('main').ariaSnapshot();
  const headings = [...aria.matchAll(/heading "([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(headings, ['Hae asumistukea muulla tavalla', 'Puhelimitse', 'Palvelupisteessä', 'Postitse', 'Postitse', 'Sähköpostitse', 'Apua verkkopalvelun käyttöön']);
  assert.equal(await page.getByRole('link', { name: '0295 123 456' }).getAttribute('href'), 'tel:+358295123456');
  assert.equal(await page.getByRole('group', { name: 'Hae asumistukea muulla tavalla' }).count(), 1);
  await context.close();
});

/** The client code: hydration support first, then the element, as a page would load it. */
async function clientBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
        const data = JSON.parse(document.getElementById('data').textContent);
        for (const el of document.querySelectorAll('auta-alt-channel-notice')) { el.channels = data; el.now = new Date(${tuesdayMorning.getTime()}); }
        await import('./packages/alt-channel/src/define.ts');
        await Promise.all([...document.querySelectorAll('auta-alt-channel-notice')].map((el) => el.updateComplete));
        window.hydrated = true;`,
      resolveDir: fileURLToPath(new URL('../../../../', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['@auta/source'],
    tsconfig: fileURLToPath(new URL('../../../../tsconfig.base.json', import.meta.url)),
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

for (const variant of ['inline', 'callout', 'outage']) {
  // a11y-evidence: notice.the
  test(`the ${variant} variant hydrates without layout shift`, async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const shifts: number[] = [];
    await page.exposeFunction('reportShift', (v: number) => shifts.push(v));
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ value: number }>) (window as unknown as { reportShift(v: number): void }).reportShift(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const body = `${await ssrNotice(variant)}<script type="application/json" id="data">${JSON.stringify(sampleChannels)}</script>`;
    await page.setContent(pageOf(body));
    const boxes = () =>
      page.evaluate(() => {
        const el = document.querySelector('auta-alt-channel-notice')!;
        const all = [el, ...el.shadowRoot!.querySelectorAll('*'), ...el.querySelectorAll('*'), document.getElementById('after')!];
        return all.map((n) => {
          const r = n.getBoundingClientRect();
          return `${n.localName}.${n.getAttribute('part') ?? ''}:${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}x${Math.round(r.height)}`;
        });
      });
    const before = await boxes();
    assert.equal(await page.evaluate(() => !!customElements.get('auta-alt-channel-notice')), false);
    await page.addScriptTag({ type: 'module', content: await clientBundle() });
    await page.waitForFunction(() => (window as unknown as { hydrated?: boolean }).hydrated === true);
    assert.equal(await page.evaluate(() => customElements.get('auta-alt-channel-notice') !== undefined), true);
    const afterBoxes = await boxes();
    assert.deepEqual(afterBoxes, before);
    assert.deepEqual(shifts, []);
    // Hydrated, the element works: a click on a channel link is reported.
    const detail = await page.evaluate(() => {
      const el = document.querySelector('auta-alt-channel-notice')!;
      let d: unknown;
      el.addEventListener('auta-help-action', (e) => (d = (e as CustomEvent).detail));
      document.addEventListener('click', (e) => e.preventDefault());
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="phone-link"]')!.click();
      return d;
    });
    assert.deepEqual(detail, { channel: 'phone', href: 'tel:+358295123456' });
    await page.close();
  });
}
