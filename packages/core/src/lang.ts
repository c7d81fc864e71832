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

/** Copy has two levels: standard, and easy-to-read (selkokieli, lättläst, easy English). */
export const LANGUAGE_LEVELS = ['standard', 'easy'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** `"easy"` → `easy`, `"standard"` → `standard` (any case, trimmed); anything else → undefined. */
export function toLanguageLevel(value: string | null | undefined): LanguageLevel | undefined {
  const v = value?.trim().toLowerCase();
  return (LANGUAGE_LEVELS as readonly string[]).includes(v ?? '') ? (v as LanguageLevel) : undefined;
}

/** The attribute an element takes to choose its own level. */
export const LANGUAGE_LEVEL_ATTRIBUTE = 'language-level';
/** The attribute a page (or any container) sets for every element inside it. */
export const PAGE_LANGUAGE_LEVEL_ATTRIBUTE = 'data-auta-language-level';

/**
 * The language level that applies to `el`: its own `language-level` (or `own`, the value
 * of its property, which wins), else the closest ancestor's `data-auta-language-level`,
 * crossing shadow roots, else `standard`. When the walk leaves a shadow root, the host's
 * own `language-level` counts too, so an element's inner parts (a finder's result cards)
 * speak at the level of the element that holds them. Unknown values are skipped, as an
 * empty `lang` is.
 */
export function resolveLanguageLevel(el: Element, own?: string | null): LanguageLevel {
  const mine = toLanguageLevel(own ?? el.getAttribute(LANGUAGE_LEVEL_ATTRIBUTE));
  if (mine) return mine;
  for (let node: Element | null = el; node; ) {
    const level = toLanguageLevel(node.getAttribute(PAGE_LANGUAGE_LEVEL_ATTRIBUTE));
    if (level) return level;
    if (node.parentElement) {
      node = node.parentElement;
      continue;
    }
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) break;
    node = root.host;
    const hostLevel = toLanguageLevel(node.getAttribute(LANGUAGE_LEVEL_ATTRIBUTE));
    if (hostLevel) return hostLevel;
  }
  return 'standard';
}

/*
 * One MutationObserver per tree root (the document or a shadow root), shared by every
 * controller under it, watching `lang` and language-level attributes anywhere in that tree. A change in
 * any of the roots above an element can change its language or level, so each controller subscribes
 * to every root on its path up to the document.
 */
type Listener = () => void;
const rootListeners = new WeakMap<Node, { observer: MutationObserver; listeners: Set<Listener> }>();

function subscribe(root: Document | ShadowRoot, listener: Listener): () => void {
  let entry = rootListeners.get(root);
  if (!entry) {
    const listeners = new Set<Listener>();
    const observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(root, { attributes: true, attributeFilter: ['lang', LANGUAGE_LEVEL_ATTRIBUTE, PAGE_LANGUAGE_LEVEL_ATTRIBUTE], subtree: true });
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
 * Keeps `lang` (the resolved language), `langTag` and `level` (the language level)
 * current for its host and asks the host to re-render when a `lang` or language-level
 * attribute changes on it, on `<html>` or on any ancestor (also across shadow roots).
 */
export class LocaleController implements ReactiveController {
  lang: Lang = FALLBACK_LANG;
  langTag = '';
  level: LanguageLevel = 'standard';
  private unsubscribers: Array<() => void> = [];

  /** `ownLevel` reads the host's own level property, which wins over its attribute. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ownLevel: () => string | null | undefined = () => undefined,
  ) {
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

  /** Re-reads the language and the level; re-renders the host if either changed. */
  refresh(): void {
    const langChanged = this.setTag(resolveLangTag(this.host));
    const levelChanged = this.setLevel(resolveLanguageLevel(this.host, this.ownLevel()));
    if (langChanged || levelChanged) this.host.requestUpdate();
  }

  /** Takes a level without looking at the tree (server-side rendering). Returns whether it changed. */
  setLevel(level: LanguageLevel): boolean {
    if (level === this.level) return false;
    this.level = level;
    return true;
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
