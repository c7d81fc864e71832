import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Languages with default copy: `fi`, `sv`, `en`, complete. Northern Sámi (`se`) is draft copy
 * of some elements (docs/content/northern-sami.md): `@auta/core/lang/se.js`, which their
 * `lang/se.js` modules import, adds it here, so `lang="se"` is taken as Sámi once the copy is
 * loaded. An element without copy in the language asked for speaks Finnish
 * (`AutaElement.resolvedLang`); a language not listed gets English (`FALLBACK_LANG`).
 */
export const SUPPORTED_LANGS: Lang[] = ['fi', 'sv', 'en'];
export type Lang = 'fi' | 'sv' | 'en' | 'se';

/** The language every catalog must be complete in; the last fallback. */
export const FALLBACK_LANG: Lang = 'en';

/**
 * Reduces a BCP 47 tag to the primary subtag we have copy for:
 * `fi-FI` → `fi`, `sv-FI` → `sv`, `en-GB` → `en`, `se-FI` → `se` (once Sámi is loaded); anything else → undefined.
 */
export function toSupportedLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGS as string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
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
export type LanguageLevel = 'standard' | 'easy';

/** `"easy"` → `easy`, `"standard"` → `standard` (in any case, as HTML's enumerated attributes); anything else → undefined. */
export function toLanguageLevel(value: string | null | undefined): LanguageLevel | undefined {
  const v = value?.toLowerCase();
  return v === 'easy' || v === 'standard' ? v : undefined;
}

/**
 * The language level that applies to `el`: the `language-level` or
 * `data-auta-language-level` of the element or of its closest ancestor
 * that has one, crossing shadow roots like `lang`, else `standard`. An element's own
 * `language-level` thus also applies to what it holds (a finder's result cards). Unknown
 * values are skipped, as an empty `lang` is.
 */
export function resolveLanguageLevel(el: Element): LanguageLevel {
  let level: LanguageLevel | undefined;
  for (let node: Element | null = el; node && !level; node = composedParent(node)) {
    level = toLanguageLevel(node.getAttribute('language-level') ?? node.getAttribute('data-auta-language-level'));
  }
  return level ?? 'standard';
}

/*
 * One MutationObserver per tree root (the document or a shadow root), shared by every
 * controller under it, watching `lang` and language-level attributes anywhere in that tree. A change in
 * any of the roots above an element can change its language or level, so each controller subscribes
 * to every root on its path up to the document.
 */
type Listener = () => void;
const rootListeners = new WeakMap<Node, Set<Listener>>();

// The observer stays on its root once made: with no listeners left it calls nothing, and a
// shadow root's observer goes with the root.
function subscribe(root: Document | ShadowRoot, listener: Listener): () => void {
  let listeners = rootListeners.get(root);
  if (!listeners) {
    const set = (listeners = new Set());
    new MutationObserver(() => set.forEach((l) => l())).observe(root, {
      attributes: true,
      attributeFilter: ['lang', 'language-level', 'data-auta-language-level'],
      subtree: true,
    });
    rootListeners.set(root, set);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
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

  /** Re-reads the language and the level; re-renders the host if either changed. */
  refresh(): void {
    const level = resolveLanguageLevel(this.host);
    const changed = this.setTag(resolveLangTag(this.host)) || level !== this.level;
    this.level = level;
    if (changed) this.host.requestUpdate();
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
