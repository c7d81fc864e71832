import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AutaProviderCard, AutaProviderFinder, ProviderSource } from '../../src/index.js';
import { allProviders, tuesdayMorning } from './fixtures.js';

export { findAll, snapshot, type AXNode } from '../../../../test/support/browser.js';

export interface FinderOptions {
  lang?: string;
  providers?: readonly unknown[];
  source?: ProviderSource;
  src?: string;
  attrs?: Record<string, string>;
  wait?: boolean;
  syncUrl?: boolean;
  pageSize?: number;
}

/** A finder on the page, by default over the test providers, at Tuesday 10:00 in Finland. */
export async function finder(options: FinderOptions = {}): Promise<AutaProviderFinder> {
  const el = await fixture<AutaProviderFinder>(html`
    <auta-provider-finder
      lang=${options.lang ?? 'fi'}
      .providers=${options.source || options.src ? undefined : (options.providers ?? allProviders())}
      .source=${options.source}
      src=${options.src ?? ''}
      .now=${tuesdayMorning}
      ?sync-url=${options.syncUrl ?? false}
      page-size=${options.pageSize ?? 20}
    ></auta-provider-finder>
  `);
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  if (options.wait !== false) await ready(el);
  return el;
}

export const root = (el: HTMLElement) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...root(el).querySelectorAll<T>(selector)];

/** Waits until the finder shows results, the empty state or an error, and no search is running. */
export async function ready(el: AutaProviderFinder): Promise<void> {
  await waitUntil(() => ($(el, '#count') || $(el, '[part="error"]')) && $(el, '.results')?.getAttribute('aria-busy') !== 'true', 'the finder did not settle', {
    timeout: 5000,
  });
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

export const cards = (el: HTMLElement) => $$<AutaProviderCard>(el, '.results > li > auta-provider-card');
export const cardNames = (el: HTMLElement) => cards(el).map((c) => c.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim());
export const countText = (el: HTMLElement) => $(el, '#count')?.textContent?.trim() ?? '';
export const liveText = (el: HTMLElement) => $(el, '[role="status"]')!.textContent!.trim();

/** The element that has focus, looking inside open shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Presses Tab (or Shift+Tab) until `match` has focus; fails after `max` presses. */
export async function tabTo(match: (el: Element) => boolean, { back = false, max = 80 } = {}): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const a = deepActive();
    if (a && match(a)) return a;
    if (back) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else {
      await sendKeys({ press: 'Tab' });
    }
  }
  throw new Error(`focus never reached the element (last: ${deepActive()?.outerHTML.slice(0, 120)})`);
}

export const byText = (text: string) => (e: Element) => e.textContent?.trim() === text;
export const byLabel = (text: string) => (e: Element) => {
  const id = e.id;
  if (!id) return false;
  const label = (e.getRootNode() as ShadowRoot).querySelector(`label[for="${id}"]`);
  return label?.textContent?.trim() === text;
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts the texts the live region is given (empty resets not counted). */
export function watchAnnouncements(el: HTMLElement): { texts: string[]; stop: () => void } {
  const region = $(el, '[role="status"]')!;
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const t = region.textContent!.trim();
    if (t) texts.push(t);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

/** Replaces `navigator.geolocation` for one test; returns how often the position was asked. */
export function stubGeolocation(answer: { lat: number; lon: number } | { code: 1 | 2 | 3 }): { calls: () => number; restore: () => void } {
  let calls = 0;
  const stub = {
    getCurrentPosition(ok: PositionCallback, fail?: PositionErrorCallback | null) {
      calls++;
      setTimeout(() => {
        if ('lat' in answer) ok({ coords: { latitude: answer.lat, longitude: answer.lon, accuracy: 500 } } as GeolocationPosition);
        else fail?.({ code: answer.code, message: 'stub', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      }, 10);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { value: stub, configurable: true });
  return {
    calls: () => calls,
    restore: () => {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
    },
  };
}

export { tuesdayMorning };

export const LANGS = ['fi', 'sv', 'en'] as const;

/** A query that matches exactly one provider of the fixtures. */
export const ONE = 'Digituki 07';

export async function typeInSearch(el: AutaProviderFinder, text: string): Promise<void> {
  $<HTMLInputElement>(el, '#q')!.focus();
  await sendKeys({ type: text });
}

/**
 * Hooks for a test file: links must not navigate away from the test page (tel:, mailto:,
 * https://example.com), while other clicks (checkboxes) keep their default action; and
 * every test starts again at a desktop width.
 */
export function keepOnTestPage(): void {
  const stopNavigation = (e: Event) => {
    if ((e.composedPath()[0] as Element).closest?.('a[href]')) e.preventDefault();
  };
  before(() => document.addEventListener('click', stopNavigation));
  after(() => document.removeEventListener('click', stopNavigation));
  afterEach(async () => {
    await setViewport({ width: 1000, height: 800 });
  });
}
