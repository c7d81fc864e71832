/**
 * The hostile corpus through every data entry point of <auta-on-behalf-entry>: the
 * `mandateThemes` and `rolesWithoutMandate` properties, the four link attributes, and the
 * `options` and `value` attributes.
 */
import { expect } from '@open-wc/testing';
import '@auta/on-behalf/define.js';
import type { AutaOnBehalfEntry } from '@auta/on-behalf';
import { BAD_URLS, BROKEN_TEXT, POLLUTION_JSON, PROTOTYPE_PROBE, STRUCTURES, TEXT_INJECTIONS, WRONG_TYPES } from './fixtures/hostile.js';
import { allText, hostileFixture, hrefs, renderedProblems } from './helpers.js';

/** SAMPLE mandate theme and role, fictional wording; they must survive every bad neighbour. */
const THEME = { id: 'sample-theme', name: { fi: 'Esimerkkiasian hoitaminen', sv: 'Skötsel av exempelärende', en: 'Handling a sample matter' } };
const ROLE = { id: 'sample-role', name: { fi: 'esimerkkiyhdistyksen puheenjohtaja', en: 'chair of a sample association' } };
const LINKS = {
  'request-mandate-url': 'https://example.com/valtuuspyynto',
  'service-point-url': 'https://example.com/palvelupisteet',
  'application-url': 'https://example.com/paperivaltuutus',
  'alt-channel-href': '#muut-tavat',
} as const;
const PROPERTY_OF: Record<keyof typeof LINKS, string> = {
  'request-mandate-url': 'requestMandateUrl',
  'service-point-url': 'servicePointUrl',
  'application-url': 'applicationUrl',
  'alt-channel-href': 'altChannelHref',
};

const fixture = hostileFixture('40rem');
const spy = fixture.spy;

async function entry(props: Partial<Record<'mandateThemes' | 'rolesWithoutMandate', unknown>>, attrs: Record<string, string> = {}): Promise<AutaOnBehalfEntry> {
  const el = document.createElement('auta-on-behalf-entry');
  el.setAttribute('lang', 'fi');
  for (const [k, v] of Object.entries({ ...LINKS, ...attrs })) el.setAttribute(k, v);
  Object.assign(el, props);
  fixture.container.append(el);
  await el.updateComplete;
  return el;
}

async function rerender(el: AutaOnBehalfEntry): Promise<void> {
  el.setAttribute('lang', 'sv');
  await el.updateComplete;
  el.hideGuardianPath = !el.hideGuardianPath;
  await el.updateComplete;
}

const radios = (el: AutaOnBehalfEntry) => el.shadowRoot!.querySelectorAll('input[type="radio"]').length;

describe('hardening: hostile data in <auta-on-behalf-entry>', function () {
  this.timeout(60_000);

  it('markup and script in theme and role names stay text, next to the valid ones', async () => {
    for (const { id, value } of TEXT_INJECTIONS) {
      const el = await entry({
        mandateThemes: [THEME, { id: `t-${id}`, name: { fi: value, sv: value, en: value } }, { id: `u-${id}`, name: { en: value } }],
        rolesWithoutMandate: [ROLE, { id: `r-${id}`, name: { fi: value } }],
      });
      expect(renderedProblems(el), id).to.deep.equal([]);
      const text = allText(el);
      expect(text, `${id} shown as text`).to.include(value);
      expect(text, id).to.include('Esimerkkiasian hoitaminen');
      expect(text, id).to.include('esimerkkiyhdistyksen puheenjohtaja');
      expect(hrefs(el), id).to.include.members(Object.values(LINKS));
      expect(radios(el)).to.equal(3);
    }
    expect(spy.calls, 'markup is valid text: nothing to warn about').to.deep.equal([]);
  });

  it('broken text in names is shown or skipped, each skipped entry reported once', async () => {
    for (const { id, value } of BROKEN_TEXT) {
      spy.calls.length = 0;
      const el = await entry({ mandateThemes: [THEME, { id: 'x', name: { fi: value } }], rolesWithoutMandate: [{ id: 'y', name: { fi: value } }, ROLE] });
      await rerender(el);
      expect(renderedProblems(el), id).to.deep.equal([]);
      const blank = value.trim() === '';
      expect(spy.count('mandateThemes[1]'), `${id}\n${spy.calls.join('\n')}`).to.equal(blank ? 1 : 0);
      expect(spy.count('rolesWithoutMandate[0]'), id).to.equal(blank ? 1 : 0);
      expect(allText(el), id).to.include('Skötsel av exempelärende');
      expect(el.getBoundingClientRect().width, `${id}: width`).to.be.at.most(fixture.container.getBoundingClientRect().width + 0.5);
      el.remove();
    }
  });

  it('wrong types for the lists, their entries and their fields are skipped, each reported once', async () => {
    for (const { id, value } of [...WRONG_TYPES, ...STRUCTURES]) {
      spy.calls.length = 0;
      const list = value === null ? [] : [value];
      const el = await entry({
        mandateThemes: [THEME, { id: value, name: THEME.name }, { id: 'z', name: value }, ...list],
        rolesWithoutMandate: value,
      });
      await rerender(el);
      expect(renderedProblems(el), id).to.deep.equal([]);
      expect(allText(el), id).to.include('Skötsel av exempelärende');
      expect(radios(el), id).to.equal(3);
      expect(new Set(spy.calls).size, `${id}: a warning repeated\n${spy.calls.join('\n')}`).to.equal(spy.calls.length);
      // A non-string id and a name with no text are problems, whatever else the value is.
      if (typeof value !== 'string') expect(spy.count('mandateThemes[1]'), `${id}\n${spy.calls.join('\n')}`).to.equal(1);
      expect(spy.count('mandateThemes[2]'), `${id}\n${spy.calls.join('\n')}`).to.equal(1);
      if (value !== null && !Array.isArray(value)) expect(spy.count('rolesWithoutMandate'), `${id}\n${spy.calls.join('\n')}`).to.equal(1);
      el.remove();
    }
  });

  it('disallowed and obfuscated URLs in every link attribute are not rendered, each reported once', async () => {
    for (const { id, value } of BAD_URLS) {
      spy.calls.length = 0;
      const bad = Object.fromEntries(Object.keys(LINKS).map((k) => [k, value]));
      const el = await entry({ mandateThemes: [THEME] }, bad);
      await rerender(el);
      expect(renderedProblems(el), id).to.deep.equal([]);
      expect(hrefs(el), id).to.deep.equal([]);
      expect(allText(el), id).to.include('Skötsel av exempelärende');
      for (const attr of Object.keys(LINKS) as Array<keyof typeof LINKS>) {
        const named = spy.count(attr) + spy.count(PROPERTY_OF[attr]);
        expect(named, `${id}: warnings naming ${attr}\n${spy.calls.join('\n')}`).to.equal(1);
      }
      el.remove();
    }
  });

  it('hostile options and value attributes are reported once and leave the three choices', async () => {
    const inject = TEXT_INJECTIONS.find((t) => t.id === 'img-onerror')!.value;
    for (const [attr, value] of [
      ['options', `self ${inject} person`],
      ['options', 'constructor __proto__ toString'],
      ['value', inject],
      ['value', '__proto__'],
    ] as const) {
      spy.calls.length = 0;
      const el = await entry({}, { [attr]: value });
      await rerender(el);
      expect(renderedProblems(el), value).to.deep.equal([]);
      expect(radios(el), value).to.be.at.least(2);
      expect(el.value, value).to.equal('');
      const expected = attr === 'value' ? 1 : value.split(/\s+/).filter((o) => !['self', 'person', 'organisation'].includes(o)).length;
      expect(spy.calls.length, `${attr}="${value}"\n${spy.calls.join('\n')}`).to.equal(expected);
    }
  });

  it('prototype-pollution keys in themes and roles reach no prototype', async () => {
    for (const { id, value } of POLLUTION_JSON) {
      const parsed = JSON.parse(value) as unknown;
      const items = Array.isArray(parsed) ? parsed : [parsed];
      const el = await entry({
        mandateThemes: [THEME, ...items, { ...(items[0] as object), id: 'p', name: { fi: 'Nimi' } }],
        rolesWithoutMandate: JSON.parse(`[${value}]`) as unknown,
      });
      expect(renderedProblems(el), id).to.deep.equal([]);
      expect(({} as Record<string, unknown>)[PROTOTYPE_PROBE], id).to.equal(undefined);
    }
    // A name hidden behind __proto__ is not the entry's own.
    const smuggled = JSON.parse('[{"id":"s","__proto__":{"name":{"fi":"Salakuljetettu"}}}]') as unknown;
    const el = await entry({ mandateThemes: smuggled });
    expect(allText(el)).to.not.include('Salakuljetettu');
  });
});
