// prefers-reduced-motion: reduce (Auta's own rule: WCAG 2.2 SC 2.3.3 Animation from
// Interactions is AAA, so the finding names no A/AA criterion; technique C39): with the preference set, nothing in the
// story may animate or transition for longer than ~0 s, nothing may scroll smoothly, and no
// Web Animation may be running. Motion does not depend on language, width or colours, so
// the check runs once per story.

/** Longest motion that still counts as none: 10 ms (the usual `0.01ms` override passes). */
export const MOTION_LIMIT_S = 0.01;

/** @type {Record<string, { sc: string[], impact: string, help: string, fix: string }>} */
export const REDUCED_MOTION_RULES = {
  'auta-reduced-motion': {
    sc: [],
    impact: 'moderate',
    help: 'With prefers-reduced-motion: reduce (Auta requires it; WCAG 2.3.3 is AAA), no animation or transition lasts longer than ~0 s and nothing scrolls smoothly',
    fix: 'Include @auta/core baseStyles (its reduced-motion block sets animation and transition durations to 0.01ms and scroll-behavior to auto), or put your own motion inside @media (prefers-reduced-motion: no-preference).',
  },
};

/** In the page: every element under the story root with motion longer than the limit. */
function motionFindings(limit) {
  const a11y = /** @type {any} */ (window).__autaA11y;
  if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
    return [{ target: ['html'], html: '', message: 'prefers-reduced-motion: reduce could not be set, so reduced motion was not checked.' }];
  }
  const seconds = (v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v) || 0);
  const list = (v) => v.split(',').map((s) => s.trim());
  const roots = [];
  const all = [];
  const walk = (root) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const storyRoot = document.getElementById('storybook-root') ?? document.body;
  all.push(storyRoot);
  walk(storyRoot);
  const out = [];
  const where = (el) => ({ target: a11y.selectorPath(el), html: el.cloneNode(false).outerHTML.slice(0, 300) });
  for (const el of all) {
    if (el.getClientRects().length === 0) continue;
    const cs = getComputedStyle(el);
    const problems = [];
    const names = list(cs.animationName);
    const durations = list(cs.animationDuration).map(seconds);
    const counts = list(cs.animationIterationCount).map((c) => (c === 'infinite' ? Infinity : parseFloat(c)));
    names.forEach((name, i) => {
      if (name === 'none') return;
      const total = durations[i % durations.length] * counts[i % counts.length];
      if (total > limit) problems.push(`animation "${name}" runs ${Number.isFinite(total) ? `${total} s` : 'for ever'}`);
    });
    const props = list(cs.transitionProperty);
    const tDurations = list(cs.transitionDuration).map(seconds);
    props.forEach((prop, i) => {
      const d = tDurations[i % tDurations.length];
      if (prop !== 'none' && d > limit) problems.push(`a transition of ${prop} lasts ${d} s`);
    });
    if (cs.scrollBehavior === 'smooth') problems.push('it scrolls smoothly (scroll-behavior: smooth)');
    if (problems.length) out.push({ ...where(el), message: `With reduced motion asked for, ${problems.join('; ')}.` });
  }
  for (const root of [document, ...roots.filter((r) => r instanceof ShadowRoot)]) {
    for (const anim of root.getAnimations()) {
      const timing = anim.effect?.getComputedTiming();
      const target = anim.effect?.target;
      if (anim.playState !== 'running' || !timing || !(target instanceof Element) || !(storyRoot.contains(target) || target.getRootNode() instanceof ShadowRoot)) continue;
      // CSS animations and transitions are reported from the computed styles above.
      if (typeof CSSAnimation !== 'undefined' && (anim instanceof CSSAnimation || anim instanceof CSSTransition)) continue;
      const total = Number(timing.activeDuration) / 1000;
      if (total > limit) out.push({ ...where(target), message: `With reduced motion asked for, a script animation runs ${Number.isFinite(total) ? `${total} s` : 'for ever'} (Element.animate()).` });
    }
  }
  return out.slice(0, 20);
}

/**
 * The story's motion with `prefers-reduced-motion: reduce` (the report's browser context
 * sets it for every story).
 * @param {import('playwright-core').Page} page
 */
export async function reducedMotion(page) {
  return page.evaluate(motionFindings, MOTION_LIMIT_S);
}
