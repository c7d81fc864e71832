/**
 * Privacy: with every element on the page and the main interactions done, the page makes
 * no request it was not given (only its own origin and the finder's `src`), sets no
 * cookie, touches no storage, and asks for location only when "Use my location" is pressed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { allTags, buildBundle, elementsSettled, launch, openPage, sampleProviders, startServer, type Bundle, type TestServer } from './harness.js';
import { EARLY_JS, everyElementBody, PAGE_CSS, pageHtml, pageModule } from './pages.js';

/** Runs first: records every use of storage, cookies and location, before any element loads. */
const WATCH_JS = `
(function () {
  var log = (window.__privacy = { storage: [], cookies: [], idb: [], caches: [], geo: [] });
  ['getItem', 'setItem', 'removeItem', 'clear', 'key'].forEach(function (m) {
    var orig = Storage.prototype[m];
    Storage.prototype[m] = function () { log.storage.push((this === window.sessionStorage ? 'sessionStorage.' : 'localStorage.') + m); return orig.apply(this, arguments); };
  });
  var cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get: function () { log.cookies.push('get'); return cookie.get.call(this); },
    set: function (v) { log.cookies.push('set ' + v); cookie.set.call(this, v); },
  });
  ['open', 'deleteDatabase', 'databases'].forEach(function (m) {
    var orig = IDBFactory.prototype[m];
    if (orig) IDBFactory.prototype[m] = function () { log.idb.push(m); return orig.apply(this, arguments); };
  });
  if (window.CacheStorage) ['open', 'keys', 'match', 'has', 'delete'].forEach(function (m) {
    var orig = CacheStorage.prototype[m];
    CacheStorage.prototype[m] = function () { log.caches.push(m); return orig.apply(this, arguments); };
  });
  ['getCurrentPosition', 'watchPosition'].forEach(function (m) {
    var orig = Geolocation.prototype[m];
    Geolocation.prototype[m] = function () { log.geo.push(m); return orig.apply(this, arguments); };
  });
})();
`;

interface PrivacyLog {
  storage: string[];
  cookies: string[];
  idb: string[];
  caches: string[];
  geo: string[];
}

let bundle: Bundle;
let server: TestServer;
let browser: Browser;

before(async () => {
  bundle = await buildBundle({
    page: pageModule(),
    canary: `
      localStorage.setItem('seen', '1');
      document.cookie = 'visitor=1';
      indexedDB.open('tracker');
      navigator.geolocation.getCurrentPosition(() => undefined, () => undefined);
      fetch('http://localhost:9/collect').catch(() => undefined);
    `,
  });
  writeFileSync(join(bundle.dir, 'early.js'), WATCH_JS + EARLY_JS);
  writeFileSync(join(bundle.dir, 'page.css'), PAGE_CSS);
  server = await startServer(bundle.dir);
  server.route('/data/providers.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(sampleProviders(40)));
  });
  server.page('/', pageHtml(everyElementBody({ finderSrc: '/data/providers.json' })));
  server.page('/canary.html', pageHtml('<main><p>canary</p></main>', { head: '<script type="module" src="/js/canary.js"></script>' }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  bundle?.dispose();
});

const privacyLog = (p: Page) => p.evaluate(() => (window as unknown as { __privacy: PrivacyLog }).__privacy);

async function storageState(p: Page) {
  return p.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    // Read through the untouched getter: the watched one would log this read.
    cookie: Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.get!.call(document) as string,
  }));
}

/** The page's own files and the data it gave the finder: nothing else may be asked for. */
function unexpected(requests: Request[], origin: string): string[] {
  const allowed = [/^\/$/, /^\/early\.js$/, /^\/page\.css$/, /^\/js\/[\w.-]+\.js$/, /^\/data\/providers\.json$/, /^\/favicon\.ico$/];
  return requests
    .map((r) => new URL(r.url()))
    .filter((u) => u.protocol !== 'data:' && (u.origin !== origin || !allowed.some((re) => re.test(u.pathname))))
    .map((u) => u.href);
}

describe('privacy', () => {
  test('the watchers hear storage, cookies, IndexedDB, location and third-party requests', async () => {
    const { page: p, context } = await openPage(browser, { permissions: ['geolocation'], geolocation: { latitude: 60.17, longitude: 24.94 } });
    const requests: Request[] = [];
    context.on('request', (r) => requests.push(r));
    await p.goto(`${server.origin}/canary.html`);
    await p.waitForFunction(() => (window as unknown as { __privacy: PrivacyLog }).__privacy.geo.length > 0);
    await p.waitForTimeout(200);
    const log = await privacyLog(p);
    assert.ok(log.storage.includes('localStorage.setItem'));
    assert.ok(log.cookies.some((c) => c.startsWith('set ')));
    assert.ok(log.idb.includes('open'));
    assert.ok(log.geo.includes('getCurrentPosition'));
    assert.ok((await context.cookies()).length > 0);
    assert.ok(unexpected(requests, server.origin).some((u) => u.startsWith('http://localhost:9/')));
    await context.close();
  });

  test('every element, used: no request it was not given, no cookie, no storage, location only on request', async () => {
    const { page: p, context, errors } = await openPage(browser, { permissions: ['geolocation'], geolocation: { latitude: 60.17, longitude: 24.94 } });
    const requests: Request[] = [];
    context.on('request', (r) => requests.push(r));
    await p.goto(`${server.origin}/`);
    await elementsSettled(p);
    const tags = new Set(allTags());

    if (tags.has('auta-on-behalf-entry')) {
      const entry = p.locator('auta-on-behalf-entry');
      await entry.locator('input[type="radio"]').nth(1).check();
      await entry.locator('summary').click();
    }
    if (tags.has('auta-provider-finder')) {
      const finder = p.locator('auta-provider-finder');
      await finder.locator('input[type="search"]').fill('kirjasto');
      await p.waitForFunction(() => (document.querySelector('auta-provider-finder')?.shadowRoot?.querySelectorAll('auta-provider-card').length ?? 0) > 0);
      const box = finder.locator('input[type="checkbox"]').first();
      if ((await box.count()) > 0) await box.check();
      // Opening a result's details, too.
      const details = finder.locator('auta-provider-card details summary').first();
      if ((await details.count()) > 0) await details.click();
      await p.waitForTimeout(800);
      assert.deepEqual((await privacyLog(p)).geo, [], 'location asked for before the person pressed the button');
      await finder.getByRole('button', { name: /sijainti|location/i }).first().click();
      await p.waitForFunction(() => (window as unknown as { __privacy: PrivacyLog }).__privacy.geo.length > 0, undefined, { timeout: 5000 });
      await p.waitForTimeout(500);
      assert.deepEqual((await privacyLog(p)).geo, ['getCurrentPosition'], 'location asked for once, on the press');
    } else {
      assert.deepEqual((await privacyLog(p)).geo, []);
    }
    if (tags.has('auta-alt-channel-notice')) {
      await p.locator('#muut-tavat').getByRole('link').last().click();
    }
    await p.waitForTimeout(500);

    const log = await privacyLog(p);
    assert.deepEqual(log.storage, [], 'storage used');
    assert.deepEqual(log.cookies, [], 'cookies read or written');
    assert.deepEqual(log.idb, [], 'IndexedDB used');
    assert.deepEqual(log.caches, [], 'Cache Storage used');
    assert.deepEqual(await storageState(p), { local: 0, session: 0, cookie: '' });
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(unexpected(requests, server.origin), [], 'requests the page did not give');
    assert.ok(requests.some((r) => r.url().endsWith('/data/providers.json')), 'the given src was fetched');
    assert.equal(requests.filter((r) => r.resourceType() === 'font').length, 0, 'fonts loaded');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
