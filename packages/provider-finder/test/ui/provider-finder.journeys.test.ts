// What a keyboard and a screen-reader user meet: the keyboard-only journey, the announcements, and sorting by location.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type SearchEventDetail } from '../../src/index.js';
import { ManualSource } from './fixtures.js';
import {
  $,
  $$,
  byLabel,
  byText,
  cardNames,
  cards,
  countText,
  deepActive,
  finder,
  keepOnTestPage,
  liveText,
  ready,
  sleep,
  stubGeolocation,
  tabTo,
  typeInSearch,
  watchAnnouncements,
} from './helpers.js';

keepOnTestPage();

describe('auta-provider-finder: keyboard-only journey', () => {
  // a11y-evidence: finder.types-query-sets-two-filters
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
    // The count is said once the filters have settled (300 ms), as a person would hear it before going on;
    // pressing "Show more" within that pause lets the filters' count be said after the new one.
    await waitUntil(() => liveText(el) === 'Löytyi 45 paikkaa', 'the count is announced after the filter change', { timeout: 3000 });
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

  // a11y-evidence: finder.chooses-municipality-native-select-keyboard
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

  // a11y-evidence: finder.submits-enter-without-reloading-page
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
  // a11y-evidence: finder.announces-count-once-per-pause
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
  // A filter's count waits 300 ms before it is said. "Show more" pressed within that pause
  // says the new count ("Showing 4 of 13"); the filter's count must not be said over it
  // afterwards. The filter's auta-search is still sent, at the press.
  it('drops the pending count when Show more is pressed before the count was said', async function () {
    this.timeout(20000);
    const source = new ManualSource();
    const el = await finder({ source, pageSize: 2, wait: false });
    await waitUntil(() => source.calls.length === 1);
    source.calls[0]!.resolve();
    await ready(el);
    const seen: SearchEventDetail[] = [];
    el.addEventListener('auta-search', (e) => seen.push((e as CustomEvent<SearchEventDetail>).detail));
    (document.activeElement as HTMLElement | null)?.blur();
    // The filter's answer is held while focus moves on to "Show more", so the key press
    // after it lands inside the 300 ms pause however slow the machine is at tabbing.
    await tabTo(byLabel('Ruotsi'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => source.calls.length === 2);
    await tabTo((e) => e.getAttribute('part') === 'more');
    const watch = watchAnnouncements(el);
    source.calls[1]!.resolve();
    await waitUntil(() => countText(el) === 'Löytyi 13 paikkaa', 'the filter was not applied', { interval: 5 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => source.calls.length === 3);
    expect(watch.texts, 'Show more was pressed after the count was said: the test proves nothing').to.deep.equal([]);
    source.calls[2]!.resolve();
    await waitUntil(() => liveText(el) === 'Näytetään 4 paikkaa, yhteensä 13.', 'the new count was not said');
    // Longer than the pause: the filter's count never comes after the new one.
    await sleep(600);
    watch.stop();
    expect(watch.texts).to.deep.equal(['Näytetään 4 paikkaa, yhteensä 13.']);
    expect(seen.map((d) => [d.filters.languages, d.total])).to.deep.equal([[['sv'], 13]]);
  });
});

describe('auta-provider-finder: near me', () => {
  // a11y-evidence: finder.never-asks-location-load-asks
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

  // a11y-evidence: finder.says-so-words-location-unavailable
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
