// No personal identity code in any test's DOM (see identity-scan.ts); first, so it runs before cleanup.
import './identity-scan.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { captureWarnings as warnings, findAll, snapshot } from '../../../test/support/browser.js';
import type { ActingAsSwitchDetail, AutaActingAs } from '../src/index.js';
import { HETU_PATTERN } from '../src/index.js';
import '../src/define.js';

const shadow = (el: AutaActingAs) => el.shadowRoot!;
const text = (el: AutaActingAs) => (shadow(el).querySelector('.text')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (el: AutaActingAs) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const HOSTILE_HTML = '<img src=x onerror=alert(1)><b>Maija</b>';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const announcements = (el: AutaActingAs) => (el as unknown as { announcer: { count: number } }).announcer.count;

// Fictional people and organisations; the business IDs have valid check digits and belong to no one we know of.
const PERSON = html`<auta-acting-as
  acting-as="person"
  party-name="Maija Esimerkki"
  birth-date="1950-03-14"
  basis="mandate"
  mandate-theme="Rakennusluvan hakeminen"
  mandate-end="2027-12-31"
></auta-acting-as>`;

describe('<auta-acting-as>', () => {
  it('shows whom the user acts for and on what basis, in Finnish, and is accessible', async () => {
    const el = await fixture<AutaActingAs>(html`<div lang="fi">${PERSON}</div>`).then((d) => d.firstElementChild as AutaActingAs);
    await el.updateComplete;
    expect(text(el)).to.equal(
      'Asioit toisen henkilön puolesta: Maija Esimerkki, syntynyt 14.3.1950. Peruste: valtuus – Rakennusluvan hakeminen. Voimassa 31.12.2027 asti.',
    );
    await expect(el).to.be.accessible();
  });

  for (const [lang, label, line, switchName] of [
    ['fi', 'Kenen puolesta asioit', 'Asioit yrityksen tai yhteisön puolesta: Esimerkki Oy, Y-tunnus 1234567-1. Peruste: rekisteriin merkitty edustaja.', 'Vaihda, kenen puolesta asioit'],
    ['sv', 'För vem du uträttar ärendet', 'Du uträttar ärendet för ett företag eller en sammanslutning: Esimerkki Oy, FO-nummer 1234567-1. Grund: företrädare som är införd i registret.', 'Byt för vem du uträttar ärendet'],
    ['en', 'Who you are acting for', 'You are acting on behalf of a company or organisation: Esimerkki Oy, Business ID 1234567-1. Basis: registered representative.', 'Switch who you are acting for'],
  ] as const) {
    it(`names the line and the switch in the accessibility tree (${lang})`, async () => {
      const el = await fixture<AutaActingAs>(
        html`<auta-acting-as lang=${lang} acting-as="organisation" party-name="Esimerkki Oy" business-id="1234567-1" basis="registered-representative"></auta-acting-as>`,
      );
      const tree = await snapshot();
      const regions = findAll(tree, (n) => n.role === 'region');
      expect(regions.map((g) => g.name)).to.deep.equal([label]);
      const words = findAll(regions[0]!, (n) => n.role === 'StaticText').map((n) => n.name);
      expect(words.join(' ').replace(/\s+([,.])/g, '$1').replace(/\s+/g, ' ')).to.equal(line);
      const buttons = findAll(tree, (n) => n.role === 'button');
      expect(buttons.map((b) => b.name)).to.deep.equal([switchName]);
      // Label in name (WCAG 2.5.3): the visible word begins the accessible name.
      expect(switchName.startsWith(shadow(el).querySelector('[part="switch"]')!.textContent!.trim())).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('names every basis, and says nothing of a basis when acting for oneself', async () => {
    const el = await fixture<AutaActingAs>(html`<auta-acting-as lang="en" acting-as="person" party-name="Ville Esimerkki"></auta-acting-as>`);
    const expected = {
      'guardian-of-minor': 'Basis: guardian of a child under 18.',
      'court-appointed-guardian': 'Basis: court-appointed guardian.',
      'continuing-power-of-attorney': 'Basis: attorney under a continuing power of attorney.',
      mandate: 'Basis: mandate.',
    };
    for (const [basis, words] of Object.entries(expected)) {
      el.basis = basis as AutaActingAs['basis'];
      await el.updateComplete;
      expect(text(el)).to.equal(`You are acting on behalf of another person: Ville Esimerkki. ${words}`);
    }
    el.actingAs = 'self';
    el.basis = 'self';
    el.partyName = '';
    await el.updateComplete;
    expect(text(el)).to.equal('You are acting for yourself.');
    await expect(el).to.be.accessible();
  });

  it('never shows a personal identity code: one in the name is left out, with a warning', async () => {
    let el!: AutaActingAs;
    const seen = await warnings(async () => {
      el = await fixture<AutaActingAs>(
        html`<auta-acting-as lang="fi" acting-as="person" party-name="Maija Esimerkki (010180-9026)" birth-date="010180-9026" basis="mandate"></auta-acting-as>`,
      );
    });
    expect(text(el)).to.equal('Asioit toisen henkilön puolesta: Maija Esimerkki. Peruste: valtuus.');
    expect(shadow(el).innerHTML).not.to.match(HETU_PATTERN);
    expect(seen.some((w) => w.includes('party-name holds a personal identity code'))).to.equal(true);
    expect(seen.some((w) => w.includes('birth-date is not a date'))).to.equal(true);
    expect(seen.join('\n')).not.to.match(HETU_PATTERN);
  });

  it('shows a business ID only when its check digit is right, and only for an organisation', async () => {
    let el!: AutaActingAs;
    const seen = await warnings(async () => {
      el = await fixture<AutaActingAs>(html`<auta-acting-as lang="en" acting-as="organisation" party-name="Esimerkki Oy" business-id="1234567-2"></auta-acting-as>`);
    });
    expect(text(el)).to.equal('You are acting on behalf of a company or organisation: Esimerkki Oy.');
    expect(seen.some((w) => w.includes('business-id'))).to.equal(true);
    el.actingAs = 'person';
    el.businessId = '1234567-1';
    await el.updateComplete;
    expect(text(el)).not.to.contain('1234567-1');
  });

  it('marks a mandate theme in another language with its lang', async () => {
    const el = await fixture<AutaActingAs>(html`<auta-acting-as lang="en" acting-as="person" party-name="Maija Esimerkki" basis="mandate"></auta-acting-as>`);
    el.mandateTheme = { fi: 'Ajoneuvoverotus' };
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="basis"] [lang="fi"]')?.textContent).to.equal('Ajoneuvoverotus');
  });

  it('"switch" with the keyboard fires auta-acting-as-switch with no personal data', async () => {
    const el = await fixture<AutaActingAs>(html`<div lang="fi"><button id="before">Ennen</button>${PERSON}</div>`).then(
      (d) => d.querySelector('auta-acting-as') as AutaActingAs,
    );
    await el.updateComplete;
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('switch');
    const event = oneEvent(el, 'auta-acting-as-switch') as Promise<CustomEvent<ActingAsSwitchDetail>>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ actingAs: 'person', basis: 'mandate' });
    expect(JSON.stringify(detail)).not.to.contain('Maija');
  });

  it('with switch-href the switch is a link, which the host may stop by cancelling the event', async () => {
    const el = await fixture<AutaActingAs>(html`<auta-acting-as lang="en" acting-as="self" switch-href="#valinta"></auta-acting-as>`);
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part="switch"]')!;
    expect(link.getAttribute('href')).to.equal('#valinta');
    el.addEventListener('auta-acting-as-switch', (e) => e.preventDefault(), { once: true });
    const before = location.hash;
    link.click();
    expect(location.hash).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('an unsafe switch-href becomes a button, with a warning', async () => {
    let el!: AutaActingAs;
    const seen = await warnings(async () => {
      el = await fixture<AutaActingAs>(html`<auta-acting-as lang="en" acting-as="self" switch-href="javascript:alert(1)"></auta-acting-as>`);
    });
    expect(shadow(el).querySelector('a')).to.equal(null);
    expect(shadow(el).querySelector('button[part="switch"]')).to.exist;
    expect(seen.some((w) => w.includes('switch-href'))).to.equal(true);
  });

  it('hide-switch leaves the switch out', async () => {
    const el = await fixture<AutaActingAs>(html`<auta-acting-as lang="en" acting-as="self" hide-switch></auta-acting-as>`);
    expect(shadow(el).querySelector('[part="switch"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('announces a change of party politely, once, and not the first line nor a change of language', async () => {
    const el = await fixture<AutaActingAs>(html`<auta-acting-as lang="fi" acting-as="self"></auta-acting-as>`);
    await wait(250);
    expect(announcements(el)).to.equal(0);
    // A host that sets the new party one property at a time.
    el.actingAs = 'person';
    await el.updateComplete;
    el.partyName = 'Maija Esimerkki';
    await el.updateComplete;
    el.basis = 'guardian-of-minor';
    await el.updateComplete;
    await wait(300);
    expect(announcements(el)).to.equal(1);
    expect(live(el)).to.equal('Valinta vaihtui. Asioit toisen henkilön puolesta: Maija Esimerkki. Peruste: alaikäisen lapsen huoltaja.');
    expect(shadow(el).querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    el.lang = 'sv';
    await el.updateComplete;
    await wait(300);
    expect(announcements(el)).to.equal(1);
  });

  it('with `changed` (the host’s return from the selection) announces the line once on load', async () => {
    const el = await fixture<AutaActingAs>(html`<auta-acting-as lang="en" changed acting-as="organisation" party-name="Esimerkki Oy" basis="mandate"></auta-acting-as>`);
    await wait(300);
    expect(announcements(el)).to.equal(1);
    expect(live(el)).to.equal('Your choice has changed. You are acting on behalf of a company or organisation: Esimerkki Oy. Basis: mandate.');
    el.requestUpdate();
    await el.updateComplete;
    await wait(300);
    expect(announcements(el)).to.equal(1);
  });

  it('renders hostile names as text: HTML, 300 characters, right-to-left', async () => {
    await setViewport({ width: 320, height: 640 });
    const long = 'Ä'.repeat(300);
    const rtl = 'שרה כהן';
    const wrapper = await fixture<HTMLElement>(html`<header style="display:flex;flex-wrap:wrap;gap:8px;width:320px;padding:0;margin:0">
      <span>Palvelu</span>
      <auta-acting-as lang="fi" acting-as="person" party-name=${HOSTILE_HTML} basis="mandate"></auta-acting-as>
      <auta-acting-as lang="fi" acting-as="person" party-name=${long} basis="mandate" mandate-theme=${long}></auta-acting-as>
      <auta-acting-as lang="fi" acting-as="organisation" party-name=${`${rtl} 1234567-1`} basis="mandate"></auta-acting-as>
    </header>`);
    const [hostile, longEl, rtlEl] = [...wrapper.querySelectorAll('auta-acting-as')] as AutaActingAs[];
    await Promise.all([hostile!.updateComplete, longEl!.updateComplete, rtlEl!.updateComplete]);
    expect(shadow(hostile!).querySelector('img, b')).to.equal(null);
    expect(shadow(hostile!).querySelector('[part="name"]')!.textContent).to.equal(HOSTILE_HTML);
    expect(shadow(rtlEl!).querySelector('[part="name"] bdi')!.textContent).to.equal(`${rtl} 1234567-1`);
    for (const el of [hostile!, longEl!, rtlEl!]) {
      const box = el.getBoundingClientRect();
      expect(box.right, 'stays inside the 320px header').to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      const line = shadow(el).querySelector('.line') as HTMLElement;
      expect(line.scrollWidth, 'nothing overflows the line').to.be.at.most(line.clientWidth + 1);
    }
    expect(wrapper.scrollWidth).to.be.at.most(320);
    // Three lines on one test page share a landmark name; a real page has one line.
    await expect(wrapper).to.be.accessible({ ignoredRules: ['landmark-unique'] });
    await setViewport({ width: 800, height: 600 });
  });

  it('renders nothing visible without a party, and warns about unknown values', async () => {
    let el!: AutaActingAs;
    const seen = await warnings(async () => {
      el = await fixture<AutaActingAs>(html`<auta-acting-as lang="en" acting-as="robot" basis="boss"></auta-acting-as>`);
    });
    expect(shadow(el).querySelector('[part="base"]')).to.equal(null);
    expect(seen.some((w) => w.includes('acting-as: "robot"'))).to.equal(true);
    expect(seen.some((w) => w.includes('basis: "boss"'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<auta-acting-as> easy-to-read', () => {
  for (const [lang, expected] of [
    ['fi', 'Hoidat toisen ihmisen asiaa. Hänen nimensä on Maija Esimerkki. Saat hoitaa asiaa, koska sinulla on valtuus – Rakennusluvan hakeminen. Valtuus loppuu 31.12.2027.'],
    ['sv', 'Du sköter en annan persons ärende. Personen heter Maija Esimerkki. Du får sköta ärendet eftersom du har en fullmakt – Rakennusluvan hakeminen. Fullmakten slutar 31.12.2027.'],
    ['en', 'You are doing this for another person. Their name is Maija Esimerkki. You can do this because you have a mandate – Rakennusluvan hakeminen. The mandate ends on 31 December 2027.'],
  ] as const) {
    it(`speaks easy ${lang} with language-level="easy", and names the region and switch plainly`, async () => {
      const el = await fixture<AutaActingAs>(
        html`<auta-acting-as language-level="easy" lang=${lang} acting-as="person" party-name="Maija Esimerkki" basis="mandate" mandate-theme="Rakennusluvan hakeminen" mandate-end="2027-12-31"></auta-acting-as>`,
      );
      expect(text(el)).to.equal(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('follows the page’s data-auta-language-level', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div data-auta-language-level="easy" lang="fi"><auta-acting-as acting-as="self"></auta-acting-as></div>`);
    const el = wrapper.querySelector('auta-acting-as') as AutaActingAs;
    await el.updateComplete;
    expect(text(el)).to.equal('Hoidat omaa asiaasi.');
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Kenen asiaa hoidat');
  });
});
