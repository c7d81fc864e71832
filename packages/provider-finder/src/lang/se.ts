/**
 * Northern Sámi (`se`) copy for `<auta-provider-finder>` and `<auta-provider-card>`, a
 * draft awaiting a native speaker's review. Importing this module adds it to their
 * catalog, so a finder under `lang="se"` speaks Northern Sámi and shows municipalities by
 * their Sámi names where the data has them; without it, such a finder speaks Finnish.
 * `import '@auta/provider-finder/lang/se.js';`
 */
import { providerFinderCatalog } from '../messages.js';
import { providerFinderSe } from '../messages.se.js';

providerFinderCatalog.se = providerFinderSe;

export { providerFinderSe };
