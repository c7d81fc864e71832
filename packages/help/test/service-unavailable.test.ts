import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { AutaServiceUnavailable, HelpBlockActionDetail } from '../src/index.js';
import { otherWays, tuesdayMorning } from './fixtures.js';
import { atNarrowWidth, findAll, inDarkScheme, inForcedColours, itIsAccessibleIn, keepLinksOnPage, snapshot } from '../../../test/support/browser.js';

const SERVICE = { fi: 'Asumistuen verkkoasiointi', sv: 'E-tjänsten för bostadsbidrag', en: 'The housing allowance e-service' };
type Variant = 'maintenance' | 'fault' | 'fault, not known' | 'closed' | 'seasonal' | 'html-first';
const VARIANTS: Variant[] = ['maintenance', 'fault', 'fault, not known', 'closed', 'seasonal', 'html-first'];

async function page(variant: Variant = 'maintenance', lang = 'fi', now = tuesdayMorning): Promise<AutaServiceUnavailable> {
  const reason = variant.split(',')[0] as AutaServiceUnavailable['reason'];
  const el = await fixture<AutaServiceUnavailable>(
    variant === 'html-first'
      ? html`<auta-service-unavailable lang=${lang} reason="fault">
          <h1 slot="heading">Asumistuen verkkoasiointi ei toimi juuri nyt</h1>
          <div slot="status"><p>Emme vielä tiedä, milloin palvelu toimii taas.</p></div>
          <section slot="other-ways">
            <h2>Hoida asia muulla tavalla</h2>
            <p><a href="tel:+358295123456" data-auta-help="phone">0295 123 456</a>, maanantaista perjantaihin kello 9–16.</p>
          </section>
        </auta-service-unavailable>`
      : html`<auta-service-unavailable
          lang=${lang}
          reason=${reason}
          service=${SERVICE[lang as 'fi']}
          from="2026-05-12T06:00+03:00"
          until=${variant === 'fault, not known' ? '' : '2026-05-12T18:00+03:00'}
          updated-at="2026-05-12T10:15+03:00"
          opens="2027-03-01T08:00"
          replacement-href="https://example.com/uusi-palvelu"
          saved-answers="kept"
          deadlines="extended"
          deadline="2026-05-20"
          reference="KATKO-2605"
          finder-href="https://example.com/digituki"
          .channels=${otherWays}
          .now=${now}
        ></auta-service-unavailable>`,
  );
  await el.updateComplete;
  return el;
}

const order = (el: AutaServiceUnavailable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="channel"]')].map((c) => c.dataset.channel);
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

keepLinksOnPage();

describe('auta-service-unavailable: accessibility', () => {
  // a11y-evidence: unavailable.accessible
  itIsAccessibleIn(VARIANTS, (variant, lang) => page(variant, lang));

  // a11y-evidence: unavailable.accessible-forced-dark-narrow
  it('is accessible in forced colours, in the dark scheme and at 320px', async function () {
    // Eighteen axe scans on a machine shared with other work.
    this.timeout(60_000);
    await inForcedColours(async () => {
      for (const v of VARIANTS) await expect(await page(v)).to.be.accessible();
      const box = (await page('fault')).shadowRoot!.querySelector('[part="status"]')!;
      expect(getComputedStyle(box).borderInlineStartStyle).to.equal('solid');
    });
    await inDarkScheme(async () => {
      for (const v of VARIANTS) await expect(await page(v, 'en')).to.be.accessible();
    });
    await atNarrowWidth(async () => {
      await expect(await page('maintenance', 'fi')).to.be.accessible();
    });
  });

  // a11y-evidence: unavailable.has-one-h1-other-ways
  it('has one h1, the other ways as a named section, links named by what they do, and no alert', async () => {
    const el = await page('fault', 'fi');
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'heading').map((h) => [h.name, h.level])).to.deep.equal([
      ['Asumistuen verkkoasiointi ei toimi juuri nyt', 1],
      ['Hoida asia muulla tavalla', 2],
      ['Puhelimitse', 3],
      ['Palvelupisteessä', 3],
      ['Postitse', 3],
      ['Apua verkkopalvelun käyttöön', 3],
    ]);
    expect(findAll(tree, (n) => n.role === 'link').map((l) => l.name)).to.deep.equal(['0295 123 456', 'Tulosta lomake', 'Etsi digitukea läheltäsi']);
    expect(el.shadowRoot!.querySelector('[role="alert"], [aria-live]')).to.equal(null);
  });

  // a11y-evidence: unavailable.reaches-links-tab-reports-them
  it('reaches the links with Tab and reports them with Enter', async () => {
    const el = await page('fault', 'en');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('tel:+358295123456');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const { detail } = (await oneEvent(el, 'auta-help-action')) as CustomEvent<HelpBlockActionDetail>;
    expect(detail).to.deep.equal({ mechanism: 'other-ways', channel: 'phone', href: 'tel:+358295123456' });
  });
});

describe('auta-service-unavailable: content', () => {
  it('says what happened, until when, when it was updated, saved answers, deadline and the code', async () => {
    const expected = {
      fi: ['Vika alkoi tiistaina 12.5.2026 kello 6.', 'Palvelu on taas käytössä tiistaina 12.5.2026 kello 18.', 'Tiedote päivitetty tiistaina 12.5.2026 kello 10.15.', 'Tallentamasi vastaukset ovat tallessa.', 'Uusi määräaika on keskiviikkona 20.5.2026.', 'kerro tämä tunnus: KATKO-2605'],
      sv: ['Felet började tisdag 12.5.2026 klockan 6 (finsk tid).', 'Svaren du har sparat finns kvar.', 'KATKO-2605'],
      en: ['The fault started on Tuesday 12 May 2026 at 6am (Finnish time).', 'The service will work again on Tuesday 12 May 2026 at 6pm (Finnish time).', 'give them this code: KATKO-2605'],
    };
    for (const [lang, sentences] of Object.entries(expected)) {
      const t = text(await page('fault', lang));
      for (const s of sentences) expect(t, lang).to.contain(s);
    }
  });

  it('says when it is not known yet when the service works again', async () => {
    expect(text(await page('fault, not known', 'fi'))).to.contain('Emme vielä tiedä, milloin palvelu toimii taas.');
    expect(text(await page('fault, not known', 'en'))).to.contain('We do not know yet when the service will work again.');
  });

  it('words the permanent and the seasonal closure, with the new service and the next opening', async () => {
    const closed = await page('closed', 'fi');
    expect(text(closed)).to.contain('Asumistuen verkkoasiointi on lopetettu');
    expect(closed.shadowRoot!.querySelector('[data-channel="replacement"] a')!.getAttribute('href')).to.equal('https://example.com/uusi-palvelu');
    expect(text(await page('seasonal', 'fi'))).to.contain('Se avautuu seuraavan kerran maanantaina 1.3.2027 kello 8.');
  });

  it('shows the author’s static list when there is no data, in the slot', async () => {
    const el = await page('html-first', 'fi');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="other-ways"]')!;
    expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['section']);
  });

  describe('the ways open right now come first, at fixed clocks in Finnish time', () => {
    // Phone: Monday to Friday 9–16; service point: every day 8–20; mail: no hours.
    const cases: Array<[string, string, string[]]> = [
      ['Tuesday 7.30', '2026-05-12T04:30:00Z', ['phone', 'service-desk', 'mail', 'digital-support']],
      ['Tuesday 8.30', '2026-05-12T05:30:00Z', ['service-desk', 'phone', 'mail', 'digital-support']],
      ['Tuesday 10.30', '2026-05-12T07:30:00Z', ['phone', 'service-desk', 'mail', 'digital-support']],
      ['Tuesday 17.00', '2026-05-12T14:00:00Z', ['service-desk', 'phone', 'mail', 'digital-support']],
      ['Saturday 12.00', '2026-05-16T09:00:00Z', ['service-desk', 'phone', 'mail', 'digital-support']],
      ['Sunday 23.30', '2026-05-17T20:30:00Z', ['phone', 'service-desk', 'mail', 'digital-support']],
    ];
    for (const timezone of ['Europe/Helsinki', 'America/Los_Angeles', 'Asia/Tokyo']) {
      for (const [label, instant, expected] of cases) {
        // a11y-evidence: unavailable.open-now-first-finnish-time
        it(`${label} (device in ${timezone}): ${expected.join(', ')}`, async () => {
          await executeServerCommand('emulate-timezone', timezone);
          try {
            const el = await page('fault', 'fi', new Date(instant));
            expect(order(el)).to.deep.equal(expected);
          } finally {
            await executeServerCommand('emulate-timezone', 'Europe/Helsinki');
          }
        });
      }
    }

    it('puts a queue the host reports as open first, and one it reports closed after', async () => {
      const el = await page('fault', 'fi', new Date('2026-05-12T05:30:00Z'));
      el.availability = { phone: { state: 'busy', waitMinutes: 20 } };
      await el.updateComplete;
      expect(order(el)).to.deep.equal(['phone', 'service-desk', 'mail', 'digital-support']);
      el.availability = { phone: { state: 'closed' }, 'service-desk': { state: 'closed' } };
      await el.updateComplete;
      expect(order(el)).to.deep.equal(['phone', 'service-desk', 'mail', 'digital-support']);
    });
  });
});
