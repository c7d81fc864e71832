/**
 * English copy of `<auta-help>` and `<auta-service-unavailable>`, with the notice's
 * English channel texts they show. The elements load this module by themselves the first
 * time they speak English; import it up front where the copy must be there at once — a
 * server render, or a page that wants no second request: `import '@auta/help/lang/en.js';`
 */
import { altChannelCatalog } from '@auta/alt-channel';
import '@auta/alt-channel/lang/en.js';
import { help, unavailable } from '../messages.en.js';
import { helpCatalog } from '../messages.js';
import { unavailableCatalog } from '../service-unavailable-messages.js';

helpCatalog.en ??= { ...altChannelCatalog.en, ...help };
unavailableCatalog.en ??= { ...altChannelCatalog.en, ...unavailable };
