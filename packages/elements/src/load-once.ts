import { TAG_NAMES, VERSION } from './tag-names.js';

/** Marks the page as having a copy of the CDN bundle; `Symbol.for` is shared by every copy. */
const LOADED = Symbol.for('auta.elements.loaded');
type Marked = typeof globalThis & { [LOADED]?: string };

/**
 * Whether this copy of auta.js should run. The CDN build wraps the whole bundle in
 * `if (claimPage()) { … }`, so a second copy (the same bundle from another URL, another
 * version, or auta.js after an npm build of the elements) evaluates neither Lit nor any
 * element: nothing is redefined, and under `trusted-types lit-html` no second Lit tries to
 * create the `lit-html` policy, which the browser would refuse with an error. It says so
 * once, in the console.
 */
function claimPage(): boolean {
  const page = globalThis as Marked;
  const earlier = page[LOADED];
  if (earlier) {
    console.warn(`[auta] auta.js was loaded twice; the elements defined first are kept (loaded: ${earlier}, ignored: ${VERSION}).`);
    return false;
  }
  page[LOADED] = VERSION;
  const taken = typeof customElements === 'undefined' ? [] : TAG_NAMES.filter((tag) => customElements.get(tag));
  if (taken.length) {
    console.warn(`[auta] auta.js was loaded next to another copy of the Auta elements; the elements defined first are kept (${taken.join(', ')}).`);
    return false;
  }
  return true;
}

export default claimPage();
