// 400 % zoom (WCAG 2.2 SC 1.4.10 Reflow, with 1.4.4): a 1280 × 900 desktop window at 400 %
// browser zoom lays the page out in a quarter of the CSS pixels, 320 × 225. The 320 px
// reflow check runs at the full 900 px height; this one adds the short window, where fixed
// heights, sticky bars and `100vh` boxes cut content off, and looks for controls that an
// ancestor's `overflow: hidden` cuts off, which the text checks do not see.

/** @type {Record<string, { sc: string[], impact: string, help: string, fix: string }>} */
export const ZOOM_400_RULES = {
  'auta-zoom-400': {
    sc: ['1.4.10', '1.4.4'],
    impact: 'serious',
    help: 'At 400% zoom of a 1280 × 900 window (320 × 225 CSS px) nothing is cut off, no control is clipped and nothing but the element itself may scroll sideways',
    fix: 'Let boxes grow with their content (no fixed heights with overflow: hidden, no 100vh), wrap rows (flex-wrap, grid minmax(0, 1fr)) and let long words break; keep every control inside its container at 320 × 225.',
  },
};

/** The window the check lays the page out in: 1280 × 900 at 400 %. */
export const ZOOM_400 = { zoom: 4, width: 1280, height: 900 };

/**
 * In the page: controls that an ancestor with `overflow: hidden` / `clip` cuts off (more
 * than a quarter of the control outside it), and a page that scrolls sideways. Uses the
 * report's in-page helpers (in-page/) for selectors.
 */
function clippedControls(label) {
  const a11y = /** @type {any} */ (window).__autaA11y;
  const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="switch"]';
  const parentOf = (n) => n.assignedSlot ?? n.parentElement ?? (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.getElementById('storybook-root') ?? document.body);
  const out = [];
  for (const el of all) {
    if (!el.matches(CONTROLS) || el.closest('[inert]') || el.getClientRects().length === 0) continue;
    if (el.checkVisibility && !el.checkVisibility({ checkVisibilityCSS: true })) continue;
    const r = el.getBoundingClientRect();
    // A visually hidden native input whose label is the target (custom radios, checkboxes).
    if (r.width <= 1 || r.height <= 1) continue;
    let visible = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    let clipper = null;
    for (let n = parentOf(el); n && n !== document.documentElement; n = parentOf(n)) {
      const cs = getComputedStyle(n);
      const clipX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const clipY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      if (!clipX && !clipY) continue;
      const b = n.getBoundingClientRect();
      if (b.width <= 1 || b.height <= 1) break; // a visually hidden wrapper: not a visible control
      const before = visible;
      visible = {
        left: clipX ? Math.max(visible.left, b.left) : visible.left,
        right: clipX ? Math.min(visible.right, b.right) : visible.right,
        top: clipY ? Math.max(visible.top, b.top) : visible.top,
        bottom: clipY ? Math.min(visible.bottom, b.bottom) : visible.bottom,
      };
      if (!clipper && (visible.left > before.left + 1 || visible.right < before.right - 1 || visible.top > before.top + 1 || visible.bottom < before.bottom - 1)) clipper = n;
    }
    const area = Math.max(0, visible.right - visible.left) * Math.max(0, visible.bottom - visible.top);
    if (!clipper || area >= 0.75 * r.width * r.height) continue;
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    out.push({
      target: a11y.selectorPath(el),
      html: el.cloneNode(false).outerHTML.slice(0, 300),
      message: `${label}: the control${name ? ` "${name}"` : ''} is cut off by ${a11y.selectorPath(clipper).join(' ▸ ')} (overflow hidden): ${Math.round((100 * area) / (r.width * r.height))} % of it can be seen.`,
    });
  }
  const page = { scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth };
  return { controls: out.slice(0, 10), page };
}

/**
 * Lays the page out as at 400 % zoom, collects what is lost, and puts the viewport back.
 * `review`: tables and images that run past the edge, the criterion's exception (as the
 * 320 px reflow check lists them), for a person to look at.
 * @param {import('playwright-core').Page} page
 * @param {{ width: number, height: number }} restore the viewport to return to
 */
export async function zoom400(page, restore) {
  const label = 'At 400% zoom (320 × 225 CSS px)';
  await page.setViewportSize({ width: ZOOM_400.width / ZOOM_400.zoom, height: ZOOM_400.height / ZOOM_400.zoom });
  try {
    const lost = await page.evaluate((l) => /** @type {any} */ (window).__autaA11y.contentLost(l), label);
    const { controls, page: size } = await page.evaluate(clippedControls, label);
    const exempt = await page.evaluate(() => /** @type {any} */ (window).__autaA11y.offscreen().exempt);
    const findings = [...lost, ...controls];
    if (size.scrollWidth > size.width + 1 && findings.length === 0 && exempt.length === 0) {
      findings.push({ target: ['html'], html: '', message: `${label}: the page scrolls sideways: ${size.scrollWidth} px of content in a ${size.width} px viewport.` });
    }
    return { findings, review: exempt.map((n) => ({ ...n, message: `${label}: ${n.message}` })) };
  } finally {
    await page.setViewportSize(restore);
  }
}
