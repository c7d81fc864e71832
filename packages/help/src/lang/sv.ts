/**
 * Swedish copy of `<auta-help>` and `<auta-service-unavailable>`, with the notice's
 * Swedish channel texts they show. The elements load this module by themselves the first
 * time they speak Swedish; import it up front where the copy must be there at once — a
 * server render, or a page that wants no second request: `import '@auta/help/lang/sv.js';`
 */
import { altChannelCatalog } from '@auta/alt-channel';
import '@auta/alt-channel/lang/sv.js';
import { help, unavailable } from '../messages.sv.js';
import { helpCatalog } from '../messages.js';
import { unavailableCatalog } from '../service-unavailable-messages.js';

helpCatalog.sv ??= { ...altChannelCatalog.sv, ...help };
unavailableCatalog.sv ??= { ...altChannelCatalog.sv, ...unavailable };
