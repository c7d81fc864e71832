// How the CDN bundle loads its chunks (rollup plugin for rollup.config.mjs).
//
// Self-hosting is copying a folder, and the first thing that goes wrong is a chunk left
// behind or a script-src that blocks it. So every `import()` in auta.js goes through one
// function that:
//   - resolves the chunk against a base URL: the folder named by `<script data-auta-base="…">`
//     on the page (any script element; relative to the page), else the folder of auta.js;
//   - when the chunk cannot load (missing, blocked by CSP, wrong MIME type), says in the
//     console which file it tried and from which base URL, and how to fix it, then rethrows,
//     so that the element shows its own error state.
// `withSample: false` builds auta-no-sample.js: the provider finder's built-in sample is not
// in it and not beside it; a finder given no data shows its error state and the console
// says why.

import MagicString from 'magic-string';

const SAMPLE = /[\\/]data[\\/]sample\.js$/;
const NO_SAMPLE = 'auta:no-sample-data';

// Runs in the page, inside the bundle's load-once block; `import.meta.url` is the bundle's URL.
const RUNTIME = `
function __autaBase() {
  const named = typeof document === 'undefined' ? null : document.querySelector('script[data-auta-base]')?.getAttribute('data-auta-base');
  if (named) return new URL(named.endsWith('/') ? named : named + '/', document.baseURI).href;
  return new URL('.', import.meta.url).href;
}
function __autaImport(specifier) {
  const base = __autaBase();
  const file = specifier.replace(/^\\.\\//, '');
  return import(new URL(file, base).href).catch((error) => {
    console.error('[auta] Could not load ' + file + ' from ' + base + ' (' + (error && error.message) + '). Copy every auta-*.js file beside auta.js, or name the folder they are in with <script data-auta-base="/path/to/auta/">, and allow that folder in script-src.');
    throw error;
  });
}
function __autaNoSample() {
  const message = '[auta] This is auta-no-sample.js, built without the sample data: give <auta-provider-finder> its data with src, providers or source, or load auta.js instead.';
  console.error(message);
  return Promise.reject(new Error(message));
}
`;

export function chunkLoader({ withSample }) {
  return {
    name: 'auta-chunk-loader',
    resolveDynamicImport(specifier) {
      if (!withSample && typeof specifier === 'string' && SAMPLE.test(specifier)) return { id: NO_SAMPLE, external: true };
      return null;
    },
    renderDynamicImport({ targetModuleId }) {
      if (targetModuleId === NO_SAMPLE) return { left: '__autaNoSample(', right: ')' };
      return { left: '__autaImport(', right: ')' };
    },
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      if (!withSample && /auta-sample/.test(code)) this.error('auta-no-sample.js must not refer to the sample chunk.');
      const s = new MagicString(code);
      s.prepend(RUNTIME);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
