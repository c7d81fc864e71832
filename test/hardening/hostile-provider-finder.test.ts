/**
 * The hostile corpus through the finder's data entry points: the `providers` property, a
 * `src` JSON file served by the test server, and `<auta-provider-card>`'s `provider`
 * property given unvalidated data directly.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@auta/provider-finder/define.js';
import type { AutaProviderCard, AutaProviderFinder } from '@auta/provider-finder';
import type { Provider, ProviderInput } from '@auta/provider-finder/data.js';
import { BAD_URLS, BROKEN_TEXT, jsonOf, POLLUTION_JSON, STRUCTURES, TEXT_INJECTIONS, WRONG_TYPES } from './fixtures/hostile.js';
import { allText, hostileFixture, hrefs, renderedProblems, settle } from './helpers.js';

/** A SAMPLE provider: fictional place, number and address. */
function provider(id: string, patch: (p: Record<string, any>) => void = () => undefined): Record<string, unknown> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const p = {
    id,
    sample: true,
    name: { fi: `Esimerkkikirjasto ${id}` },
    description: { fi: 'Esimerkkitietoa: apua digiasiointiin.' },
    kind: 'library',
    supportForms: ['service-point', 'phone'],
    languages: ['fi'],
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', code: '091' }],
    addresses: [
      {
        type: 'Location',
        street: { fi: 'Esimerkkikatu' },
        streetNumber: '1',
        postalCode: '00100',
        postOffice: { fi: 'Helsinki' },
        municipality: { code: '091', name: { fi: 'Helsinki' } },
        additionalInformation: { fi: 'Sisäänkäynti pihalta' },
      },
    ],
    phoneNumbers: [{ number: '0295 123 456', serviceChargeType: 'Other', additionalInformation: { fi: 'Neuvonta' } }],
    emails: [{ value: 'neuvonta@example.com' }],
    webPages: [{ url: 'https://example.com/kirjasto', name: { fi: 'Kirjaston sivut' } }],
    serviceHours: [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }], additionalInformation: { fi: 'Arkisin' } }],
    accessibility: { stepFree: true, description: { fi: 'Esteetön sisäänkäynti' } },
  };
  patch(p);
  return p;
}
const SENTINEL = provider('sentinel');
const SENTINEL_HREF = 'https://example.com/kirjasto';

function withText(id: string, v: string) {
  return provider(id, (p) => {
    p.name = { fi: v, sv: 'Exempel' };
    p.description = { fi: v };
    p.addresses[0].street = { fi: v };
    p.addresses[0].additionalInformation = { fi: v };
    p.phoneNumbers[0].additionalInformation = { fi: v };
    p.webPages[0].name = { fi: v };
    p.serviceHours[0].additionalInformation = { fi: v };
    p.accessibility.description = { fi: v };
  });
}

const fixture = hostileFixture('48rem');
const spy = fixture.spy;
let n = 0;

type Entry = 'providers' | 'src';

async function serve(json: string): Promise<string> {
  const key = `hostile-${Date.now()}-${n++}`;
  await fetch(`/__hardening__/store?key=${key}`, { method: 'POST', body: json });
  return `/__hardening__/stored?key=${key}`;
}

async function finder(data: unknown, entry: Entry): Promise<AutaProviderFinder> {
  const el = document.createElement('auta-provider-finder');
  el.setAttribute('lang', 'fi');
  el.searchDelay = 0;
  el.pageSize = 100;
  // Deliberately not what the type allows: the finder must survive what JavaScript hosts send.
  if (entry === 'providers') el.providers = data as ProviderInput[];
  else el.src = await serve(jsonOf(data));
  fixture.container.append(el);
  await el.updateComplete;
  return el;
}

const cardCount = (el: AutaProviderFinder) => el.shadowRoot!.querySelectorAll('auta-provider-card').length;
const settled = async (el: AutaProviderFinder, count: number) => {
  await waitUntil(() => cardCount(el) === count, `expected ${count} results, saw ${cardCount(el)}`, { timeout: 8000 });
  await Promise.all([...el.shadowRoot!.querySelectorAll<AutaProviderCard>('auta-provider-card')].map((c) => c.updateComplete));
};

describe('hardening: hostile data in <auta-provider-finder>', function () {
  this.timeout(60_000);

  for (const entry of ['providers', 'src'] as Entry[]) {
    it(`${entry}: markup and script in every text field stay text, beside a valid provider`, async () => {
      const data = [SENTINEL, ...TEXT_INJECTIONS.map((t) => withText(t.id, t.value))];
      const el = await finder(data, entry);
      await settled(el, data.length);
      expect(renderedProblems(el)).to.deep.equal([]);
      const text = allText(el);
      for (const { id, value } of TEXT_INJECTIONS) expect(text, `${id} shown as text`).to.include(value.trim());
      expect(hrefs(el)).to.include(SENTINEL_HREF);
      expect(spy.calls, 'markup is valid text: nothing to warn about').to.deep.equal([]);
    });

    it(`${entry}: disallowed URLs never become links; the problems are reported in one warning, not again on search`, async () => {
      const data = [SENTINEL, ...BAD_URLS.map((b) => provider(b.id, (p) => (p.webPages = [{ url: b.value, name: { fi: 'Sivu' } }])))];
      const el = await finder(data, entry);
      await settled(el, data.length);
      expect(renderedProblems(el)).to.deep.equal([]);
      expect(hrefs(el)).to.include(SENTINEL_HREF);
      expect(spy.calls.length, spy.calls.join('\n')).to.equal(1);
      expect(spy.calls[0]).to.match(/webPages\[0\]/);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await sendKeys({ type: 'kirjasto' });
      await settle(300);
      expect(spy.calls.length, 'warned again on search').to.equal(1);
    });

    it(`${entry}: broken text is shown as it is or its field dropped, and the valid provider stays`, async () => {
      const data = [SENTINEL, ...BROKEN_TEXT.map((b) => withText(b.id, b.value))];
      const el = await finder(data, entry);
      await waitUntil(() => cardCount(el) > 0, 'no results', { timeout: 8000 });
      expect(renderedProblems(el)).to.deep.equal([]);
      expect(hrefs(el)).to.include(SENTINEL_HREF);
      expect(spy.calls.length, spy.calls.join('\n')).to.be.at.most(1);
      expect(el.getBoundingClientRect().width, 'one long word widened the finder').to.be.at.most(fixture.container.getBoundingClientRect().width + 0.5);
    });

    it(`${entry}: garbage instead of data gives a visible state, one warning at most, no crash`, async () => {
      const cases = [...WRONG_TYPES, ...STRUCTURES, ...POLLUTION_JSON.map((p) => ({ id: p.id, value: JSON.parse(p.value) as unknown }))];
      for (const { id, value } of cases) {
        spy.calls.length = 0;
        if (entry === 'providers' && (value === null || typeof value !== 'object')) continue; // not a list: the property's type says so
        const el = await finder(value, entry);
        await waitUntil(
          () => el.shadowRoot!.querySelector('[part="error"], [part="empty"], auta-provider-card'),
          `${id}: nothing shown`,
          { timeout: 8000 },
        );
        expect(renderedProblems(el), id).to.deep.equal([]);
        expect(new Set(spy.calls).size, `${id}: a warning repeated`).to.equal(spy.calls.length);
        el.remove();
      }
    });
  }
});

describe('hardening: unvalidated data given straight to <auta-provider-card>', function () {
  this.timeout(30_000);

  it('markup stays text and disallowed URLs are not linked, even without the loader', async () => {
    for (const { id, value } of BAD_URLS) {
      const inject = TEXT_INJECTIONS[id.length % TEXT_INJECTIONS.length]!.value;
      const raw = withText(id, inject) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      raw.webPages = [{ url: value, name: { fi: 'Sivu' } }];
      raw.emails = [{ value: `x@example.com"><img src=x onerror=window.__pwned='card-email'>` }];
      const card = document.createElement('auta-provider-card');
      card.setAttribute('lang', 'fi');
      card.provider = raw as unknown as Provider;
      fixture.container.append(card);
      await card.updateComplete;
      expect(renderedProblems(card), id).to.deep.equal([]);
      expect(allText(card), id).to.include(inject.trim());
    }
  });
});
