// The start and end of every static example's build, the same in each: an empty dist/ with
// the page's own files and the shared stylesheet, the bundler's options, and the finder's
// data as the JSON file a real site serves from its own register. What differs per stack
// (the bundler plugin, JSX, Angular's compiler) stays in the example's own build.mjs.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stylesheet every static example links as `./page.css`. */
export const PAGE_CSS = fileURLToPath(new URL('./page.css', import.meta.url));

/**
 * Empties `<here>/dist` and copies the page's own files (relative to `here`) and page.css into it.
 * @param {string} here the example's folder
 * @param {string[]} files e.g. ['index.html']
 * @returns {string} the dist folder
 */
export function startDist(here, files) {
  const out = join(here, 'dist');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  for (const f of files) cpSync(join(here, f), join(out, f));
  cpSync(PAGE_CSS, join(out, 'page.css'));
  return out;
}

/** esbuild options every bundled example uses: ES modules with lazy chunks, minified, with maps. */
export const BUNDLE = /** @type {const} */ ({
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  logLevel: 'warning',
});

/**
 * Writes `<out>/providers.json`: the fictional sample from @auta/provider-finder, where a real
 * site serves its own register's data. The example installs @auta/provider-finder itself (this
 * package names no dependency on it, so a release's version bump leaves the package alone).
 * @param {string} out
 */
export async function writeProviders(out) {
  const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
  writeFileSync(join(out, 'providers.json'), JSON.stringify(SAMPLE_PROVIDERS));
}
