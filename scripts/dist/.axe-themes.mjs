import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveStatic } from '../serve-static.mjs';
import { launch } from './page-checks.mjs';
const require = createRequire(import.meta.url);
const axeSrc = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const root = process.argv[2];
const index = JSON.parse(readFileSync(`${root}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.startsWith('theming-'));
const s = await serveStatic(root); const b = await launch();
for (const lang of ['fi', 'sv', 'en']) for (const width of [320, 1280]) for (const st of stories) {
  const ctx = await b.newContext({ viewport: { width, height: 900 } }); const p = await ctx.newPage();
  await p.goto(`${s.url}/iframe.html?id=${st.id}&viewMode=story&globals=lang:${lang}`);
  await p.waitForFunction(() => document.querySelector('#storybook-root')?.children.length && !document.querySelector('#storybook-root :not(:defined)'), null, { timeout: 20000 });
  await p.waitForTimeout(1500);
  await p.addScriptTag({ content: axeSrc });
  let res; for (let i = 0; i < 10; i++) { try { res = await p.evaluate(() => axe.run('#storybook-root', { runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice'] })); break; } catch (e) { await p.waitForTimeout(500); } }
  const v = res.violations;
  console.log(`${v.length ? '✗' : '✓'} ${st.id} ${lang} ${width}px: ${v.length} violations${v.length ? ' ' + v.map((x) => `${x.id}(${x.nodes.length}): ${x.nodes[0].target.join(' ')} ${x.nodes[0].failureSummary.slice(0,200)}`).join(' | ') : ''}`);
  if (lang === 'fi') await p.screenshot({ path: `/tmp/theme-${st.id}-${width}.png`, fullPage: true });
  await ctx.close();
}
await b.close(); await s.close();
