// Screenshots of stories, to look at what people see:
//   node scripts/screenshot.mjs [storybook-static] <story-id> [more ids…] [--width=320] [--theme=dark] [--lang=sv] [--forced] [--out=dir]
// Story ids are in storybook-static/index.json (e.g. foundations-design-tokens--colours).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { browserPath, CHROME_FLAGS } from 'auta-tool-browser';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const flags = new Set(args.filter((a) => a.startsWith('--') && !a.includes('=')));
const positional = args.filter((a) => !a.startsWith('--'));
const dir = positional[0]?.includes('/') || positional[0] === 'storybook-static' ? positional.shift() : 'storybook-static';
const width = Number(opt('width', 1280));
const theme = opt('theme', 'light');
const lang = opt('lang', 'fi');
const out = opt('out', 'reports/screenshots');
mkdirSync(out, { recursive: true });

const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
const page = await browser.newPage({ viewport: { width, height: 900 } });
if (flags.has('--forced')) await page.emulateMedia({ forcedColors: 'active' });
for (const id of positional) {
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=lang:${lang};theme:${theme}`);
  await page.waitForFunction(() => !document.querySelector(':not(:defined)') && document.querySelector('#storybook-root')?.childElementCount);
  await page.waitForTimeout(200);
  const file = `${out}/${id}-${lang}-${theme}-${width}${flags.has('--forced') ? '-forced' : ''}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
await server.close();
