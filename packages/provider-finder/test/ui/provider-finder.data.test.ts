// Where the finder's data comes from and where its state goes: loading from `src` and its errors, stale answers, the shareable URL, presets and events, and the built-in sample.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemorySource, type ProviderSelectDetail } from '../../src/index.js';
import { ManualSource, allProviders, localProviders, remoteProviders } from './fixtures.js';
import {
  $,
  $$,
  byText,
  cardNames,
  cards,
  countText,
  deepActive,
  finder,
  keepOnTestPage,
  ready,
  sleep,
  typeInSearch,
} from './helpers.js';

keepOnTestPage();

describe('auta-provider-finder: loading from src', () => {
  const body = encodeURIComponent(JSON.stringify(localProviders(3)));

  it('loads a JSON file', async () => {
    const el = await finder({ src: `/__test__/providers.json?body=${body}` });
    expect(cards(el)).to.have.length(3);
  });

  let run = 0;
  const key = () => `finder-ui-${Date.now()}-${run++}`;

  // The hardening routes fail the first request of a key in the way `mode` says and
  // answer well after that, so the retry meets a server that has recovered.
  for (const [name, mode, words] of [
    ['an HTTP error (500)', '500', 'Palvelu ei juuri nyt toimi.'],
    ['invalid JSON', 'invalid', 'Paikkojen luettelo on viallinen'],
    ['an HTML error page instead of JSON', 'html', 'Paikkojen luettelo on viallinen'],
  ] as const) {
    it(`shows the error state for ${name}, and retry recovers`, async () => {
      const el = await finder({ src: `/__hardening__/providers?key=${key()}&fail=1&mode=${mode}&count=3` });
      expect($(el, '[part="error"]')!.textContent).to.contain(words);
      await expect(el).to.be.accessible();
      const retry = $$(el, 'button').find(byText('Yritä uudelleen'))!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length === 3, 'retry did not recover');
      expect(deepActive()?.id).to.equal('count');
    });
  }

  it('shows the error state for text that is not JSON', async () => {
    const el = await finder({ src: '/__test__/oops?type=text/plain&body=oops' });
    expect($(el, '[part="error"]')!.textContent).to.contain('Paikkojen luettelo on viallinen');
  });

  // a11y-evidence: finder.shows-error-state-server-does
  it('shows the error state when the server does not answer in time, and retry recovers', async () => {
    const el = await finder({ source: InMemorySource.fromUrl(`/__hardening__/providers?key=${key()}&fail=1&mode=slow&ms=2000&count=4`, { timeout: 300 }) });
    expect($(el, '[part="error"]')!.textContent).to.contain('Palvelu ei vastannut ajoissa.');
    $$(el, 'button').find(byText('Yritä uudelleen'))!.click();
    await waitUntil(() => cards(el).length === 4, 'retry did not recover');
  });
});

describe('auta-provider-finder: stale answers', () => {
  it('aborts an older query and never shows its answer', async () => {
    const source = new ManualSource();
    const el = await finder({ source, wait: false, attrs: { 'search-delay': '0' } });
    await waitUntil(() => source.calls.length === 1);
    source.calls[0]!.resolve();
    await ready(el);
    await typeInSearch(el, 'tur');
    await waitUntil(() => source.calls.length === 4, 'one query per keystroke');
    // Every older query was aborted when the next began.
    expect(source.calls.slice(1, 3).every((c) => c.signal?.aborted)).to.be.true;
    expect(source.calls[3]!.signal?.aborted).to.be.false;
    expect(source.calls[3]!.query.text).to.equal('tur');
    // The answers come back newest first: the older ones must lose.
    source.answerAllNewestFirst();
    await sleep(50);
    await ready(el);
    expect(countText(el)).to.equal('Löytyi 9 paikkaa');
    expect(cardNames(el).every((n) => n.endsWith('Turku'))).to.be.true;
  });
});

describe('auta-provider-finder: shareable state', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  // a11y-evidence: finder.reads-url-load-writes-filter
  it('reads the URL on load, writes filter changes, and Back restores them', async () => {
    history.replaceState(null, '', `${location.pathname}?page=host&q=digituki&forms=service-point`);
    const el = await finder({ syncUrl: true });
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('digituki');
    expect($<HTMLInputElement>(el, '#form-service-point')!.checked).to.be.true;
    const before = location.search;
    $<HTMLInputElement>(el, '#free')!.click();
    await waitUntil(() => new URLSearchParams(location.search).get('free') === 'true', 'the filter was not written');
    // The host's own parameters stay.
    expect(new URLSearchParams(location.search).get('page')).to.equal('host');
    history.back();
    await waitUntil(() => location.search === before);
    await waitUntil(() => !$<HTMLInputElement>(el, '#free')!.checked, 'Back did not restore the filters');
    expect($<HTMLInputElement>(el, '#form-service-point')!.checked).to.be.true;
  });

  it('writes typing with replaceState, not a history entry per word', async () => {
    history.replaceState(null, '', location.pathname);
    const el = await finder();
    el.syncUrl = true;
    await el.updateComplete;
    const length = history.length;
    await typeInSearch(el, 'vaasa');
    await waitUntil(() => new URLSearchParams(location.search).get('q') === 'vaasa', 'the text was not written', { timeout: 3000 });
    expect(history.length).to.equal(length);
  });
});

describe('auta-provider-finder: presets and events', () => {
  it('presets a municipality, forms and languages, and includes nationwide providers when asked', async () => {
    const el = await finder({ providers: allProviders() });
    el.municipality = '853';
    el.supportForms = 'service-point phone';
    el.includeNationwide = true;
    await el.updateComplete;
    await waitUntil(() => countText(el) === 'Löytyi 10 paikkaa');
    expect($<HTMLSelectElement>(el, '#area')!.value).to.equal('m:853');
    expect($<HTMLInputElement>(el, '#form-phone')!.checked).to.be.true;
    expect(cardNames(el)).to.include('Digitukilinja');
  });

  it('sends auta-provider-select when a result’s phone or web link is used', async () => {
    const el = await finder();
    const card = cards(el)[0]!;
    const phone = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="phone-link"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:+35890001000');
    expect(phone.textContent).to.equal('09 000 1000');
    phone.focus();
    const event = oneEvent(el, 'auta-provider-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await event) as CustomEvent<ProviderSelectDetail>;
    expect(detail).to.deep.equal({ id: 'local-01', name: 'Digituki 01 Helsinki', action: 'phone' });
  });

  // a11y-evidence: finder.renders-provider-text-ui-language
  it('renders provider text in the UI language, with a lang attribute where it falls back', async () => {
    const el = await finder({ lang: 'en', providers: remoteProviders });
    const names = cards(el).map((c) => c.shadowRoot!.querySelector('[part="heading"]')!);
    expect(names.map((n) => n.textContent!.trim())).to.deep.equal(['Digital support line', 'Videoneuvonta']);
    expect(names[1]!.querySelector('[lang]')!.getAttribute('lang')).to.equal('fi');
    expect(names[0]!.querySelector('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  // a11y-evidence: finder.follows-language-change-page
  it('follows a language change of the page', async () => {
    const el = await finder();
    el.setAttribute('lang', 'sv');
    await waitUntil(() => countText(el) === '47 ställen hittades');
    expect(cardNames(el)[0]).to.equal('Digistöd 01 Helsingfors');
    expect($(el, 'label[for="q"]')!.textContent).to.equal('Sök');
  });
});

describe('auta-provider-finder: with no configuration', () => {
  it('shows the built-in sample data, loaded on demand, and says it is made up', async function () {
    this.timeout(20000);
    const el = await finder({ providers: undefined, pageSize: 5 });
    el.providers = undefined;
    await el.updateComplete;
    await waitUntil(() => cards(el).length === 5 && cards(el)[0]!.provider?.sample === true, 'no sample data');
    await ready(el);
    expect($$(el, '.muted').map((p) => p.textContent!.trim())).to.include('Esimerkkiaineisto: paikat ovat keksittyjä.');
    await expect(el).to.be.accessible();
  });
});
