// The single-file CDN bundle (dist/auta.js): Lit and every element in one ES module.
//
// A page may end up with two copies: the same bundle from two URLs (a CMS template and a
// page both add it), two versions, or this bundle next to an npm build of the elements.
// The build (rollup.config.mjs) wraps this whole module in a check that runs first
// (load-once.ts): a second copy does nothing but warn once, and the first copy's elements
// stay. The bundle exports nothing: a page that needs a class has `customElements.get()`.
import './index.js';
// Every language is in the bundle: a page that adds one script gets Finnish, Swedish and
// English at once, with no second request (npm builds load Swedish and English on demand).
import '@auta/alt-channel/lang/sv.js';
import '@auta/alt-channel/lang/en.js';
import '@auta/help/lang/sv.js';
import '@auta/help/lang/en.js';
import '@auta/on-behalf/lang/sv.js';
import '@auta/on-behalf/lang/en.js';
import '@auta/provider-finder/lang/sv.js';
import '@auta/provider-finder/lang/en.js';
