// What the notice says: the fixed channel order, phone numbers and call charges, the service point, opening hours in Finnish time, the outage period, headings, overrides, language changes and the JSON attribute.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AutaAltChannelNotice } from '../src/index.js';
import { sampleChannels, tuesdayMorning } from './fixtures.js';
import { captureWarnings, keepLinksOnPage } from '../../../test/support/browser.js';
import { ERRANDS, notice, shadowText, channelOrder } from './notice-fixture.js';

keepLinksOnPage();

describe('auta-alt-channel-notice: content', () => {
  // a11y-evidence: notice.shows-channels-fixed-order-whatever
  it('shows the channels in the fixed order whatever order the data gives', async () => {
    const el = await notice();
    expect(channelOrder(el)).to.deep.equal(['phone', 'service-desk', 'mail', 'email', 'digital-support']);
  });

  it('writes the phone number grouped, with a tel: link, the call charge and the relay options', async () => {
    const el = await notice('inline', 'fi');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="phone-link"]')!;
    expect(link.textContent).to.equal('0295 123 456');
    expect(link.getAttribute('href')).to.equal('tel:+358295123456');
    expect(link.hasAttribute('aria-label')).to.equal(false);
    const text = shadowText(el);
    expect(text).to.contain('Puhelu maksaa paikallisverkko- tai matkapuhelinmaksun.');
    expect(text).to.contain('Voit asioida myös kirjoitustulkin avulla.');
    expect(text).to.contain('Palvelemme myös suomalaisella viittomakielellä.');
  });

  const charges: Array<[string, object, string, string]> = [
    ['free by type', { number: '0295 123 456', serviceChargeType: 'FreeOfCharge' }, 'sv', 'Samtalet är avgiftsfritt.'],
    ['free by 0800 prefix', { number: '0800 123 456' }, 'fi', 'Puhelu on maksuton.'],
    ['local charge, Swedish', { number: '029 512 3456' }, 'sv', 'Samtalet kostar lokalnätsavgift eller mobilsamtalsavgift.'],
    ['chargeable with a price', { number: '0600 123 456', serviceChargeType: 'Chargeable', chargeDescription: { fi: '1,50 €/min + pvm' } }, 'fi', '1,50 €/min + pvm'],
    ['chargeable without a price', { number: '0700 123 456', serviceChargeType: 'Chargeable' }, 'en', 'There is a charge for the call.'],
    ['foreign', { number: '+46 8 123 456 78' }, 'en', 'International call charges apply.'],
    ['PTV prefix apart', { prefixNumber: '+358', number: '295123456' }, 'en', 'local network or mobile call charge'],
  ];
  for (const [label, phone, lang, expected] of charges) {
    it(`says what the call costs: ${label}`, async () => {
      const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang=${lang} .channels=${[{ kind: 'phone', phoneNumbers: [phone] }]}></auta-alt-channel-notice>`);
      expect(el.shadowRoot!.querySelector('.charge')!.textContent!.replace(/\s+/g, ' ').trim()).to.contain(expected);
    });
  }

  it('joins PTV’s separate prefix to the number', async () => {
    const el = await fixture<AutaAltChannelNotice>(
      html`<auta-alt-channel-notice .channels=${[{ kind: 'phone', phoneNumbers: [{ prefixNumber: '+358', number: '295123456' }] }]}></auta-alt-channel-notice>`,
    );
    const a = el.shadowRoot!.querySelector('a')!;
    expect([a.textContent, a.getAttribute('href')]).to.deep.equal(['0295 123 456', 'tel:+358295123456']);
  });

  it('says the service point’s address, hours, booking and what to bring', async () => {
    const el = await notice('inline', 'sv');
    const desk = el.shadowRoot!.querySelector('[data-channel="service-desk"]')!.textContent!.replace(/\s+/g, ' ');
    expect(desk).to.contain('Servicepunkten Exempelby');
    expect(desk).to.contain('Exempelgatan 1');
    expect(desk).to.contain('00100 Helsingfors');
    expect(desk).to.contain('Måndag till fredag klockan 9–16');
    expect(desk).to.contain('Boka tid innan du kommer.');
    expect(desk).to.contain('identitetsbevis');
    const mail = el.shadowRoot!.querySelector('[data-channel="mail"]')!.textContent!.replace(/\s+/g, ' ');
    expect(mail).to.contain('PB 450');
    expect(mail).to.contain('00101 Helsingfors');
    expect(el.shadowRoot!.querySelector('[data-channel="email"]')!.textContent).to.contain('Svarstid: 5 vardagar');
  });

  // a11y-evidence: notice.marks-data-text-another-language
  it('marks data text in another language with its lang', async () => {
    const el = await notice('inline', 'en');
    const street = [...el.shadowRoot!.querySelectorAll('.address span[lang]')].map((s) => [s.getAttribute('lang'), s.textContent]);
    expect(street).to.deep.include(['fi', 'Esimerkkikatu']);
  });

  describe('open now, at a fixed clock in Finnish time', () => {
    const cases: Array<[string, string, string, string]> = [
      ['Tuesday 10.30', '2026-05-12T07:30:00Z', 'fi', 'Avoinna nyt, sulkeutuu kello 16.'],
      ['Tuesday 17.00', '2026-05-12T14:00:00Z', 'fi', 'Suljettu nyt, avautuu huomenna kello 9.'],
      ['Friday 16.00', '2026-05-15T13:00:00Z', 'sv', 'Stängt nu, öppnar på måndag klockan 9.'],
      ['Monday 8.59', '2026-05-18T05:59:00Z', 'en', 'Closed now, opens today at 9am.'],
    ];
    for (const timezone of ['Europe/Helsinki', 'America/New_York']) {
      for (const [label, instant, lang, expected] of cases) {
        it(`${label} (device in ${timezone}): ${expected}`, async () => {
          await executeServerCommand('emulate-timezone', timezone);
          try {
            const el = await fixture<AutaAltChannelNotice>(html`
              <auta-alt-channel-notice lang=${lang} .now=${new Date(instant)} .channels=${sampleChannels}></auta-alt-channel-notice>
            `);
            const status = el.shadowRoot!.querySelector('[data-channel="phone"] [part="status"]')!;
            expect(status.textContent).to.equal(expected);
          } finally {
            await executeServerCommand('emulate-timezone', 'Europe/Helsinki');
          }
        });
      }
    }

    it('writes the week out and lists the exceptional days ahead', async () => {
      const el = await fixture<AutaAltChannelNotice>(html`
        <auta-alt-channel-notice
          lang="fi"
          .now=${tuesdayMorning}
          .channels=${[
            {
              kind: 'phone',
              phoneNumbers: [{ number: '0295 123 456' }],
              serviceHours: [
                { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }] },
                { serviceHourType: 'Exceptional', validFrom: '2026-05-14', isClosed: true },
              ],
            },
          ]}
        ></auta-alt-channel-notice>
      `);
      const lines = [...el.shadowRoot!.querySelectorAll('[part="hours"] li')].map((li) => li.textContent);
      expect(lines).to.deep.equal(['Maanantaista perjantaihin kello 9–16', 'Lauantaisin ja sunnuntaisin suljettu', 'Torstaina 14.5.2026 suljettu']);
    });
  });

  describe('outage', () => {
    const outage = (lang: string, from?: string, to?: string) =>
      fixture<AutaAltChannelNotice>(html`
        <auta-alt-channel-notice variant="outage" lang=${lang} errand=${ERRANDS[lang as 'fi']} outage-from=${from ?? ''} outage-to=${to ?? ''} .channels=${sampleChannels}></auta-alt-channel-notice>
      `);
    const text = (el: AutaAltChannelNotice) => el.shadowRoot!.querySelector('[part="outage"]')!.textContent;

    it('writes the period out in Finnish time, in each language', async () => {
      expect(text(await outage('fi', '2026-05-12T18:00+03:00', '2026-05-13T08:00+03:00'))).to.equal(
        'Verkkopalvelu on poissa käytöstä tiistaina 12.5.2026 kello 18 alkaen. Se on taas käytössä keskiviikkona 13.5.2026 kello 8 (Suomen aikaa).',
      );
      expect(text(await outage('sv', '2026-05-12T15:00Z', '2026-05-12T17:30Z'))).to.equal(
        'E-tjänsten fungerar inte från tisdag 12.5.2026 klockan 18 till klockan 20.30 (finsk tid).',
      );
      expect(text(await outage('en', '2026-05-12T18:00', '2026-05-13T08:00'))).to.equal(
        'The e-service is unavailable from Tuesday 12 May 2026 at 6pm to Wednesday 13 May 2026 at 8am (Finnish time).',
      );
      expect(text(await outage('fi', '2026-05-12T18:00'))).to.equal('Verkkopalvelu on poissa käytöstä tiistaina 12.5.2026 kello 18 alkaen (Suomen aikaa).');
      expect(text(await outage('en', undefined, '2026-05-13T08:00'))).to.equal(
        'The e-service is unavailable. It will work again on Wednesday 13 May 2026 at 8am (Finnish time).',
      );
      expect(text(await outage('sv'))).to.equal('E-tjänsten fungerar inte för tillfället.');
      expect(text(await outage('sv', undefined, '2026-05-13T08:00'))).to.equal('E-tjänsten fungerar inte just nu. Den fungerar igen på onsdag 13.5.2026 klockan 8 (finsk tid).');
    });

    it('an outage that ends at midnight ends "kello 24" on its last day, not "kello 0" on the next', async () => {
      expect(text(await outage('fi', '2026-05-12T18:00', '2026-05-13T00:00'))).to.equal(
        'Verkkopalvelu on poissa käytöstä tiistaina 12.5.2026 kello 18 alkaen. Se on taas käytössä kello 24 (Suomen aikaa).',
      );
      expect(text(await outage('sv', '2026-05-11T08:00', '2026-05-13T00:00'))).to.equal(
        'E-tjänsten fungerar inte från måndag 11.5.2026 klockan 8 till tisdag 12.5.2026 klockan 24 (finsk tid).',
      );
      expect(text(await outage('en', undefined, '2026-05-13T00:00'))).to.equal(
        'The e-service is unavailable. It will work again on Tuesday 12 May 2026 at midnight (Finnish time).',
      );
    });

    it('an outage that starts at midnight starts "kello 0.00", as Kielikello writes a time standing alone', async () => {
      expect(text(await outage('fi', '2026-05-12T00:00', '2026-05-12T06:00'))).to.equal(
        'Verkkopalvelu on poissa käytöstä tiistaina 12.5.2026 kello 0.00 alkaen. Se on taas käytössä kello 6 (Suomen aikaa).',
      );
      expect(text(await outage('sv', '2026-05-12T00:00', '2026-05-12T06:00'))).to.contain('klockan 0.00');
      expect(text(await outage('en', '2026-05-12T00:00', '2026-05-12T06:00'))).to.contain('midnight');
    });

    it('warns about a date that is not a date and leaves it out', async () => {
      let el!: AutaAltChannelNotice;
      const warnings = await captureWarnings(async () => {
        el = await outage('fi', 'ensi tiistaina', '2026-05-13T08:00');
      });
      expect(warnings.join('\n')).to.contain('outage-from');
      expect(text(el)).to.equal('Verkkopalvelu on poissa käytöstä. Se on taas käytössä keskiviikkona 13.5.2026 kello 8 (Suomen aikaa).');
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Hae asumistukea muulla tavalla käyttökatkon aikana');
    });
  });

  // a11y-evidence: notice.follows-heading-level-lets-host
  it('follows the heading level and lets the host replace any text', async () => {
    const el = await notice('inline', 'fi');
    el.headingLevel = 4;
    el.messages = { fi: { phone: 'Soita meille', heading: (errand: string) => `${errand} puhelimitse tai paikan päällä` } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Hae asumistukea puhelimitse tai paikan päällä');
    expect(el.shadowRoot!.querySelector('h5')!.textContent).to.equal('Soita meille');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h6')!.textContent).to.equal('Hae asumistukea puhelimitse tai paikan päällä');
  });

  // a11y-evidence: notice.follows-change-pages-language
  it('follows a change of the page’s language', async () => {
    const el = await fixture<AutaAltChannelNotice>(html`<div lang="fi"><auta-alt-channel-notice .channels=${sampleChannels}></auta-alt-channel-notice></div>`);
    const notice = el.querySelector('auta-alt-channel-notice')!;
    await notice.updateComplete;
    expect(notice.shadowRoot!.querySelector('h2')!.textContent).to.equal('Asioi muulla tavalla');
    el.setAttribute('lang', 'sv');
    await new Promise((r) => requestAnimationFrame(r));
    await notice.updateComplete;
    expect(notice.shadowRoot!.querySelector('h2')!.textContent).to.equal('Uträtta ärendet på annat sätt');
  });

  it('takes the channels as a JSON attribute', async () => {
    const json = JSON.stringify([{ kind: 'phone', phoneNumbers: [{ number: '040 123 4567' }] }]);
    const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice channels=${json}></auta-alt-channel-notice>`);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:+358401234567');
  });
});
