#!/usr/bin/env node
// The docs site's link checker: every docs page of the built Storybook (storybook-static/) is
// opened in Chromium as a reader gets it, and every link on it is followed on paper:
//   ?path=/docs/<id>, ?path=/story/<id>  the page exists in index.json
//   #anchor                              an element with that id is on the page
//   any other relative address           the site serves that file (HTTP 200)
// External addresses (https:, mailto:, tel:) are not fetched: the check runs offline.
// The package READMEs' links into the published site (DOCS_URL?path=/docs/<id>) must name
// pages of this build too. Then one link is really clicked in the site's own frame, to show that such a link changes
// the page inside the site (Storybook's docs links go through the manager, not the frame).
//
//   node scripts/docs-site/check-links.mjs [--static-dir=DIR] [--only=TEXT]
// Builds storybook-static/ first when it is missing or older than its sources (the a11y step
// of `npm test` builds it just before, so CI builds it once). Ends with
// "docs-links: N passed, N failed, N skipped" (one count per page).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath, CHROME_FLAGS } from 'auta-tool-browser';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';
import { DOCS_URL, rewriteLinks } from '../../.storybook/doc-links.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SOURCES = ['stories', 'packages', '.storybook', 'docs', 'examples', 'custom-elements-manifest.config.mjs'];

/** Newest modification time under what Storybook is built from. */
function newestSource() {
  let newest = 0;
  const walk = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (!['node_modules', 'dist', 'coverage'].includes(e) && !e.endsWith('.tsbuildinfo')) walk(join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const s of SOURCES) if (existsSync(join(ROOT, s))) walk(join(ROOT, s));
  return newest;
}

/** Every link in the rendered docs page, with the ids on the page. Runs in the frame. */
const READ_PAGE = () => {
  const docs = document.querySelector('#storybook-docs');
  const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
  const links = [...(docs?.querySelectorAll('a[href]') ?? [])].map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim().slice(0, 60) }));
  return { links, ids: [...ids], text: (docs?.textContent ?? '').length };
};

/**
 * Problems with one link, or an empty list.
 * @param {{ href: string }} link @param {Set<string>} entries ids in index.json @param {Set<string>} ids ids on the page
 * @param {(path: string) => Promise<number>} status HTTP status of a site address
 */
export async function checkLink(link, entries, ids, status) {
  const { href } = link;
  if (/^(?:https?:|mailto:|tel:)/i.test(href)) return [];
  if (href.startsWith('#')) return ids.has(decodeURIComponent(href.slice(1))) ? [] : [`no element with id "${href.slice(1)}" on the page`];
  const path = /^\?path=\/(?:docs|story)\/([^&#]+)/.exec(href);
  if (path) return entries.has(path[1]) ? [] : [`no page "${path[1]}" in the site`];
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return [`unexpected address scheme`];
  const code = await status(href.split('#')[0]);
  return code === 200 ? [] : [`the site answers ${code}`];
}

/** The checker's own check: it must reject what it exists to catch, and the rewrite must place links. */
async function selfTest() {
  const entries = new Set(['guides-installation--docs']);
  const ids = new Set(['top']);
  const ok = async () => 200;
  const missing = async () => 404;
  const cases = [
    [await checkLink({ href: '?path=/docs/guides-installation--docs' }, entries, ids, ok), 0],
    [await checkLink({ href: '?path=/docs/no-such-page--docs' }, entries, ids, ok), 1],
    [await checkLink({ href: '#top' }, entries, ids, ok), 0],
    [await checkLink({ href: '#nowhere' }, entries, ids, ok), 1],
    [await checkLink({ href: './usage.md' }, entries, ids, missing), 1],
    [await checkLink({ href: 'https://example.com/' }, entries, ids, missing), 0],
  ];
  const pages = new Map([['docs/installation.md', 'guides-installation--docs']]);
  const rewritten = rewriteLinks('[a](../installation.md) [b](./nowhere.md) [c](https://example.com/x.md)', 'docs/data/protocol.md', pages);
  const good =
    cases.every(([problems, expected]) => problems.length === expected) &&
    rewritten.text === '[a](?path=/docs/guides-installation--docs) [b](./nowhere.md) [c](https://example.com/x.md)' &&
    rewritten.unresolved.join() === './nowhere.md';
  if (!good) throw new Error('the link checker\'s self-test failed: it would let a broken link through');
}

async function main() {
  await selfTest();
  let dir = opt('static-dir');
  if (!dir) {
    dir = join(ROOT, 'storybook-static');
    const index = join(dir, 'index.json');
    if (!(existsSync(index) && statSync(index).mtimeMs > newestSource())) {
      console.log('docs-links: storybook-static/ is missing or older than the sources; building it');
      const built = spawnSync('npm', ['run', '--silent', 'build-storybook'], { cwd: ROOT, stdio: 'inherit' });
      if (built.status !== 0) throw new Error('the Storybook build failed');
    } else console.log('docs-links: storybook-static/ is newer than the sources; not building it again');
  }
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const entries = new Set(Object.keys(index.entries));
  const only = opt('only');
  const pages = Object.values(index.entries).filter((e) => e.type === 'docs' && (!only || e.id.includes(only)));
  const counts = { passed: 0, failed: 0, skipped: 0 };

  // The package READMEs: their links into the published site name pages that exist.
  let readmeLinks = 0;
  for (const pkg of readdirSync(join(ROOT, 'packages'))) {
    const file = join(ROOT, 'packages', pkg, 'README.md');
    if (!existsSync(file)) continue;
    const problems = [];
    for (const [, text, href] of readFileSync(file, 'utf8').matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
      if (!/^https?:/.test(href) && !href.startsWith('#')) problems.push(`"${text}" → ${href}: a repository path; link the docs site (${DOCS_URL}) instead`);
      if (!href.startsWith(DOCS_URL)) continue;
      readmeLinks++;
      const id = /\?path=\/(?:docs|story)\/([^&#]+)/.exec(href.slice(DOCS_URL.length))?.[1];
      if (!id || !entries.has(id)) problems.push(`"${text}" → ${href}: no such page in the site`);
    }
    if (problems.length) {
      counts.failed++;
      console.log(`✗ packages/${pkg}/README.md`);
      for (const p of problems) console.log(`    ${p}`);
    } else counts.passed++;
  }

  const server = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
  let linkCount = 0;
  /** @type {Map<string, number>} */
  const statuses = new Map();
  const status = async (path) => {
    const url = new URL(path, `${server.url}/iframe.html`).href;
    if (!statuses.has(url)) statuses.set(url, (await fetch(url)).status);
    return /** @type {number} */ (statuses.get(url));
  };
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    /** @type {{ id: string, href: string }[]} */
    const clickable = [];
    for (const entry of pages) {
      await page.goto(`${server.url}/iframe.html?viewMode=docs&id=${entry.id}`);
      // The docs container renders the page's text, and headings get their ids, after load.
      await page.waitForFunction(() => (document.querySelector('#storybook-docs')?.textContent ?? '').length > 40, undefined, { timeout: 30000 });
      const read = await page.evaluate(READ_PAGE);
      const ids = new Set(read.ids);
      const problems = [];
      for (const link of read.links) {
        linkCount++;
        for (const p of await checkLink(link, entries, ids, status)) problems.push(`"${link.text}" → ${link.href}: ${p}`);
        if (/^\?path=\/docs\//.test(link.href) && clickable.length === 0) clickable.push({ id: entry.id, href: link.href });
      }
      if (problems.length) {
        counts.failed++;
        console.log(`✗ ${entry.title} (${entry.id})`);
        for (const p of problems) console.log(`    ${p}`);
      } else counts.passed++;
    }

    // One link followed for real: in the site (index.html), the link in the page's frame
    // takes the reader to its page, and the frame shows it.
    if (clickable.length) {
      const [{ id, href }] = clickable;
      const target = href.slice('?path=/docs/'.length);
      await page.goto(`${server.url}/index.html?path=/docs/${id}`);
      const frame = page.frameLocator('#storybook-preview-iframe');
      await frame.locator(`#storybook-docs a[href="${href}"]`).first().click();
      try {
        await page.waitForURL((url) => url.searchParams.get('path') === `/docs/${target}`, { timeout: 15000 });
        await frame.locator('#storybook-docs').filter({ hasText: /\S{3,}/ }).first().waitFor({ timeout: 15000 });
        console.log(`docs-links: followed ${href} from ${id}: the site shows it`);
        counts.passed++;
      } catch {
        console.log(`✗ following ${href} from ${id} did not change the site's page (it shows ${page.url()})`);
        counts.failed++;
      }
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`docs-links: ${pages.length} pages, ${linkCount} links, ${statuses.size} site files, ${readmeLinks} package README links checked`);
  console.log(`docs-links: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return counts.failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`docs-links: ${error?.stack ?? error}`);
    process.exitCode = 2;
  }
}
