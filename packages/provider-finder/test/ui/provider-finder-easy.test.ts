import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
// The easy copy is compared with the standard copy of every language.
import '../../src/lang/sv.js';
import '../../src/lang/en.js';
import { captureWarnings } from '../../../../test/support/browser.js';
import { loadProviderFinderEasy, providerFinderCatalog, type AutaProviderCard, type AutaProviderFinder, type ProviderFinderMessages } from '../../src/index.js';
import { localProviders, tuesdayMorning } from './fixtures.js';
import { $, cards, countText, finder, ready } from './helpers.js';

type Lang = 'fi' | 'sv' | 'en';
const LANGS: Lang[] = ['fi', 'sv', 'en'];
/** How the easy `today` begins on a day with hours. */
const TODAY_OPEN: Record<Lang, string> = { fi: 'Tänään avoinna', sv: 'I dag öppet', en: 'Open today' };

const standard = (lang: Lang) => providerFinderCatalog[lang] as ProviderFinderMessages;
const easy = (lang: Lang) => providerFinderCatalog.easy![lang] as ProviderFinderMessages;
const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const trimmed = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

const fallbacks = (seen: string[]) => seen.filter((w) => /easy-to-read|English text/.test(w));

async function card(lang: Lang, level?: 'easy'): Promise<AutaProviderCard> {
  const el = await fixture<AutaProviderCard>(
    html`<auta-provider-card lang=${lang} language-level=${level ?? 'standard'} .provider=${localProviders(1)[0]!} .now=${tuesdayMorning} .distanceKm=${1.24}></auta-provider-card>`,
  );
  await el.updateComplete;
  return el;
}

describe('<auta-provider-finder> and <auta-provider-card>: easy-to-read copy', () => {
  // First in the file: each test file runs in a page of its own, so nothing has loaded the chunk yet.
  it('is a chunk of its own, loaded only when the easy level is asked for, with no flash of standard text', async () => {
    const el = await card('fi');
    expect(providerFinderCatalog.easy, 'not loaded at the standard level').to.equal(undefined);
    expect(shadowText(el)).to.contain(standard('fi').formsLabel);
    el.languageLevel = 'easy';
    await el.updateComplete;
    expect(providerFinderCatalog.easy, 'loaded at the easy level').not.to.equal(undefined);
    expect(shadowText(el)).to.contain(easy('fi').formsLabel);
    expect(shadowText(el)).not.to.contain(`${standard('fi').formsLabel} `);
  });

  it('has an easy text for every key of the finder and the card in fi, sv and en', async () => {
    await loadProviderFinderEasy();
    const keys = Object.keys(providerFinderCatalog.fi!).sort();
    for (const lang of LANGS) expect(Object.keys(providerFinderCatalog.easy![lang]!).sort(), lang).to.deep.equal(keys);
    // Not the standard copy under another name: most texts are rewritten.
    for (const lang of LANGS) {
      const rewritten = keys.filter((k) => String(easy(lang)[k as keyof ProviderFinderMessages]) !== String(standard(lang)[k as keyof ProviderFinderMessages]));
      expect(rewritten.length, `${lang}: rewritten keys`).to.be.greaterThan(keys.length / 3);
    }
  });

  it('says counts with their noun and the language’s plural rules', async () => {
    await loadProviderFinderEasy();
    expect(easy('fi').found(1)).to.equal('Löytyi 1 paikka.');
    expect(easy('fi').found(46)).to.equal('Löytyi 46 paikkaa.');
    expect(easy('sv').found(1)).to.equal('Vi hittade 1 ställe.');
    expect(easy('sv').found(2)).to.equal('Vi hittade 2 ställen.');
    expect(easy('en').found(1)).to.equal('We found 1 place.');
    expect(easy('en').showing(20, 46)).to.equal('You can see 20 places. There are 46 places in all.');
    expect(easy('fi').showing(1, 1)).to.equal('Näet 1 paikan. Paikkoja on yhteensä 1.');
    expect(easy('fi').filtersToggle(1)).to.equal('Valitse, mitä näytetään (1 valinta)');
    expect(easy('fi').filtersToggle(2)).to.equal('Valitse, mitä näytetään (2 valintaa)');
    expect(easy('en').filtersToggle(1)).to.equal('Choose what you want to see (1 choice)');
    expect(easy('fi').optionCount('Oulu', 1)).to.equal('Oulu, 1 paikka');
    expect(easy('sv').partial(1)).to.equal('Vi kan inte visa ett ställe. Det finns fel i uppgifterna om det.');
  });

  for (const lang of LANGS) {
    it(`renders the finder and its cards from the easy catalog in ${lang}, with no fallback, and stays accessible`, async () => {
      const seen = await captureWarnings(async () => {
        const el = await finder({ lang, attrs: { 'language-level': 'easy' } });
        await ready(el);
        const e = easy(lang);
        expect(trimmed($(el, 'label[for="q"]'))).to.equal(e.searchLabel);
        expect(trimmed($(el, '#q-hint'))).to.equal(e.searchHint);
        expect(trimmed($(el, 'button[type="submit"]'))).to.equal(e.searchButton);
        expect(trimmed($(el, '.filters-toggle'))).to.equal(e.filtersToggle(0));
        expect(trimmed($(el, '.filters-heading'))).to.equal(e.filtersHeading);
        const total = Number(countText(el).match(/\d+/)![0]);
        expect(countText(el)).to.equal(e.found(total));
        expect(countText(el)).not.to.equal(standard(lang).found(total));
        expect($(el, '.results')!.getAttribute('aria-label')).to.equal(e.resultsLabel);
        const first = cards(el)[0]!;
        expect(first.resolvedLanguageLevel).to.equal('easy');
        expect(shadowText(first)).to.contain(e.formsLabel);
        expect(shadowText(first)).to.contain(TODAY_OPEN[lang]);
        await expect(el).to.be.accessible();
      });
      expect(fallbacks(seen), 'no fallback to standard text').to.deep.equal([]);
    });

    it(`renders the card from the easy catalog in ${lang}`, async () => {
      const seen = await captureWarnings(async () => {
        const el = await card(lang, 'easy');
        const e = easy(lang);
        const t = shadowText(el);
        for (const text of [e.formsLabel, e.languagesLabel, e.addressLabel, e.phoneLabel, e.webLabel, e.away(lang === 'en' ? '1.2 km' : '1,2 km'), e.hoursDetails, e.chargeCharged]) {
          expect(t, `${lang}: ${text}`).to.contain(text);
        }
        expect(t).to.contain(e.kind('library'));
        await expect(el).to.be.accessible();
      });
      expect(fallbacks(seen), 'no fallback to standard text').to.deep.equal([]);
    });
  }

  it('follows data-auta-language-level="easy" on an ancestor, in the finder and the cards it makes', async () => {
    await loadProviderFinderEasy();
    const page = await fixture<HTMLElement>(html`<div data-auta-language-level="easy"></div>`);
    const el = await finder({ lang: 'sv' });
    page.append(el);
    await new Promise((r) => setTimeout(r));
    await ready(el);
    expect(el.resolvedLanguageLevel).to.equal('easy');
    expect(trimmed($(el, 'label[for="q"]'))).to.equal(easy('sv').searchLabel);
    const first = cards(el)[0]!;
    expect(first.resolvedLanguageLevel).to.equal('easy');
    expect(shadowText(first)).to.contain(easy('sv').formsLabel);
  });

  it('an element pinned to standard inside an easy page stays standard', async () => {
    await loadProviderFinderEasy();
    const page = await fixture<HTMLElement>(
      html`<div data-auta-language-level="easy">
        <auta-provider-card lang="en" language-level="standard" .provider=${localProviders(1)[0]!} .now=${tuesdayMorning}></auta-provider-card>
      </div>`,
    );
    const el = page.querySelector('auta-provider-card')!;
    await el.updateComplete;
    expect(el.resolvedLanguageLevel).to.equal('standard');
    expect(shadowText(el)).to.contain(standard('en').formsLabel);
  });

  it('takes a host’s easy override over the easy default, and the finder hands it to its cards', async () => {
    await loadProviderFinderEasy();
    const el: AutaProviderFinder = await finder({ lang: 'en', attrs: { 'language-level': 'easy' } });
    el.messages = { easy: { en: { searchLabel: 'Find help', formsLabel: 'Help you can get' } } };
    await el.updateComplete;
    await ready(el);
    expect(trimmed($(el, 'label[for="q"]'))).to.equal('Find help');
    expect(shadowText(cards(el)[0]!)).to.contain('Help you can get');
  });
});
