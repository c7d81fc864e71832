// Runs inside the scanned page (added with page.addInitScript before any of the page's own
// scripts): the measurements behind the report's own rules, which axe does not make.
// Everything walks open shadow roots, because that is where the components' controls are.
(() => {
  /** Every element of the document and of every open shadow root under it, in tree order. */
  function deepElements(root = document) {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return out;
  }

  function shadowRoots() {
    return deepElements().flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
  }

  /** The parent in the composed tree (through slots and shadow hosts). */
  function composedParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    if (node.parentElement) return node.parentElement;
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  }

  function composedContains(ancestor, node) {
    for (let n = node; n; n = composedParent(n)) if (n === ancestor) return true;
    return false;
  }

  /**
   * A selector path in axe's format: one selector per tree, outermost first, so
   * ['auta-provider-finder', 'button.more'] is `button.more` inside that host's shadow root.
   */
  function selectorPath(el) {
    const parts = [];
    for (let node = el; node; ) {
      const root = node.getRootNode();
      parts.unshift(selectorIn(node, root));
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return parts;
  }

  function selectorIn(el, root) {
    const steps = [];
    for (let node = el; node && node !== root && node.nodeType === 1; node = node.parentElement) {
      if (node.id && root.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) {
        steps.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      let step = node.localName;
      const parent = node.parentElement ?? (node.parentNode !== root ? null : root);
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === node.localName);
        if (same.length > 1) step += `:nth-of-type(${same.indexOf(node) + 1})`;
      }
      steps.unshift(step);
      if (node.parentNode === root) break;
    }
    return steps.join(' > ');
  }

  /** The opening tag and a little text, like axe's `html` of a node. */
  function snippet(el) {
    const shallow = el.cloneNode(false);
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    if (text && !shallow.childNodes.length) shallow.textContent = text;
    const html = shallow.outerHTML;
    return html.length > 300 ? `${html.slice(0, 297)}…` : html;
  }

  function node(el, message, data) {
    return { target: selectorPath(el), html: snippet(el), message, ...(data ? { data } : {}) };
  }

  function isRendered(el) {
    if (!el.isConnected || el.getClientRects().length === 0) return false;
    return el.checkVisibility ? el.checkVisibility({ checkVisibilityCSS: true }) : true;
  }

  /** The `.visually-hidden` pattern (1 px box, clipped): text for screen readers, not lost content. */
  function isVisuallyHidden(el) {
    for (let n = el; n; n = composedParent(n)) {
      const cs = getComputedStyle(n);
      const r = n.getBoundingClientRect();
      if ((r.width <= 1 || r.height <= 1) && (cs.overflow === 'hidden' || cs.clipPath !== 'none' || cs.clip !== 'auto')) return true;
      if (cs.clipPath === 'inset(50%)') return true;
    }
    return false;
  }

  function hasOwnText(el) {
    for (const child of el.childNodes) if (child.nodeType === 3 && child.textContent.trim()) return true;
    return false;
  }

  /** Text anywhere under `el` in the composed tree (slotted light DOM and shadow DOM). */
  function hasText(el) {
    if ((el.textContent ?? '').trim()) return true;
    return el.shadowRoot ? deepElements(el.shadowRoot).some(hasOwnText) : false;
  }

  /** Custom elements defined and their updates done, fonts loaded, two frames painted. */
  async function settle() {
    for (let round = 0; round < 5; round += 1) {
      const pending = deepElements().filter((el) => el.localName.includes('-') && !customElements.get(el.localName));
      const updating = deepElements().flatMap((el) => (el.updateComplete instanceof Promise ? [el.updateComplete] : []));
      if (pending.length) await Promise.race([customElements.whenDefined(pending[0].localName), new Promise((r) => setTimeout(r, 500))]);
      const results = await Promise.all(updating);
      // updateComplete resolves to false when another update was queued meanwhile.
      if (!pending.length && results.every((r) => r !== false)) break;
    }
    await document.fonts?.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }

  function undefinedElements() {
    return deepElements()
      .filter((el) => el.matches(':not(:defined)'))
      .map((el) => el.localName);
  }

  function state() {
    return {
      lang: document.documentElement.lang,
      colorScheme: getComputedStyle(document.documentElement).colorScheme,
      forcedColors: matchMedia('(forced-colors: active)').matches,
      width: innerWidth,
    };
  }

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

  function union(rects) {
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return { left, top, right, bottom, width: right - left, height: bottom - top };
  }

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

  const added = new Map();

  /** Adds a style sheet to the document and every open shadow root, as user styles would. */
  function addStyles(key, cssText) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    const roots = [document, ...shadowRoots()];
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    added.set(key, { sheet, roots });
  }

  function removeStyles(key) {
    const entry = added.get(key);
    if (!entry) return;
    for (const root of entry.roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== entry.sheet);
    added.delete(key);
  }

  // The WCAG text-spacing bookmarklet's values (SC 1.4.12).
  const TEXT_SPACING = `
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }
  `;

  /** The deepest focused element, through shadow roots. */
  function deepActive() {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el && el !== document.body && el !== document.documentElement ? el : null;
  }

  function deepElementFromPoint(x, y) {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  }

  let visited = new WeakSet();
  let current = null;

  /**
   * The focused element after a Tab press: where it is, the area to compare before and
   * after focus (its box, its labels and, for a hidden input, the parent that draws the
   * ring), and whether other content covers it entirely (SC 2.4.11).
   */
  function focusStop() {
    startMarker?.remove();
    startMarker = null;
    const el = deepActive();
    if (!el) return { done: true };
    if (visited.has(el)) return { done: true, repeated: true };
    visited.add(el);
    current = el;
    const own = el.getBoundingClientRect();
    const rects = [own];
    for (const label of el.labels ?? []) if (isRendered(label)) rects.push(label.getBoundingClientRect());
    if (own.width < 4 || own.height < 4) {
      const parent = composedParent(el);
      if (parent) rects.push(parent.getBoundingClientRect());
    }
    const area = union(rects.filter((r) => r.width || r.height));
    const vw = document.documentElement.clientWidth;
    const vh = innerHeight;
    const box = own.width >= 4 && own.height >= 4 ? own : area;
    const inset = (a, b) => a + Math.min(4, (b - a) / 2);
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [inset(box.left, box.right), inset(box.top, box.bottom)],
      [box.right - Math.min(4, box.width / 2), inset(box.top, box.bottom)],
      [inset(box.left, box.right), box.bottom - Math.min(4, box.height / 2)],
      [box.right - Math.min(4, box.width / 2), box.bottom - Math.min(4, box.height / 2)],
    ];
    let coveredBy = null;
    let visible = false;
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
      const hit = deepElementFromPoint(x, y);
      if (!hit) continue;
      const labelled = [...(el.labels ?? [])].some((l) => composedContains(l, hit));
      if (composedContains(el, hit) || composedContains(hit, el) || labelled) {
        visible = true;
        break;
      }
      coveredBy ??= hit;
    }
    const pad = 8;
    const clip = {
      x: Math.max(0, Math.floor(area.left - pad)),
      y: Math.max(0, Math.floor(area.top - pad)),
    };
    clip.width = Math.max(1, Math.min(vw, Math.ceil(area.right + pad)) - clip.x);
    clip.height = Math.max(1, Math.min(vh, Math.ceil(area.bottom + pad)) - clip.y);
    return {
      done: false,
      node: node(el, ''),
      clip,
      inViewport: area.right > 0 && area.bottom > 0 && area.left < vw && area.top < vh,
      obscured: !visible,
      coveredBy: coveredBy ? node(coveredBy, '') : null,
    };
  }

  const SIGNATURE_PROPS = [
    'outlineStyle',
    'outlineWidth',
    'outlineColor',
    'outlineOffset',
    'boxShadow',
    'borderTopColor',
    'borderRightColor',
    'borderBottomColor',
    'borderLeftColor',
    'borderTopWidth',
    'borderBottomWidth',
    'backgroundColor',
    'backgroundImage',
    'color',
    'textDecorationLine',
    'textDecorationThickness',
    'textDecorationColor',
    'transform',
    'filter',
    'opacity',
    'fill',
    'stroke',
  ];

  /** What can draw a focus indicator: the element, its labels, a few composed ancestors, their ::before/::after. */
  function indicatorParts(el) {
    const parts = [el, ...(el.labels ?? [])];
    for (let n = composedParent(el), i = 0; n && i < 3; n = composedParent(n), i += 1) parts.push(n);
    return parts;
  }

  function signature(el) {
    return indicatorParts(el).flatMap((part) =>
      [null, '::before', '::after'].map((pseudo) => {
        const cs = getComputedStyle(part, pseudo);
        return SIGNATURE_PROPS.map((p) => cs[p]);
      }),
    );
  }

  const transparent = (color) => /rgba\(.*,\s*0\)$/.test(color) || color === 'transparent';

  /**
   * Blurs the focused element and says whether its styles drew a visible change while it had
   * focus. An outline or shadow counts only when it is painted (width, style, a colour that
   * is not transparent); a transparent outline is the forced-colours technique and shows
   * nothing in normal colours.
   */
  let focusedSignature = null;
  function compareWithBlurred() {
    if (!current) return { changed: false };
    focusedSignature = signature(current);
    current.blur();
    const blurred = signature(current);
    const changes = [];
    focusedSignature.forEach((values, i) => {
      values.forEach((value, j) => {
        if (value === blurred[i][j]) return;
        const prop = SIGNATURE_PROPS[j];
        if (prop.startsWith('outline')) {
          const [style, width, color] = [values[0], parseFloat(values[1]), values[2]];
          if (style === 'none' || !(width > 0) || transparent(color)) return;
        } else if (prop === 'boxShadow' && (value === 'none' || /^(rgba\([^)]*,\s*0\)\s*[^,]*,?\s*)+$/.test(value))) {
          return;
        }
        changes.push(prop);
      });
    });
    return { changed: changes.length > 0, changes: [...new Set(changes)] };
  }

  /**
   * One tab stop in one call: where focus is, whether it is covered, and whether its styles
   * drew a visible change (compared with the element blurred, then focused again).
   */
  function stepFocus() {
    const stop = focusStop();
    if (stop.done) return stop;
    const styles = compareWithBlurred();
    current.focus({ preventScroll: true });
    return { ...stop, styleChange: styles.changed, changes: styles.changes };
  }

  function blurCurrent() {
    current?.blur();
  }

  function refocusCurrent() {
    current?.focus({ preventScroll: true });
  }

  let startMarker = null;

  /**
   * Starts a walk at the top of the document. Chrome resumes sequential focus navigation
   * from the element that last had focus, even after blur; focusing a marker at the start
   * of <body> (tabindex -1, so not a tab stop itself) makes the next Tab go to the first stop.
   */
  function resetFocusWalk() {
    visited = new WeakSet();
    current = null;
    deepActive()?.blur();
    window.scrollTo(0, 0);
    startMarker?.remove();
    startMarker = document.createElement('span');
    startMarker.tabIndex = -1;
    startMarker.className = 'auta-a11y-start';
    startMarker.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;overflow:hidden;';
    document.body.prepend(startMarker);
    startMarker.focus({ preventScroll: true });
  }

  function endFocusWalk() {
    deepActive()?.blur();
    startMarker?.remove();
    startMarker = null;
    window.scrollTo(0, 0);
  }

  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  /** Sets the colour scheme as the preview's decorator does, and reports what took effect. */
  async function setTheme(theme) {
    document.documentElement.dataset.theme = theme;
    // Chromium sometimes keeps a shadow tree's light-dark() colours from before a
    // color-scheme change on <html> (seen here); taking the story out of the layout for one
    // style pass makes every element's style be computed afresh, as on a page load.
    const root = document.getElementById('storybook-root');
    if (root) {
      root.style.display = 'none';
      void root.offsetHeight;
      root.style.removeProperty('display');
    }
    await settle();
    return { ...state(), undefinedElements: undefinedElements() };
  }

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

  /**
   * A Finnish personal identity code anywhere in the page's text or attribute values, shadow
   * roots included: none may reach the DOM (the same pattern as @auta/on-behalf's HETU_PATTERN;
   * DDMMYY, century sign, individual number, check character).
   */
  const HETU = /(?<![0-9A-Za-z])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![0-9A-Za-z])/;
  function identityCodes() {
    const findings = [];
    const look = (el, where, text) => {
      if (HETU.test(text)) findings.push(node(el, `A personal identity code in ${where}; it must never reach the page.`));
    };
    for (const el of deepElements()) {
      if (el.localName === 'script' || el.localName === 'style') continue;
      for (const attr of el.attributes) look(el, `the ${attr.name} attribute`, attr.value);
      for (const child of el.childNodes) if (child.nodeType === Node.TEXT_NODE) look(el, 'its text', child.data);
      if (el.shadowRoot) for (const child of el.shadowRoot.childNodes) if (child.nodeType === Node.TEXT_NODE) look(el, 'its shadow root', child.data);
    }
    return findings;
  }

  window.__autaA11y = {
    identityCodes,
    setTheme,
    textSpacing,
    contentLost,
    textZoom,
    settle,
    state,
    undefinedElements,
    targetSize,
    clippedText,
    offscreen,
    addStyles,
    removeStyles,
    TEXT_SPACING,
    focusStop,
    stepFocus,
    compareWithBlurred,
    blurCurrent,
    refocusCurrent,
    resetFocusWalk,
    endFocusWalk,
    selectorPath,
  };
})();
