import { FALLBACK_LANG, type Lang } from './lang.js';

/** A message is plain text, or a function of its arguments that returns plain text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type MessageMap = Record<string, Message>;

/**
 * Default copy of a component: complete in English (the fallback), and as complete as we
 * can make it in Finnish and Swedish.
 */
export type Catalog<M extends MessageMap> = { en: M } & Partial<Record<Lang, Partial<M>>>;

/** Strings a host sets to replace any default, per language. */
export type MessageOverrides<M extends MessageMap = MessageMap> = Partial<Record<Lang, Partial<M>>>;

export type MessageArgs<V> = V extends (...args: infer A) => string ? A : [];

const warned = new Set<string>();

/** Console-warns once per component, language and key. */
function warnMissing(component: string, lang: Lang, key: string): void {
  const id = `${component}|${lang}|${key}`;
  if (warned.has(id)) return;
  warned.add(id);
  console.warn(`[auta] ${component}: no "${lang}" text for message "${key}"; using the English text.`);
}

/**
 * Looks a message up: the host's override for the language, the default for the
 * language, then English (with a console warning naming the key).
 */
export function lookupMessage<M extends MessageMap, K extends keyof M & string>(
  component: string,
  catalog: Catalog<M>,
  overrides: MessageOverrides<M> | undefined,
  lang: Lang,
  key: K,
  args: MessageArgs<M[K]>,
): string {
  let message: Message | undefined = overrides?.[lang]?.[key] ?? catalog[lang]?.[key];
  if (message === undefined) {
    if (lang !== FALLBACK_LANG) warnMissing(component, lang, key);
    message = overrides?.[FALLBACK_LANG]?.[key] ?? catalog.en[key];
  }
  if (message === undefined) return key;
  return typeof message === 'function' ? message(...args) : message;
}
