// Links and bad data: the digital-support link to the finder, data shown as text and never as HTML or a javascript: link, warnings that name each invalid field, and the auta-help-action event.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AutaAltChannelNotice, HelpActionDetail } from '../src/index.js';
import { captureWarnings, keepLinksOnPage } from '../../../test/support/browser.js';
import { notice, shadowText, channelOrder } from './notice-fixture.js';

keepLinksOnPage();

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
  // a11y-evidence: notice.renders-html-data-text-never
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
  // a11y-evidence: notice.fires-channel-link-followed-keyboard
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

describe('auta-alt-channel-notice: the same data on many notices', () => {
  it('checks one set of channels once, however many notices show it, and names a bad field once', async () => {
    const channels = [{ kind: 'phone', phoneNumbers: [{ number: '0295 123 456' }], colour: 'red' }];
    let shown: AutaAltChannelNotice[] = [];
    const warnings = await captureWarnings(async () => {
      const page = await fixture<HTMLElement>(html`<div>
        ${[1, 2, 3].map(() => html`<auta-alt-channel-notice lang="en" .channels=${channels}></auta-alt-channel-notice>`)}
      </div>`);
      shown = [...page.querySelectorAll<AutaAltChannelNotice>('auta-alt-channel-notice')];
      await Promise.all(shown.map((el) => el.updateComplete));
    });
    expect(warnings.filter((w) => w.includes('colour'))).to.deep.equal(['[auta] auta-alt-channel-notice: channels[0].colour: not a field of a phone channel; left out']);
    expect(shown.map((el) => el.shadowRoot!.querySelector('[part~="phone-link"]')?.textContent)).to.deep.equal(['0295 123 456', '0295 123 456', '0295 123 456']);
  });
});
