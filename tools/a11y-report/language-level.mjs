// The easy-to-read level (selkokieli, lättläst, easy English): every story again in each
// language with the page at `data-auta-language-level="easy"`, as the Storybook toolbar's
// "Language level" sets it. Easy copy is other words, of other lengths, so axe, target size
// and reflow run again, in one theme at the narrowest width (where longer words break the
// layout first); colours do not depend on the words. Beside them, one check of its own:
// every Auta element in the story speaks at the easy level (`resolvedLanguageLevel`) and no
// element fell back to standard text for want of an easy one (the console warning core
// writes, "no easy-to-read … text").
//
// The pass runs only where the Storybook has the language-level toolbar (a `languageLevel`
// global): the report's own fixture Storybook has none.

/** @type {Record<string, { sc: string[], impact: string, help: string, fix: string }>} */
export const LANGUAGE_LEVEL_RULES = {
  'auta-language-level': {
    sc: ['3.1.5'],
    impact: 'moderate',
    help: 'At the easy-to-read level every Auta element speaks easy-to-read copy, with an easy text for every string it shows',
    fix: 'Give the element an `easy` catalog with every key it shows (fi, sv and en), and let it follow the page-level `data-auta-language-level`.',
  },
};

/**
 * Elements whose easy-to-read catalog is not written yet: their fallbacks to standard text
 * are listed as needing review (with the warning), not hidden and not passed. Take a name
 * out when its catalog lands; the check then holds it like every other element. Empty since
 * the finder's and the card's catalog landed: every element has its easy copy.
 * @type {string[]}
 */
export const EASY_CATALOG_PENDING = [];
const pending = (text) => EASY_CATALOG_PENDING.some((tag) => text.includes(`${tag}:`));

/** The one theme and width the easy-to-read pass runs in. */
export const EASY_PASS = { level: 'easy', theme: 'light', viewport: 320 };

/** In the page: the page's level and every Auta element that does not speak at the easy level. */
function levelsInPage() {
  const a11y = /** @type {any} */ (window).__autaA11y;
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('auta-') && 'resolvedLanguageLevel' in el) {
        // An element the story pins to the standard level on purpose is left as it is.
        if (el.getAttribute('language-level') !== 'standard' && el.resolvedLanguageLevel !== 'easy') {
          out.push({ target: a11y.selectorPath(el), html: el.cloneNode(false).outerHTML.slice(0, 300), message: `<${el.localName}> speaks at the "${el.resolvedLanguageLevel}" level on an easy-to-read page.` });
        }
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.getElementById('storybook-root') ?? document.body);
  const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
  return {
    page: document.documentElement.dataset.autaLanguageLevel ?? 'standard',
    hasToolbar: 'languageLevel' in (preview?.storyStoreValue?.userGlobals?.get() ?? {}),
    pinned: preview?.currentRender?.story?.parameters?.languageLevel ?? null,
    elements: out,
  };
}

/**
 * Scans one story at the easy level in each of `langs`. `tools` are the scan's own helpers:
 * `setGlobals(page, globals)`, `runAxe(page, opts)`, `helper(page, name, arg)`, `fromAxe`,
 * `fromCheck`, `timed(phase, fn)`, `run(rule)` (whether a check is on for the story) and
 * `height` (the viewport height). Returns the combinations, each with `level: 'easy'`.
 * @param {import('playwright-core').Page} page
 */
export async function easyLevelPass(page, langs, tools) {
  const { setGlobals, runAxe, helper, fromAxe, fromCheck, timed, run, height } = tools;
  const before = await page.evaluate(levelsInPage);
  if (!before.hasToolbar || before.pinned) return [];
  const combos = [];
  const warnings = [];
  const listen = (msg) => {
    if (msg.type() === 'warning' && /no easy-to-read /.test(msg.text())) warnings.push(msg.text());
  };
  page.on('console', listen);
  await page.setViewportSize({ width: EASY_PASS.viewport, height });
  try {
    for (const [li, lang] of langs.entries()) {
      warnings.length = 0;
      await timed('easy-to-read', () => setGlobals(page, { lang, theme: EASY_PASS.theme, languageLevel: 'easy' }));
      const combo = { viewport: EASY_PASS.viewport, lang, theme: EASY_PASS.theme, level: 'easy', checks: ['axe-core', 'auta-language-level'], passes: [], violations: [], incomplete: [] };
      const st = await helper(page, 'setTheme', EASY_PASS.theme);
      const state = await page.evaluate(levelsInPage);
      const nodes = [...state.elements];
      if (st.lang !== lang || state.page !== 'easy') nodes.push({ target: ['html'], html: '', message: `This combination could not be set up: the page is "${st.lang}" at the "${state.page}" level, not "${lang}" at the easy level.` });
      const review = [];
      for (const text of new Set(warnings)) (pending(text) ? review : nodes).push({ target: ['html'], html: '', message: text });
      const axe = await timed('easy-to-read', () => runAxe(page, { first: li === 0, forced: false }));
      combo.passes.push(...axe.passes.map((p) => p.id));
      combo.violations.push(...axe.violations.map(fromAxe));
      combo.incomplete.push(...axe.incomplete.map(fromAxe));
      const record = (rule, found) => {
        if (!combo.checks.includes(rule)) combo.checks.push(rule);
        if (found.length) combo.violations.push(fromCheck(rule, found));
        else combo.passes.push(rule);
      };
      record('auta-language-level', nodes);
      if (review.length) combo.incomplete.push(fromCheck('auta-language-level', review));
      if (run('auta-target-size')) record('auta-target-size', (await timed('easy-to-read', () => helper(page, 'targetSize'))).findings);
      if (run('auta-reflow')) {
        const off = await timed('easy-to-read', () => helper(page, 'offscreen'));
        const lost = [...off.findings];
        if (off.pageScrollWidth > off.viewport + 1 && lost.length === 0 && off.exempt.length === 0) lost.push({ target: ['html'], html: '', message: `The page scrolls sideways: ${off.pageScrollWidth} px of content in a ${off.viewport} px viewport.` });
        record('auta-reflow', lost);
      }
      combos.push(combo);
    }
  } finally {
    page.off('console', listen);
    await setGlobals(page, { languageLevel: 'standard' });
  }
  return combos;
}
