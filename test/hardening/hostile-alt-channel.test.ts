/**
 * The hostile corpus through every data entry point of <auta-alt-channel-notice>: the
 * `channels` property, the `channels` JSON attribute, and the link attribute `finder-href`.
 */
import { expect } from '@open-wc/testing';
import '@auta/alt-channel/define.js';
import type { AutaAltChannelNotice } from '@auta/alt-channel';
import { BAD_URLS, BROKEN_TEXT, type Hostile, jsonOf, POLLUTION_JSON, PROTOTYPE_PROBE, STRUCTURES, TEXT_INJECTIONS, WRONG_TYPES } from './fixtures/hostile.js';
import { allText, hostileFixture, hrefs, renderedProblems } from './helpers.js';

type Entry = 'property' | 'attribute';
const ENTRIES: Entry[] = ['property', 'attribute'];

/** SAMPLE: a fictional service number; its link must survive every bad neighbour. */
const SENTINEL = { kind: 'phone', name: 'Esimerkkiviraston palvelunumero', phoneNumbers: [{ number: '0295 123 456' }] };
const SENTINEL_HREF = 'tel:+358295123456';

const fixture = hostileFixture('40rem');
const spy = fixture.spy;

async function notice(channels: unknown, entry: Entry, attrs: Record<string, string> = {}): Promise<AutaAltChannelNotice> {
  const el = document.createElement('auta-alt-channel-notice');
  el.setAttribute('lang', 'fi');
  el.setAttribute('errand', 'Hae asumistukea');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (entry === 'property') el.channels = channels as AutaAltChannelNotice['channels'];
  else el.setAttribute('channels', jsonOf(channels));
  fixture.container.append(el);
  await el.updateComplete;
  return el;
}

/** A re-render that does not touch the data must not report the same problem again. */
async function rerender(el: AutaAltChannelNotice): Promise<void> {
  el.setAttribute('lang', 'sv');
  await el.updateComplete;
  el.headingLevel = 3;
  await el.updateComplete;
}

/** Every text field of every channel kind carries `v`, next to valid links. */
function textEverywhere(v: string): unknown[] {
  return [
    {
      kind: 'phone',
      name: v,
      description: v,
      phoneNumbers: [{ number: '0295 123 456', chargeDescription: v, additionalInformation: { fi: v, sv: v, en: v } }],
    },
    {
      kind: 'service-desk',
      name: { fi: v, sv: v },
      description: v,
      addresses: [{ street: v, streetNumber: v, postalCode: v, postOffice: v, additionalInformation: v }],
      booking: { required: true, url: 'https://example.com/ajanvaraus' },
      bring: [v, { fi: v }],
    },
    { kind: 'mail', name: v, addresses: [{ postOfficeBox: v, postalCode: '00101', postOffice: v }], formUrl: 'https://example.com/lomake.pdf' },
    { kind: 'email', name: v, description: v, email: 'asiakaspalvelu@example.com', replyTime: v },
    { kind: 'digital-support', name: v, description: v, url: 'https://example.com/digituki' },
  ];
}
const VALID_HREFS = [SENTINEL_HREF, 'https://example.com/ajanvaraus', 'https://example.com/lomake.pdf', 'mailto:asiakaspalvelu@example.com', 'https://example.com/digituki'];

/** Every link field of every channel kind carries `v`; the paths the warnings must name. */
function urlEverywhere(v: unknown): { channels: unknown[]; paths: string[] } {
  return {
    channels: [
      SENTINEL,
      { kind: 'service-desk', name: 'Palvelupiste Esimerkkilä', booking: { required: true, url: v } },
      { kind: 'mail', name: 'Esimerkkivirasto', formUrl: v, addresses: [{ postOfficeBox: '450', postalCode: '00101', postOffice: 'Helsinki' }] },
      { kind: 'email', email: 'asiakaspalvelu@example.com', secureMessageUrl: v },
      { kind: 'digital-support', url: v },
    ],
    paths: ['channels[1].booking.url', 'channels[2].formUrl', 'channels[3].secureMessageUrl', 'channels[4].url'],
  };
}

/** Every field of its own kind carries `v`. */
function everyField(v: unknown): { channels: unknown[]; paths: string[] } {
  const channels = [
    SENTINEL,
    { kind: 'phone', name: v, description: v, phoneNumbers: v, serviceHours: v, relay: v },
    { kind: 'service-desk', name: 'Palvelupiste', addresses: v, serviceHours: v, booking: v, bring: v },
    { kind: 'mail', name: 'Posti', addresses: v, formUrl: v },
    { kind: 'email', email: v, secureMessageUrl: v, replyTime: v },
    { kind: 'digital-support', url: v },
  ];
  const paths = channels.slice(1).flatMap((c, i) =>
    Object.keys(c)
      .filter((k) => k !== 'kind' && (c as Record<string, unknown>)[k] === v)
      .map((k) => `channels[${i + 1}].${k}`),
  );
  return { channels, paths };
}

function expectClean(el: AutaAltChannelNotice, what: string): void {
  expect(renderedProblems(el), what).to.deep.equal([]);
}

describe('hardening: hostile data in <auta-alt-channel-notice>', function () {
  this.timeout(60_000);

  for (const entry of ENTRIES) {
    it(`${entry}: markup and script in every text field stay text, and the links stay`, async () => {
      for (const { id, value } of TEXT_INJECTIONS) {
        const el = await notice(textEverywhere(value), entry);
        expectClean(el, id);
        expect(hrefs(el), id).to.include.members(VALID_HREFS);
        expect(allText(el), `${id} is shown as text`).to.include(value);
      }
      expect(spy.calls, 'markup is valid text: nothing to warn about').to.deep.equal([]);
    });

    it(`${entry}: disallowed and obfuscated URLs in every link field are dropped, each reported once`, async () => {
      for (const { id, value } of BAD_URLS) {
        spy.calls.length = 0;
        const { channels, paths } = urlEverywhere(value);
        const el = await notice(channels, entry);
        await rerender(el);
        expectClean(el, id);
        expect(hrefs(el), id).to.include(SENTINEL_HREF);
        expect(allText(el), id).to.include('Esimerkkiviraston palvelunumero');
        for (const path of paths) expect(spy.count(path), `${id}: warnings naming ${path}\n${spy.calls.join('\n')}`).to.equal(1);
        el.remove();
      }
    });

    it(`${entry}: broken text (1 MB, RTL override, null bytes, lone surrogates…) is shown or reported, never twice`, async () => {
      for (const { id, value } of BROKEN_TEXT) {
        spy.calls.length = 0;
        const channels = textEverywhere(value);
        const el = await notice(channels, entry);
        await rerender(el);
        expectClean(el, id);
        expect(hrefs(el), id).to.include(SENTINEL_HREF);
        // A blank name is a problem with that field; text of any other shape is text.
        const blank = value.trim() === '';
        expect(spy.count('channels[0].name'), `${id}\n${spy.calls.join('\n')}`).to.equal(blank ? 1 : 0);
        expect(spy.count('channels[4].description'), id).to.equal(blank ? 1 : 0);
        if (!blank) expect(allText(el), id).to.include(value.slice(0, 200));
        // One unbreakable word must not push the notice wider than its fixture.container.
        expect(el.getBoundingClientRect().width, `${id}: width`).to.be.at.most(fixture.container.getBoundingClientRect().width + 0.5);
        el.remove();
      }
    });

    it(`${entry}: wrong types in every field are dropped, each reported once, and the rest is shown`, async () => {
      for (const { id, value } of WRONG_TYPES) {
        spy.calls.length = 0;
        const { channels, paths } = everyField(value);
        const el = await notice(channels, entry);
        await rerender(el);
        expectClean(el, id);
        expect(hrefs(el), id).to.include(SENTINEL_HREF);
        for (const path of paths) expect(spy.count(path), `${id}: ${path}\n${spy.calls.join('\n')}`).to.be.at.most(1);
        // These are wrong for every field, so every field says so.
        if (['null', 'number', 'nan', 'infinity', 'true', 'negative-zero', 'big-number'].includes(id)) {
          for (const path of paths) expect(spy.count(path), `${id}: ${path}\n${spy.calls.join('\n')}`).to.equal(1);
        }
        el.remove();
      }
    });

    it(`${entry}: a wrong value for the whole list, and deeply nested junk, give one warning and no crash`, async () => {
      // null (and NaN or Infinity, which JSON writes as null) means "no channels": not a problem.
      const cases: Hostile[] = [...WRONG_TYPES.filter((w) => !Array.isArray(w.value) && JSON.stringify(w.value) !== 'null'), ...STRUCTURES];
      for (const { id, value } of cases) {
        spy.calls.length = 0;
        const el = await notice(value, entry);
        await rerender(el);
        expectClean(el, id);
        // A list of junk names each item; anything else names the list once.
        const total = spy.calls.length;
        expect(total, `${id}\n${spy.calls.join('\n')}`).to.be.at.least(1);
        if (!Array.isArray(value)) expect(spy.count('channels'), id).to.equal(1);
        expect(new Set(spy.calls).size, `${id}: a warning repeated`).to.equal(total);
        el.remove();
      }
      // Junk around a valid channel leaves the valid channel.
      const el = await notice([STRUCTURES[0]!.value, SENTINEL, STRUCTURES[1]!.value], entry);
      expect(hrefs(el)).to.include(SENTINEL_HREF);
    });
  }

  it('attribute: invalid JSON is reported once and nothing from it is shown', async () => {
    for (const text of ['[{"kind":"phone"', '<script>window.__pwned=1</script>', "{'kind':'phone'}", '[NaN]', '\u0000']) {
      spy.calls.length = 0;
      const el = document.createElement('auta-alt-channel-notice');
      el.setAttribute('channels', text);
      fixture.container.append(el);
      await el.updateComplete;
      await rerender(el);
      expectClean(el, text);
      expect(spy.count('channels'), `${text}\n${spy.calls.join('\n')}`).to.equal(1);
      el.remove();
    }
  });

  it('prototype-pollution keys reach no prototype, through the property or the JSON attribute', async () => {
    for (const { id, value } of POLLUTION_JSON) {
      const parsed = JSON.parse(value) as unknown;
      const list = Array.isArray(parsed) ? parsed : [parsed, { ...SENTINEL, ...(parsed as object) }];
      for (const entry of ENTRIES) {
        const el = await notice(list, entry);
        expectClean(el, id);
        expect(({} as Record<string, unknown>)[PROTOTYPE_PROBE], id).to.equal(undefined);
      }
    }
    // A kind hidden behind __proto__ is not the channel's own: the channel is left out.
    const smuggled = JSON.parse('[{"__proto__":{"kind":"phone","phoneNumbers":[{"number":"0295 999 999"}]}}]') as unknown;
    for (const entry of ENTRIES) {
      const el = await notice(smuggled, entry);
      expect(hrefs(el)).to.not.include('tel:+358295999999');
    }
  });

  it('finder-href: a disallowed link written by the host is not rendered and is reported once', async () => {
    for (const { id, value } of BAD_URLS) {
      spy.calls.length = 0;
      const el = await notice([SENTINEL], 'property', { 'finder-href': value });
      await rerender(el);
      expectClean(el, id);
      expect(hrefs(el), id).to.deep.equal([SENTINEL_HREF]);
      expect(spy.count('finder-href'), `${id}\n${spy.calls.join('\n')}`).to.equal(1);
      el.remove();
    }
  });
});
