/**
 * Northern Sámi (`se`) copy for `<auta-on-behalf-entry>`, a draft awaiting a native
 * speaker's review. Importing this module adds it to the entry's catalog, so an entry
 * under `lang="se"` speaks Northern Sámi; without it, such an entry speaks Finnish.
 * `import '@auta/on-behalf/lang/se.js';`
 */
import '@auta/core/lang/se.js';
import { onBehalfCatalog } from '../messages.js';
import { onBehalf } from '../messages.se.js';

onBehalfCatalog.se = onBehalf;
// No easy-to-read Sámi yet: the easy level shows the standard Sámi copy (core's lookup, without a warning).

export { onBehalf as onBehalfSe };
