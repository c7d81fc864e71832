/**
 * English copy of `<auta-provider-finder>` and `<auta-provider-card>`. The element loads this module by itself the first time it
 * speaks English; import it up front where the copy must be there at once — a server
 * render, or a page that wants no second request: `import '@auta/provider-finder/lang/en.js';`
 */
import { plural } from '@auta/core';
import { languageName, providerFinderCatalog } from '../messages.js';
import { providerFinder } from '../messages.en.js';

providerFinderCatalog.en ??= providerFinder(plural, languageName);
