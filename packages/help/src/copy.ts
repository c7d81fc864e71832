import { altChannelCatalog, loadAltChannelEasy, loadAltChannelLanguage } from '@auta/alt-channel';
import { copyLoader, type Lang, type LevelCatalog } from '@auta/core';
import { helpCatalog, type HelpMessages } from './messages.js';
import { unavailableCatalog, type UnavailableOwnMessages } from './service-unavailable-messages.js';

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

/**
 * Loads the easy-to-read copy of `<auta-help>` into `helpCatalog.easy`: its own texts from
 * the help chunk (messages-easy.ts), the channel texts from the notice's easy chunk. Neither
 * is downloaded at the standard level.
 */
export async function loadHelpBlockEasy(): Promise<unknown> {
  const [own] = await Promise.all([import('./messages-easy.js'), loadAltChannelEasy()]);
  const easy = (lang: 'fi' | 'sv' | 'en') => ({ ...altChannelCatalog.easy![lang], ...own.help[lang] });
  return (helpCatalog.easy ??= { fi: easy('fi'), sv: easy('sv'), en: easy('en') } as LevelCatalog<HelpMessages>);
}

/**
 * Loads the easy-to-read copy of `<auta-service-unavailable>` in one language into
 * `unavailableCatalog.easy`: its own easy texts (the help chunk), the notice's easy channel
 * texts, and under them the page's standard texts in that language, which keep their
 * standard wording where they have no easy one. Only the language asked for: its standard
 * texts come through `loadOwnCopy`, the loader of the standard level.
 */
export async function loadUnavailableEasy(lang: Lang): Promise<unknown> {
  const [own] = await Promise.all([import('./messages-easy.js'), loadAltChannelEasy(), unavailableCatalog[lang] ?? loadOwnCopy(lang as 'sv' | 'en')]);
  const easy: LevelCatalog<UnavailableOwnMessages> = own.unavailable;
  return ((unavailableCatalog.easy ??= {})[lang] ??= { ...unavailableCatalog[lang], ...altChannelCatalog.easy![lang], ...easy[lang] });
}

/** What `<auta-help>` loads before it speaks a language or level (with the notice's channel texts). */
export const loadHelpCopy = copyLoader(helpCatalog, { sv: loadOwnCopy, en: loadOwnCopy, easy: loadHelpBlockEasy });

/** What `<auta-service-unavailable>` loads before it speaks a language or level (with the notice's channel texts). */
export const loadUnavailableCopy = copyLoader(unavailableCatalog, { sv: loadOwnCopy, en: loadOwnCopy, easy: loadUnavailableEasy });
