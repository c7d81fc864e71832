// Runs inside the scanned page (added with page.addInitScript before any of the page's own
// scripts, first of the in-page files): walking the document through open shadow roots (that is
// where the components' controls are), selectors for findings, settling the page, the colour
// scheme, user style sheets and the personal-identity-code check.
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

  function union(rects) {
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return { left, top, right, bottom, width: right - left, height: bottom - top };
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


  // The shared helpers the other in-page files build on; not part of the report's API.
  window.__autaA11yDom = { deepElements, shadowRoots, composedParent, composedContains, selectorPath, node, isRendered, isVisuallyHidden, hasText, settle, union, addStyles, removeStyles, frames };
  window.__autaA11y = { identityCodes, setTheme, settle, state, undefinedElements, addStyles, removeStyles, selectorPath };
})();
