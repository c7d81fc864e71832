/**
 * English copy of `<auta-alt-channel-notice>`. The element loads this module by itself the first time it
 * speaks English; import it up front where the copy must be there at once — a server
 * render, or a page that wants no second request: `import '@auta/alt-channel/lang/en.js';`
 */
import { altChannelCatalog } from '../messages.js';
import { altChannel } from '../messages.en.js';

altChannelCatalog.en = altChannel;

export { altChannel as altChannelEn };
