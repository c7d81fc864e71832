// Runs inside the scanned page after dom.js: the focus walk — where each Tab stop is, whether
// other content covers it (SC 2.4.11) and whether its styles draw a visible change (SC 2.4.7).
(() => {
  const { composedParent, composedContains, node, isRendered, union } = window.__autaA11yDom;

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

  Object.assign(window.__autaA11y, { focusStop, stepFocus, compareWithBlurred, blurCurrent, refocusCurrent, resetFocusWalk, endFocusWalk });
})();
