/**
 * Hears live regions as a screen reader does: a change of text inside an element with
 * `aria-live` (or role status / log, polite; role alert, assertive) is announced with the
 * region's whole text (`aria-atomic`, as the core announcer sets it) and its politeness. A
 * newly inserted role="alert" is announced too; a newly inserted polite region is not
 * (screen readers only follow regions that existed before their text changed).
 *
 * `subtree` observation stops at shadow roots, so every open shadow root is observed as
 * well, including those that appear later.
 */
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function politeness(el: Element): 'polite' | 'assertive' | null {
  const attr = el.getAttribute('aria-live');
  if (attr === 'off') return null;
  if (attr === 'polite' || attr === 'assertive') return attr;
  const role = el.getAttribute('role');
  if (role === 'alert') return 'assertive';
  if (role === 'status' || role === 'log') return 'polite';
  return null;
}

/** The parent across shadow boundaries (a shadow root's parent is its host). */
const up = (n: Node): Node | null => n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);

function regionOf(n: Node): Element | null {
  for (let x: Node | null = n; x; x = up(x)) if (x instanceof Element && politeness(x)) return x;
  return null;
}

/** Text a screen reader would hear: display:none / hidden / aria-hidden parts left out. */
function spokenText(el: Element): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) return void parts.push(n.textContent ?? '');
    if (!(n instanceof Element)) return;
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true' || getComputedStyle(n).display === 'none') return;
    const kids = n instanceof HTMLSlotElement ? n.assignedNodes({ flatten: true }) : [...(n.shadowRoot ?? n).childNodes];
    kids.forEach(visit);
  };
  visit(el);
  return clean(parts.join(' '));
}

export class LiveRecorder {
  private heard: string[] = [];
  private observers: MutationObserver[] = [];
  private watched = new WeakSet<Node>();

  start(): void {
    this.watch(document.body);
  }

  stop(): void {
    this.observers.forEach((o) => o.disconnect());
    this.observers = [];
  }

  /** What was announced since the last call. */
  take(): string[] {
    const out = this.heard;
    this.heard = [];
    return out;
  }

  private watch(root: Node): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    const o = new MutationObserver((records) => this.onChange(records));
    o.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(o);
    this.findShadowRoots(root);
  }

  private findShadowRoots(root: Node): void {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.currentNode as Node | null; n; n = walker.nextNode()) {
      if (n instanceof Element && n.shadowRoot) this.watch(n.shadowRoot);
    }
  }

  private onChange(records: MutationRecord[]): void {
    const regions = new Set<Element>();
    for (const r of records) {
      r.addedNodes.forEach((n) => {
        this.findShadowRoots(n);
        // A region inserted with its text: only an alert is spoken.
        if (!(n instanceof Element) || regionOf(r.target)) return;
        if (n.getAttribute('role') === 'alert') regions.add(n);
        n.querySelectorAll('[role="alert"]').forEach((a) => regions.add(a));
      });
      const region = regionOf(r.target);
      if (region) regions.add(region);
    }
    for (const region of regions) {
      const text = spokenText(region);
      if (text) this.heard.push(`[${politeness(region)}] ${text}`);
    }
  }
}
