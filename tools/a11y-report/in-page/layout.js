// Runs inside the scanned page after dom.js: the geometry checks axe does not make — target
// size (SC 2.5.8), clipped text, content off the screen (reflow, SC 1.4.10), text spacing
// (SC 1.4.12) and 200% text zoom (SC 1.4.4).
(() => {
  const { deepElements, shadowRoots, composedParent, composedContains, selectorPath, node, isRendered, isVisuallyHidden, hasText, settle, union, addStyles, removeStyles, frames } = window.__autaA11yDom;

  const INTERACTIVE = [
    'a[href]',
    'area[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'summary',
    '[role="button"]',
    '[role="link"]',
    '[role="checkbox"]',
    '[role="radio"]',
    '[role="switch"]',
    '[role="tab"]',
    '[role="menuitem"]',
    '[role="option"]',
    '[tabindex]:not([tabindex="-1"])',
  ].join(',');

  const MIN = 24;
  // Sub-pixel layout (a 23.99 px button at some zoom levels) is not a finding.
  const EPS = 0.05;

  /**
   * The hit area of a target: its box, together with its labels when it is a checkbox,
   * radio or other labelled input (clicking a label activates its control).
   */
  function hitArea(el) {
    const rects = [el.getBoundingClientRect()].filter((r) => r.width > 1 && r.height > 1);
    for (const label of el.labels ?? []) if (isRendered(label)) rects.push(label.getBoundingClientRect());
    return rects.length ? union(rects) : el.getBoundingClientRect();
  }

  /**
   * Inline exception of SC 2.5.8: a target inside a sentence or block of text, whose size
   * the line height of the text around it sets.
   */
  function isInlineInText(el) {
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = composedParent(el);
    while (block && getComputedStyle(block).display.startsWith('inline')) block = composedParent(block);
    if (!block) return false;
    const own = (el.textContent ?? '').trim().length;
    const around = (block.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    return around > own + 1;
  }

  function distanceToRect(x, y, r) {
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    return Math.hypot(dx, dy);
  }

  /**
   * SC 2.5.8 Target Size (Minimum): each target at least 24 × 24 CSS px; an undersized
   * target passes by spacing when a 24 px circle centred on its bounding box intersects no
   * other target and no other undersized target's circle. Inline links in text are exempt.
   */
  function targetSize() {
    const targets = deepElements()
      .filter((el) => el.matches(INTERACTIVE) && isRendered(el) && !el.closest('[inert]'))
      // A visually hidden input whose label is the visible target is measured by its label.
      .filter((el) => !(isVisuallyHidden(el) && !(el.labels && el.labels.length)))
      .map((el) => ({ el, box: hitArea(el), inline: isInlineInText(el) }));
    const findings = [];
    for (const t of targets) {
      if (t.inline) continue;
      const { width, height } = t.box;
      if (width >= MIN - EPS && height >= MIN - EPS) continue;
      const cx = t.box.left + width / 2;
      const cy = t.box.top + height / 2;
      let clash;
      for (const o of targets) {
        if (o === t || composedContains(o.el, t.el) || composedContains(t.el, o.el)) continue;
        if (distanceToRect(cx, cy, o.box) < MIN / 2 - EPS) {
          clash = o;
          break;
        }
        const undersized = o.box.width < MIN - EPS || o.box.height < MIN - EPS;
        if (undersized && !o.inline) {
          const ox = o.box.left + o.box.width / 2;
          const oy = o.box.top + o.box.height / 2;
          if (Math.hypot(cx - ox, cy - oy) < MIN - EPS) {
            clash = o;
            break;
          }
        }
      }
      if (clash) {
        findings.push(
          node(
            t.el,
            `Target is ${width.toFixed(1)} × ${height.toFixed(1)} px, under 24 × 24, and a 24 px circle centred on it reaches another target (${selectorPath(clash.el).join(' ▸ ')}).`,
            { width: +width.toFixed(1), height: +height.toFixed(1), nearest: selectorPath(clash.el) },
          ),
        );
      }
    }
    return { checked: targets.length, findings };
  }

  const CLIPPING = new Set(['hidden', 'clip']);

  /** Elements whose text is cut off by their own overflow. */
  function clippedText() {
    const out = [];
    for (const el of deepElements()) {
      const cs = getComputedStyle(el);
      if (!CLIPPING.has(cs.overflowX) && !CLIPPING.has(cs.overflowY)) continue;
      if (!isRendered(el)) continue;
      const clipsY = CLIPPING.has(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
      const clipsX = CLIPPING.has(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
      if (!clipsY && !clipsX) continue;
      if (isVisuallyHidden(el) || !hasText(el)) continue;
      out.push(
        node(el, `Text is cut off: content is ${el.scrollWidth} × ${el.scrollHeight} px in a ${el.clientWidth} × ${el.clientHeight} px box with overflow: ${cs.overflowX} ${cs.overflowY}.`, {
          scrollWidth: el.scrollWidth,
          scrollHeight: el.scrollHeight,
          clientWidth: el.clientWidth,
          clientHeight: el.clientHeight,
        }),
      );
    }
    return out;
  }

  /** Content that may scroll sideways because it needs two dimensions (SC 1.4.10 exception). */
  const TWO_DIMENSIONAL = 'table, pre, img, svg, canvas, video, iframe, [role="grid"], [role="table"], [role="img"]';

  function inAllowedScroller(el) {
    for (let n = composedParent(el); n && n !== document.documentElement; n = composedParent(n)) {
      const cs = getComputedStyle(n);
      if (cs.overflowX === 'auto' || cs.overflowX === 'scroll') return !!n.querySelector(TWO_DIMENSIONAL) || n.matches(TWO_DIMENSIONAL);
    }
    return false;
  }

  /** The two-dimensional element `el` is or sits in, if any. */
  function twoDimensional(el) {
    for (let n = el; n; n = composedParent(n)) if (n.matches(TWO_DIMENSIONAL)) return n;
    return null;
  }

  /**
   * Content that runs past the viewport's right (or left) edge, whether the page scrolls
   * sideways or an ancestor's overflow hides it. Reports the outermost element that runs
   * over, not each of its descendants. Tables, images and other two-dimensional content
   * are the criterion's exception: they come back as `exempt`, for a person to review.
   */
  function offscreen() {
    const width = document.documentElement.clientWidth;
    const over = new Set();
    const out = [];
    const exempt = [];
    for (const el of deepElements()) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right <= width + 1 && r.left >= -1) continue;
      if (!isRendered(el) || isVisuallyHidden(el)) continue;
      if (!hasText(el) && !el.matches(INTERACTIVE) && !el.matches(TWO_DIMENSIONAL)) continue;
      if (inAllowedScroller(el)) continue;
      over.add(el);
      const parent = composedParent(el);
      if (parent && over.has(parent)) continue;
      const how = r.right > width + 1 ? `${(r.right - width).toFixed(0)} px past the right edge` : `${(-r.left).toFixed(0)} px past the left edge`;
      const twoD = twoDimensional(el);
      if (twoD) {
        exempt.push(node(twoD, `Two-dimensional content (${twoD.localName}) runs ${how} of a ${width} px wide viewport. Tables and images may scroll sideways (SC 1.4.10 exception); check that it needs two dimensions and, better, give it a scroll container of its own so the rest of the page does not scroll.`));
        continue;
      }
      out.push(node(el, `Runs ${how} of a ${width} px wide viewport.`, { left: Math.round(r.left), right: Math.round(r.right), viewport: width }));
    }
    // Text can run out of a box that stays in the viewport (a word too long to wrap); only
    // the text's own rectangle shows it.
    const roots = [document, ...shadowRoots()];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const parent = text.parentElement;
        if (!parent || !text.textContent.trim() || over.has(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const r = range.getBoundingClientRect();
        if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
        if (!isRendered(parent) || isVisuallyHidden(parent) || inAllowedScroller(parent) || twoDimensional(parent)) continue;
        over.add(parent);
        const words = text.textContent.trim().split(/\s+/);
        const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
        out.push(node(parent, `Its text runs ${(r.right - width).toFixed(0)} px past the right edge of a ${width} px wide viewport (a word too long to wrap, such as "${longest.slice(0, 40)}"); let it break (overflow-wrap: anywhere, hyphens: auto) or size the text down at narrow widths.`, { right: Math.round(r.right), viewport: width }));
      }
    }
    return {
      pageScrollWidth: document.documentElement.scrollWidth,
      viewport: width,
      findings: out.slice(0, 10),
      exempt: exempt.slice(0, 10),
    };
  }

  // The WCAG text-spacing bookmarklet's values (SC 1.4.12).
  const TEXT_SPACING = `
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }
  `;

  /** SC 1.4.12: clipped text and overflow with the text-spacing overrides in every tree. */
  async function textSpacing() {
    const before = new Set(clippedText().map((n) => n.target.join(' ▸ ')));
    // Content already off the screen is the reflow check's finding, not this one's.
    const offBefore = new Set(offscreen().findings.map((n) => n.target.join(' ▸ ')));
    addStyles('text-spacing', TEXT_SPACING);
    await frames();
    const clipped = clippedText();
    const off = offscreen().findings.filter((n) => !offBefore.has(n.target.join(' ▸ ')));
    removeStyles('text-spacing');
    await frames();
    return [
      ...clipped.map((n) => ({ ...n, message: `With text spacing: ${n.message}${before.has(n.target.join(' ▸ ')) ? ' (cut off without it too)' : ''}` })),
      ...off.map((n) => ({ ...n, message: `With text spacing: ${n.message}` })),
    ];
  }

  /** Clipped text and content off the screen, each message prefixed with `label`. */
  async function contentLost(label) {
    await settle();
    return [...clippedText(), ...offscreen().findings].map((n) => ({ ...n, message: `${label}: ${n.message}` }));
  }

  /** Text-only zoom: the root font size doubled, as a browser's text size setting does. */
  async function textZoom() {
    addStyles('text-zoom', 'html { font-size: 200% !important; }');
    const lost = await contentLost('At 200% text size');
    removeStyles('text-zoom');
    await frames();
    return lost;
  }

  Object.assign(window.__autaA11y, { textSpacing, contentLost, textZoom, targetSize, clippedText, offscreen, TEXT_SPACING });
})();
