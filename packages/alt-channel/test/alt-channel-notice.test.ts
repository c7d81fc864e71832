import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { AutaAltChannelNotice, HelpActionDetail } from '../src/index.js';
import { sampleChannels, tuesdayMorning } from './fixtures.js';
import { atNarrowWidth, axeRoleAndName, captureWarnings, findAll, inDarkScheme, inForcedColours, itIsAccessibleIn, keepLinksOnPage, snapshot } from './helpers.js';

const VARIANTS = ['inline', 'callout', 'outage'] as const;
const ERRANDS = { fi: 'Hae asumistukea', sv: 'Ansök om bostadsbidrag', en: 'Apply for housing allowance' };

async function notice(variant: string = 'inline', lang: string = 'fi'): Promise<AutaAltChannelNotice> {
  const el = await fixture<AutaAltChannelNotice>(html`
    <auta-alt-channel-notice
      lang=${lang}
      variant=${variant}
      errand=${ERRANDS[lang as 'fi']}
      outage-from="2026-05-12T18:00+03:00"
      outage-to="2026-05-13T08:00+03:00"
      .channels=${sampleChannels}
      .now=${tuesdayMorning}
    ></auta-alt-channel-notice>
  `);
  await el.updateComplete;
  return el;
}

const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const channelOrder = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="channel"]')].map((c) => c.dataset.channel);

keepLinksOnPage();

describe('auta-alt-channel-notice: accessibility', () => {
  itIsAccessibleIn(VARIANTS, notice);

  it('is accessible in forced colours and in the dark scheme', async () => {
    await inForcedColours(async () => {
      for (const variant of VARIANTS) await expect(await notice(variant)).to.be.accessible();
    });
    await inDarkScheme(async () => {
      for (const variant of VARIANTS) await expect(await notice(variant, 'sv')).to.be.accessible();
    });
  });

  it('keeps the borders of callout and outage visible in forced colours', async () => {
    await inForcedColours(async () => {
      for (const variant of ['callout', 'outage']) {
        const base = (await notice(variant)).shadowRoot!.querySelector('[part="base"]')!;
        const style = getComputedStyle(base);
        expect(style.borderInlineStartStyle, variant).to.equal('solid');
        expect(parseFloat(style.borderInlineStartWidth), variant).to.be.greaterThan(4);
      }
    });
  });

  it('is a group named by its heading, which names the errand; links say what they do', async () => {
    const el = await notice('inline', 'fi');
    await expect(el).to.be.accessible();
    const tree = await snapshot();
    // Chromium's snapshot through puppeteer leaves out groups (only landmarks, controls and
    // named leaves are "interesting"), so the group's role and name come from axe's own
    // accessible-name computation, which follows aria-labelledby inside the shadow root.
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(axeRoleAndName(base)).to.deep.equal({ role: 'group', name: 'Hae asumistukea muulla tavalla' });
    const headings = findAll(tree, (n) => n.role === 'heading');
    expect(headings.map((h) => [h.name, h.level])).to.deep.equal([
      ['Hae asumistukea muulla tavalla', 2],
      ['Puhelimitse', 3],
      ['Palvelupisteessä', 3],
      ['Postitse', 3],
      ['Sähköpostitse', 3],
      ['Apua verkkopalvelun käyttöön', 3],
    ]);
    const links = findAll(tree, (n) => n.role === 'link').map((l) => l.name);
    // The phone link's name is the grouped number as shown: no aria-label override.
    expect(links).to.deep.equal(['0295 123 456', 'Varaa aika', 'Tulosta lomake', 'asumistuki@example.com', 'Etsi digitukea läheltäsi']);
  });

  it('is a region landmark in the outage variant, never an alert', async () => {
    const el = await notice('outage', 'en');
    const tree = await snapshot();
    const region = findAll(tree, (n) => n.role === 'region' && n.name === 'Apply for housing allowance another way during the outage');
    expect(region).to.have.length(1);
    await expect(el).to.be.accessible();
    expect(axeRoleAndName(el.shadowRoot!.querySelector('[part="base"]')!).role).to.equal('region');
    expect(findAll(tree, (n) => n.role === 'alert' || n.role === 'status')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role="alert"], [aria-live]')).to.equal(null);
  });

  it('reaches every link with Tab, in the fixed order, each with a visible focus ring', async () => {
    const el = await notice('callout', 'fi');
    await expect(el).to.be.accessible();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(active?.localName, `Tab ${i + 1}`).to.equal('a');
      const style = getComputedStyle(active);
      expect(style.outlineStyle, `${active.textContent} has a focus ring`).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(active.matches(':focus-visible')).to.equal(true);
      seen.push(active.getAttribute('href')!);
    }
    expect(seen).to.deep.equal([
      'tel:+358295123456',
      'https://example.com/ajanvaraus',
      'https://example.com/lomakkeet/asumistuki.pdf',
      'mailto:asumistuki@example.com',
      'https://example.com/digituki',
    ]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('mailto:asumistuki@example.com');
  });

  it('gives stand-alone links a target at least 24px high', async () => {
    const el = await notice('inline', 'en');
    for (const a of el.shadowRoot!.querySelectorAll('a')) {
      expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(24);
    }
  });

  it('fits a 320px-wide viewport without horizontal scrolling', async () => {
    await atNarrowWidth(async () => {
      const el = await notice('outage', 'fi');
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });
});

describe('auta-alt-channel-notice: content', () => {
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

describe('auta-alt-channel-notice: digital support link', () => {
  it('links to the provider finder on the page when there is one', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <auta-alt-channel-notice lang="en" .channels=${[{ kind: 'phone', phoneNumbers: [{ number: '0295 123 456' }] }]}></auta-alt-channel-notice>
      <auta-provider-finder id="find-help"></auta-provider-finder>
    </div>`);
    const el = page.querySelector('auta-alt-channel-notice')!;
    el.requestUpdate();
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-channel="digital-support"] a')!;
    expect([link.textContent, link.getAttribute('href')]).to.deep.equal(['Find digital support near you', '#find-help']);
  });

  it('uses finder-href, and shows no digital-support channel without a link', async () => {
    const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice finder-href="/digituki" .channels=${[{ kind: 'phone', phoneNumbers: [{ number: '0295 123 456' }] }]}></auta-alt-channel-notice>`);
    expect(el.shadowRoot!.querySelector('[data-channel="digital-support"] a')!.getAttribute('href')).to.equal('/digituki');
    el.finderHref = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-channel="digital-support"]')).to.equal(null);
    el.finderHref = 'javascript:alert(1)';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-channel="digital-support"]')).to.equal(null);
  });
});

describe('auta-alt-channel-notice: bad data', () => {
  it('renders HTML in data as text and never links a javascript: URL', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    let el!: AutaAltChannelNotice;
    const warnings = await captureWarnings(async () => {
      el = await fixture<AutaAltChannelNotice>(html`
        <auta-alt-channel-notice
          lang="fi"
          .channels=${[
            { kind: 'phone', name: { fi: '<img src=x onerror="window.pwned=true">Palvelu' }, phoneNumbers: [{ number: '0295 123 456' }] },
            { kind: 'mail', formUrl: 'javascript:alert(1)', addresses: [{ street: '<b>Katu</b>', streetNumber: '1', postalCode: '00100', postOffice: 'Helsinki' }] },
            { kind: 'service-desk', name: 'Piste', booking: { required: false, url: ' JaVaScRiPt:alert(1)' } },
            { kind: 'email', secureMessageUrl: 'data:text/html,<script>alert(1)</script>', email: 'x@example.com' },
          ]}
        ></auta-alt-channel-notice>
      `);
    });
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    expect(root.querySelector('img, b, script')).to.equal(null);
    expect(root.querySelector('.name')!.textContent).to.equal('<img src=x onerror="window.pwned=true">Palvelu');
    expect(shadowText(el)).to.contain('<b>Katu</b> 1');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:+358295123456', 'mailto:x@example.com']);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    const all = warnings.join('\n');
    expect(all).to.contain('channels[1].formUrl');
    expect(all).to.contain('channels[2].booking.url');
    expect(all).to.contain('channels[3].secureMessageUrl');
  });

  it('warns naming each invalid field and shows the rest', async () => {
    let el!: AutaAltChannelNotice;
    const warnings = await captureWarnings(async () => {
      el = await fixture<AutaAltChannelNotice>(html`
        <auta-alt-channel-notice
          lang="en"
          .channels=${[
            'phone',
            { kind: 'fax', number: '09 123 456' },
            {
              kind: 'phone',
              phoneNumber: '0295 123 456',
              phoneNumbers: [{ number: '12' }, { number: '0295 123 456', serviceChargeType: 'Cheap' }, { nmber: '0295' }],
              serviceHours: [{ serviceHourType: 'Weekly' }, { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Mon', from: '9', to: '16' }] }],
              relay: ['text', 'carrier-pigeon'],
            },
            { kind: 'email', email: 'not an address', replyTime: 5 },
            { kind: 'service-desk', name: 'Palvelupiste', addresses: [{ street: 'Katu 1' }], bring: ['passi', 7] },
          ]}
        ></auta-alt-channel-notice>
      `);
    });
    await expect(el).to.be.accessible();
    const all = warnings.join('\n');
    for (const field of [
      'channels[0]: not an object',
      'channels[1].kind',
      'channels[2].phoneNumber: not a field',
      'channels[2].phoneNumbers[0].number',
      'channels[2].phoneNumbers[1].serviceChargeType',
      'channels[2].phoneNumbers[2].number',
      'channels[2].serviceHours[0].serviceHourType',
      'channels[2].serviceHours[1].openingHour[0]',
      'channels[2].relay[1]',
      'channels[3].email',
      'channels[3].replyTime',
      'channels[3]: nothing to show',
      'channels[4].addresses[0]',
      'channels[4].bring[1]',
    ]) {
      expect(all, field).to.contain(field);
    }
    expect(warnings.every((w) => w.startsWith('[auta] auta-alt-channel-notice: '))).to.equal(true);
    expect(channelOrder(el)).to.deep.equal(['phone', 'service-desk']);
    // The number we cannot dial is still shown, as text, without a link.
    const numbers = [...el.shadowRoot!.querySelectorAll('.number')].map((n) => [n.textContent!.trim(), !!n.querySelector('a')]);
    expect(numbers).to.deep.equal([
      ['12', false],
      ['0295 123 456', true],
    ]);
    expect(shadowText(el)).to.contain('You can also use a speech-to-text interpreter.');
    expect(shadowText(el)).to.contain('passi');
  });

  it('warns once for JSON that does not parse, and for a channels value that is not a list', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice channels="[{kind: phone"></auta-alt-channel-notice>`);
      expect(el.shadowRoot!.querySelectorAll('[part="channel"]')).to.have.length(0);
      el.channels = { kind: 'phone' } as never;
      await el.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('not valid JSON');
    expect(warnings[1]).to.contain('channels: not a list');
  });
});

describe('auta-alt-channel-notice: auta-help-action', () => {
  it('fires when a channel link is followed with the keyboard, with the channel kind', async () => {
    const el = await notice('inline', 'fi');
    const details: HelpActionDetail[] = [];
    el.addEventListener('auta-help-action', (e) => details.push(e.detail));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(details).to.deep.equal([
      { channel: 'phone', href: 'tel:+358295123456' },
      { channel: 'digital-support', href: 'https://example.com/digituki' },
    ]);
  });

  it('bubbles out of the shadow root to the document on a click', async () => {
    const el = await notice('inline', 'fi');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-channel="mail"] a')!;
    setTimeout(() => link.click());
    const event = (await oneEvent(document, 'auta-help-action')) as CustomEvent<HelpActionDetail>;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ channel: 'mail', href: 'https://example.com/lomakkeet/asumistuki.pdf' });
  });

  it('does not fire for clicks that are not on a link', async () => {
    const el = await notice('inline', 'fi');
    let fired = 0;
    el.addEventListener('auta-help-action', () => fired++);
    el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!.click();
    el.click();
    expect(fired).to.equal(0);
  });
});
