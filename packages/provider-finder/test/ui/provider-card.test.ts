import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { formatDistance, languageName, type AutaProviderCard, type Provider, type ProviderSelectDetail } from '../../src/index.js';
import { localProviders, remoteProviders, tuesdayMorning } from './fixtures.js';
import { findAll, type AXNode } from './helpers.js';

const stopNavigation = (e: Event) => {
  if ((e.composedPath()[0] as Element).closest?.('a[href]')) e.preventDefault();
};
before(() => document.addEventListener('click', stopNavigation));
after(() => document.removeEventListener('click', stopNavigation));

async function card(provider: Provider, lang = 'fi', distanceKm?: number): Promise<AutaProviderCard> {
  const el = await fixture<AutaProviderCard>(html`<auta-provider-card lang=${lang} .provider=${provider} .now=${tuesdayMorning} .distanceKm=${distanceKm}></auta-provider-card>`);
  await el.updateComplete;
  return el;
}
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('auta-provider-card', () => {
  it('is accessible, in Finnish, Swedish and English', async () => {
    for (const lang of ['fi', 'sv', 'en']) await expect(await card(localProviders(1)[0]!, lang, 1.24)).to.be.accessible();
  });

  it('shows name, kind, forms, languages, address, distance, today’s status and contacts', async () => {
    const el = await card(localProviders(1)[0]!, 'fi', 1.24);
    const t = text(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Digituki 01 Helsinki');
    expect(t).to.contain('Kirjasto · Helsinki');
    expect(t).to.contain('1,2 km päässä');
    expect(t).to.contain('Avoinna nyt, sulkeutuu kello 16.');
    expect(t).to.contain('Tänään kello 9–16.');
    expect(t).to.contain('Neuvonta palvelupisteessä, vertaistuki');
    expect(t).to.contain('Suomi, ruotsi');
    expect(t).to.contain('Esimerkkikatu 1, 00100 Helsinki');
    expect(t).to.contain('Esteetön kulku, induktiosilmukka');
    const web = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
    expect(web.href).to.equal('https://example.com/digituki/01');
  });

  it('writes distances as people read them in each language', () => {
    expect(formatDistance(1.24, 'fi')).to.equal('1,2 km');
    expect(formatDistance(1.24, 'sv')).to.equal('1,2 km');
    expect(formatDistance(1.24, 'en')).to.equal('1.2 km');
    expect(formatDistance(0.33, 'fi')).to.equal('350 m');
    expect(formatDistance(0.01, 'en')).to.equal('50 m');
    expect(formatDistance(23.6, 'en')).to.equal('24 km');
  });

  it('names languages as each language writes them: the table for the national, Sámi and sign languages, the platform for the rest', () => {
    const names = (ui: 'fi' | 'sv' | 'en') => ['ru', 'et', 'ar', 'so', 'uk', 'fa', 'ku', 'zh', 'de', 'fr', 'es'].map((c) => languageName(c, ui)).join(', ');
    expect(names('fi')).to.equal('venäjä, viro, arabia, somali, ukraina, persia, kurdi, kiina, saksa, ranska, espanja');
    expect(names('sv')).to.equal('ryska, estniska, arabiska, somaliska, ukrainska, persiska, kurdiska, kinesiska, tyska, franska, spanska');
    expect(names('en')).to.equal('Russian, Estonian, Arabic, Somali, Ukrainian, Persian, Kurdish, Chinese, German, French, Spanish');
    expect(languageName('se', 'en')).to.equal('Northern Sámi');
    expect(languageName('fse', 'fi')).to.equal('suomalainen viittomakieli');
  });

  // a11y-evidence: finder.opens-weeks-hours-exceptions-place
  it('opens the week’s hours and exceptions in place with the keyboard, and tells the host', async () => {
    const el = await card(remoteProviders[0]!);
    const summary = el.shadowRoot!.querySelector('summary')!;
    summary.focus();
    const event = oneEvent(el, 'auta-provider-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await event) as CustomEvent<ProviderSelectDetail>;
    expect(detail).to.deep.equal({ id: 'remote-phone', name: 'Digitukilinja', action: 'details' });
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.be.true;
    expect(details.textContent).to.contain('Maanantaista perjantaihin kello 8–20');
    expect(details.textContent).to.contain('Lauantaisin ja sunnuntaisin suljettu');
    expect(details.textContent).to.contain('Perjantaina 20.3.2026 suljettu');
    expect(details.textContent).to.contain('Koulutuspäivä');
    await expect(el).to.be.accessible();
  });

  // a11y-evidence: finder.links-grouped-phone-number-e
  it('links a grouped phone number and an e-mail address, and tells the host which was used', async () => {
    const el = await card(remoteProviders[0]!, 'sv');
    const phone = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:+358800000100');
    expect(phone.textContent).to.equal('0800 000 100');
    expect(text(el)).to.contain('(avgiftsfritt samtal)');
    const mail = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.textContent).to.equal('digituki@example.com');
    mail.focus();
    const event = oneEvent(el, 'auta-provider-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<ProviderSelectDetail>).detail.action).to.equal('email');
    const tree = (await a11ySnapshot({})) as unknown as AXNode;
    expect(findAll(tree, (n) => n.role === 'link').map((n) => n.name)).to.include.members(['0800 000 100', 'digituki@example.com']);
  });

  // a11y-evidence: finder.marks-text-another-language-lang
  it('marks text in another language with its lang, and says the provider serves the whole country', async () => {
    const el = await card(remoteProviders[1]!, 'sv');
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.querySelector('span')!.getAttribute('lang')).to.equal('fi');
    expect(text(el)).to.contain('Betjänar hela Finland');
    expect(text(el)).to.contain('Finska, finskt teckenspråk');
    // A bare web address is its own link text, without the scheme.
    expect(el.shadowRoot!.querySelector('a[href^="https:"]')!.textContent!.trim()).to.equal('example.com/video');
    await expect(el).to.be.accessible();
  });

  // a11y-evidence: finder.treats-data-text-never-links
  it('treats data as text and never links an unsafe address', async () => {
    const hostile = {
      ...localProviders(1)[0]!,
      name: { fi: '<img src=x onerror=alert(1)>Kirjasto' },
      webPages: [{ url: 'javascript:alert(1)' }, { url: 'https://example.com/ok' }],
    } as Provider;
    const el = await card(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('<img src=x onerror=alert(1)>Kirjasto');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.some((h) => h?.startsWith('javascript'))).to.be.false;
    expect(links).to.include('https://example.com/ok');
  });

  // a11y-evidence: finder.moves-focus-heading-request
  it('moves focus to its heading on request', async () => {
    const el = await card(localProviders(1)[0]!);
    el.focusHeading();
    await waitUntil(() => el.shadowRoot!.activeElement?.localName === 'h2');
  });

  it('renders nothing without a provider', async () => {
    const el = await fixture<AutaProviderCard>(html`<auta-provider-card></auta-provider-card>`);
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
