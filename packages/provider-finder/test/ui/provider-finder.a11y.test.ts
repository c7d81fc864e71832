// The finder's accessibility in every state (axe at both widths, in forced colours and dark, loading, empty, error, partial data, location denied) and its accessibility tree.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { InMemorySource } from '../../src/index.js';
import { FlakySource, localProviders } from './fixtures.js';
import {
  $,
  $$,
  byText,
  cards,
  countText,
  deepActive,
  findAll,
  finder,
  keepOnTestPage,
  LANGS,
  liveText,
  ONE,
  ready,
  snapshot,
  stubGeolocation,
  typeInSearch,
} from './helpers.js';

keepOnTestPage();

describe('auta-provider-finder: accessibility in every state', () => {
  for (const lang of LANGS) {
    // a11y-evidence: finder.accessible-results
    it(`is accessible with results, in ${lang}`, async () => {
      const el = await finder({ lang, pageSize: 8 });
      await expect(el).to.be.accessible();
      expect(cards(el)).to.have.length(8);
    });
  }

  // a11y-evidence: finder.accessible-320px-where-filters-fold
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

  // a11y-evidence: finder.accessible-forced-colours-dark-page
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

  // a11y-evidence: finder.accessible-while-loading-says-so
  it('is accessible while loading, and says so in words', async () => {
    const el = await finder({ source: InMemorySource.fromUrl('/__test__/slow?delay=4000', { timeout: 8000 }), wait: false });
    await waitUntil(() => $(el, '.loading'));
    expect($(el, '.loading')!.textContent!.trim()).to.equal('Ladataan tukipaikkoja…');
    await waitUntil(() => liveText(el) === 'Ladataan tukipaikkoja…');
    await expect(el).to.be.accessible();
  });

  // a11y-evidence: finder.accessible-nothing-found-offers-remote
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

  // a11y-evidence: finder.shows-partially-invalid-data-valid
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

  // a11y-evidence: finder.shows-error-announced-politely-load
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

  // a11y-evidence: finder.shows-error-after-persons-search
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

  // a11y-evidence: finder.accessible-location-denied-everything-else
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
  // a11y-evidence: finder.has-search-landmark-labelled-field
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

  // a11y-evidence: finder.uses-heading-level-given
  it('uses the heading level it is given', async () => {
    const el = await finder({ attrs: { 'heading-level': '3' } });
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(cards(el)[0]!.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h3');
  });
});
