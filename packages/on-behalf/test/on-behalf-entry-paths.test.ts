// No personal identity code in any test's DOM (see identity-scan.ts); first, so it runs before cleanup.
import './identity-scan.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AutaOnBehalfEntry, OnBehalfEventDetail, PtvDigitalAuthorization } from '../src/index.js';
import { mandateThemesFromPtv } from '../src/index.js';
import '../src/define.js';

const shadow = (el: AutaOnBehalfEntry) => el.shadowRoot!;
const values = (el: AutaOnBehalfEntry) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value);
/** The text as rendered, list items apart. */
const words = (node: Element | null | undefined) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

/**
 * A service–channel connection's `digitalAuthorizations` as the PTV open API v11 sends it
 * (V4VmOpenApiFintoItem; vrk-kpa/ptv-releases). The ids are made up; the theme names are
 * e-Authorizations' published names.
 */
const PTV_DIGITAL_AUTHORIZATIONS: PtvDigitalAuthorization[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    code: 'rakennusluvan-hakeminen',
    name: [
      { language: 'fi', value: 'Rakennusluvan hakeminen' },
      { language: 'sv', value: 'Ansökan om bygglov' },
      { language: 'en', value: 'Applying for a building permit' },
    ],
    ontologyType: null,
    uri: null,
    parentId: null,
    parentUri: null,
  },
  { id: '00000000-0000-4000-8000-000000000002', code: 'rakennusluvan-hakeminen', name: [{ language: 'fi', value: 'Kahdesti' }] },
  { id: '00000000-0000-4000-8000-000000000003', code: null, name: [] },
];

describe('<auta-on-behalf-entry> remembers and skips', () => {
  it('offers the last choice first and marks it, without choosing it', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi" last-choice="organisation"></auta-on-behalf-entry>`);
    expect(values(el)).to.deep.equal(['organisation', 'self', 'person']);
    expect(el.value).to.equal('');
    expect(words(shadow(el).querySelector('#hint-organisation [part="last-choice"]'))).to.equal('Valitsit tämän viimeksi.');
    // The mark is part of the radio's description, so a screen reader hears it with the choice.
    expect(shadow(el).querySelector('#radio-organisation')!.getAttribute('aria-describedby')).to.equal('hint-organisation');
    await expect(el).to.be.accessible();
  });

  it('keeps the host’s order when the last choice is not offered', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" options="self person" last-choice="organisation"></auta-on-behalf-entry>`);
    expect(values(el)).to.deep.equal(['self', 'person']);
    expect(shadow(el).querySelector('[part="last-choice"]')).to.equal(null);
  });

  it('the first arrow key press from the last choice moves on to the next', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" last-choice="person"></auta-on-behalf-entry>`);
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal('person');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('self');
  });

  it('skip-single with one choice shows nothing, takes the choice into the form and says so once', async () => {
    const wrapper = await fixture<HTMLFormElement>(html`<form><auta-on-behalf-entry name="actingAs" skip-single options="self"></auta-on-behalf-entry></form>`);
    const el = wrapper.querySelector('auta-on-behalf-entry') as AutaOnBehalfEntry;
    let skips = 0;
    el.addEventListener('auta-on-behalf-skip', () => skips++);
    await el.updateComplete;
    expect(el.skipped).to.equal(true);
    expect(el.value).to.equal('self');
    expect(shadow(el).querySelector('fieldset')).to.equal(null);
    expect(new FormData(wrapper).get('actingAs')).to.equal('self');
    el.requestUpdate();
    await el.updateComplete;
    expect(skips).to.equal(0, 'the event fired during the first update, before this listener; it does not repeat');
    await expect(el).to.be.accessible();
  });

  it('skip-single fires auta-on-behalf-skip with the one choice', async () => {
    const el = document.createElement('auta-on-behalf-entry');
    el.setAttribute('skip-single', '');
    el.setAttribute('options', 'organisation');
    const event = oneEvent(el, 'auta-on-behalf-skip') as Promise<CustomEvent<OnBehalfEventDetail>>;
    document.body.append(el);
    expect((await event).detail).to.deep.equal({ actingAs: 'organisation' });
    el.remove();
  });

  it('without skip-single, or with two choices, the question is shown', async () => {
    const one = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" options="organisation"></auta-on-behalf-entry>`);
    expect(values(one)).to.deep.equal(['organisation']);
    const two = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" skip-single options="self person"></auta-on-behalf-entry>`);
    expect(two.skipped).to.equal(false);
    expect(values(two)).to.deep.equal(['self', 'person']);
  });
});

describe('<auta-on-behalf-entry> the mandate a service needs', () => {
  it('takes mandate themes from a plain attribute and says them before login', async () => {
    const el = await fixture<AutaOnBehalfEntry>(
      html`<auta-on-behalf-entry lang="fi" mandate-themes="Rakennusluvan hakeminen; Ajoneuvoverotus" request-mandate-url="https://www.suomi.fi/valtuudet" service-point-url="https://example.com/palvelupisteet"></auta-on-behalf-entry>`,
    );
    expect(words(shadow(el).querySelector('#hint-person'))).to.contain('Valtuuden pitää koskea näitä valtuusasioita: Rakennusluvan hakeminen Ajoneuvoverotus');
    const help = shadow(el).querySelector('details')!;
    help.open = true;
    await el.updateComplete;
    expect(words(help)).to.contain('Pyydä valtuutta näihin valtuusasioihin: Rakennusluvan hakeminen Ajoneuvoverotus');
    expect(help.querySelector('a[href="https://www.suomi.fi/valtuudet"]')?.textContent).to.equal('Tee valtuuspyyntö');
    expect(help.querySelector('a[href="https://example.com/palvelupisteet"]')?.textContent).to.equal('Etsi DVV:n palvelupiste');
    await expect(el).to.be.accessible();
  });

  it('takes a JSON array in the attribute too', async () => {
    const themes = JSON.stringify([{ id: 'a', name: { fi: 'Rakennusluvan hakeminen', sv: 'Ansökan om bygglov' } }]);
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="sv" mandate-themes=${themes}></auta-on-behalf-entry>`);
    expect(words(shadow(el).querySelector('#hint-person'))).to.contain('Ansökan om bygglov');
  });

  it('maps PTV digitalAuthorizations: names by language, one theme once, nameless ones left out', async () => {
    expect(mandateThemesFromPtv(PTV_DIGITAL_AUTHORIZATIONS)).to.deep.equal([
      { id: 'rakennusluvan-hakeminen', name: { fi: 'Rakennusluvan hakeminen', sv: 'Ansökan om bygglov', en: 'Applying for a building permit' } },
    ]);
    expect(mandateThemesFromPtv(null)).to.deep.equal([]);
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" .ptvDigitalAuthorizations=${PTV_DIGITAL_AUTHORIZATIONS}></auta-on-behalf-entry>`);
    expect(words(shadow(el).querySelector('#hint-organisation'))).to.contain('The mandate must cover this mandate theme: Applying for a building permit');
  });

  it('gives guardians of minors and court-appointed guardians their short paths', async () => {
    const el = await fixture<AutaOnBehalfEntry>(
      html`<auta-on-behalf-entry
        lang="en"
        court-guardian-without-mandate
        guardian-url="https://example.com/lapsen-puolesta"
        court-guardian-url="https://example.com/edunvalvoja"
      ></auta-on-behalf-entry>`,
    );
    const help = shadow(el).querySelector('details')!;
    help.open = true;
    await el.updateComplete;
    const paths = [...help.querySelectorAll('[part="path"]')].map(words);
    expect(paths).to.have.length(2);
    expect(paths[0]).to.contain('Guardian of a child under 18').and.contain('Choose “For another person” and then the child');
    expect(paths[1]).to.contain('Court-appointed guardian').and.contain('without a separate mandate');
    expect(help.querySelector('a[href="https://example.com/lapsen-puolesta"]')?.textContent).to.equal('Acting on behalf of a child');
    expect(help.querySelector('a[href="https://example.com/edunvalvoja"]')?.textContent).to.equal('Acting as a guardian');
    await expect(el).to.be.accessible();
  });

  it('says what guardians of a minor can do by default, and hides it with hide-guardian-path', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    shadow(el).querySelector('details')!.open = true;
    await el.updateComplete;
    const guardianLines = () => [...shadow(el).querySelectorAll('#hint-person p, [part="path"]')].map(words).filter((t) => /huoltaja/.test(t));
    expect(guardianLines()).to.deep.equal([
      'Jos olet alaikäisen lapsen huoltaja, voit yleensä asioida hänen puolestaan ilman valtuutta.',
      'Alaikäisen lapsen huoltaja Et yleensä tarvitse valtuutta. Valitse ”Toisen henkilön puolesta” ja sen jälkeen lapsi. Alaikäinen ei voi antaa valtuutta, joten valtuuspyyntöä ei tarvita.',
    ]);
    el.hideGuardianPath = true;
    await el.updateComplete;
    expect(guardianLines()).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('details')!.textContent).not.to.contain('Alaikäisen lapsen huoltaja');
    el.removeAttribute('hide-guardian-path');
    el.setAttribute('hide-guardian-path', '');
    await el.updateComplete;
    expect(guardianLines()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows no short paths when only organisations are offered', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" options="organisation" court-guardian-without-mandate></auta-on-behalf-entry>`);
    expect(shadow(el).querySelectorAll('[part="path"]')).to.have.length(0);
  });
});
