// @ts-check
// Links between docs pages that navigate inside the docs site (the Storybook static build).
//
// The guidance is Markdown under docs/ (and a few READMEs), shown by MDX pages under stories/
// that import the file with `?raw`. A relative link in that Markdown, such as `./content.md`,
// names a repository file the site does not have. This module knows which page shows which
// file (from the MDX pages themselves: the `?raw` import and the `<Meta title>`), and rewrites
// each relative link to that page: `?path=/docs/<id>`, which Storybook's docs link component
// sends to the manager, so the page changes inside the site. A link to a file the site serves
// as it is (SITE_FILES, copied by `staticDirs`) becomes that file's address in the site.
// A link it cannot place is left as it was and reported; the link checker
// (scripts/docs-site/check-links.mjs) then fails on it.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { sanitize } from 'storybook/internal/csf';

/**
 * Where the docs site is published; the package READMEs link to its pages as
 * `${DOCS_URL}?path=/docs/<id>` (checked by scripts/docs-site/check-links.mjs). The project has
 * no public address yet: this is the one line to change when the site is published.
 */
export const DOCS_URL = 'https://auta.example/docs/';

/** Repository files the site serves as they are, by their address in the site. */
export const SITE_FILES = {
  'packages/provider-finder/schema/providers.schema.json': 'schema/providers.schema.json',
  'packages/usage/schema/usage-record.v1.schema.json': 'schema/usage-record.v1.schema.json',
};

/** The docs id Storybook gives an MDX page with `<Meta title>` and no `of`. */
export const docsId = (/** @type {string} */ title) => `${sanitize(title)}--docs`;

const posix = (/** @type {string} */ p) => p.split(sep).join('/');

/**
 * Which page shows which repository file: relative path (posix) → docs id.
 * @param {string} root the repository root
 * @returns {Map<string, string>}
 */
export function docPages(root) {
  /** @type {Map<string, string>} */
  const pages = new Map();
  const walk = (/** @type {string} */ dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.mdx')) {
        const mdx = readFileSync(p, 'utf8');
        const title = /<Meta\s+title="([^"]+)"/.exec(mdx)?.[1];
        if (!title) continue;
        // Only the first Markdown/HTML import: that is the page's own text; later ones are parts.
        const raw = /from\s+'([^']+\.(?:md|html))\?raw'/.exec(mdx)?.[1];
        if (raw) pages.set(posix(relative(root, resolve(dirname(p), raw))), docsId(title));
      }
    }
  };
  walk(join(root, 'stories'));
  return pages;
}

const LINK = /(\]\()([^)\s]+)(\))/g;
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#|\?)/i;

/**
 * Rewrites the relative links of one Markdown file shown in the site.
 * @param {string} markdown
 * @param {string} file the file's path relative to the repository root (posix)
 * @param {Map<string, string>} pages from docPages()
 * @returns {{ text: string, unresolved: string[] }}
 */
export function rewriteLinks(markdown, file, pages) {
  /** @type {string[]} */
  const unresolved = [];
  const text = markdown.replace(LINK, (whole, open, href, close) => {
    if (ABSOLUTE.test(href)) return whole;
    const [path, hash] = href.split('#');
    const target = posix(join(dirname(file), path));
    const page = pages.get(target);
    /** @type {Record<string, string>} */
    const files = SITE_FILES;
    // Storybook keeps no in-page anchor across pages: a link goes to the top of its page.
    if (page) return `${open}?path=/docs/${page}${close}`;
    if (files[target]) return `${open}${files[target]}${hash ? `#${hash}` : ''}${close}`;
    unresolved.push(href);
    return whole;
  });
  return { text, unresolved };
}

/**
 * Vite plugin for the preview: every `?raw` Markdown import under the repository gets its
 * relative links rewritten; links it cannot place are printed as warnings.
 * @param {string} root
 * @returns {import('vite').Plugin}
 */
export function docLinksPlugin(root) {
  /** @type {Map<string, string> | undefined} */
  let pages;
  return {
    name: 'auta-doc-links',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'raw' || !file.endsWith('.md') || !file.startsWith(root)) return null;
      pages ??= docPages(root);
      const rel = posix(relative(root, file));
      const { text, unresolved } = rewriteLinks(readFileSync(file, 'utf8'), rel, pages);
      for (const href of unresolved) this.warn(`${rel}: the link "${href}" names no page of the docs site`);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
