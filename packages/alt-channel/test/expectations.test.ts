import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AltChannel, AutaAltChannelNotice } from '../src/index.js';
import { tuesdayMorning, weekdays9to16 } from './fixtures.js';
import { findAll, keepLinksOnPage, snapshot } from '../../../test/support/browser.js';

/** SAMPLE: fictional numbers and addresses. */
const channels: AltChannel[] = [
  {
    kind: 'phone',
    phoneNumbers: [{ number: '0295 123 456', abroadNumber: '+358 9 123 4567' }],
    serviceHours: weekdays9to16,
    responseTime: { workingDays: 2 },
    haveReady: [{ fi: 'hakemuksen viitenumero', sv: 'ansökans referensnummer', en: 'the reference number of your application' }],
    callbackUrl: 'https://example.com/takaisinsoitto',
  },
  { kind: 'email', email: 'asumistuki@example.com', responseTime: { fi: 'viisi arkipäivää', sv: 'fem vardagar', en: 'five working days' } },
];

async function notice(lang: string, extra: Partial<AutaAltChannelNotice> = {}): Promise<AutaAltChannelNotice> {
  const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang=${lang} .channels=${channels} .now=${tuesdayMorning}></auta-alt-channel-notice>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

keepLinksOnPage();

describe('auta-alt-channel-notice: what to expect of each channel', () => {
  const expected = {
    fi: ['Vastaamme kahden arkipäivän kuluessa.', 'Pidä valmiina', 'hakemuksen viitenumero', 'Ulkomailta: +358 9 123 4567', 'Pyydä takaisinsoittoa', 'Vastausaika: viisi arkipäivää'],
    sv: ['Vi svarar inom två arbetsdagar.', 'Ha till hands', 'ansökans referensnummer', 'Från utlandet: +358 9 123 4567', 'Be om att bli uppringd', 'Svarstid: fem vardagar'],
    en: ['We answer within two working days.', 'Have ready', 'the reference number of your application', 'From outside Finland: +358 9 123 4567', 'Ask us to call you back', 'Reply time: five working days'],
  };
  for (const [lang, sentences] of Object.entries(expected)) {
    it(`says the response time, what to have ready, the number from abroad and the call back (${lang})`, async () => {
      const el = await notice(lang);
      await expect(el).to.be.accessible();
      for (const s of sentences) expect(text(el)).to.contain(s);
    });
  }

  it('links the number from abroad and the call back, each with its own name', async () => {
    const el = await notice('fi');
    const abroad = el.shadowRoot!.querySelector<HTMLAnchorElement>('.abroad a')!;
    expect(abroad.getAttribute('href')).to.equal('tel:+35891234567');
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'link').map((l) => l.name)).to.include.members(['0295 123 456', '+358 9 123 4567', 'Pyydä takaisinsoittoa']);
  });

  it('shows the queue the host reports, and follows it live', async () => {
    const el = await notice('fi', { availability: { phone: { state: 'busy', waitMinutes: 15 } } });
    const availability = () => el.shadowRoot!.querySelector('[part="availability"]')?.textContent?.trim();
    expect(availability()).to.equal('Nyt on ruuhkaa. Arvioitu odotusaika on noin 15 minuuttia.');
    el.availability = { phone: { state: 'open' } };
    await el.updateComplete;
    expect(availability()).to.equal('Palvelemme nyt.');
    el.availability = { phone: { state: 'closed', nextOpening: '2026-05-13T09:00' } };
    await el.updateComplete;
    expect(availability()).to.equal('Suljettu nyt. Avautuu keskiviikkona 13.5.2026 kello 9.');
    await expect(el).to.be.accessible();
  });

  it('drops an availability or expectation it cannot use, with a warning, and keeps the channel', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice
        lang="en"
        .channels=${[
          {
            kind: 'phone',
            phoneNumbers: [{ number: '0295 123 456', abroadNumber: '<img src=x onerror=alert(1)>' }],
            responseTime: { workingDays: -1 },
            haveReady: ['<b>bold</b>', 42],
            callbackUrl: 'javascript:alert(1)',
            availability: { state: 'panic' },
          },
        ]}
        .availability=${{ phone: { state: 'busy', waitMinutes: 'soon' } }}
      ></auta-alt-channel-notice>`);
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(text(el)).to.contain('<b>bold</b>');
      expect(el.shadowRoot!.querySelector('[part="availability"]')!.textContent).to.contain('We are busy now and you may have to wait.');
    } finally {
      console.warn = original;
    }
    const all = warnings.join('\n');
    for (const field of ['abroadNumber', 'responseTime', 'haveReady[1]', 'callbackUrl', 'channels[0].availability', 'availability.phone.waitMinutes']) expect(all).to.contain(field);
  });
});
