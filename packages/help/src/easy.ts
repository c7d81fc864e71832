import { loadHelpBlockEasy } from './messages.js';
import { loadUnavailableEasy } from './service-unavailable-messages.js';

/**
 * Loads the easy-to-read copy of `<auta-help>` and `<auta-service-unavailable>` (one chunk
 * of their own, with the notice's easy chunk for the channel texts) into `helpCatalog.easy`
 * and `unavailableCatalog.easy`. Pages at the standard level never download it; the elements
 * wait for it at the easy level, so no standard text flashes. A server render at the easy
 * level awaits it first. When it cannot load, the standard text stays (core warns once per key).
 */
export const loadHelpEasy = (): Promise<unknown> => Promise.all([loadHelpBlockEasy(), loadUnavailableEasy()]);
