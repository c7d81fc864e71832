/**
 * English copy of `<auta-on-behalf-entry>`. The element loads this
 * module by itself the first time it speaks English; import it up front where the copy
 * must be there at once — a server render, or a page that wants no second request:
 * `import '@auta/on-behalf/lang/en.js';`
 */
import { plural } from '@auta/core';
import { onBehalfCatalog } from '../messages.js';
import { onBehalf } from '../messages.en.js';

onBehalfCatalog.en ??= onBehalf(plural);
