// Driving one Storybook preview page: which stories there are, their opt-outs, waiting for a
// render, switching globals as the toolbar does, running axe, the focus walk and 200% zoom.
// scan.mjs composes these into the matrix; firefox-axe.mjs and language-level.mjs reuse them.
import { AXE_RULES_OFF_IN_FORCED_COLOURS, AXE_RULES_OFF_IN_STORIES, AXE_TAGS, SKIPPABLE_CHECKS } from './wcag.mjs';

/** The height of every viewport the report uses, in CSS pixels. */
export const HEIGHT = 900;
export const FOCUS_STOP_LIMIT = 40;

/** Stories to scan from a built Storybook's index.json (docs pages are not stories). */
export function storiesOf(indexJson) {
  return Object.values(indexJson.entries)
    .filter((e) => e.type === 'story')
    .map((e) => ({ id: e.id, title: e.title, name: e.name, importPath: e.importPath, tags: e.tags ?? [] }));
}

/** Calls a function of the in-page helper (in-page/) with one argument. */
export function helper(page, name, arg) {
  return page.evaluate(([n, a]) => /** @type {any} */ (window).__autaA11y[n](a), [name, arg]);
}

/**
 * Runs axe on the story root; retries while another axe run is under way. `css-orientation-lock`
 * needs axe to read the page's style sheets ("preload"), which neither the language nor the
 * colour scheme changes: it runs in the first combination of each story and viewport only,
 * which keeps the other runs fast.
 */
export async function runAxe(page, { first, forced }) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.evaluate(
        async ({ tags, off, first }) => {
          const axe = /** @type {any} */ (window).axe;
          const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
          if (!first) rules['css-orientation-lock'] = { enabled: false };
          return axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: tags },
            rules,
            resultTypes: ['violations', 'incomplete'],
            preload: first,
            iframes: false,
            performanceTimer: false,
          });
        },
        { tags: AXE_TAGS, off: [...Object.keys(AXE_RULES_OFF_IN_STORIES), ...(forced ? Object.keys(AXE_RULES_OFF_IN_FORCED_COLOURS) : [])], first },
      );
    } catch (error) {
      if (attempt < 20 && /already running/i.test(String(error))) {
        await page.waitForTimeout(100);
        continue;
      }
      throw error;
    }
  }
}

/**
 * Waits for Storybook to finish rendering the story; returns its parameters or its error.
 * index.json does not carry parameters, so they are read from the preview's current render.
 */
export async function waitForStory(page) {
  await page.waitForFunction(
    () => {
      const r = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
      return r && ['finished', 'completed', 'errored', 'aborted'].includes(r.phase);
    },
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(() => {
    const r = /** @type {any} */ (window).__STORYBOOK_PREVIEW__.currentRender;
    const params = r.story?.parameters ?? {};
    const shown = document.body.classList.contains('sb-show-errordisplay');
    const errorText = shown ? document.querySelector('#error-message')?.textContent?.trim() : '';
    let a11yReport = null;
    try {
      a11yReport = JSON.parse(JSON.stringify(params.a11yReport ?? null));
    } catch {
      a11yReport = { skip: '' };
    }
    return {
      error: r.phase === 'errored' || shown ? errorText || 'The story threw while rendering.' : null,
      a11yReport,
      lang: typeof params.lang === 'string' ? params.lang : null,
      theme: typeof params.theme === 'string' ? params.theme : null,
    };
  });
}

/** Sets Storybook globals as the toolbar does, and waits for the story to render again. */
export async function setGlobals(page, globals) {
  await page.evaluate(
    (wanted) =>
      new Promise((resolve) => {
        const w = /** @type {any} */ (window);
        const now = w.__STORYBOOK_PREVIEW__.storyStoreValue.userGlobals.get();
        if (Object.entries(wanted).every(([k, v]) => now[k] === v)) return resolve(undefined);
        const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
        const timer = setTimeout(resolve, 10_000);
        channel.once('storyRendered', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
        channel.emit('updateGlobals', { globals: wanted });
      }),
    globals,
  );
}

/** The opt-outs of a story, and the problems with them (every skip must give its reason). */
export function optOuts(conf) {
  const problems = [];
  let skip = null;
  const skipChecks = {};
  if (conf === null || conf === undefined) return { skip, skipChecks, problems };
  if (typeof conf !== 'object') return { skip, skipChecks, problems: ['parameters.a11yReport must be an object: { skip: "reason" } or { skipChecks: { rule: "reason" } }.'] };
  if (conf.skip !== undefined && conf.skip !== false) {
    if (typeof conf.skip === 'string' && conf.skip.trim()) skip = conf.skip.trim();
    else problems.push('parameters.a11yReport.skip is set without a reason: it must be a sentence saying why the story cannot be scanned.');
  }
  for (const [rule, reason] of Object.entries(conf.skipChecks ?? {})) {
    if (!SKIPPABLE_CHECKS.includes(rule)) problems.push(`parameters.a11yReport.skipChecks names "${rule}", which is not one of the report's own checks (${SKIPPABLE_CHECKS.join(', ')}); axe rules cannot be skipped.`);
    else if (typeof reason === 'string' && reason.trim()) skipChecks[rule] = reason.trim();
    else problems.push(`parameters.a11yReport.skipChecks["${rule}"] has no reason.`);
  }
  return { skip, skipChecks, problems };
}

/**
 * Walks the tab order. For each stop: did anything visible change (computed styles of the
 * element, its labels and near ancestors; when they show nothing, a screenshot of the area
 * with and without focus), and is the element not entirely covered?
 */
export async function focusWalk(page) {
  await helper(page, 'resetFocusWalk');
  const invisible = [];
  const obscured = [];
  let stops = 0;
  for (; stops < FOCUS_STOP_LIMIT; stops += 1) {
    await page.keyboard.press('Tab');
    const stop = await helper(page, 'stepFocus');
    if (stop.done) break;
    if (stop.obscured) {
      obscured.push({
        ...stop.node,
        message: stop.inViewport
          ? `The focused element is entirely covered${stop.coveredBy ? ` by ${stop.coveredBy.target.join(' ▸ ')}` : ''}.`
          : 'The focused element is outside the viewport after focus moved to it (not scrolled into view, or in a clipped container).',
      });
    }
    let visible = stop.styleChange;
    if (!visible && stop.inViewport) {
      await helper(page, 'blurCurrent');
      const unfocused = await page.screenshot({ clip: stop.clip, animations: 'disabled', caret: 'hide' });
      await helper(page, 'refocusCurrent');
      const focused = await page.screenshot({ clip: stop.clip, animations: 'disabled', caret: 'hide' });
      visible = !focused.equals(unfocused);
    }
    if (!visible) invisible.push({ ...stop.node, message: 'Nothing on screen changes when this element receives keyboard focus: it has no visible focus indicator.' });
  }
  await helper(page, 'endFocusWalk');
  return { stops, invisible, obscured, truncated: stops >= FOCUS_STOP_LIMIT };
}

/**
 * 200% zoom of a desktop window: browser zoom lays the page out in half the CSS pixels
 * (1280 → 640 wide), and text-only zoom doubles the root font size at the full width.
 */
export async function zoom(page, viewport) {
  await page.setViewportSize({ width: viewport / 2, height: HEIGHT / 2 });
  const browserZoom = await helper(page, 'contentLost', 'At 200% browser zoom');
  await page.setViewportSize({ width: viewport, height: HEIGHT });
  return [...browserZoom, ...(await helper(page, 'textZoom'))];
}

