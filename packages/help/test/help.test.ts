import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@auta/alt-channel/define.js';
import '../src/define.js';
import type { AutaHelp, HelpBlockActionDetail } from '../src/index.js';
import { customerService, nearestSupport, selfHelp, tuesdayMorning } from './fixtures.js';
import { atNarrowWidth, findAll, inDarkScheme, inForcedColours, itIsAccessibleIn, keepLinksOnPage, snapshot } from '../../../test/support/browser.js';

type State = 'full' | 'customer-service only' | 'html-first' | 'embedded notice';
const STATES: State[] = ['full', 'customer-service only', 'html-first', 'embedded notice'];

/** HTML-first content, written by the author in an order of their own (other ways first). */
const authored = (lang: string) => html`
  <auta-help lang=${lang}>
    <section slot="other-ways" data-auta-help="other-ways">
      <h3>Muut tavat asioida</h3>
      <p><a href="/muut-tavat">Katso muut tavat asioida</a></p>
    </section>
    <section slot="customer-service">
      <h3>Asiakaspalvelu</h3>
      <p><a href="tel:+358295123456" data-auta-help="phone">0295 123 456</a></p>
      <p>Maanantaista perjantaihin kello 9–16.</p>
    </section>
    <section slot="self-help">
      <h3>Ohjeet</h3>
      <p><a href="/ohjeet" data-auta-help="instructions">Lue ohjeet</a></p>
    </section>
  </auta-help>
`;

async function help(state: State = 'full', lang = 'fi'): Promise<AutaHelp> {
  const el = await fixture<AutaHelp>(
    state === 'html-first'
      ? authored(lang)
      : state === 'embedded notice'
        ? html`<auta-help lang=${lang} .channels=${customerService.slice(4)} .now=${tuesdayMorning}>
            <auta-alt-channel-notice slot="other-ways" heading-level="3" .channels=${[{ kind: 'mail', formUrl: 'https://example.com/lomake.pdf' }]}></auta-alt-channel-notice>
          </auta-help>`
        : html`<auta-help
            lang=${lang}
            .channels=${customerService}
            .selfHelp=${state === 'full' ? selfHelp : undefined}
            .nearestSupport=${state === 'full' ? nearestSupport : undefined}
            finder-href=${state === 'full' ? 'https://example.com/digituki' : ''}
            other-ways-href=${state === 'full' ? 'https://example.com/muut-tavat' : ''}
            .now=${tuesdayMorning}
          ></auta-help>`,
  );
  await el.updateComplete;
  return el;
}

keepLinksOnPage();

describe('auta-help: accessibility', () => {
  // a11y-evidence: help.accessible
  itIsAccessibleIn(STATES, help);

  // a11y-evidence: help.accessible-forced-colours-dark-scheme
  it('is accessible in forced colours, in the dark scheme and at 320px', async function () {
    // Nine axe scans on a machine shared with other work.
    this.timeout(60_000);
    await inForcedColours(async () => {
      for (const state of STATES) await expect(await help(state)).to.be.accessible();
    });
    await inDarkScheme(async () => {
      for (const state of STATES) await expect(await help(state, 'sv')).to.be.accessible();
    });
    await atNarrowWidth(async () => {
      await expect(await help('full', 'fi')).to.be.accessible();
    });
  });

  // a11y-evidence: help.region-named-heading-mechanisms-channels
  it('is a region named by its heading, with the mechanisms and channels as headings in the fixed order', async () => {
    const el = await help('full', 'fi');
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'region').map((r) => r.name)).to.deep.equal(['Tarvitsetko apua?']);
    expect(findAll(tree, (n) => n.role === 'heading').map((h) => [h.name, h.level])).to.deep.equal([
      ['Tarvitsetko apua?', 2],
      ['Asiakaspalvelu', 3],
      ['Puhelin', 4],
      ['Chat', 4],
      ['Yhteydenottolomake', 4],
      ['Suojattu viesti', 4],
      ['Sähköposti', 4],
      ['Ohjeet ja usein kysytyt kysymykset', 3],
      ['Apua verkkopalvelun käyttöön', 3],
      ['Muut tavat asioida', 3],
    ]);
    expect(findAll(tree, (n) => n.role === 'link').map((l) => l.name)).to.deep.equal([
      '0295 123 456',
      '+358 9 123 4567',
      'Pyydä takaisinsoittoa',
      'Avaa chat',
      'Täytä yhteydenottolomake',
      'Lähetä suojattu viesti',
      'asiakaspalvelu@example.com',
      'Lue ohjeet',
      'Usein kysytyt kysymykset',
      'Esimerkkilän kirjasto',
      'Etsi digitukea läheltäsi',
      'Katso muut tavat asioida',
    ]);
    expect(el.shadowRoot!.querySelector('[aria-live], [role="alert"]')).to.equal(null);
  });

  // a11y-evidence: help.reaches-link-tab-fixed-order
  it('reaches every link with Tab in the fixed order and reports each with Enter', async () => {
    const el = await help('full', 'en');
    const seen: string[] = [];
    const details: HelpBlockActionDetail[] = [];
    el.addEventListener('auta-help-action', (e) => details.push((e as CustomEvent<HelpBlockActionDetail>).detail));
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(active?.localName, `Tab ${i + 1}`).to.equal('a');
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      if (!active.closest(".nearest")) expect(active.getBoundingClientRect().height, active.textContent!).to.be.at.least(24);
      seen.push(active.getAttribute('href')!);
      if (i === 3 || i === 9) await sendKeys({ press: 'Enter' });
    }
    expect(seen[0]).to.equal('tel:+358295123456');
    expect(seen.at(-1)).to.equal('https://example.com/muut-tavat');
    expect(details).to.deep.equal([
      { mechanism: 'customer-service', channel: 'chat', href: 'https://example.com/chat' },
      { mechanism: 'digital-support', channel: 'nearest-support', href: 'https://example.com/kirjasto' },
    ]);
  });
});

describe('auta-help: content', () => {
  it('says the chat queue the host reports, and follows it live', async () => {
    const el = await help('full', 'fi');
    const chat = () => el.shadowRoot!.querySelector('[data-channel="chat"] [part="availability"]')!.textContent!.trim();
    expect(chat()).to.equal('Nyt on ruuhkaa. Arvioitu odotusaika on noin 5 minuuttia.');
    el.availability = { chat: { state: 'closed', nextOpening: '2026-05-13T09:00+03:00' } };
    await el.updateComplete;
    expect(chat()).to.equal('Suljettu nyt. Avautuu keskiviikkona 13.5.2026 kello 9.');
    el.availability = { chat: { state: 'open' } };
    await el.updateComplete;
    expect(chat()).to.equal('Palvelemme nyt.');
  });

  it('says what to expect: response times, what to have ready, calls from abroad, call back', async () => {
    const el = await help('full', 'sv');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const s of ['Vi svarar inom två arbetsdagar.', 'Vi svarar inom fem arbetsdagar.', 'Ha till hands', 'Från utlandet: +358 9 123 4567', 'Be om att bli uppringd', 'Öppet nu, stänger klockan 16.']) {
      expect(text).to.contain(s);
    }
  });

  it('lets an embedded notice count its own links, once', async () => {
    const el = await help('embedded notice', 'fi');
    const notice = el.querySelector('auta-alt-channel-notice')!;
    await notice.updateComplete;
    const events: unknown[] = [];
    el.addEventListener('auta-help-action', (e) => events.push((e as CustomEvent).detail));
    notice.shadowRoot!.querySelector<HTMLAnchorElement>('a[href$="lomake.pdf"]')!.click();
    expect(events).to.deep.equal([{ channel: 'mail', href: 'https://example.com/lomake.pdf' }]);
  });

  it('reports HTML-first links with the mechanism of their slot and the kind the author marked', async () => {
    const el = await help('html-first', 'fi');
    const link = el.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    setTimeout(() => link.click());
    const { detail } = (await oneEvent(el, 'auta-help-action')) as CustomEvent<HelpBlockActionDetail>;
    expect(detail).to.deep.equal({ mechanism: 'customer-service', channel: 'phone', href: 'tel:+358295123456' });
  });

  // a11y-evidence: help.follows-heading-level-lets-host
  it('follows the heading level and lets the host replace any text', async () => {
    const el = await fixture<AutaHelp>(html`<auta-help lang="en" heading-level="3" other-ways-href="/other"></auta-help>`);
    el.messages = { en: { heading: 'Help with housing allowance' } };
    await el.updateComplete;
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'heading').map((h) => [h.name, h.level])).to.deep.equal([
      ['Help with housing allowance', 3],
      ['Other ways to do this', 4],
    ]);
  });
});
