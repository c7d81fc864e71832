/**
 * Northern Sámi (`se`) copy for `<auta-provider-finder>` and `<auta-provider-card>`, a
 * draft awaiting a native speaker's review. Importing this module adds it to their
 * catalog, so a finder under `lang="se"` speaks Northern Sámi and shows municipalities by
 * the Sámi names the data gives (`withSamiNames` adds the official ones where it has none); without it, such a finder speaks Finnish.
 * `import '@auta/provider-finder/lang/se.js';`
 */
import '@auta/core/lang/se.js';
import { withSamiNames } from '../data/sami-names.js';
import { providerFinderCatalog } from '../messages.js';
import { providerFinder } from '../messages.se.js';

providerFinderCatalog.se = providerFinder;
// No easy-to-read Sámi yet: the easy level shows the standard Sámi copy (core's lookup, without a warning).
// For data without Sámi municipality names (PTV gives Finnish and Swedish): `providers.forEach(withSamiNames)`.
export { providerFinder as providerFinderSe, withSamiNames };
