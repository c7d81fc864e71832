// Forced colours with a palette other than the default light one (WCAG 2.2 SC 1.4.3,
// 1.4.11; Windows contrast themes). Headless Chromium has no way to set a custom palette
// (the DevTools protocol emulates `forced-colors: active` but takes no system colours), so
// the closest is used: forced colours with `prefers-color-scheme: dark`, for which Chromium
// switches to its dark high-contrast palette (Canvas black, CanvasText white, LinkText
// yellow), as Windows' dark contrast themes do. The check verifies that palette took effect,
// then measures what forced colours leave to the author: text inside
// `forced-color-adjust: none`, icons drawn with fixed colours, and controls whose only
// boundary was a background colour. Colours do not change layout, so it runs once per story.

/** The palette Chromium uses for forced colours with a dark colour scheme (checked in the page). */
export const DARK_PALETTE = { name: 'dark high contrast (Chromium: forced-colors active + prefers-color-scheme dark)', canvas: 'rgb(0, 0, 0)', canvasText: 'rgb(255, 255, 255)' };

/** @type {Record<string, { sc: string[], impact: string, help: string, fix: string }>} */
export const FORCED_PALETTE_RULES = {
  'auta-forced-palette': {
    sc: ['1.4.3', '1.4.11'],
    impact: 'serious',
    help: 'In forced colours with a dark high-contrast palette, text keeps 4.5:1 (3:1 when large) and icons 3:1 against what is behind them',
    fix: 'Let forced colours work: no forced-color-adjust: none on text, icons drawn in currentColor (fill/stroke), system colours (CanvasText, ButtonText, LinkText, Highlight) in @media (forced-colors: active), and a border (transparent is enough) on controls that show their shape with a background.',
  },
};

/** In the page: contrast under the palette now in force. */
function paletteFindings(expected) {
  const a11y = /** @type {any} */ (window).__autaA11y;
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;background:Canvas;color:CanvasText';
  document.body.append(probe);
  const palette = { canvas: getComputedStyle(probe).backgroundColor, canvasText: getComputedStyle(probe).color };
  probe.remove();
  if (!matchMedia('(forced-colors: active)').matches || palette.canvas !== expected.canvas || palette.canvasText !== expected.canvasText) {
    return { palette, findings: [{ target: ['html'], html: '', message: `The dark high-contrast palette could not be set (Canvas ${palette.canvas}, CanvasText ${palette.canvasText}), so it was not checked.` }], review: [] };
  }
  const rgba = (v) => {
    const m = /rgba?\(([^)]+)\)/.exec(v);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const c = [r, g, b].map((x) => {
      const s = x / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const parentOf = (n) => n.assignedSlot ?? n.parentElement ?? (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);
  const canvas = rgba(palette.canvas);
  /** The colour behind an element: the first opaque-enough background up the composed tree; null behind an image. */
  const behind = (el) => {
    for (let n = el; n; n = parentOf(n)) {
      const cs = getComputedStyle(n);
      if (cs.backgroundImage !== 'none') return null;
      const bg = rgba(cs.backgroundColor);
      if (bg && bg.a >= 0.9) return bg;
    }
    return canvas;
  };
  const where = (el) => ({ target: a11y.selectorPath(el), html: el.cloneNode(false).outerHTML.slice(0, 300) });
  const all = [];
  const roots = [];
  const walk = (root) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.getElementById('storybook-root') ?? document.body);
  const visible = (el) => el.getClientRects().length > 0 && (!el.checkVisibility || el.checkVisibility({ checkVisibilityCSS: true, opacityProperty: true }));
  const hidden = (el) => {
    for (let n = el; n; n = parentOf(n)) {
      if (n.getAttribute?.('aria-hidden') === 'true') return true;
      const r = n.getBoundingClientRect();
      const cs = getComputedStyle(n);
      if ((r.width <= 1 || r.height <= 1) && (cs.overflow === 'hidden' || cs.clipPath !== 'none')) return true;
    }
    return false;
  };
  const findings = [];
  const review = [];
  // Text: each element with its own text, measured once.
  for (const root of roots) {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let t = texts.nextNode(); t; t = texts.nextNode()) {
      const el = t.parentElement;
      if (!el || seen.has(el) || !t.textContent.trim() || ['STYLE', 'SCRIPT'].includes(el.tagName)) continue;
      seen.add(el);
      if (!visible(el) || hidden(el)) continue;
      const cs = getComputedStyle(el);
      const fg = rgba(cs.color);
      const bg = behind(el);
      if (!fg || !bg || fg.a < 0.5) continue;
      const size = parseFloat(cs.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
      const need = large ? 3 : 4.5;
      const r = ratio(fg, bg);
      if (r < need) findings.push({ ...where(el), message: `With the dark high-contrast palette, text "${t.textContent.trim().slice(0, 40)}" is ${cs.color} on ${`rgb(${bg.r}, ${bg.g}, ${bg.b})`}: ${r.toFixed(2)}:1, under ${need}:1 (forced-color-adjust: ${cs.forcedColorAdjust}).` });
    }
  }
  for (const el of all) {
    if (!visible(el)) continue;
    // Icons that convey something (not aria-hidden): their fill or stroke against the background.
    if (el.localName === 'svg' && !hidden(el)) {
      const cs = getComputedStyle(el);
      const bg = behind(parentOf(el) ?? el);
      const paints = [cs.fill, cs.stroke].map(rgba).filter((c) => c && c.a >= 0.5);
      if (bg && paints.length && paints.every((c) => ratio(c, bg) < 3)) findings.push({ ...where(el), message: `With the dark high-contrast palette, an icon is drawn in ${cs.fill} / ${cs.stroke} on rgb(${bg.r}, ${bg.g}, ${bg.b}): under 3:1; draw it in currentColor.` });
    }
    // Controls whose shape was a background colour: forced colours take the background away.
    if (el.matches('button, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), select, textarea, [role="button"]') && !hidden(el)) {
      const cs = getComputedStyle(el);
      const sides = ['Top', 'Right', 'Bottom', 'Left'].filter((s) => parseFloat(cs[`border${s}Width`]) > 0 && cs[`border${s}Style`] !== 'none');
      if (!sides.length && cs.outlineStyle === 'none') review.push({ ...where(el), message: 'With the dark high-contrast palette this control has no border: check that its shape or its text still tells it is a control (a transparent border becomes visible in forced colours).' });
    }
  }
  return { palette, findings: findings.slice(0, 20), review: review.slice(0, 10) };
}

/**
 * Switches the page to forced colours with the dark high-contrast palette, measures, and
 * switches back to what `restore` says (forced colours, light palette, by default).
 * @param {import('playwright-core').Page} page
 * @param {{ forcedColors?: 'active' | 'none' }} [restore]
 */
export async function forcedPalette(page, restore = {}) {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark', reducedMotion: 'reduce' });
  try {
    await page.evaluate(() => /** @type {any} */ (window).__autaA11y.setTheme('dark'));
    return await page.evaluate(paletteFindings, { canvas: DARK_PALETTE.canvas, canvasText: DARK_PALETTE.canvasText });
  } finally {
    await page.emulateMedia({ forcedColors: restore.forcedColors ?? 'active', colorScheme: 'light', reducedMotion: 'reduce' });
  }
}
