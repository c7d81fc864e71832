import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { InMemorySource, type AutaProviderFinder, type ProviderSelectDetail, type SearchEventDetail } from '../../src/index.js';
import { FlakySource, ManualSource, allProviders, localProviders, remoteProviders } from './fixtures.js';
import {
  $,
  $$,
  byLabel,
  byText,
  cardNames,
  cards,
  countText,
  deepActive,
  findAll,
  finder,
  liveText,
  ready,
  sleep,
  snapshot,
  stubGeolocation,
  tabTo,
  watchAnnouncements,
} from './helpers.js';

// Links must not navigate away from the test page (tel:, mailto:, https://example.com);
// other clicks (checkboxes) keep their default action.
const stopNavigation = (e: Event) => {
  if ((e.composedPath()[0] as Element).closest?.('a[href]')) e.preventDefault();
};
before(() => document.addEventListener('click', stopNavigation));
after(() => document.removeEventListener('click', stopNavigation));
afterEach(async () => {
  await setViewport({ width: 1000, height: 800 });
});

const LANGS = ['fi', 'sv', 'en'] as const;

async function typeInSearch(el: AutaProviderFinder, text: string) {
  $<HTMLInputElement>(el, '#q')!.focus();
  await sendKeys({ type: text });
}

/** A query that matches exactly one provider of the fixtures. */
const ONE = 'Digituki 07';

describe('auta-provider-finder: accessibility in every state', () => {
  for (const lang of LANGS) {
    it(`is accessible with results, in ${lang}`, async () => {
      const el = await finder({ lang, pageSize: 8 });
      await expect(el).to.be.accessible();
      expect(cards(el)).to.have.length(8);
    });
  }

  it('is accessible at 320px, where the filters fold into a disclosure that counts the active ones', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await finder({ pageSize: 5, attrs: { 'support-forms': 'phone chat' } });
    await ready(el);
    const toggle = $(el, '.filters-toggle')!;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(toggle.textContent!.trim()).to.equal('Rajaa hakua (2 valittua)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle($(el, '#filters')!).display).to.equal('none');
    await expect(el).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle($(el, '#filters')!).display).to.not.equal('none');
    await expect(el).to.be.accessible();
    // No horizontal scrolling at 320px (WCAG 1.4.10).
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('shows the filters without a disclosure on a wide screen', async () => {
    const el = await finder();
    expect(getComputedStyle($(el, '.filters-toggle')!).display).to.equal('none');
    expect(getComputedStyle($(el, '#filters')!).display).to.not.equal('none');
  });

  it('is accessible in forced colours and on a dark page', async function () {
    this.timeout(30000);
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      await expect(await finder({ pageSize: 5 })).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
    }
    const page = document.documentElement.style;
    page.colorScheme = 'dark';
    page.background = '#15181c';
    try {
      const el = await finder({ lang: 'sv', pageSize: 5 });
      await expect(el).to.be.accessible();
      // The dark tokens are in use: light text on the dark page.
      expect(getComputedStyle(el).color).to.equal('rgb(232, 234, 237)');
    } finally {
      page.colorScheme = '';
      page.background = '';
    }
  });

  it('is accessible with one result', async () => {
    const el = await finder();
    await typeInSearch(el, ONE);
    await waitUntil(() => cards(el).length === 1);
    await ready(el);
    expect(countText(el)).to.equal('Löytyi 1 paikka');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading, and says so in words', async () => {
    const el = await finder({ source: InMemorySource.fromUrl('/__test__/slow?delay=4000', { timeout: 8000 }), wait: false });
    await waitUntil(() => $(el, '.loading'));
    expect($(el, '.loading')!.textContent!.trim()).to.equal('Ladataan tukipaikkoja…');
    await waitUntil(() => liveText(el) === 'Ladataan tukipaikkoja…');
    await expect(el).to.be.accessible();
  });

  it('is accessible when nothing is found, and offers remote support and removing the filters', async () => {
    const notice = document.createElement('div');
    notice.innerHTML = '<auta-alt-channel-notice id="other-ways"></auta-alt-channel-notice>';
    document.body.append(notice);
    try {
      const el = await finder({ attrs: { languages: 'sv' } });
      await typeInSearch(el, 'Vaasa');
      await ready(el);
      // Turn on a filter no Vaasa provider has: only the empty state is left.
      $<HTMLInputElement>(el, '#access-parking')!.click();
      await waitUntil(() => countText(el) === 'Paikkoja ei löytynyt');
      await waitUntil(() => $$(el, '.remote auta-provider-card').length === 2, 'remote support was not offered');
      const empty = $(el, '[part="empty"]')!;
      expect(empty.textContent).to.contain('Voit myös poistaa rajaukset');
      expect($(el, '.remote-heading')!.localName).to.equal('h2');
      const link = [...empty.querySelectorAll('a')].find((a) => a.getAttribute('href') === '#other-ways');
      expect(link?.textContent).to.equal('Muut tavat hoitaa asia');
      await expect(el).to.be.accessible();

      // "Remove filters" brings results back and puts focus on the new count.
      const button = [...empty.querySelectorAll('button')].find(byText('Poista rajaukset'))!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length > 0);
      expect(deepActive()?.id).to.equal('count');
      expect($<HTMLInputElement>(el, '#lang-sv')!.checked).to.be.false;
    } finally {
      notice.remove();
    }
  });

  it('shows partially invalid data: the valid records and a discreet note', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const broken = [{ id: 'x1', name: {} }, { id: 'x2', kind: 'castle' }, { nothing: true }];
      const el = await finder({ providers: [...localProviders(5), ...broken] });
      expect(cards(el)).to.have.length(5);
      expect($(el, '.partial')!.textContent!.trim()).to.equal('3 paikkaa ei voitu näyttää, koska niiden tiedoissa on virheitä.');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('shows an error, announced politely on load, with a retry that recovers', async () => {
    const source = new FlakySource(1, 'http');
    const el = await finder({ source });
    const error = $(el, '[part="error"]')!;
    expect(error.textContent).to.contain('Paikkoja ei voitu ladata');
    expect(error.textContent).to.contain('Palvelu ei juuri nyt toimi.');
    // Nobody asked yet: not an alert, but told through the polite status region.
    expect(error.getAttribute('role')).to.equal(null);
    await waitUntil(() => liveText(el).startsWith('Paikkoja ei voitu ladata'));
    await expect(el).to.be.accessible();
    const retry = $$(el, 'button').find(byText('Yritä uudelleen'))!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length === 20);
    expect(source.attempts).to.equal(2);
    expect(deepActive()?.id).to.equal('count');
  });

  it('shows an error after a person’s search as an alert', async () => {
    const source = new FlakySource(0, 'timeout');
    const el = await finder({ source });
    (source as unknown as { failures: number }).failures = 1;
    await typeInSearch(el, 'a');
    await waitUntil(() => $(el, '[part="error"]'));
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect($(el, '[part="error"]')!.textContent).to.contain('Palvelu ei vastannut ajoissa.');
    await expect(el).to.be.accessible();
  });

  it('is accessible when the location is denied, and everything else keeps working', async () => {
    const geo = stubGeolocation({ code: 1 });
    try {
      const el = await finder();
      const button = $$(el, 'button').find(byText('Käytä sijaintiani'))!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.problem'));
      expect($(el, '.problem')!.textContent).to.contain('Sijaintiasi ei jaettu');
      await waitUntil(() => liveText(el).startsWith('Sijaintiasi ei jaettu'));
      expect(cards(el)).to.have.length(20);
      await expect(el).to.be.accessible();
      await typeInSearch(el, 'Turku');
      await waitUntil(() => countText(el) === 'Löytyi 9 paikkaa');
    } finally {
      geo.restore();
    }
  });
});

describe('auta-provider-finder: accessibility tree', () => {
  it('has a search landmark, a labelled field, groups named by legends and a list of headed results', async () => {
    const el = await finder();
    const tree = await snapshot();
    const search = findAll(tree, (n) => n.role === 'search');
    expect(search).to.have.length(1);
    const field = findAll(search[0], (n) => n.role === 'searchbox');
    expect(field.map((f) => f.name)).to.deep.equal(['Hae']);
    expect(findAll(search[0], (n) => n.role === 'combobox').map((c) => c.name)).to.include('Kunta tai maakunta');
    // Puppeteer's snapshot leaves out group nodes, so the fieldsets are read from the DOM:
    // a fieldset's first-child legend is its accessible name (HTML-AAM).
    const groups = $$(el, 'search fieldset').map((f) => (f.firstElementChild?.localName === 'legend' ? f.firstElementChild.textContent!.trim() : ''));
    expect(groups).to.deep.equal(['Tuen muoto', 'Etätuki', 'Lähituki', 'Koulutus', 'Kieli', 'Tilojen esteettömyys', 'Muut']);
    expect(findAll(search[0], (n) => n.role === 'checkbox').map((c) => c.name)).to.include.members(['Puhelin', 'Ruotsi', 'Maksuton', 'Avoinna nyt']);
    // Lists and items are left out of the snapshot too: the list is an <ol> named "Hakutulokset"
    // whose items each hold a card; the snapshot shows each card's heading in order.
    const list = $(el, 'ol.results')!;
    expect(list.getAttribute('aria-label')).to.equal('Hakutulokset');
    expect([...list.children].every((li) => li.localName === 'li' && li.firstElementChild?.localName === 'auta-provider-card')).to.be.true;
    const headings = findAll(tree, (n) => n.role === 'heading' && n.level === 2);
    expect(headings).to.have.length(20);
    expect(headings.map((h) => h.name).slice(0, 2)).to.deep.equal(['Digituki 01 Helsinki', 'Digituki 02 Espoo']);
    expect(findAll(tree, (n) => n.role === 'link' && n.name === '09 000 1000')).to.have.length(1);
  });

  it('uses the heading level it is given', async () => {
    const el = await finder({ attrs: { 'heading-level': '3' } });
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(cards(el)[0]!.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h3');
  });
});

describe('auta-provider-finder: keyboard-only journey', () => {
  it('types a query, sets two filters, opens details, shows more and clears the filters, by key presses', async function () {
    this.timeout(40000);
    const el = await finder({ pageSize: 5 });
    (document.activeElement as HTMLElement | null)?.blur();
    // 1. The search field is the first stop.
    await tabTo((e) => e.id === 'q');
    await sendKeys({ type: 'digituki' });
    await waitUntil(() => countText(el) === 'Löytyi 46 paikkaa');
    // 2. Two filters: "Neuvonta palvelupisteessä" and "Suomi".
    await tabTo(byLabel('Neuvonta palvelupisteessä'));
    await sendKeys({ press: 'Space' });
    await tabTo(byLabel('Suomi'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => $<HTMLInputElement>(el, '#lang-fi')!.checked && $<HTMLInputElement>(el, '#form-service-point')!.checked);
    await ready(el);
    expect(countText(el)).to.equal('Löytyi 45 paikkaa');
    // 3. Open the first result's hours in place.
    const summary = await tabTo((e) => e.localName === 'summary');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (summary.parentElement as HTMLDetailsElement).open);
    expect(summary.parentElement!.textContent).to.contain('Maanantaista perjantaihin kello 9–16');
    // 4. Show more: focus lands on the first new result, and the new count is announced.
    await tabTo((e) => e.getAttribute('part') === 'more');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length === 10);
    await waitUntil(() => deepActive()?.getAttribute('part') === 'heading');
    expect(deepActive()!.textContent!.trim()).to.equal(cardNames(el)[5]);
    await waitUntil(() => liveText(el) === 'Näytetään 10 paikkaa, yhteensä 45.');
    // 5. Back to "Clear filters" and press it.
    await tabTo(byText('Poista rajaukset'), { back: true, max: 400 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$<HTMLInputElement>(el, '#lang-fi')!.checked && !$<HTMLInputElement>(el, '#form-service-point')!.checked);
    await ready(el);
    expect(countText(el)).to.equal('Löytyi 46 paikkaa');
  });

  it('chooses a municipality from the native select with the keyboard', async () => {
    const el = await finder();
    const select = $<HTMLSelectElement>(el, '#area')!;
    const options = [...select.options].map((o) => o.textContent!.trim());
    expect(options[0]).to.equal('Koko Suomi');
    expect(options).to.include('Turku (9)');
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(['Maakunnat', 'Kunnat']);
    select.focus();
    // Keyboard selection by typing the name, as people do in long native selects.
    await sendKeys({ type: 'Turku' });
    await waitUntil(() => select.value === 'm:853');
    await waitUntil(() => countText(el) === 'Löytyi 9 paikkaa');
  });

  it('submits with Enter without reloading the page', async () => {
    const el = await finder();
    await typeInSearch(el, 'Espoo');
    const marker = Symbol.for('still-the-same-page');
    (window as unknown as Record<symbol, boolean>)[marker] = true;
    const event = oneEvent(el, 'auta-search');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await event) as CustomEvent<SearchEventDetail>;
    expect(detail.query).to.equal('Espoo');
    expect(detail.total).to.equal(9);
    await sleep(200);
    expect((window as unknown as Record<symbol, boolean>)[marker]).to.be.true;
    expect(deepActive()?.id).to.equal('q');
  });
});

describe('auta-provider-finder: announcements', () => {
  it('announces the count once per pause in typing, not per keystroke', async () => {
    const el = await finder();
    await sleep(50);
    const watch = watchAnnouncements(el);
    await typeInSearch(el, 'digituki turku');
    // Results follow each keystroke …
    await waitUntil(() => countText(el) === 'Löytyi 9 paikkaa');
    expect(watch.texts).to.deep.equal([]);
    // … and the count is spoken once, after the pause.
    await waitUntil(() => watch.texts.length === 1, 'no announcement after the pause', { timeout: 3000 });
    await sleep(900);
    watch.stop();
    expect(watch.texts).to.deep.equal(['Löytyi 9 paikkaa']);
  });

  it('sends auta-search once per settled search, not per keystroke', async () => {
    const el = await finder();
    const seen: SearchEventDetail[] = [];
    el.addEventListener('auta-search', (e) => seen.push((e as CustomEvent<SearchEventDetail>).detail));
    await typeInSearch(el, 'espoo');
    await waitUntil(() => seen.length === 1, 'no auta-search', { timeout: 3000 });
    $<HTMLInputElement>(el, '#free')!.click();
    await waitUntil(() => seen.length === 2, 'no auta-search after a filter', { timeout: 3000 });
    await sleep(800);
    expect(seen).to.have.length(2);
    expect(seen[1]).to.deep.equal({
      query: 'espoo',
      filters: { municipalities: [], regions: [], forms: [], languages: [], accessibility: [], free: true, openNow: false },
      sort: 'relevance',
      nearMe: false,
      total: 4,
    });
  });
});

describe('auta-provider-finder: near me', () => {
  it('never asks for the location on load; asks when pressed, then sorts by distance with distances', async () => {
    const geo = stubGeolocation({ lat: 60.45, lon: 22.27 });
    try {
      const el = await finder();
      expect(geo.calls()).to.equal(0);
      const button = $$(el, 'button').find(byText('Käytä sijaintiani'))!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cardNames(el)[0]?.endsWith('Turku'));
      expect(geo.calls()).to.equal(1);
      expect($<HTMLSelectElement>(el, '#sort')!.value).to.equal('distance');
      const distance = cards(el)[0]!.shadowRoot!.querySelector('.distance')!.textContent!;
      expect(distance).to.match(/^\d+ m päässä$|^\d,\d km päässä$/);
      // The same button now stops using the location, and keeps focus.
      expect(deepActive()?.textContent?.trim()).to.equal('Lopeta sijainnin käyttö');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cardNames(el)[0] === 'Digituki 01 Helsinki');
      expect(cards(el)[0]!.shadowRoot!.querySelector('.distance')).to.equal(null);
    } finally {
      geo.restore();
    }
  });

  it('says so in words when the location is unavailable or too slow', async () => {
    for (const [code, words] of [
      [2, 'Sijaintiasi ei löytynyt.'],
      [3, 'Sijainnin haku kesti liian kauan.'],
    ] as const) {
      const geo = stubGeolocation({ code });
      try {
        const el = await finder();
        $$(el, 'button').find(byText('Käytä sijaintiani'))!.click();
        await waitUntil(() => $(el, '.problem'));
        expect($(el, '.problem')!.textContent).to.contain(words);
        expect(cards(el)).to.have.length(20);
      } finally {
        geo.restore();
      }
    }
  });

  it('offers a typed municipality as a filter', async () => {
    const el = await finder();
    await typeInSearch(el, 'åbo');
    await waitUntil(() => $$(el, '.link-button').find(byText('Näytä vain Turku')), 'no offer to filter by Turku');
    const button = $$(el, '.link-button').find(byText('Näytä vain Turku'))!;
    button.click();
    await waitUntil(() => $<HTMLSelectElement>(el, '#area')!.value === 'm:853');
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('');
  });
});

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

  it('renders provider text in the UI language, with a lang attribute where it falls back', async () => {
    const el = await finder({ lang: 'en', providers: remoteProviders });
    const names = cards(el).map((c) => c.shadowRoot!.querySelector('[part="heading"]')!);
    expect(names.map((n) => n.textContent!.trim())).to.deep.equal(['Digital support line', 'Videoneuvonta']);
    expect(names[1]!.querySelector('[lang]')!.getAttribute('lang')).to.equal('fi');
    expect(names[0]!.querySelector('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

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
