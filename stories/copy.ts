import type { Catalog, Lang, MessageMap } from '@auta/core';

/**
 * A default text of an element, taken from its catalog: stories that write an element's
 * content as HTML (the HTML-first stories) show the same words the element would, from the
 * one source. `test/content/node/stories-copy.test.ts` fails when a story writes a default
 * out by hand, or a text that nearly matches one.
 */
export function defaultText<M extends MessageMap>(catalog: Catalog<M>, lang: Lang, key: keyof M & string): string {
  // A story imports the language modules it shows (`lang/sv.js`, `lang/en.js`) so that its words are there at once.
  const message = catalog[lang]?.[key];
  if (typeof message !== 'string') throw new Error(`"${key}" is not plain text in the "${lang}" catalog (is its lang/${lang}.js module imported?)`);
  return message;
}
