// Scans a built Storybook: every story × language × theme × viewport with axe-core, and
// the checks axe does not make (target size, focus, text spacing, reflow, zoom).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { browserPath, CHROME_FLAGS } from 'auta-tool-browser';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';
import { forcedPalette } from './forced-palette.mjs';
import { reducedMotion } from './reduced-motion.mjs';
import { zoom400 } from './zoom-400.mjs';
import { easyLevelPass } from './language-level.mjs';
import { AXE_TAGS, SKIPPABLE_CHECKS } from './wcag.mjs';
import { fromAxe, fromCheck } from './findings.mjs';
import { FOCUS_STOP_LIMIT, HEIGHT, focusWalk, helper, optOuts, runAxe, setGlobals, storiesOf, waitForStory, zoom } from './story-page.mjs';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
// The in-page helpers, in order: dom.js first, the others build on it.
const IN_PAGE = ['dom.js', 'layout.js', 'focus.js'].map((f) => fileURLToPath(new URL(`./in-page/${f}`, import.meta.url)));

export const LANGS = ['fi', 'sv', 'en'];
export const THEMES = ['light', 'dark', 'forced-colours'];
export const VIEWPORTS = [320, 1280];

/** Milliseconds spent per phase over the whole scan, to see where the time goes. */
const timings = {};
async function timed(phase, fn) {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    timings[phase] = (timings[phase] ?? 0) + performance.now() - t;
  }
}

/**
 * One story: loaded once, then at each viewport every language (set as the toolbar sets it,
 * so stories that render per language render again) × theme (`data-theme` on <html>, as the
 * preview's decorator sets it; forced colours through media emulation) is checked. Each
 * switch is verified in the page before anything is measured.
 */
async function scanStory(page, baseUrl, story, options) {
  const combos = [];
  await page.setViewportSize({ width: options.viewports[0], height: HEIGHT });
  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
  let forcedNow = false;
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=lang:${options.langs[0]};theme:light;a11y.manual:!true`;
  let info;
  try {
    await timed('load story', () => page.goto(url, { waitUntil: 'load' }));
    info = await timed('load story', () => waitForStory(page));
  } catch (error) {
    info = { error: `The story did not finish rendering: ${String(error).split('\n')[0]}`, a11yReport: null, lang: null, theme: null };
  }
  const opts = optOuts(info.a11yReport);
  const meta = { optOut: { skip: opts.skip, skipChecks: opts.skipChecks }, forced: { lang: info.lang, theme: info.theme } };
  const whole = { viewport: null, lang: null, theme: null, passes: [], incomplete: [] };
  if (opts.problems.length) {
    combos.push({ ...whole, checks: ['auta-opt-out-reason'], violations: [fromCheck('auta-opt-out-reason', opts.problems.map((p) => ({ target: [story.id], html: '', message: p })))] });
  }
  if (info.error) {
    combos.push({ ...whole, checks: ['auta-story-error'], violations: [fromCheck('auta-story-error', [{ target: ['#storybook-root'], html: '', message: info.error }])] });
    return { meta, combos };
  }
  if (opts.skip) return { meta, combos };

  const langs = info.lang ? [info.lang] : options.langs;
  const themes = info.theme ? [info.theme, 'forced-colours'] : options.themes;
  const run = (rule) => !opts.skipChecks[rule] && options.checks.includes(rule);
  for (const viewport of options.viewports) {
    await page.setViewportSize({ width: viewport, height: HEIGHT });
    for (const [li, lang] of langs.entries()) {
      if (!info.lang) await timed('switch language', () => setGlobals(page, { lang, theme: 'light' }));
      for (const [ti, theme] of themes.entries()) {
        const combo = { viewport, lang, theme, checks: ['axe-core', 'auta-combination'], passes: [], violations: [], incomplete: [] };
        const forced = theme === 'forced-colours';
        const scheme = forced ? (info.theme ?? 'light') : theme;
        const st = await timed('switch theme', async () => {
          if (forced !== forcedNow) await page.emulateMedia({ forcedColors: forced ? 'active' : 'none', reducedMotion: 'reduce' });
          forcedNow = forced;
          return helper(page, 'setTheme', scheme);
        });
        const wrong = [];
        if (st.lang !== lang) wrong.push(`<html lang> is "${st.lang}", not "${lang}"`);
        if (!st.colorScheme.split(/\s+/).includes(scheme)) wrong.push(`color-scheme is "${st.colorScheme}", not "${scheme}"`);
        if (st.forcedColors !== forced) wrong.push(`forced colours are ${st.forcedColors ? 'on' : 'off'}`);
        if (st.width !== viewport) wrong.push(`the viewport is ${st.width} px wide, not ${viewport}`);
        if (st.undefinedElements.length) wrong.push(`elements never defined: ${[...new Set(st.undefinedElements)].join(', ')}`);
        if (wrong.length) combo.violations.push(fromCheck('auta-combination', [{ target: ['html'], html: '', message: `This combination could not be set up: ${wrong.join('; ')}.` }]));
        else combo.passes.push('auta-combination');

        const axe = await timed('axe-core', () => runAxe(page, { first: li === 0 && ti === 0, forced }));
        combo.passes.push(...axe.passes.map((p) => p.id));
        combo.violations.push(...axe.violations.map(fromAxe));
        combo.incomplete.push(...axe.incomplete.map(fromAxe));

        const record = (rule, nodes) => {
          combo.checks.push(rule);
          if (nodes.length) combo.violations.push(fromCheck(rule, nodes));
          else combo.passes.push(rule);
        };

        // Geometry depends on the language (word lengths) and the viewport, not on colours.
        if (ti === 0) {
          if (run('auta-target-size')) record('auta-target-size', (await timed('auta-target-size', () => helper(page, 'targetSize'))).findings);
          if (viewport <= 320 && run('auta-reflow')) {
            const off = await timed('auta-reflow', () => helper(page, 'offscreen'));
            const nodes = [...off.findings];
            if (off.pageScrollWidth > off.viewport + 1 && nodes.length === 0 && off.exempt.length === 0) {
              nodes.push({ target: ['html'], html: '', message: `The page scrolls sideways: ${off.pageScrollWidth} px of content in a ${off.viewport} px viewport.` });
            }
            record('auta-reflow', nodes);
            if (off.exempt.length) combo.incomplete.push(fromCheck('auta-reflow', off.exempt));
          }
          if (run('auta-text-spacing')) record('auta-text-spacing', await timed('auta-text-spacing', () => helper(page, 'textSpacing')));
          // Privacy, not WCAG, but every story in every language and width is the place to look.
          record('auta-no-identity-code', await timed('auta-no-identity-code', () => helper(page, 'identityCodes')));
          if (viewport >= 1280 && run('auta-zoom')) record('auta-zoom', await timed('auta-zoom', () => zoom(page, viewport)));
          if (viewport >= 1280 && run('auta-zoom-400')) {
            const z = await timed('auta-zoom-400', () => zoom400(page, { width: viewport, height: HEIGHT }));
            record('auta-zoom-400', z.findings);
            if (z.review.length) combo.incomplete.push(fromCheck('auta-zoom-400', z.review));
          }
          // Motion depends on nothing the matrix varies: once per story.
          if (viewport === options.viewports[0] && li === 0 && run('auta-reduced-motion')) record('auta-reduced-motion', await timed('auta-reduced-motion', () => reducedMotion(page)));
        }
        // Focus depends on layout and on which styles paint: once per viewport in the first
        // theme and in forced colours (where shadows vanish and transparent outlines appear).
        // The dark theme applies the same rules with other colours; the ring's contrast there
        // is checked with the tokens (1.4.11).
        const walkTheme = ti === 0 || forced;
        if (li === 0 && walkTheme && (run('auta-focus-visible') || run('auta-focus-not-obscured'))) {
          const walk = await timed('focus walk', () => focusWalk(page));
          if (run('auta-focus-visible')) record('auta-focus-visible', walk.invisible);
          if (run('auta-focus-not-obscured')) record('auta-focus-not-obscured', walk.obscured);
          combo.tabStops = walk.stops;
          if (walk.truncated) combo.notes = [`The focus walk stopped after ${FOCUS_STOP_LIMIT} tab stops; later stops were not checked.`];
        }
        // A second, dark high-contrast palette: colours only, once per story, in the forced
        // combination of the first language at the widest viewport.
        if (forced && li === 0 && viewport === options.viewports.at(-1) && run('auta-forced-palette')) {
          const dark = await timed('auta-forced-palette', () => forcedPalette(page));
          await helper(page, 'setTheme', scheme);
          record('auta-forced-palette', dark.findings);
          if (dark.review.length) combo.incomplete.push(fromCheck('auta-forced-palette', dark.review));
        }
        combos.push(combo);
      }
    }
  }
  // The easy-to-read level: every language again, one theme and width (language-level.mjs).
  if (options.levels?.includes('easy')) {
    combos.push(...(await easyLevelPass(page, langs, { setGlobals, runAxe, helper, fromAxe, fromCheck, timed, run, height: HEIGHT })));
  }
  return { meta, combos };
}

const order = (list, v) => (list.indexOf(v) + 1 || 99);

/**
 * Scans every story of the Storybook built in `dir` (two pages at a time).
 * `onProgress(done, total, story)` reports each story finished.
 */
export async function scanStorybook(dir, options = {}) {
  const opts = {
    langs: options.langs ?? LANGS,
    themes: options.themes ?? THEMES,
    viewports: options.viewports ?? VIEWPORTS,
    checks: options.checks ?? SKIPPABLE_CHECKS,
    levels: options.levels ?? ['standard', 'easy'],
    concurrency: options.concurrency ?? 2,
    filter: options.filter ?? (() => true),
    onProgress: options.onProgress ?? (() => {}),
  };
  const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
  const stories = storiesOf(index).filter(opts.filter);
  const server = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
  const started = Date.now();
  for (const k of Object.keys(timings)) delete timings[k];
  const byStory = new Map(stories.map((s) => [s.id, { ...s, optOut: { skip: null, skipChecks: {} }, forced: { lang: null, theme: null }, combinations: [] }]));
  const work = [...stories];
  let done = 0;
  try {
    const context = await browser.newContext({ viewport: { width: opts.viewports[0], height: HEIGHT }, reducedMotion: 'reduce' });
    for (const path of IN_PAGE) await context.addInitScript({ path });
    await context.addInitScript({ content: AXE_SOURCE });
    const worker = async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      for (let story = work.shift(); story; story = work.shift()) {
        const entry = byStory.get(story.id);
        try {
          const { meta, combos } = await scanStory(page, server.url, story, opts);
          entry.optOut = meta.optOut;
          entry.forced = meta.forced;
          entry.combinations.push(...combos);
        } catch (error) {
          entry.combinations.push({
            viewport: null,
            lang: null,
            theme: null,
            checks: ['auta-story-error'],
            passes: [],
            incomplete: [],
            violations: [fromCheck('auta-story-error', [{ target: ['#storybook-root'], html: '', message: `The scan failed on this story: ${String(error).split('\n')[0]}` }])],
          });
        }
        done += 1;
        opts.onProgress(done, stories.length, story);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    stories: [...byStory.values()].map((s) => ({
      ...s,
      combinations: s.combinations.sort(
        (a, b) => Number(a.level === 'easy') - Number(b.level === 'easy') || (a.viewport ?? 0) - (b.viewport ?? 0) || order(LANGS, a.lang) - order(LANGS, b.lang) || order(THEMES, a.theme) - order(THEMES, b.theme),
      ),
    })),
    matrix: { langs: opts.langs, themes: opts.themes, viewports: opts.viewports, levels: opts.levels, checks: opts.checks },
    seconds: Math.round((Date.now() - started) / 100) / 10,
    timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v / 100) / 10])),
  };
}

/** Checks the written report page with axe (every rule of the tags, `region` included). */
export async function axeReportPage(dir) {
  const server = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
  try {
    const out = [];
    for (const [width, scheme] of [
      [1280, 'light'],
      [320, 'dark'],
    ]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${server.url}/index.html`);
      await page.addScriptTag({ content: AXE_SOURCE });
      const res = await page.evaluate((tags) => /** @type {any} */ (window).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), AXE_TAGS);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      for (const v of res.violations) out.push({ rule: v.id, help: v.help, where: `${width} px, ${scheme}`, targets: v.nodes.map((n) => n.target.join(' ')) });
      if (scrollWidth > width) out.push({ rule: 'auta-reflow', help: 'The report scrolls sideways', where: `${width} px, ${scheme}`, targets: ['html'] });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

