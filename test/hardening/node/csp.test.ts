/**
 * Strict CSP with Trusted Types: every element renders, and the main interactions run, on a
 * page served with the policy an agency would use, with zero violations.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { allTags, buildBundle, elementsSettled, launch, openPage, sampleProviders, startServer, STRICT_CSP, type Bundle, type TestServer } from './harness.js';
import { EARLY_JS, everyElementBody, PAGE_CSS, pageHtml, pageModule } from './pages.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  at: string;
}

let bundle: Bundle;
let server: TestServer;
let browser: Browser;

before(async () => {
  bundle = await buildBundle({
    page: pageModule(),
    // The canary does what the policy forbids, to prove the listener hears it.
    canary: `
      try { document.body.innerHTML = '<b>x</b>'; } catch { /* blocked by Trusted Types */ }
      document.body.setAttribute('style', 'color: red');
      const style = document.createElement('style'); style.textContent = 'body { color: red }'; document.head.append(style);
      try { new Function('return 1')(); } catch { /* blocked by Trusted Types before script-src */ }
      const img = document.createElement('img'); img.src = 'http://localhost:9/pixel.png'; document.body.append(img);
      fetch('http://localhost:9/collect').catch(() => undefined);
    `,
  });
  writeFileSync(join(bundle.dir, 'early.js'), EARLY_JS);
  writeFileSync(join(bundle.dir, 'page.css'), PAGE_CSS);
  server = await startServer(bundle.dir, { 'content-security-policy': STRICT_CSP });
  server.route('/data/providers.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(sampleProviders(40)));
  });
  server.page('/', pageHtml(everyElementBody()));
  server.page(
    '/canary.html',
    pageHtml('<main><p>canary</p></main>', { head: '<script type="module" src="/js/canary.js"></script>' }),
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  bundle?.dispose();
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
const list = (v: Violation[]) => v.map((x) => `${x.directive} blocked ${x.blocked} "${x.sample}" at ${x.at}`).join('\n');

describe('strict CSP with Trusted Types', () => {
  test('the listener hears what the policy blocks (innerHTML, eval, style attributes and elements, third-party image and fetch)', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/canary.html`);
    await page.waitForFunction(() => (window as unknown as { __violations: unknown[] }).__violations.length >= 6);
    await page.waitForTimeout(200);
    const heard = await violations(page);
    const directives = new Set(heard.map((v) => v.directive));
    for (const d of ['require-trusted-types-for', 'style-src-attr', 'style-src-elem', 'img-src', 'connect-src']) assert.ok(directives.has(d), `${d} not heard: ${[...directives].join(', ')}`);
    await context.close();
  });

  test('every element renders and the main interactions run with zero violations', async () => {
    const { page, context, errors } = await openPage(browser, { permissions: ['geolocation'], geolocation: { latitude: 60.17, longitude: 24.94 } });
    const response = await page.goto(`${server.origin}/`);
    assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
    try {
      await elementsSettled(page);
    } catch (error) {
      // An element whose constructor the policy stopped never upgrades: say why.
      assert.fail(`elements did not upgrade (${(error as Error).message.split('\n')[0]}); CSP violations:\n${list(await violations(page))}\nerrors:\n${errors.join('\n')}`);
    }

    // Every tag is defined and rendered something into its shadow root (the feedback forms:
    // into their light DOM, styled by an adopted sheet, which the policy must not stop).
    for (const tag of allTags()) {
      const rendered = await page.evaluate((t) => {
        const el = document.querySelector(t);
        if (!el || !customElements.get(t)) return false;
        if (el.shadowRoot) return el.shadowRoot.childElementCount > 0;
        const button = el.querySelector('button');
        return el.childElementCount > 0 && !!button && parseFloat(getComputedStyle(button).minHeight) >= 44;
      }, tag);
      assert.ok(rendered, `<${tag}> did not render under the policy`);
    }

    const tags = new Set(allTags());
    const expected: string[] = [];
    if (tags.has('auta-on-behalf-entry')) {
      // Choose "another person" with the keyboard, open the no-mandate help, submit.
      const entry = page.locator('auta-on-behalf-entry');
      await entry.locator('input[type="radio"]').first().focus();
      await page.keyboard.press('ArrowDown');
      await entry.locator('summary').click();
      await page.keyboard.press('Shift+Tab');
      await page.locator('#lomake button[type="submit"]').click();
      expected.push('auta-on-behalf-change', 'submit');
    }
    if (tags.has('auta-alt-channel-notice')) {
      // Follow the notice's link to the finder (an in-page link) and a booking link's click.
      await page.locator('#muut-tavat').getByRole('link', { name: /digituki|Etsi/i }).click();
      expected.push('auta-help-action');
    }
    if (tags.has('auta-provider-finder')) {
      const finder = page.locator('auta-provider-finder');
      await finder.locator('input[type="search"]').fill('kirjasto');
      await page.waitForFunction(() => {
        const f = document.querySelector('auta-provider-finder');
        return (f?.shadowRoot?.querySelectorAll('auta-provider-card').length ?? 0) > 0;
      });
      const nearMe = finder.getByRole('button', { name: /sijaint|location|position/i });
      if ((await nearMe.count()) > 0) await nearMe.first().click();
      const checkbox = finder.locator('input[type="checkbox"]').first();
      if ((await checkbox.count()) > 0) await checkbox.check();
      expected.push('auta-search');
    }
    await page.waitForTimeout(300);
    const events = await page.evaluate(() => (window as unknown as { __events: Array<{ type: string; detail: unknown }> }).__events);
    for (const type of expected) assert.ok(events.some((e) => e.type === type), `no ${type} event: ${JSON.stringify(events)}`);
    const submitted = events.find((e) => e.type === 'submit');
    if (submitted) assert.deepEqual(submitted.detail, { actingAs: 'person' });

    const found = await violations(page);
    assert.equal(found.length, 0, `CSP violations:\n${list(found)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
