/**
 * Failing networks, for every fetch the elements make: the finder's `src` (an
 * InMemorySource over a JSON file) and a RemoteSource. Each failure gives the right
 * visible state, a retry recovers, no promise rejection goes unhandled, and no stale
 * result is shown. Routes: /__hardening__/* in scripts/test-server-plugins.mjs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@auta/provider-finder/define.js';
import '@auta/alt-channel/define.js';
import type { AutaProviderFinder } from '@auta/provider-finder';
import { InMemorySource, ProviderLoadError, RemoteSource, type ProviderLoadErrorKind } from '@auta/provider-finder/data.js';
import { allText } from './helpers.js';

const REFUSED = 'http://127.0.0.1:9/providers.json';

let rejections: unknown[] = [];
const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
let container: HTMLElement;
let n = 0;
const key = () => `k${Date.now()}-${n++}`;

before(() => window.addEventListener('unhandledrejection', onRejection));
after(() => window.removeEventListener('unhandledrejection', onRejection));
beforeEach(() => {
  rejections = [];
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(async () => {
  // Rejections are reported a task after they go unhandled.
  await new Promise((r) => setTimeout(r, 50));
  container.remove();
  expect(rejections.map(String), 'unhandled promise rejections').to.deep.equal([]);
});

async function finder(setup: (el: AutaProviderFinder) => void): Promise<AutaProviderFinder> {
  const el = document.createElement('auta-provider-finder');
  el.setAttribute('lang', 'fi');
  el.searchDelay = 0;
  setup(el);
  container.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: AutaProviderFinder) => el.shadowRoot!;
const errorBox = (el: AutaProviderFinder) => root(el).querySelector('[part="error"]');
const loading = (el: AutaProviderFinder) => root(el).querySelector('.loading[aria-busy="true"]');
const cards = (el: AutaProviderFinder) => [...root(el).querySelectorAll('auta-provider-card')];
const retryButton = (el: AutaProviderFinder) => root(el).querySelector<HTMLButtonElement>('[part="error"] ~ p > button');

async function expectErrorState(el: AutaProviderFinder, what: string): Promise<void> {
  await waitUntil(() => errorBox(el), `${what}: no error shown`, { timeout: 8000 });
  await el.updateComplete;
  expect(cards(el), `${what}: results shown beside the error`).to.have.length(0);
  expect(loading(el), `${what}: still loading`).to.equal(null);
  expect(errorBox(el)!.textContent!.trim(), what).to.not.equal('');
  expect(retryButton(el), `${what}: no retry button`).to.not.equal(null);
}

async function expectResults(el: AutaProviderFinder, count: number, what: string): Promise<void> {
  await waitUntil(() => cards(el).length === count, `${what}: expected ${count} results, saw ${cards(el).length}`, { timeout: 8000 });
  expect(errorBox(el), `${what}: error left behind`).to.equal(null);
}

async function retry(el: AutaProviderFinder): Promise<void> {
  retryButton(el)!.focus();
  await sendKeys({ press: 'Enter' });
}

const FAILURES = [
  { mode: '500', what: 'HTTP 500' },
  { mode: 'invalid', what: 'invalid JSON' },
  { mode: 'html', what: 'an HTML error page with 200' },
  { mode: 'empty', what: 'an empty 200 answer' },
];

describe('hardening: failing networks, the finder’s src', function () {
  this.timeout(30_000);

  for (const { mode, what } of FAILURES) {
    it(`${what}: an error with a retry, and the retry recovers`, async () => {
      const el = await finder((f) => (f.src = `/__hardening__/providers?key=${key()}&fail=1&mode=${mode}&count=4`));
      await expectErrorState(el, what);
      await retry(el);
      await expectResults(el, 4, `${what}, retried`);
    });
  }

  it('a slow answer (3 s): the loading state shows meanwhile, the page keeps working, then the results', async () => {
    const notice = document.createElement('auta-alt-channel-notice');
    notice.setAttribute('lang', 'fi');
    notice.channels = [{ kind: 'phone', phoneNumbers: [{ number: '0295 123 456' }] }];
    container.append(notice);
    const started = performance.now();
    const el = await finder((f) => (f.src = `/__hardening__/providers?key=${key()}&fail=1&mode=slow&ms=3000&count=3`));
    await new Promise((r) => setTimeout(r, 500));
    expect(loading(el), 'loading state while waiting').to.not.equal(null);
    expect(loading(el)!.textContent!.trim()).to.not.equal('');
    expect(errorBox(el)).to.equal(null);
    // Meanwhile the rest of the page renders and responds.
    await notice.updateComplete;
    expect(notice.shadowRoot!.querySelector('a[href="tel:+358295123456"]')).to.not.equal(null);
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]');
    if (input) {
      input.focus();
      await sendKeys({ type: 'kirjasto' });
      expect(input.value).to.equal('kirjasto');
    }
    await waitUntil(() => !loading(el), 'still loading after the answer', { timeout: 8000 });
    expect(performance.now() - started).to.be.at.least(2900);
    expect(errorBox(el)).to.equal(null);
  });

  it('a timeout: an error with a retry, and the retry recovers', async () => {
    const url = `/__hardening__/providers?key=${key()}&fail=1&mode=slow&ms=3000&count=2`;
    const el = await finder((f) => (f.source = InMemorySource.fromUrl(url, { timeout: 500 })));
    await expectErrorState(el, 'timeout');
    await retry(el);
    await expectResults(el, 2, 'timeout, retried');
  });

  it('connection refused: an error with a retry; retrying again fails cleanly; a working src recovers', async () => {
    const el = await finder((f) => (f.src = REFUSED));
    await expectErrorState(el, 'connection refused');
    await retry(el);
    await expectErrorState(el, 'connection refused, retried');
    el.src = `/__hardening__/providers?key=${key()}&count=3`;
    await expectResults(el, 3, 'new src');
  });

  it('a newer src replaces an older one still loading: the older answer is never shown', async () => {
    const el = await finder((f) => (f.src = `/__hardening__/providers?key=${key()}&fail=1&mode=slow&ms=1500&count=7&label=Vanha`));
    await new Promise((r) => setTimeout(r, 100));
    el.src = `/__hardening__/providers?key=${key()}&count=2&label=Uusi`;
    await expectResults(el, 2, 'newer src');
    await new Promise((r) => setTimeout(r, 1800));
    expect(cards(el)).to.have.length(2);
    expect(allText(el)).to.include('Uusi').and.not.include('Vanha');
  });
});

describe('hardening: failing networks, a remote source', function () {
  this.timeout(30_000);

  for (const { mode, what } of FAILURES) {
    it(`${what}: an error with a retry, and the retry recovers`, async () => {
      const el = await finder((f) => (f.source = new RemoteSource(`/__hardening__/remote?key=${key()}&fail=1&mode=${mode}`)));
      await expectErrorState(el, what);
      await retry(el);
      await expectResults(el, 3, `${what}, retried`);
    });
  }

  it('a timeout and a refused connection: an error with a retry, no unhandled rejection', async () => {
    const slow = await finder((f) => (f.source = new RemoteSource(`/__hardening__/remote?key=${key()}&fail=1&mode=slow&ms=3000`, { timeout: 500 })));
    await expectErrorState(slow, 'remote timeout');
    await retry(slow);
    await expectResults(slow, 3, 'remote timeout, retried');
    const refused = await finder((f) => (f.source = new RemoteSource('http://127.0.0.1:9/search')));
    await expectErrorState(refused, 'remote refused');
  });

  for (const abortPrevious of [true, false]) {
    it(`an answer arriving after a newer query is never shown (abortPrevious: ${abortPrevious})`, async () => {
      const endpoint = `/__hardening__/remote?key=${key()}&slowq=hidas&ms=1500`;
      const el = await finder((f) => (f.source = new RemoteSource(endpoint, { abortPrevious })));
      await expectResults(el, 3, 'first load');
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await sendKeys({ type: 'hidas' });
      await new Promise((r) => setTimeout(r, 100));
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'nopea' });
      await waitUntil(() => allText(el).includes('Tulos nopea'), 'newest results not shown', { timeout: 5000 });
      // The slow answer to "hidas" arrives now; it must not replace the newer results.
      await new Promise((r) => setTimeout(r, 1800));
      await el.updateComplete;
      const text = allText(el);
      expect(text).to.include('Tulos nopea');
      expect(text, 'stale result shown').to.not.include('Tulos hidas');
      expect(errorBox(el)).to.equal(null);
    });
  }
});

describe('hardening: failing networks, the data layer says which failure it was', function () {
  this.timeout(20_000);

  const kindOf = async (p: Promise<unknown>): Promise<ProviderLoadErrorKind | 'resolved'> => {
    try {
      await p;
      return 'resolved';
    } catch (error) {
      expect(error).to.be.instanceOf(ProviderLoadError);
      return (error as ProviderLoadError).kind;
    }
  };

  it('InMemorySource.fromUrl: http, invalid-json (bad text and wrong type), network, timeout; then recovers', async () => {
    const cases: Array<[string, ProviderLoadErrorKind, { timeout?: number }]> = [
      ['fail=1&mode=500', 'http', {}],
      ['fail=1&mode=invalid', 'invalid-json', {}],
      ['fail=1&mode=html', 'invalid-json', {}],
      ['fail=1&mode=slow&ms=2000', 'timeout', { timeout: 300 }],
    ];
    for (const [params, kind, options] of cases) {
      const source = InMemorySource.fromUrl(`/__hardening__/providers?key=${key()}&${params}&count=3`, options);
      expect(await kindOf(source.load()), params).to.equal(kind);
      expect(source.status).to.equal('error');
      expect(await kindOf(source.load()), `${params}, again`).to.equal('resolved');
      expect(source.providers).to.have.length(3);
    }
    expect(await kindOf(InMemorySource.fromUrl(REFUSED).load())).to.equal('network');
  });

  it('RemoteSource: the older of two queries rejects as aborted, the newer resolves', async () => {
    const source = new RemoteSource(`/__hardening__/remote?key=${key()}&slowq=hidas&ms=800`, { abortPrevious: false });
    const older = source.search({ text: 'hidas' });
    const newer = source.search({ text: 'nopea' });
    const [a, b] = await Promise.allSettled([older, newer]);
    expect(a.status).to.equal('rejected');
    expect((a as PromiseRejectedResult).reason.kind).to.equal('aborted');
    expect(b.status).to.equal('fulfilled');
  });
});
