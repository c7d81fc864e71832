// Finder interaction in Chromium: first render on the embedded sample data, and keystroke to
// the painted first page of results with 10,000 and 100,000 generated records.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, esbuildBase, fmt, has, launchBrowser, summarize, table, tempDir } from './lib.mjs';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';

/** What a person types, letter by letter: a word inside compounds, a place without diacritics, two words. */
export const TYPED = ['kirjasto', 'jyvaskyla', 'digituki tampere', 'asiointipiste'];
/** A person types about five characters a second; the pause also lets the finder's own timers run between keystrokes. */
const PAUSE_MS = 120;

export async function runFinder(opts) {
  const figures = {};
  const skipped = [];
  const notes = [];
  const missing = ['packages/provider-finder/src/define.ts', 'tools/sample-data/generate-providers.ts'].filter((f) => !has(f));
  if (missing.length) {
    skipped.push(`finder: everything (${missing.join(' and ')} do${missing.length > 1 ? '' : 'es'} not exist yet)`);
    return { figures, skipped, notes };
  }
  const runs = opts.runs ?? 15;
  const passes = Math.max(1, Math.round(runs / 5));
  const dir = tempDir('finder');
  const entry = [`import ${JSON.stringify(join(ROOT, 'packages/provider-finder/src/define.ts'))};`, `import ${JSON.stringify(join(ROOT, 'tools/bench/finder-page.js'))};`].join('\n');
  await build({ ...esbuildBase(), minify: false, external: ['node:*'], stdin: { contents: entry, resolveDir: ROOT, loader: 'js', sourcefile: 'finder-entry.js' }, outfile: join(dir, 'page.js') });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>finder bench</title></head><body><main id="stage"></main><script type="module" src="page.js"></script></body></html>');
  const server = await serveStatic(dir);
  const browser = await launchBrowser(['--js-flags=--expose-gc']);
  const rows = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error(`  [page] ${e.message}`));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.benchFinder);

    // First render on the sample data (loaded on demand by the element itself).
    const first = { script: [], painted: [] };
    await page.evaluate(() => window.benchFinder.firstRender());
    let cards = 0;
    for (let r = 0; r < runs; r++) {
      const res = await page.evaluate(() => window.benchFinder.firstRender());
      first.script.push(res.script);
      first.painted.push(res.painted);
      cards = res.cards;
    }
    for (const m of ['script', 'painted']) figures[`finder/sample/first-render-${m}`] = summarize(first[m], 'ms');
    rows.push([`first render, embedded sample data (${cards} cards on the first page)`, '', fmt(figures['finder/sample/first-render-script'].median, 'ms'), fmt(figures['finder/sample/first-render-painted'].median, 'ms'), '–', `${runs}`]);

    for (const count of opts.sizes) {
      const loaded = await page.evaluate((n) => window.benchFinder.load(n), count);
      figures[`finder/${count}/load`] = summarize([loaded.load], 'ms');
      const script = [];
      const painted = [];
      for (let pass = 0; pass < passes + 1; pass++) {
        for (const word of TYPED) {
          for (let i = 1; i <= word.length; i++) {
            const res = await page.evaluate((text) => window.benchFinder.keystroke(text), word.slice(0, i));
            // The first pass warms up; its figures are left out.
            if (pass > 0) {
              script.push(res.script);
              painted.push(res.painted);
            }
            await new Promise((r) => setTimeout(r, PAUSE_MS));
          }
          await page.evaluate(() => window.benchFinder.keystroke(''));
        }
      }
      const s = summarize(script, 'ms');
      const p = summarize(painted, 'ms');
      figures[`finder/${count}/keystroke-script`] = s;
      figures[`finder/${count}/keystroke`] = p;
      rows.push([
        `${count.toLocaleString('en')} generated records (loaded and first page in ${fmt(loaded.load, 'ms')})`,
        `${p.runs}`,
        `${fmt(s.median, 'ms')} / ${fmt(s.p95, 'ms')}`,
        `${fmt(p.median, 'ms')} / ${fmt(p.p95, 'ms')}`,
        fmt(p.max, 'ms'),
        `${passes}`,
      ]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  table(
    `Finder in Chromium: keystroke (input event on its search field) to the painted first page; words typed letter by letter: ${TYPED.map((w) => `"${w}"`).join(', ')}`,
    ['case', 'keystrokes', 'script med / p95', 'painted med / p95', 'painted max', 'passes'],
    rows,
  );
  return { figures, skipped, notes };
}
