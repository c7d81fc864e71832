import { FALLBACK_LANG, type LanguageLevel, type Lang } from './lang.js';

/** A message is plain text, or a function of its arguments that returns plain text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type MessageMap = Record<string, Message>;

/** One level of copy: complete in English (the fallback), as complete as we can make it elsewhere. */
export type LevelCatalog<M extends MessageMap> = { en: M } & Partial<Record<Lang, Partial<M>>>;

/**
 * Default copy of a component: complete in English (the fallback), and as complete as we
 * can make it in Finnish and Swedish; `easy` holds the easy-to-read level (selkokieli,
 * lättläst, easy English) with the same keys.
 */
export type Catalog<M extends MessageMap> = LevelCatalog<M> & { easy?: LevelCatalog<M> };

/** Strings a host sets to replace any default, per language; `easy` replaces easy-to-read strings. */
export type MessageOverrides<M extends MessageMap = MessageMap> = Partial<Record<Lang, Partial<M>>> & {
  easy?: Partial<Record<Lang, Partial<M>>>;
};

export type MessageArgs<V> = V extends (...args: infer A) => string ? A : [];

const warned = new Set<string>();

/** Console-warns once per distinct text. */
function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

/**
 * Looks a message up. At the easy-to-read level: the host's easy override for the
 * language, then the catalog's easy text for the language (a console warning when the
 * catalog has no easy text for it), then the standard chain. The standard chain: the
 * host's override for the language, the default for the language, then English (with a
 * console warning naming the key).
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
    if (message === undefined) warnOnce(`[auta] ${component}: no easy-to-read "${lang}" text for "${key}"; using the standard text.`);
  }
  message ??= overrides?.[lang]?.[key] ?? catalog[lang]?.[key];
  if (message === undefined) {
    if (lang !== FALLBACK_LANG) warnOnce(`[auta] ${component}: no "${lang}" text for "${key}"; using the English text.`);
    message = overrides?.[FALLBACK_LANG]?.[key] ?? catalog.en[key];
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
