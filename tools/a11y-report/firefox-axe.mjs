// The report's axe pass in a second engine: every story × language in Firefox (Debian's
// firefox-esr), at one width and in the light theme, with the same axe-core, tags and
// story opt-outs as the Chromium scan. Engines differ in what axe reads from them (computed
// colours of `light-dark()`, the accessibility names of form-associated custom elements,
// `:state()`), so a violation only one engine shows is still a violation.
//
// Firefox is driven by puppeteer-core over WebDriver BiDi (the same puppeteer-core the browser
// tests use): playwright-core drives only its own patched Firefox build, which cannot be
// installed here. Forced colours are not part of this pass: Firefox ESR has no forced-colours
// emulation over BiDi (`emulation.setForcedColorsModeThemeOverride` is an unknown command).
//
// Where it runs: `npm run a11y:report` (leave it out with --no-firefox), not `npm test`'s
// --ci run (add --firefox there to include it). Measured here: 23 stories (57 story × language
// runs) in 70 s, about 3 s a story, so the 153 stories would add some 7–8 minutes to a CI run
// that must stay under 35 minutes; the browser suite already runs in Firefox in `npm test`.
import { puppeteerCore } from '@web/test-runner-chrome';
import { firefoxPath } from 'auta-tool-browser';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';
import { AXE_SOURCE } from './scan.mjs';
import { optOuts, storiesOf } from './story-page.mjs';
import { AXE_RULES_OFF_IN_STORIES, AXE_TAGS } from './wcag.mjs';
import { readFileSync } from 'node:fs';

export const FIREFOX_WIDTH = 1280;
const HEIGHT = 900;

/** Waits until Storybook has rendered the story, every element is defined and updated. */
async function settled(page) {
  await page.waitForFunction(
    () => {
      const r = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
      return r && ['finished', 'completed', 'errored', 'aborted'].includes(r.phase);
    },
    { timeout: 60_000 },
  );
  return page.evaluate(async () => {
    const w = /** @type {any} */ (window);
    const r = w.__STORYBOOK_PREVIEW__.currentRender;
    const params = r.story?.parameters ?? {};
    const deep = (root, out = []) => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) deep(el.shadowRoot, out);
      }
      return out;
    };
    const started = Date.now();
    while (deep(document).some((el) => el.localName.includes('-') && !customElements.get(el.localName)) && Date.now() - started < 10_000) {
      await new Promise((done) => setTimeout(done, 50));
    }
    await Promise.all(deep(document).map((el) => el.updateComplete).filter(Boolean));
    let a11yReport = null;
    try {
      a11yReport = JSON.parse(JSON.stringify(params.a11yReport ?? null));
    } catch {
      a11yReport = { skip: '' };
    }
    return { errored: r.phase === 'errored' || document.body.classList.contains('sb-show-errordisplay'), a11yReport, lang: typeof params.lang === 'string' ? params.lang : null };
  });
}

/** Sets the toolbar's globals and waits for the story to render again. */
async function setLang(page, lang) {
  await page.evaluate(
    (wanted) =>
      new Promise((resolve) => {
        const w = /** @type {any} */ (window);
        if (w.__STORYBOOK_PREVIEW__.storyStoreValue.userGlobals.get().lang === wanted) return resolve(undefined);
        const timer = setTimeout(resolve, 10_000);
        w.__STORYBOOK_ADDONS_CHANNEL__.once('storyRendered', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
        w.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { lang: wanted, theme: 'light' } });
      }),
    lang,
  );
}

/** axe on the story root; Storybook's own a11y addon may be running one: wait for it. */
async function runAxe(page) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.evaluate(
        (tags, off) => {
          const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
          return /** @type {any} */ (window).axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'], iframes: false });
        },
        AXE_TAGS,
        Object.keys(AXE_RULES_OFF_IN_STORIES),
      );
    } catch (error) {
      if (attempt < 20 && /already running/i.test(String(error))) {
        await new Promise((done) => setTimeout(done, 100));
        continue;
      }
      throw error;
    }
  }
}

/**
 * Every story of the Storybook built in `dir`, in every language, in Firefox.
 * @param {string} dir
 * @param {{ langs: string[], filter?: (story: { id: string }) => boolean, onProgress?: (done: number, total: number) => void }} options
 * @returns {Promise<{ browser: string, width: number, seconds: number, stories: Array<{ id: string, title: string, name: string, skip: string | null, runs: Array<{ lang: string, violations: Array<{ rule: string, help: string, impact: string | null, targets: string[] }> }>, error?: string }> }>}
 */
export async function firefoxAxePass(dir, { langs, filter = () => true, onProgress = () => {} }) {
  const stories = storiesOf(JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'))).filter(filter);
  const started = Date.now();
  const server = await serveStatic(dir);
  const browser = await puppeteerCore.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  const out = [];
  try {
    const version = await browser.version();
    const page = await browser.newPage();
    await page.setViewport({ width: FIREFOX_WIDTH, height: HEIGHT });
    for (const [n, story] of stories.entries()) {
      const entry = { id: story.id, title: story.title, name: story.name, skip: null, runs: [] };
      out.push(entry);
      try {
        await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=lang:${langs[0]};theme:light;a11y.manual:!true`);
        const info = await settled(page);
        const opts = optOuts(info.a11yReport);
        if (info.errored) throw new Error('the story threw while rendering');
        if (opts.skip) {
          entry.skip = opts.skip;
          continue;
        }
        await page.addScriptTag({ content: AXE_SOURCE });
        for (const lang of info.lang ? [info.lang] : langs) {
          if (!info.lang) {
            await setLang(page, lang);
            await settled(page);
          }
          const res = await runAxe(page);
          entry.runs.push({
            lang,
            violations: res.violations.map((v) => ({ rule: v.id, help: v.help, impact: v.impact ?? null, targets: v.nodes.map((node) => node.target.flat().join(' ▸ ')) })),
          });
        }
      } catch (error) {
        entry.error = String(error).split('\n')[0];
      }
      onProgress(n + 1, stories.length);
    }
    return { browser: `Firefox ${version.replace(/^Firefox\//i, '')}`, width: FIREFOX_WIDTH, seconds: Math.round((Date.now() - started) / 100) / 10, stories: out };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Prints the pass's violations and its summary line; returns its counts (one per story).
 * @param {Awaited<ReturnType<typeof firefoxAxePass>>} pass
 */
export function printFirefoxPass(pass) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const s of pass.stories) {
    const bad = s.runs.filter((r) => r.violations.length);
    if (s.skip) counts.skipped++;
    else if (s.error || bad.length) {
      counts.failed++;
      if (s.error) console.log(`✗ firefox ${s.id}: ${s.error}`);
      for (const r of bad) for (const v of r.violations) console.log(`✗ firefox ${s.id} (${r.lang}, ${pass.width} px): ${v.rule} (${v.help}) at ${v.targets.join(', ')}`);
    } else counts.passed++;
  }
  const runs = pass.stories.reduce((n, s) => n + s.runs.length, 0);
  console.log(`a11y: ${pass.browser}, axe over ${runs} story × language runs of ${pass.stories.length} stories at ${pass.width} px: ${counts.failed} stories with violations, ${counts.skipped} skipped with a reason (${pass.seconds} s)`);
  return counts;
}
