import { isServer, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { LocaleController, toLanguageLevel, type Lang, type LanguageLevel } from './lang.js';
import { copyMissing, lookupMessage, type Catalog, type CopyLoader, type MessageArgs, type MessageMap, type MessageOverrides } from './messages.js';
import { baseStyles } from './styles.js';

/**
 * The base of every Auta element: language resolution that follows `lang` on the element
 * and its ancestors (also across shadow roots), message lookup with host overrides, and
 * the shared styles.
 */
export abstract class AutaElement<M extends MessageMap = MessageMap> extends LitElement {
  static override styles = baseStyles;

  // Reactive properties are declared here, not with decorators: the decorator helper and one
  // call per property cost each bundle 139–620 B (brotli, measured 2026-12-04) that this table does not.
  static override properties: PropertyDeclarations = {
    languageLevel: { attribute: 'language-level', reflect: true },
    messages: { attribute: false },
  };

  protected readonly locale = new LocaleController(this);

  /**
   * `easy` shows the easy-to-read copy (selkokieli, lättläst, easy English); `standard` the
   * standard copy. Unset: the closest ancestor's `data-auta-language-level` (also across
   * shadow roots), else standard. Reflected: the attribute is what the language-level
   * watcher (and the element's inner parts) read.
   */
  languageLevel?: LanguageLevel;

  /** The element's default copy: complete in Finnish, Swedish and English, at both levels. */
  protected abstract readonly catalog: Catalog<M>;

  /**
   * Loads copy that ships in a chunk of its own (Swedish, English, the easy-to-read level)
   * when the element needs it; made with `copyLoader()`. An update waits for it, so no text
   * in another language or at another level flashes first.
   */
  protected readonly loadCopy?: CopyLoader;

  protected override scheduleUpdate(): void | Promise<unknown> {
    // The language asked for, not the one spoken until its copy is here (`resolvedLang`).
    const pending = this.loadCopy?.(this.locale.lang, toLanguageLevel(this.languageLevel) ?? this.locale.level);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Replaces any default text, per language:
   * `el.messages = { fi: { heading: 'Asioi puhelimitse' }, sv: { heading: '…' } }`.
   */
  messages?: MessageOverrides<M>;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // On the server there is no tree to climb: the element's own `lang` and level are all there is.
    if (isServer) {
      this.locale.setTag(this.getAttribute('lang') ?? '');
      // A server render does not load chunks: a language it was not given is said once, not skipped quietly.
      const lang = this.locale.lang;
      if (lang !== 'se' && lang !== this.resolvedLang) copyMissing(`"${lang}"`, `${this.localName} on a server: import its lang/${lang}.js first`);
    }
    // The element's own level wins at once; the attribute it reflects to reaches the
    // watcher (and the element's inner parts) only after this update.
    this.locale.level = toLanguageLevel(this.languageLevel) ?? (isServer ? 'standard' : this.locale.level);
  }

  /**
   * The language the element speaks: the language in force when the element has its copy (or
   * the host gave texts in it). Without it — `se` (Northern Sámi, draft) for an element with no
   * Sámi copy, or a Swedish or English chunk that did not load — Finnish for Sámi (every Sámi
   * speaker in Finland reads Finnish, and the authorities of the Sámi homeland serve in Finnish
   * beside Sámi, saamen kielilaki 1086/2003), else English when it is here, else Finnish. Hours,
   * dates and `contentLang` follow it, so the fallback text is marked as the language it is in
   * and a screen reader pronounces it right. The one place of this rule.
   */
  get resolvedLang(): Lang {
    const lang = this.locale.lang;
    return this.catalog[lang] || this.messages?.[lang] ? lang : lang !== 'se' && this.catalog.en ? 'en' : 'fi';
  }

  /** The language level in force: `standard` or `easy`. */
  get resolvedLanguageLevel(): LanguageLevel {
    return this.locale.level;
  }

  /**
   * `lang` for the rendered content when it differs from the language in force (a page in
   * German gets English text, marked as English so screen readers pronounce it right).
   */
  protected get contentLang(): string | undefined {
    const tag = this.locale.langTag.toLowerCase();
    const lang = this.resolvedLang;
    return tag === lang || tag.startsWith(`${lang}-`) ? undefined : lang;
  }

  /** The text for `key` in the element's language. */
  protected msg<K extends keyof M & string>(key: K, ...args: MessageArgs<M[K]>): string {
    return lookupMessage(this.localName, this.catalog, this.messages, this.resolvedLang, key, args, this.locale.level);
  }
}
