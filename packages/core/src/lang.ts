import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Languages with complete default copy. */
export const SUPPORTED_LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

/** The language every catalog must be complete in; the last fallback. */
export const FALLBACK_LANG: Lang = 'en';

/**
 * Reduces a BCP 47 tag to the primary subtag we have copy for:
 * `fi-FI` → `fi`, `sv-FI` → `sv`, `en-GB` → `en`; anything else (including
 * Northern Sámi `se` until it has a catalog) → undefined.
 */
export function toSupportedLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

/** The parent in the composed tree: the parent element, or the host of a shadow root. */
function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The language tag that applies to `el`: its own `lang`, else the closest ancestor's
 * `lang`, crossing shadow roots, else the document's. Empty `lang=""` means "unknown"
 * in HTML, so it is skipped rather than taken as a value.
 */
export function resolveLangTag(el: Element): string {
  for (let node: Element | null = el; node; node = composedParent(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return el.ownerDocument?.documentElement.lang || '';
}

/** As `resolveLangTag`, reduced to a language with copy (else `en`). */
export function resolveLang(el: Element): Lang {
  return toSupportedLang(resolveLangTag(el)) ?? FALLBACK_LANG;
}

/*
 * One MutationObserver per tree root (the document or a shadow root), shared by every
 * controller under it, watching `lang` attributes anywhere in that tree. A change in any
 * of the roots above an element can change its language, so each controller subscribes
 * to every root on its path up to the document.
 */
type Listener = () => void;
const rootListeners = new WeakMap<Node, { observer: MutationObserver; listeners: Set<Listener> }>();

function subscribe(root: Document | ShadowRoot, listener: Listener): () => void {
  let entry = rootListeners.get(root);
  if (!entry) {
    const listeners = new Set<Listener>();
    const observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { observer, listeners };
    rootListeners.set(root, entry);
  }
  entry.listeners.add(listener);
  const current = entry;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.observer.disconnect();
      rootListeners.delete(root);
    }
  };
}

/**
 * Keeps `lang` (the resolved language) and `langTag` current for its host and asks the
 * host to re-render when a `lang` attribute changes on it, on `<html>` or on any ancestor
 * (also across shadow roots).
 */
export class LocaleController implements ReactiveController {
  lang: Lang = FALLBACK_LANG;
  langTag = '';
  private unsubscribers: Array<() => void> = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    const update = () => this.refresh();
    for (let node: Node = this.host; ; ) {
      const root = node.getRootNode();
      if (root instanceof ShadowRoot) {
        this.unsubscribers.push(subscribe(root, update));
        node = root.host;
      } else {
        if (root instanceof Document) this.unsubscribers.push(subscribe(root, update));
        break;
      }
    }
  }

  hostDisconnected(): void {
    this.unsubscribers.forEach((u) => u());
    this.unsubscribers = [];
  }

  /** Re-reads the language; re-renders the host if it changed. */
  refresh(): void {
    if (this.setTag(resolveLangTag(this.host))) this.host.requestUpdate();
  }

  /**
   * Takes a language tag without looking at the tree; for server-side rendering, where
   * there is no tree and only the element's own `lang` attribute is known.
   * Returns whether the language changed.
   */
  setTag(tag: string): boolean {
    if (tag === this.langTag) return false;
    this.langTag = tag;
    this.lang = toSupportedLang(tag) ?? FALLBACK_LANG;
    return true;
  }
}
