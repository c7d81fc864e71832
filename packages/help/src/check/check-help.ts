import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserType } from 'playwright-core';
import { compareHelpOrder, type CheckHelpReport, type PageHelp } from './compare.js';

/** The attribute a host puts on its own help links and blocks: `<a data-auta-help="phone" href="tel:…">`. */
export const HELP_ATTRIBUTE = 'data-auta-help';

export interface CheckHelpOptions {
  /** A Playwright browser to reuse (test suites); else Chromium is launched and closed. */
  browser?: Browser;
  /** Chromium or Chrome to launch; default `CHROME_PATH`, else a usual install path. */
  executablePath?: string;
  /** Check the pages as served without JavaScript (the HTML-first content). Default: false. */
  noJavaScript?: boolean;
  /** Milliseconds to wait for each page. Default: 15000. */
  timeout?: number;
}

// The flags Chromium needs as root in a container and that keep it from calling home.
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function findChromium(given?: string): string {
  const found = given ?? process.env.CHROME_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!found || !existsSync(found)) {
    throw new Error('auta-check-help: no Chromium or Chrome found. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
  }
  return found;
}

/** A page given as a URL stays one; anything else is a file path. */
export function pageUrl(page: string): string {
  return /^(https?|file):/i.test(page) ? page : pathToFileURL(resolve(page)).href;
}

/**
 * Runs in the page: the help mechanisms in document order. Auta's help block counts as
 * the mechanisms it shows (its slots in their fixed order), the notice as one mechanism,
 * and every element the host marked with `data-auta-help="…"` as that mechanism. A name
 * that comes again later on the page counts where it first appears. Plain JavaScript in a
 * string, so that no compiler helper leaks into the page.
 */
const COLLECT = `(() => {
  const found = [];
  const add = (name) => { if (name && !found.includes(name)) found.push(name); };
  const names = ['customer-service', 'self-help', 'digital-support', 'other-ways'];
  const helpParts = (el) => {
    const root = el.shadowRoot;
    if (!root) return names.filter((n) => el.querySelector(':scope > [slot="' + n + '"]'));
    return [...root.querySelectorAll('slot')].filter((s) => names.includes(s.name) && (s.assignedElements().length || s.querySelector('[data-mechanism]'))).map((s) => s.name);
  };
  for (const el of document.querySelectorAll('auta-help, auta-alt-channel-notice, [${HELP_ATTRIBUTE}]')) {
    if (el.localName === 'auta-help') helpParts(el).forEach((m) => add('auta-help › ' + m));
    else if (el.localName === 'auta-alt-channel-notice') add('auta-alt-channel-notice');
    else add((el.getAttribute('${HELP_ATTRIBUTE}') || '').trim().toLowerCase().slice(0, 60));
  }
  return found;
})()`;

// Module scripts run before the load event, so the elements that a page defines are
// defined by then; their first render is awaited through `updateComplete`.
const SETTLE = `Promise.all([...document.querySelectorAll('auta-help, auta-alt-channel-notice')].map((el) => el.updateComplete))`;

async function launch(options: CheckHelpOptions): Promise<{ browser: Browser; close: boolean }> {
  if (options.browser) return { browser: options.browser, close: false };
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('auta-check-help: needs playwright-core (npm install --save-dev playwright-core); it drives the Chromium you have, and downloads none.');
  }
  return { browser: await chromium.launch({ executablePath: findChromium(options.executablePath), args: CHROME_FLAGS }), close: true };
}

/** Loads each page in headless Chromium and lists its help mechanisms in order. */
export async function collectHelp(pages: string[], options: CheckHelpOptions = {}): Promise<PageHelp[]> {
  const { browser, close } = await launch(options);
  const context = await browser.newContext({ javaScriptEnabled: !options.noJavaScript });
  const timeout = options.timeout ?? 15_000;
  const out: PageHelp[] = [];
  try {
    for (const page of pages) {
      const tab = await context.newPage();
      try {
        const response = await tab.goto(pageUrl(page), { waitUntil: 'load', timeout });
        if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()}`);
        if (!options.noJavaScript) await tab.evaluate(SETTLE);
        out.push({ page, mechanisms: (await tab.evaluate(COLLECT)) as string[] });
      } catch (e) {
        out.push({ page, mechanisms: [], error: (e as Error).message.split('\n')[0]!.slice(0, 200) });
      } finally {
        await tab.close();
      }
    }
  } finally {
    await context.close();
    if (close) await browser.close();
  }
  return out;
}

/**
 * Checks that help keeps its relative order on every page (WCAG 2.2 SC 3.2.6). For test
 * suites: `expect((await checkHelp(pages)).consistent).to.equal(true)`.
 */
export async function checkHelp(pages: string[], options: CheckHelpOptions = {}): Promise<CheckHelpReport> {
  return compareHelpOrder(await collectHelp(pages, options));
}
