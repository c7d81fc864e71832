/**
 * Load: 100 finders and 1,000 notices on one page, and one finder over 100,000 records
 * under 200 rapid keystrokes. No uncaught error, and the heap once idle again is within
 * 10 % of the heap before (measured after a forced garbage collection, over CDP).
 *
 * Not a timing test: nothing here asserts how fast anything is.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { allTags, buildBundle, launch, openPage, sampleProviders, startServer, type Bundle, type TestServer } from './harness.js';
import { EARLY_JS, SAMPLE_CHANNELS } from './pages.js';

let bundle: Bundle;
let server: TestServer;
let browser: Browser;

/** The page builds its own elements, so the HTML stays small and the data is shared. */
const LOAD_PAGE = `
import { SAMPLE, CHANNELS } from './load-data.js';
const params = new URLSearchParams(location.search);
const finders = Number(params.get('finders') ?? 0);
const notices = Number(params.get('notices') ?? 0);
const records = Number(params.get('records') ?? 0);
const main = document.querySelector('main');
const data = records ? makeRecords(records) : SAMPLE.slice(0, Number(params.get('sample') ?? SAMPLE.length));
for (let i = 0; i < notices; i++) {
  const n = document.createElement('auta-alt-channel-notice');
  n.setAttribute('errand', 'Hae asumistukea');
  n.channels = CHANNELS;
  main.append(n);
}
for (let i = 0; i < finders; i++) {
  const f = document.createElement('auta-provider-finder');
  f.id = 'finder-' + i;
  f.searchDelay = 0;
  f.providers = data;
  main.append(f);
}
window.__ready = true;

/** SAMPLE records, fictional, generated in the page so 100,000 of them need no download. */
function makeRecords(count) {
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const base = SAMPLE[i % SAMPLE.length];
    out[i] = { ...base, id: 'gen-' + i, name: { fi: base.name.fi.replace(/\\d+$/, String(i)) } };
  }
  return out;
}
`;

before(async () => {
  bundle = await buildBundle({
    'load-data': `export const SAMPLE = ${JSON.stringify(sampleProviders(50))};\nexport const CHANNELS = ${JSON.stringify(SAMPLE_CHANNELS)};`,
    'load-page': LOAD_PAGE,
  });
  writeFileSync(join(bundle.dir, 'early.js'), `${EARLY_JS}\nwindow.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message))); addEventListener('unhandledrejection', (e) => __errors.push('unhandled: ' + String(e.reason)));`);
  server = await startServer(bundle.dir);
  server.page(
    '/load.html',
    `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Load</title><script src="/early.js"></script>
<script type="module" src="/js/elements.js"></script><script type="module" src="/js/load-page.js"></script></head><body><main></main></body></html>`,
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  bundle?.dispose();
});

async function heap(cdp: CDPSession): Promise<number> {
  // Collect twice: the first pass can leave objects only the second finds unreachable.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

async function idle(p: Page): Promise<void> {
  await p.evaluate(async () => {
    const all = [...document.querySelectorAll('auta-provider-finder, auta-alt-channel-notice')] as unknown as Array<{ updateComplete: Promise<unknown> }>;
    await Promise.all(all.map((el) => el.updateComplete));
  });
  // Debounced announcements and "settled" timers run out.
  await p.waitForTimeout(1500);
}

async function uncaught(p: Page): Promise<string[]> {
  return p.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
}

const resultCount = (id: string) => `document.getElementById('${id}').shadowRoot.querySelectorAll('auta-provider-card').length`;

const tags = new Set(allTags());
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

describe('load', { skip: !tags.has('auta-provider-finder') || !tags.has('auta-alt-channel-notice') ? 'needs the finder and the notice' : false }, () => {
  test('100 finders and 1,000 notices on one page: no uncaught error, no memory growth once idle', async () => {
    const { page: p, context, errors } = await openPage(browser);
    const cdp = await context.newCDPSession(p);
    await p.goto(`${server.origin}/load.html?finders=100&notices=1000&sample=5`);
    await p.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, undefined, { timeout: 30_000 });
    await p.waitForFunction(resultCount('finder-99') + ' > 0', undefined, { timeout: 30_000 });
    await idle(p);
    const before = await heap(cdp);
    // Use them: search in three finders and clear the search again, then switch every
    // element to Swedish (each one renders again).
    for (const i of [0, 50, 99]) await p.locator(`#finder-${i}`).locator('input[type="search"]').fill('kirjasto');
    for (const i of [0, 50, 99]) await p.locator(`#finder-${i}`).locator('input[type="search"]').fill('');
    await p.evaluate(() => document.querySelectorAll('auta-alt-channel-notice, auta-provider-finder').forEach((el) => el.setAttribute('lang', 'sv')));
    await idle(p);
    const afterUse = await heap(cdp);
    assert.deepEqual(await uncaught(p), []);
    assert.deepEqual(errors, []);
    assert.equal(await p.evaluate(() => document.querySelectorAll('auta-alt-channel-notice').length), 1000);
    console.log(`heap once idle: ${mb(before)} before, ${mb(afterUse)} after use`);
    assert.ok(afterUse <= before * 1.1, `heap grew: ${mb(before)} -> ${mb(afterUse)}`);
    await context.close();
  });

  test('one finder over 100,000 records under 200 rapid keystrokes: no uncaught error, no memory growth once idle', async () => {
    const { page: p, context, errors } = await openPage(browser);
    const cdp = await context.newCDPSession(p);
    await p.goto(`${server.origin}/load.html?finders=1&records=100000`);
    await p.waitForFunction(resultCount('finder-0') + ' > 0', undefined, { timeout: 45_000 });
    await idle(p);
    const before = await heap(cdp);
    const input = p.locator('#finder-0').locator('input[type="search"]');
    await input.focus();
    // 200 keystrokes with no pause: words, corrections and a clear, as a fast typist does.
    const keys: string[] = [];
    const words = ['kirjasto', 'neuvonta 12', 'palvelupiste', 'ÄÖÅ opisto'];
    while (keys.length < 200) {
      for (const ch of words[keys.length % words.length]!) keys.push(ch);
      keys.push('Backspace', 'Backspace', 'Backspace', ' ');
    }
    for (const key of keys.slice(0, 200)) await p.keyboard.press(key === ' ' ? 'Space' : key);
    await p.keyboard.press('Control+A');
    await p.keyboard.press('Backspace');
    await idle(p);
    const afterUse = await heap(cdp);
    assert.deepEqual(await uncaught(p), []);
    assert.deepEqual(errors, []);
    assert.ok((await p.evaluate<number>(resultCount('finder-0'))) > 0, 'no results after clearing the search');
    console.log(`heap once idle: ${mb(before)} before, ${mb(afterUse)} after use`);
    assert.ok(afterUse <= before * 1.1, `heap grew: ${mb(before)} -> ${mb(afterUse)}`);
    await context.close();
  });
});
