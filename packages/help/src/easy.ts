import { loadEasy } from './copy.js';

/**
 * Loads the easy-to-read copy of `<auta-help>` and `<auta-service-unavailable>` (one chunk
 * of their own, with the notice's easy chunk for the channel texts) into `helpCatalog.easy`
 * and `unavailableCatalog.easy`. Pages at the standard level never download it; the elements
 * wait for it at the easy level, so no standard text flashes. A server render at the easy
 * level awaits it first; in every language, so both elements' standard Swedish and English texts
 * come with it (under the easy ones, where a text has no easy wording). A plain import: it
 * rejects when a chunk cannot load.
 */
export const loadHelpEasy = (): Promise<unknown> => Promise.all((['fi', 'sv', 'en'] as const).flatMap((lang) => [loadEasy('help', lang), loadEasy('unavailable', lang)]));
