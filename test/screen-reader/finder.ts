import { fixture, html, waitUntil } from '@open-wc/testing';
import '@auta/provider-finder/define.js';
import { ProviderLoadError, type AutaProviderFinder, type ProviderSource } from '@auta/provider-finder';
import { VirtualReader, expectPhrases } from './reader.js';

/*
 * Shared by the provider finder's spoken-phrase tests (provider-finder.*.test.ts): the
 * provider finder as a screen-reader user meets it: searched by typing, filtered,
 * paged with "show more", one result's opening hours opened; the filters folded at 320 px;
 * nothing found; the data failing to load; "use my location" refused and allowed. Data: the
 * built-in fictional sample (the finder says so); clock Tuesday 12 May 2026, 10.30 in
 * Finland, as in the stories. Three results a page keep the logs readable.
 */
export const LANGS = ['fi', 'sv', 'en'] as const;
export const QUERY = { fi: 'kirjasto', sv: 'bibliotek', en: 'library' };
export const NOTHING = { fi: 'ksylofoni', sv: 'xylofon', en: 'xylophone' };
export const NOW = new Date('2026-05-12T07:30:00Z');
/** Longer than the finder's pause after the last keystroke (700 ms) before it announces. */
export const PAUSE = 1000;

/** A service that answers 503, as the stories' error state. */
export const failing: ProviderSource = {
  search: () => Promise.reject(new ProviderLoadError('http', 'The service answered 503.', { status: 503 })),
};

export async function finder(lang: string, { source, width }: { source?: ProviderSource; width?: number } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${width ? `max-width:${width}px` : ''}>
    <auta-provider-finder lang=${lang} .source=${source} .now=${NOW} page-size="3" heading-level="2"></auta-provider-finder>
  </div>`);
  const el = wrapper.querySelector('auta-provider-finder') as AutaProviderFinder;
  await waitUntil(() => el.shadowRoot!.querySelector('#count, [part="error"]'), 'the finder did not settle', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export async function journey(el: Element, name: string, steps: (sr: VirtualReader) => Promise<void>, { listening }: { listening?: VirtualReader } = {}) {
  const sr = listening ?? new VirtualReader();
  sr.attach(el);
  try {
    await new Promise((r) => setTimeout(r, 200));
    // What the first load announced is not part of a journey that starts after it, unless
    // the reader listened from before the element existed.
    if (!listening) sr.announcements();
    await steps(sr);
    await expectPhrases(name, sr.log);
    return sr.log;
  } finally {
    sr.stop();
  }
}

/** Live announcements between two steps of a log. */
export const spoken = (log: readonly string[], from: string, to?: string) => {
  const start = log.indexOf(from);
  const end = to ? log.indexOf(to, start + 1) : log.length;
  return log.slice(start, end < 0 ? log.length : end).filter((l) => l.startsWith('['));
};

/** Stubs the browser's geolocation (a refusal, or a point in Helsinki) for one journey. */
export async function withLocation(answer: 'denied' | 'helsinki', fn: () => Promise<void>) {
  const had = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback, fail?: PositionErrorCallback | null) =>
        setTimeout(() => {
          if (answer === 'helsinki') ok({ coords: { latitude: 60.1699, longitude: 24.9384, accuracy: 1000 }, timestamp: Date.now() } as GeolocationPosition);
          else fail?.({ code: 1, message: 'denied', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
        }, 50),
    },
  });
  try {
    await fn();
  } finally {
    if (had) Object.defineProperty(navigator, 'geolocation', had);
    else delete (navigator as unknown as Record<string, unknown>).geolocation;
  }
}

