import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

export { LANGS, findAll, snapshot, type AXNode } from '../../../test/support/browser.js';

export const THEMES = ['light', 'dark', 'forced'] as const;
export const WIDTHS = [320, 1280] as const;

/** Sets the page's language, colour theme and width. */
export async function environment(lang: string, theme: (typeof THEMES)[number], width: number): Promise<void> {
  document.documentElement.lang = lang;
  // A dark page: the scheme and the page's own dark background.
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : '';
  document.documentElement.style.background = theme === 'dark' ? '#15181c' : '';
  await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: theme === 'forced' ? 'active' : 'none' }]);
  await setViewport({ width, height: 800 });
}

export async function resetEnvironment(): Promise<void> {
  await environment('en', 'light', 800);
}

/** axe finds nothing, and nothing is wider than the viewport (WCAG 1.4.10). */
export async function checkState(el: HTMLElement, state: string, width: number): Promise<void> {
  await expect(el, state).to.be.accessible();
  expect(el.scrollWidth, `${state}: width`).to.be.at.most(Math.max(width, el.clientWidth));
  for (const control of el.querySelectorAll<HTMLElement>('input, textarea, button')) {
    if (control.getAttribute('type') === 'hidden') continue;
    expect(control.getBoundingClientRect().right, `${state}: ${control.id}`).to.be.at.most(width + 1);
  }
}

/** Every `aria-describedby` id of `el` resolves inside the element's own tree. */
export function describedByResolves(root: HTMLElement): void {
  for (const node of root.querySelectorAll('[aria-describedby]')) {
    for (const id of node.getAttribute('aria-describedby')!.split(/\s+/).filter(Boolean)) {
      expect(root.querySelector(`#${CSS.escape(id)}`), `#${id}`).to.exist;
    }
  }
}

/** Nothing kept in the browser: no cookie, no web storage, no database. */
export async function nothingStored(): Promise<void> {
  expect(document.cookie).to.equal('');
  expect(localStorage.length).to.equal(0);
  expect(sessionStorage.length).to.equal(0);
  expect(await indexedDB.databases()).to.deep.equal([]);
  expect(await caches.keys()).to.deep.equal([]);
}

/** Records every fetch, beacon and XHR the page makes while `fn` runs (and stops them). */
export async function requestsDuring(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const { fetch: originalFetch } = window;
  const beacon = navigator.sendBeacon;
  const open = XMLHttpRequest.prototype.open;
  window.fetch = (input: RequestInfo | URL) => {
    seen.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return Promise.resolve(new Response('{}'));
  };
  navigator.sendBeacon = (url: string | URL) => {
    seen.push(`beacon ${String(url)}`);
    return true;
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
    seen.push(`xhr ${method} ${String(url)}`);
    (open as (m: string, u: string | URL) => void).call(this, method, url);
  };
  try {
    await fn();
  } finally {
    window.fetch = originalFetch;
    navigator.sendBeacon = beacon;
    XMLHttpRequest.prototype.open = open;
  }
  return seen;
}
