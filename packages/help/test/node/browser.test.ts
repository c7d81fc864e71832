// Chromium from Node: the static service-unavailable fallback page with JavaScript off and
// on (open-now order at fixed clocks, device in another time zone), and the help block
// server-rendered and read without JavaScript.
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
import { customerService, selfHelp, tuesdayMorning } from '../fixtures.js';

const browserScript: string = 'auta-tool-browser';
const { browserPath, CHROME_FLAGS } = (await import(browserScript)) as { browserPath(): string; CHROME_FLAGS: string[] };

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS });
});
after(() => browser?.close());

const fallback = readFileSync(fileURLToPath(new URL('../../../../docs/patterns/help/service-unavailable-fallback.html', import.meta.url)), 'utf8');

// a11y-evidence: unavailable.fallback-readable-phone-link
test('without JavaScript, the fallback page is readable and its phone link works', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setContent(fallback.replace('</body>', '<script>document.body.dataset.js = "ran"</script></body>'));
  assert.equal(await page.locator('body').getAttribute('data-js'), null);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Asumistuen verkkoasiointi ei toimi juuri nyt');
  // WCAG 2.4.2: the template's title repeats the heading.
  assert.equal(await page.title(), 'Asumistuen verkkoasiointi ei toimi juuri nyt – Esimerkkivirasto');
  const text = await page.locator('main').innerText();
  for (const s of ['Emme vielä tiedä, milloin palvelu toimii taas.', 'Tallentamasi vastaukset ovat tallessa.', 'Määräajat eivät muutu.', 'KATKO-2605', 'Puhelimitse']) assert.ok(text.includes(s), s);
  const phone = page.getByRole('link', { name: '09 010 3456' });
  assert.equal(await phone.getAttribute('href'), 'tel:+35890103456');
  const box = await phone.boundingBox();
  assert.ok(box && box.height >= 24 && box.width > 0);
  await context.close();
});

async function elementBundle(): Promise<string> {
  const result = await build({ entryPoints: ['@auta/help/define.js'], bundle: true, format: 'esm', write: false, conditions: ['@auta/source'], logLevel: 'error' });
  return result.outputFiles[0]!.text;
}

const cases: Array<[string, string, string[]]> = [
  // Tuesday 8.30 in Finland: the service point (8–20) is open, the phone (9–16) not yet.
  ['Tuesday 8.30', '2026-05-12T05:30:00Z', ['service-desk', 'phone', 'mail', 'digital-support']],
  // Tuesday 10.30: both open, the fixed order between them.
  ['Tuesday 10.30', '2026-05-12T07:30:00Z', ['phone', 'service-desk', 'mail', 'digital-support']],
  // Saturday 12.00: only the service point.
  ['Saturday 12.00', '2026-05-16T09:00:00Z', ['service-desk', 'phone', 'mail', 'digital-support']],
];

// a11y-evidence: unavailable.open-now-first-new-york
test('with JavaScript, the ways open right now come first, by Finnish time on a device in New York', async () => {
  const script = await elementBundle();
  for (const [label, instant, expected] of cases) {
    const context = await browser.newContext({ timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(instant));
    await page.setContent(fallback.replace('<script type="module" src="/assets/auta.js"></script>', ''));
    await page.addScriptTag({ type: 'module', content: script });
    await page.waitForFunction(() => customElements.get('auta-service-unavailable') !== undefined);
    const order = await page.evaluate(async () => {
      const el = document.querySelector('auta-service-unavailable') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="channel"]')].map((c) => c.dataset.channel);
    });
    assert.deepEqual(order, expected, label);
    assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), 'America/New_York');
    // The phone link still works after the upgrade.
    assert.equal(await page.getByRole('link', { name: '09 010 3456' }).getAttribute('href'), 'tel:+35890103456');
    await context.close();
  }
});

// a11y-evidence: help.no-javascript-fixed-order
test('server-rendered, the help block is readable without JavaScript, in the fixed order', async () => {
  const out = await collectResult(
    render(html`<auta-help lang="fi" .channels=${customerService} .selfHelp=${selfHelp} other-ways-href="/muut-tavat" .now=${tuesdayMorning}></auta-help>`),
  );
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>SSR</title></head><body><main>${out}</main></body></html>`);
  const aria = await page.locator('main').ariaSnapshot();
  const headings = [...aria.matchAll(/heading "([^"]+)" \[level=3\]/g)].map((m) => m[1]);
  assert.deepEqual(headings, ['Asiakaspalvelu', 'Ohjeet ja usein kysytyt kysymykset', 'Muut tavat asioida']);
  assert.equal(await page.getByRole('region', { name: 'Tarvitsetko apua?' }).count(), 1);
  assert.equal(await page.getByRole('link', { name: '0295 123 456' }).getAttribute('href'), 'tel:+358295123456');
  await context.close();
});
