// The single-file CDN bundle (dist/auta.js): Lit and every element in one ES module.
//
// A page may end up with two copies: the same bundle from two URLs (a CMS template and a
// page both add it), two versions, or this bundle next to an npm build of the elements.
// The first copy's elements stay registered (each define file registers a tag only when
// it is free, so nothing throws), and a single warning says what happened. The check runs
// in its own module, imported first, so it sees the registry before this copy touches it.
import './load-once.js';
import './index.js';

export * from './index.js';
