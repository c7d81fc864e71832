import { expect, fixture, html } from '@open-wc/testing';
import type { AutaActingAs, AutaOnBehalfEntry } from '../src/index.js';
import '../src/define.js';
import '../src/lang/se.js';
import { errorText, findAll, frame, radio, shadow, snapshot } from './entry-helpers.js';

// Northern Sámi (draft copy): the entry speaks it once `lang/se.js` is imported; an element
// without Sámi copy (the acting-as line) speaks Finnish and marks it.
const QUESTION = 'Gean ovddas doaimmahat ášši?';
const LABELS = ['Iežan ovddas', 'Eará olbmo ovddas', 'Fitnodaga dahje searvvuša ovddas'];
const THEMES = [
  { id: 'building', name: { fi: 'Rakennusluvan hakeminen', se: 'Huksenlobi ohcan' } },
  { id: 'tax', name: { fi: 'Verotus' } },
];

describe('<auta-on-behalf-entry> in Northern Sámi (se)', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('names the question and the choices in Sámi, and stays accessible', async () => {
    document.documentElement.lang = 'se';
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry heading-level="2"></auta-on-behalf-entry>`);
    expect(el.resolvedLang).to.equal('se');
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'heading').map((h) => [h.name, h.level])).to.deep.equal([[QUESTION, 2]]);
    expect(findAll(tree, (n) => n.role === 'radio').map((r) => r.name)).to.deep.equal(LABELS);
    await expect(el).to.be.accessible();
  });

  it('counts mandate themes with the Sámi plural rules and shows data text in its own language', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="se"></auta-on-behalf-entry>`);
    el.mandateThemes = THEMES;
    radio(el, 'person').click();
    await el.updateComplete;
    const text = shadow(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Fápmudus galgá guoskat dáid fápmudusáššiide:');
    expect(text).to.contain('Huksenlobi ohcan');
    // A theme without a Sámi name is shown in Finnish, marked so screen readers pronounce it right.
    const finnish = [...shadow(el).querySelectorAll('[lang="fi"]')].map((n) => n.textContent!.trim());
    expect(finnish).to.include('Verotus');
    el.mandateThemes = THEMES.slice(0, 1);
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('Fápmudus galgá guoskat dán fápmudusáššái:');
    await expect(el).to.be.accessible();
  });

  it('says what is wrong in Sámi', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="se" required></auta-on-behalf-entry>`);
    shadow(el).querySelector<HTMLButtonElement>('[part="continue"]')!.click();
    await el.updateComplete;
    await frame();
    expect(errorText(el)).to.equal('Meattáhus: Vállje, gean ovddas doaimmahat ášši.');
    expect(el.validationMessage).to.equal('Vállje, gean ovddas doaimmahat ášši.');
  });

  it('an element without Sámi copy speaks Finnish under lang="se" and marks its content lang="fi"', async () => {
    const el = await fixture<AutaActingAs>(html`<auta-acting-as lang="se" acting-as="person" party-name="Ville Esimerkki"></auta-acting-as>`);
    expect(el.resolvedLang).to.equal('fi');
    const wrap = el.shadowRoot!.querySelector('.wrap')!;
    expect(wrap.getAttribute('lang')).to.equal('fi');
    expect(wrap.textContent).to.contain('Ville Esimerkki');
    await expect(el).to.be.accessible();
  });
});
