// The HTML report in Chromium: axe finds nothing in fi, sv and en, light, dark and forced
// colours, at 320 and 1280 px; the tables come before the chart, and the chart's text
// alternative names every bar.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { aggregateLines, toHtml } from '../../src/aggregate/index.js';

const browserScript: string = 'auta-tool-browser';
const { browserPath, CHROME_FLAGS } = (await import(browserScript)) as { browserPath(): string; CHROME_FLAGS: string[] };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const records = readFileSync(new URL('../fixtures/records.ndjson', import.meta.url), 'utf8').split('\n');

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS });
});
after(() => browser?.close());

type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`the report has no axe violations in ${lang}, in every theme and width`, async () => {
    const html = toHtml(await aggregateLines(records), lang);
    for (const theme of ['light', 'dark', 'forced'] as const) {
      for (const width of [320, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
        await page.emulateMedia({ forcedColors: theme === 'forced' ? 'active' : 'none' });
        await page.setContent(html);
        await page.addScriptTag({ content: axeSource });
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
        )) as AxeResult;
        assert.deepEqual(
          result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
          `${lang} ${theme} ${width}`,
        );
        // Nothing wider than the page but the tables' own scroll boxes (WCAG 1.4.10 allows tables to scroll).
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, `${lang} ${theme} ${width}: page scrolls sideways`);
        await page.close();
      }
    }
  });
}

test('tables come first, with captions and header cells; the chart is an image with a text alternative', async () => {
  const page = await browser.newPage();
  await page.setContent(toHtml(await aggregateLines(records), 'fi'));
  const aria = await page.locator('main').ariaSnapshot();
  assert.ok(aria.indexOf('table "Taulukko 1.') < aria.indexOf('img "Kuvio 1.'), aria);
  assert.match(aria, /img "Kuvio 1\. Käyttökerrat maakunnittain"/);
  const desc = await page.locator('svg desc').textContent();
  assert.equal(desc, 'Pylväät maakunnittain: Ei tiedossa 2, Uusimaa 4, Pirkanmaa 3.');
  assert.deepEqual(await page.locator('table').first().locator('thead th').allTextContents(), ['Maakunta', 'Ei tiedossa', 'Puhelin', 'Asiointipiste', 'Yhteensä']);
  assert.deepEqual(await page.locator('table').first().locator('tbody tr').first().locator('th, td').allTextContents(), ['Ei tiedossa', '2', '0', '0', '2']);
  assert.match(await page.locator('main > p').first().textContent() ?? '', /^9 käyttökertaa\. 7 virheellistä tietuetta jätettiin pois\.$/);
  await page.close();
});
