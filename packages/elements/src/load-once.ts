import { TAG_NAMES, VERSION } from './tag-names.js';

/** Marks the page as having a copy of the CDN bundle; `Symbol.for` is shared by every copy. */
const LOADED = Symbol.for('auta.elements.loaded');
type Marked = typeof globalThis & { [LOADED]?: string };

const page = globalThis as Marked;
const earlier = page[LOADED];
const taken = typeof customElements === 'undefined' ? [] : TAG_NAMES.filter((tag) => customElements.get(tag));

if (earlier) {
  console.warn(`[auta] auta.js was loaded twice; the elements defined first are kept (loaded: ${earlier}, ignored: ${VERSION}).`);
} else {
  page[LOADED] = VERSION;
  if (taken.length) {
    console.warn(`[auta] auta.js was loaded next to another copy of the Auta elements; the elements defined first are kept (${taken.join(', ')}).`);
  }
}
