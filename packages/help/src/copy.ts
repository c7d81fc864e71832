import { altChannelCatalog, loadAltChannelEasy, loadAltChannelLanguage } from '@auta/alt-channel';
import { copyLoader, type Catalog, type Lang, type LevelCatalog, type MessageMap } from '@auta/core';
import { helpCatalog } from './messages.js';
import { unavailableCatalog } from './service-unavailable-messages.js';

/*
 * The help elements' loaders. Each is a plain import that rejects when a chunk cannot load;
 * `copyLoader` decides what the element does then (the fallback text, core's warning once
 * per text, another try at the next update).
 */

/**
 * Loads the Swedish or English texts of both help elements (messages.sv.ts, messages.en.ts:
 * data only, so a bundler that splits code never moves shared modules ahead of the page's own
 * first imports; each exports `help` and `unavailable`) and the notice's, and lays the two
 * together in both catalogs.
 */
export async function loadOwnCopy(lang: 'sv' | 'en'): Promise<unknown> {
  const [own] = await Promise.all([lang === 'sv' ? import('./messages.sv.js') : import('./messages.en.js'), loadAltChannelLanguage(lang)]);
  helpCatalog[lang] ??= { ...altChannelCatalog[lang], ...own.help };
  return (unavailableCatalog[lang] ??= { ...altChannelCatalog[lang], ...own.unavailable });
}

const catalogs = { help: helpCatalog, unavailable: unavailableCatalog } as unknown as Record<'help' | 'unavailable', Catalog<MessageMap>>;

/**
 * Loads the easy-to-read copy of `<auta-help>` or `<auta-service-unavailable>` in one language
 * into its catalog's `easy`: the element's own easy texts (the help chunk, messages-easy.ts),
 * the notice's easy channel texts (its easy chunk), and under them the element's standard
 * texts in that language, which keep their standard wording where a text has no easy one (a
 * few of the service-unavailable page's). Only the language asked for: its standard texts come
 * through `loadOwnCopy`, the loader of the standard level. None of it is downloaded at the
 * standard level.
 */
export async function loadEasy(element: 'help' | 'unavailable', lang: Lang): Promise<unknown> {
  const catalog = catalogs[element];
  const [own] = await Promise.all([import('./messages-easy.js'), loadAltChannelEasy(), catalog[lang] ?? loadOwnCopy(lang as 'sv' | 'en')]);
  const easy: LevelCatalog<MessageMap> = own[element];
  return ((catalog.easy ??= {})[lang] ??= { ...catalog[lang], ...altChannelCatalog.easy![lang], ...easy[lang] });
}

/** What `<auta-help>` loads before it speaks a language or level (with the notice's channel texts). */
export const loadHelpCopy = copyLoader(helpCatalog, { sv: loadOwnCopy, en: loadOwnCopy, easy: (lang) => loadEasy('help', lang) });

/** What `<auta-service-unavailable>` loads before it speaks a language or level (with the notice's channel texts). */
export const loadUnavailableCopy = copyLoader(unavailableCatalog, { sv: loadOwnCopy, en: loadOwnCopy, easy: (lang) => loadEasy('unavailable', lang) });
