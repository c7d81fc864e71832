import { altChannelCatalog, loadAltChannelCopy } from '@auta/alt-channel';
import { copyLoader } from '@auta/core';
import { helpCatalog, loadHelpBlockEasy } from './messages.js';
import { loadUnavailableEasy, unavailableCatalog } from './service-unavailable-messages.js';

/**
 * Loads the Swedish or English texts of both help elements (messages.sv.ts, messages.en.ts:
 * data only, so a bundler that splits code never moves shared modules ahead of the page's own
 * first imports) and the notice's, and lays the two together in both catalogs.
 */
export async function loadOwnCopy(lang: 'sv' | 'en'): Promise<unknown> {
  const [own] = await Promise.all([lang === 'sv' ? import('./messages.sv.js') : import('./messages.en.js'), loadAltChannelCopy(lang, 'standard')]);
  const [help, unavailable] = 'helpSv' in own ? [own.helpSv, own.unavailableSv] : [own.helpEn, own.unavailableEn];
  unavailableCatalog[lang] ??= { ...altChannelCatalog[lang], ...unavailable };
  return (helpCatalog[lang] ??= { ...altChannelCatalog[lang], ...help });
}

/** What `<auta-help>` loads before it speaks a language or level (with the notice's channel texts). */
export const loadHelpCopy = copyLoader(helpCatalog, {
  sv: () => loadOwnCopy('sv'),
  en: () => loadOwnCopy('en'),
  easy: loadHelpBlockEasy,
});

/** What `<auta-service-unavailable>` loads before it speaks a language or level (with the notice's channel texts). */
export const loadUnavailableCopy = copyLoader(unavailableCatalog, {
  sv: () => loadOwnCopy('sv'),
  en: () => loadOwnCopy('en'),
  easy: loadUnavailableEasy,
});
