import { FALLBACK_LANG, type LanguageLevel, type Lang } from './lang.js';

/** A message is plain text, or a function of its arguments that returns plain text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type MessageMap = Record<string, Message>;

/**
 * One level of copy, per language. An element's own modules type each language as the whole
 * message map, so Finnish, Swedish and English are complete; Finnish comes with the element,
 * Swedish and English may arrive later in chunks of their own (`lang/sv.js`, `lang/en.js`).
 */
export type LevelCatalog<M extends MessageMap> = Partial<Record<Lang, Partial<M>>>;

/**
 * Default copy of a component: complete in Finnish, Swedish and English (the two others
 * registered by their language modules); `easy` holds the easy-to-read level (selkokieli,
 * lättläst, easy English) with the same keys.
 */
export type Catalog<M extends MessageMap> = LevelCatalog<M> & { easy?: LevelCatalog<M> };

/** Loads the copy an element lacks for a language and level; undefined when it has it all. */
export type CopyLoader = (lang: Lang, level: LanguageLevel) => Promise<unknown> | undefined;

/**
 * A `CopyLoader` for a catalog whose languages beyond Finnish, and whose easy-to-read level,
 * ship as chunks of their own: `chunks.sv` imports the module that brings Swedish, and so on;
 * `chunks.easy` gets the language whose easy-to-read copy is asked for. A chunk is asked for
 * only while the catalog lacks what it brings (the language; the easy copy of the language).
 * The one place that decides what a failed chunk does: the loaders themselves are plain imports
 * that reject; here the failure is warned about once, naming the file, and leaves the fallback
 * text (the element then speaks the fallback language: `AutaElement.resolvedLang`), and the
 * chunk is asked for again at the next update (Firefox keeps a failed module in the page's
 * module map, as HTML describes, so there the retry succeeds only after the page reloads).
 */
export function copyLoader(catalog: Catalog<MessageMap>, chunks: { [L in Lang]?: (lang: L) => Promise<unknown> } & { easy?: (lang: Lang) => Promise<unknown> }): CopyLoader {
  const loaders = chunks as Partial<Record<Lang | 'easy', (lang: Lang) => Promise<unknown>>>;
  return (lang, level) => {
    const language = catalog[lang] ? undefined : loaders[lang]?.(lang).catch((error) => copyMissing(`"${lang}"`, error));
    const easy = level === 'easy' && !catalog.easy?.[lang] ? loaders.easy?.(lang).catch((error) => copyMissing(`easy-to-read "${lang}"`, error, 'standard')) : undefined;
    return language && easy ? Promise.all([language, easy]) : (language ?? easy);
  };
}

/** Strings a host sets to replace any default, per language; `easy` replaces easy-to-read strings. */
export type MessageOverrides<M extends MessageMap = MessageMap> = Partial<Record<Lang, Partial<M>>> & {
  easy?: Partial<Record<Lang, Partial<M>>>;
};

export type MessageArgs<V> = V extends (...args: infer A) => string ? A : [];

const warned = new Set<string>();

/**
 * Says once, with why (a failed chunk's error names the file), that copy is missing; the
 * element then speaks the fallback language, or the standard level.
 */
export const copyMissing = (what: string, why: unknown, instead = 'fallback language') => warnOnce(`[auta] the ${what} copy did not load (${why}); showing the ${instead} text.`);

/** Console-warns once per distinct text. */
function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

/**
 * Looks a message up. At the easy-to-read level: the host's easy override for the
 * language, then the catalog's easy text for the language (a console warning when the
 * language's easy copy lacks the text, or has not loaded), then the standard chain. The standard chain: the
 * host's override for the language, the default for the language, then English, or Finnish
 * when English has not loaded (with a console warning naming the key).
 */
export function lookupMessage<M extends MessageMap, K extends keyof M & string>(
  component: string,
  catalog: Catalog<M>,
  overrides: MessageOverrides<M> | undefined,
  lang: Lang,
  key: K,
  args: MessageArgs<M[K]>,
  level: LanguageLevel = 'standard',
): string {
  // Called for every text of every render: no closure is made unless a text is missing.
  let message: Message | undefined;
  if (level === 'easy') {
    message = overrides?.easy?.[lang]?.[key] ?? catalog.easy?.[lang]?.[key];
    // A language with no easy-to-read copy at all (a draft such as Sámi) shows its standard copy at both levels, silently.
    if (message === undefined && (!catalog.easy || catalog.easy[lang])) warnOnce(`[auta] ${component}: no easy-to-read "${lang}" text for "${key}"; using the standard text.`);
  }
  message ??= overrides?.[lang]?.[key] ?? catalog[lang]?.[key];
  if (message === undefined) {
    // English when it is there (a page in another language gets English), else Finnish, which every element carries.
    const fallback = catalog[FALLBACK_LANG] ? FALLBACK_LANG : 'fi';
    if (lang !== fallback) warnOnce(`[auta] ${component}: no "${lang}" text for "${key}"; using the ${fallback === 'fi' ? 'Finnish' : 'English'} text.`);
    message = overrides?.[fallback]?.[key] ?? catalog[fallback]?.[key];
  }
  if (message === undefined) return key;
  return typeof message === 'function' ? message(...args) : message;
}

export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The form for a count, chosen by the language's plural rules (CLDR, through
 * `Intl.PluralRules`): `plural('fi', n, { one: `${n} valittu`, other: `${n} valittua` })`.
 * Finnish, Swedish and English have `one` and `other`; Northern Sámi also `two`.
 */
export function plural(lang: string, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return forms[rules.select(count)] ?? forms.other;
}
