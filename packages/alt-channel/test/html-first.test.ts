import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { AutaAltChannelNotice, HelpActionDetail } from '../src/index.js';
import { findAll, keepLinksOnPage, snapshot } from '../../../test/support/browser.js';

keepLinksOnPage();

/** SAMPLE content, fictional numbers and addresses, written by the author in an order of their own. */
const authored = () => html`
  <auta-alt-channel-notice lang="fi" errand="Hae asumistukea" finder-href="/digituki">
    <section slot="email">
      <h3>Sähköpostitse</h3>
      <p><a href="mailto:asumistuki@example.com">asumistuki@example.com</a></p>
    </section>
    <section slot="phone">
      <h3>Puhelimitse</h3>
      <p><a href="tel:+358295123456">0295 123 456</a></p>
      <p>Maanantaista perjantaihin kello 9–16.</p>
    </section>
    <p>Hakemuksen voi jättää myös toisen puolesta.</p>
    <section slot="service-desk">
      <h3>Palvelupisteessä</h3>
      <p>Esimerkkikatu 1, 00100 Helsinki. <a href="https://example.com/ajanvaraus">Varaa aika</a></p>
    </section>
  </auta-alt-channel-notice>
`;

/** The slot names in the order the flat tree (what is shown and read) has them. */
function renderedOrder(el: AutaAltChannelNotice): string[] {
  return [...el.shadowRoot!.querySelectorAll('slot')].flatMap((s) => s.assignedElements().map((e) => e.slot || '(default)'));
}

describe('auta-alt-channel-notice: HTML first', () => {
  // a11y-evidence: notice.accessible-puts-authors-channels-fixed
  it('is accessible and puts the author’s channels in the fixed order', async () => {
    const el = await fixture<AutaAltChannelNotice>(authored());
    await expect(el).to.be.accessible();
    expect(renderedOrder(el)).to.deep.equal(['(default)', 'phone', 'service-desk', 'email']);
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'heading').map((h) => h.name)).to.deep.equal([
      'Hae asumistukea muulla tavalla',
      'Puhelimitse',
      'Palvelupisteessä',
      'Sähköpostitse',
      'Apua verkkopalvelun käyttöön',
    ]);
    expect(findAll(tree, (n) => n.role === 'link').map((l) => l.name)).to.deep.equal([
      '0295 123 456',
      'Varaa aika',
      'asumistuki@example.com',
      'Etsi digitukea läheltäsi',
    ]);
  });

  // a11y-evidence: notice.tabs-through-links-displayed-order
  it('tabs through the links in the displayed order, not the source order', async () => {
    const el = await fixture<AutaAltChannelNotice>(authored());
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const active = (document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement) as HTMLAnchorElement;
      expect(getComputedStyle(active).outlineStyle, active.textContent!).to.not.equal('none');
      seen.push(active.getAttribute('href')!);
    }
    expect(seen).to.deep.equal(['tel:+358295123456', 'https://example.com/ajanvaraus', 'mailto:asumistuki@example.com', '/digituki']);
  });

  it('fires auta-help-action for the author’s own links, named by their slot', async () => {
    const el = await fixture<AutaAltChannelNotice>(authored());
    const details: HelpActionDetail[] = [];
    el.addEventListener('auta-help-action', (e) => details.push(e.detail));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    el.querySelector<HTMLAnchorElement>('[slot="email"] a')!.click();
    expect(details).to.deep.equal([
      { channel: 'phone', href: 'tel:+358295123456' },
      { channel: 'email', href: 'mailto:asumistuki@example.com' },
    ]);
  });

  // a11y-evidence: notice.takes-authors-heading-introduction-names
  it('takes the author’s heading and introduction, and names the group by that heading', async () => {
    const el = await fixture<AutaAltChannelNotice>(html`
      <auta-alt-channel-notice lang="sv" variant="callout">
        <h3 slot="heading">Ansök om bostadsbidrag per telefon</h3>
        <p slot="intro">Om e-tjänsten inte passar dig kan du ringa oss.</p>
        <div slot="phone"><p><a href="tel:+358295123456">0295 123 456</a></p></div>
      </auta-alt-channel-notice>
    `);
    await expect(el).to.be.accessible();
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('aria-label')).to.equal('Ansök om bostadsbidrag per telefon');
    expect(base.hasAttribute('aria-labelledby')).to.equal(false);
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'heading').map((h) => [h.name, h.level])).to.deep.equal([['Ansök om bostadsbidrag per telefon', 3]]);
    expect(findAll(tree, (n) => n.name === 'Om e-tjänsten inte passar dig kan du ringa oss.')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="intro"]')!.getBoundingClientRect().height).to.equal(0);
  });

  it('lets the author’s digital-support section replace the default link', async () => {
    const el = await fixture<AutaAltChannelNotice>(html`
      <auta-alt-channel-notice lang="en" finder-href="/help">
        <section slot="digital-support"><h3>Help nearby</h3><p><a href="/libraries">Libraries that help</a></p></section>
      </auta-alt-channel-notice>
    `);
    await expect(el).to.be.accessible();
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'link').map((l) => l.name)).to.deep.equal(['Libraries that help']);
  });

  it('mixes data with HTML in one order: the author’s section first within its kind', async () => {
    const el = await fixture<AutaAltChannelNotice>(html`
      <auta-alt-channel-notice lang="en" .channels=${[{ kind: 'phone', phoneNumbers: [{ number: '09 123 4567' }] }, { kind: 'email', email: 'a@example.com' }]}>
        <section slot="mail"><h3>By post</h3><p>PO Box 1, 00101 Helsinki</p></section>
      </auta-alt-channel-notice>
    `);
    await expect(el).to.be.accessible();
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'heading').map((h) => h.name)).to.deep.equal(['Other ways to do this', 'By phone', 'By post', 'By email']);
  });
});
