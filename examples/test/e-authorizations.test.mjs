// The hand-off with Suomi.fi e-Authorizations, end to end, keyboard only: the example
// e-service (examples/e-authorizations) against its local stand-in of the web API.
// Choose → the stand-in receives the documented register request and the browser comes to
// its selection → back with a principal → <auta-acting-as> shows the name and the basis,
// announced once → "switch" starts again, with the last choice offered first.
// Run after `npm run build` (the example serves @auta/elements' CDN build).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { HETU_PATTERN } from '@auta/on-behalf';
import { launch, openPage } from '../../tools/distribution/page-checks.mjs';
import { start } from '../e-authorizations/server.mjs';

let browser;
let app;
before(async () => {
  browser = await launch();
  app = await start();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

/** The page's markup with every open shadow root written out. */
const deepHtml = (page) =>
  page.evaluate(() => {
    const walk = (root) => [...root.children].map((el) => el.outerHTML + (el.shadowRoot ? walk(el.shadowRoot) : '') + [...el.querySelectorAll('*')].filter((c) => c.shadowRoot).map((c) => walk(c.shadowRoot)).join('')).join('');
    return walk(document);
  });

/** The acting-as line as it reads, and how many times it was announced. */
const actingAs = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('auta-acting-as');
    return {
      text: (el?.shadowRoot?.querySelector('.text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      announced: el?.announcer?.count,
      live: el?.shadowRoot?.querySelector('[role="status"]')?.textContent.trim(),
    };
  });

/** The entry's choices in the order offered, and the one marked as the last choice. */
const entryChoices = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('auta-on-behalf-entry')?.shadowRoot;
    return {
      order: [...(root?.querySelectorAll('input[type="radio"]') ?? [])].map((r) => r.value),
      last: root?.querySelector('[part="last-choice"]')?.closest('.hint')?.id,
    };
  });

const CASES = [
  { choice: 'person', arrows: 1, mode: 'hpa', name: 'Maija Esimerkki', line: 'Asioit toisen henkilön puolesta: Maija Esimerkki. Peruste: valtuus – Rakennusluvan hakeminen (esimerkki).' },
  { choice: 'organisation', arrows: 2, mode: 'ypa', name: 'Esimerkki Oy', line: 'Asioit yrityksen tai yhteisön puolesta: Esimerkki Oy, Y-tunnus 1234567-1. Peruste: rekisteriin merkitty edustaja.' },
];

for (const c of CASES) {
  test(`${c.choice}: choose with the keyboard, come back with a principal, see it in the header, switch`, async () => {
    const { page, context, problems } = await openPage(browser);
    const seen = app.standIn.requests.length;
    try {
      await page.goto(`${app.url}/`);
      await page.waitForFunction(() => document.querySelector('auta-on-behalf-entry')?.shadowRoot?.querySelector('input[type="radio"]'), null, { timeout: 20_000 });

      // 1. The choice, keyboard only: Tab into the group, arrows to the choice, Enter submits the form.
      await page.keyboard.press('Tab');
      for (let i = 0; i < c.arrows; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');

      // 2. The e-service registered a session and sent the browser to the selection.
      await page.waitForURL((u) => u.pathname === '/oauth/select' || u.pathname === '/oauth/authorize', { timeout: 20_000 });
      const requests = app.standIn.requests.slice(seen);
      const register = requests.find((r) => r.path.startsWith(`/service/${c.mode}/user/register/`));
      assert.ok(register, `register request: ${JSON.stringify(requests.map((r) => r.path))}`);
      assert.equal(register.path, `/service/${c.mode}/user/register/esimerkkipalvelu/010170-902L`);
      assert.equal(register.checksumOk, true, 'X-AsiointivaltuudetAuthorization checksum');
      assert.ok(register.query.requestId && register.query.endUserId);
      const authorize = requests.find((r) => r.path === '/oauth/authorize');
      assert.ok(authorize, 'the browser came to the selection');
      assert.equal(authorize.query.client_id, 'esimerkkipalvelu');
      assert.equal(authorize.query.response_type, 'code');
      assert.equal(authorize.query.redirect_uri, `${app.url}/paluu/${c.mode}`);
      assert.ok(authorize.query.user);

      // 3. The selection, keyboard only: the first principal is chosen; Tab to the button, Enter.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${app.url}/`, { timeout: 20_000 });
      const after = app.standIn.requests.slice(seen);
      assert.equal(after.find((r) => r.path === '/oauth/token')?.credentialsOk, true, 'code exchanged with the client credentials');
      const reads = after.filter((r) => r.path.startsWith(`/service/${c.mode}/api/`));
      assert.ok(reads.length > 0 && reads.every((r) => r.checksumOk), `the choice read server to server: ${JSON.stringify(reads.map((r) => r.path))}`);

      // 4. The acting-as line shows the name and the basis, announced once.
      await page.waitForFunction(() => document.querySelector('auta-acting-as')?.shadowRoot?.querySelector('.text'), null, { timeout: 20_000 });
      await page.waitForFunction(() => document.querySelector('auta-acting-as')?.announcer?.count >= 1, null, { timeout: 5_000 });
      await page.waitForTimeout(500);
      const shown = await actingAs(page);
      assert.equal(shown.text, c.line);
      assert.equal(shown.announced, 1, 'announced once');
      assert.equal(shown.live, `Valinta vaihtui. ${c.line}`);
      // Names reach the page; identity codes do not, anywhere (the principal's stays on the server).
      const markup = await deepHtml(page);
      assert.ok(markup.includes(c.name));
      assert.doesNotMatch(markup, new RegExp(HETU_PATTERN.source));

      // 5. "Switch", keyboard only, starts again with the last choice offered first.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.querySelector('auta-acting-as')?.shadowRoot?.activeElement?.getAttribute('part')), 'switch');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('auta-on-behalf-entry')?.shadowRoot?.querySelector('input[type="radio"]'), null, { timeout: 20_000 });
      assert.deepEqual(await entryChoices(page), { order: [c.choice, ...['self', 'person', 'organisation'].filter((o) => o !== c.choice)], last: `hint-${c.choice}` });
      assert.equal(await page.evaluate(() => document.querySelector('auta-acting-as')), null);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
