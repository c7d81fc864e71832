import { expect, oneEvent } from '@open-wc/testing';
import { withSamiNames } from '../../src/lang/se.js';
import type { Provider } from '../../src/index.js';
import { $, $$, cards, finder } from './helpers.js';

// Northern Sámi (draft copy): the finder and its cards speak it once `lang/se.js` is
// imported; municipalities of the Sámi homeland get their official Sámi names from
// `withSamiNames` when the data gives Finnish and Swedish only (as PTV does).
const WEEKDAYS_9_16 = [{ serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Friday' as const, from: '09:00', to: '16:00' }] }];

function place(id: string, code: string, town: { fi: string; sv: string }, lat: number): Provider {
  return {
    id,
    name: { fi: `Digituki ${town.fi}`, se: `Digidoarja ${id}` },
    kind: 'library',
    supportForms: ['service-point'],
    languages: ['fi', 'se'],
    areaType: 'LimitedType',
    addresses: [
      {
        type: 'Location',
        street: { fi: 'Esimerkkitie' },
        streetNumber: '1',
        postalCode: '99999',
        postOffice: { fi: town.fi },
        municipality: { code, name: town },
        latitude: lat,
        longitude: 27,
      },
    ],
    serviceHours: WEEKDAYS_9_16,
  };
}

// Fictional places (example street, postcode 99999) in Utsjoki and Inari.
const PROVIDERS = [place('ohcejohka', '890', { fi: 'Utsjoki', sv: 'Utsjoki' }, 69.9), place('anar', '148', { fi: 'Inari', sv: 'Enare' }, 68.9)];
PROVIDERS.forEach(withSamiNames);

describe('<auta-provider-finder> in Northern Sámi (se)', () => {
  it('speaks Sámi: the count with the dual (two), the search, the filters; stays accessible', async () => {
    const el = await finder({ lang: 'se', providers: PROVIDERS });
    expect(el.resolvedLang).to.equal('se');
    expect($(el, '#count')!.textContent!.trim()).to.equal('Bohtosiin leaba 2 báikki');
    expect($(el, 'label[for="q"], label')!.textContent!.trim()).to.equal('Oza');
    const options = $$<HTMLOptionElement>(el, 'select option').map((o) => o.textContent!.trim());
    expect(options).to.include.members(['Olles Suopma', 'Anár (1)', 'Ohcejohka (1)']);
    await expect(el).to.be.accessible();
  });

  it('one result: the singular', async () => {
    const el = await finder({ lang: 'se', providers: PROVIDERS.slice(0, 1) });
    expect($(el, '#count')!.textContent!.trim()).to.equal('Bohtosiin lea 1 báiki');
  });

  it('cards: Sámi names, the municipality in Sámi, hours with Sámi words', async () => {
    const el = await finder({ lang: 'se', providers: PROVIDERS });
    const [first] = cards(el);
    const text = first!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/Digidoarja (ohcejohka|anar)/);
    expect(text).to.match(/Ohcejohka|Anár/);
    expect(text).to.contain('Odne diibmu 9–16.');
    const details = first!.shadowRoot!.querySelector('details')!;
    const toggled = oneEvent(details, 'toggle');
    first!.shadowRoot!.querySelector('summary')!.click();
    await toggled;
    await first!.updateComplete;
    expect(details.textContent!.replace(/\s+/g, ' ')).to.contain('Mánnodagas bearjadahkii diibmu 9–16');
    await expect(first!).to.be.accessible();
  });
});
