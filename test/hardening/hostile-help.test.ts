/**
 * The hostile corpus through every data entry point of <auta-help> (`channels`,
 * `self-help`, `nearest-support` as properties and JSON attributes; `finder-href`,
 * `other-ways-href`; the live `availability`) and <auta-service-unavailable> (`channels`,
 * every text and date attribute, `replacement-href`, `finder-href`, `availability`).
 */
import { expect } from '@open-wc/testing';
import '@auta/help/define.js';
import type { AutaHelp, AutaServiceUnavailable } from '@auta/help';
import { BAD_URLS, jsonOf, STRUCTURES, TEXT_INJECTIONS, WRONG_TYPES } from './fixtures/hostile.js';
import { allText, hostileFixture, hrefs, renderedProblems } from './helpers.js';

type Entry = 'property' | 'attribute';
const ENTRIES: Entry[] = ['property', 'attribute'];

/** SAMPLE: a fictional service number; its link must survive every bad neighbour. */
const SENTINEL = { kind: 'phone', name: 'Esimerkkiviraston palvelunumero', phoneNumbers: [{ number: '0295 123 456' }] };
const SENTINEL_HREF = 'tel:+358295123456';

const fixture = hostileFixture('40rem');
const spy = fixture.spy;

async function helpBlock(data: Record<string, unknown>, entry: Entry, attrs: Record<string, string> = {}): Promise<AutaHelp> {
  const el = document.createElement('auta-help');
  el.setAttribute('lang', 'fi');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const [k, v] of Object.entries(data)) {
    if (entry === 'property') (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), jsonOf(v));
  }
  fixture.container.append(el);
  await el.updateComplete;
  return el;
}

async function unavailable(channels: unknown, entry: Entry, attrs: Record<string, string> = {}): Promise<AutaServiceUnavailable> {
  const el = document.createElement('auta-service-unavailable');
  el.setAttribute('lang', 'fi');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (entry === 'property') el.channels = channels as AutaServiceUnavailable['channels'];
  else el.setAttribute('channels', JSON.stringify(channels));
  fixture.container.append(el);
  await el.updateComplete;
  return el;
}

const expectClean = (el: Element, what: string) => expect(renderedProblems(el), what).to.deep.equal([]);

describe('hardening: hostile data in <auta-help>', function () {
  this.timeout(60_000);

  for (const entry of ENTRIES) {
    // a11y-evidence: help.hostile-text-stays-text
    it(`${entry}: markup and script in every text field stay text, and the links stay`, async () => {
      for (const { id, value: v } of TEXT_INJECTIONS) {
        const el = await helpBlock(
          {
            channels: [
              { ...SENTINEL, description: v, responseTime: v, haveReady: [v], phoneNumbers: [{ number: '0295 123 456', chargeDescription: v, additionalInformation: v }] },
              { kind: 'chat', name: v, url: 'https://example.com/chat', responseTime: { fi: v } },
            ],
            selfHelp: [{ kind: 'faq', url: 'https://example.com/ukk', label: v }],
            nearestSupport: { name: v, description: v, url: 'https://example.com/kirjasto' },
          },
          entry,
        );
        expectClean(el, id);
        expect(hrefs(el), id).to.include.members([SENTINEL_HREF, 'https://example.com/chat', 'https://example.com/ukk', 'https://example.com/kirjasto']);
        expect(allText(el), id).to.include(v);
        el.remove();
      }
      expect(spy.calls, 'markup is valid text: nothing to warn about').to.deep.equal([]);
    });

    // a11y-evidence: help.hostile-urls-dropped
    it(`${entry}: disallowed URLs in every link field are dropped and reported`, async () => {
      for (const { id, value } of BAD_URLS) {
        spy.calls.length = 0;
        const el = await helpBlock(
          {
            channels: [SENTINEL, { kind: 'chat', url: value }, { kind: 'contact-form', url: value }, { kind: 'secure-message', url: value }, { ...SENTINEL, callbackUrl: value }],
            selfHelp: [{ kind: 'instructions', url: value }],
            nearestSupport: { name: 'Kirjasto', url: value },
          },
          entry,
          { 'finder-href': String(value), 'other-ways-href': String(value) },
        );
        expectClean(el, id);
        expect(hrefs(el), id).to.include(SENTINEL_HREF);
        for (const path of ['channels[1].url', 'channels[2].url', 'channels[3].url', 'channels[4].callbackUrl', 'self-help[0]', 'nearest-support.url']) {
          expect(spy.calls.some((c) => c.includes(path)), `${id}: ${path}\n${spy.calls.join('\n')}`).to.equal(true);
        }
        el.remove();
      }
    });

    it(`${entry}: wrong types and deep structures give warnings, no crash, and the good data`, async () => {
      for (const { id, value } of [...WRONG_TYPES, ...STRUCTURES]) {
        spy.calls.length = 0;
        const el = await helpBlock({ channels: [SENTINEL, { kind: 'phone', phoneNumbers: value, availability: value, haveReady: value }], selfHelp: value, nearestSupport: value }, entry);
        expectClean(el, id);
        if (entry === 'property' || value !== undefined) expect(hrefs(el), id).to.include(SENTINEL_HREF);
        el.remove();
      }
    });
  }

  it('the live availability: wrong states, waits and dates are dropped with a warning', async () => {
    const el = await helpBlock({ channels: [SENTINEL] }, 'property');
    for (const { id, value } of [...WRONG_TYPES, ...TEXT_INJECTIONS]) {
      spy.calls.length = 0;
      el.availability = { phone: { state: 'busy', waitMinutes: value as number, nextOpening: value as string } };
      await el.updateComplete;
      expectClean(el, id);
      el.availability = { phone: value as never };
      await el.updateComplete;
      expectClean(el, id);
      expect(hrefs(el), id).to.include(SENTINEL_HREF);
    }
  });
});

describe('hardening: hostile data in <auta-service-unavailable>', function () {
  this.timeout(60_000);

  for (const entry of ENTRIES) {
    // a11y-evidence: unavailable.hostile-text-stays-text
    it(`${entry}: markup in every text attribute and field stays text`, async () => {
      for (const { id, value: v } of TEXT_INJECTIONS) {
        const el = await unavailable([{ ...SENTINEL, description: v }, { kind: 'mail', name: v, formUrl: 'https://example.com/lomake.pdf' }], entry, {
          service: v,
          reference: v,
          reason: v,
          from: v,
          until: v,
          'updated-at': v,
          deadlines: 'extended',
          deadline: v,
        });
        expectClean(el, id);
        expect(hrefs(el), id).to.include.members([SENTINEL_HREF, 'https://example.com/lomake.pdf']);
        expect(allText(el), id).to.include(v);
        el.remove();
      }
    });

    // a11y-evidence: unavailable.hostile-urls-dropped
    it(`${entry}: disallowed URLs are dropped and reported, the phone link stays`, async () => {
      for (const { id, value } of BAD_URLS) {
        spy.calls.length = 0;
        const el = await unavailable([SENTINEL, { kind: 'mail', formUrl: value, name: 'Posti' }, { kind: 'digital-support', url: value }], entry, {
          reason: 'closed',
          'replacement-href': String(value),
          'finder-href': String(value),
        });
        expectClean(el, id);
        expect(hrefs(el), id).to.include(SENTINEL_HREF);
        expect(spy.calls.some((c) => c.includes('channels[1].formUrl')), `${id}\n${spy.calls.join('\n')}`).to.equal(true);
        el.remove();
      }
    });
  }
});
