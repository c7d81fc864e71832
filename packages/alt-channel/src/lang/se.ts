/**
 * Northern Sámi (`se`) copy for `<auta-alt-channel-notice>`, a draft awaiting a native
 * speaker's review. Importing this module adds it to the notice's catalog, so a notice
 * under `lang="se"` speaks Northern Sámi; without it, such a notice speaks Finnish.
 * `import '@auta/alt-channel/lang/se.js';`
 */
import '@auta/core/lang/se.js';
import { altChannelCatalog } from '../messages.js';
import { altChannel } from '../messages.se.js';

altChannelCatalog.se = altChannel;
// No easy-to-read Sámi yet: the easy level shows the standard Sámi copy (core's lookup, without a warning).

export { altChannel as altChannelSe };
