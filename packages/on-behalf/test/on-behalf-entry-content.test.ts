// No personal identity code in any test's DOM (see identity-scan.ts); first, so it runs before cleanup.
import './identity-scan.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { AutaOnBehalfEntry, OnBehalfEventDetail } from '../src/index.js';
import '../src/define.js';
import { ERROR, errorText, findAll, focusedRadio, formFixture, frame, LABELS, QUESTION, radio, radios, ROLES, shadow, snapshot, THEMES, warnings } from './entry-helpers.js';

afterEach(async () => {
  document.documentElement.lang = 'en';
  await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
});


describe('<auta-on-behalf-entry> continue and events', () => {
  // a11y-evidence: on-behalf.outside-form-continue-without-choice
  it('outside a form: continue without a choice shows the error; with one it fires auta-on-behalf-submit', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en"></auta-on-behalf-entry>`);
    const submits: OnBehalfEventDetail[] = [];
    el.addEventListener('auta-on-behalf-submit', (e) => submits.push(e.detail));
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="continue"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    expect(submits).to.have.length(0);
    expect(errorText(el)).to.equal(`Error: ${ERROR.en}`);
    expect(focusedRadio(el)?.value).to.equal('self');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const submit = oneEvent(el, 'auta-on-behalf-submit');
    await sendKeys({ press: 'Enter' });
    const event = await submit;
    expect(event.detail).to.deep.equal({ actingAs: 'person' });
    expect(event.bubbles && event.composed).to.equal(true);
    button.click();
    expect(submits.map((d) => d.actingAs)).to.deep.equal(['person', 'person']);
  });

  it('inside a form: continue submits the owning form', async () => {
    const { el, submitted } = await formFixture('lang="en" value="self"', '');
    const submit = oneEvent(el, 'auta-on-behalf-submit');
    shadow(el).querySelector<HTMLButtonElement>('[part="continue"]')!.click();
    expect((await submit).detail).to.deep.equal({ actingAs: 'self' });
    expect(submitted[0]!.get('actingAs')).to.equal('self');
  });

  it('fires auta-on-behalf-change only for the user’s choice, bubbling out of shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('auta-on-behalf-entry');
    root.append(el);
    await el.updateComplete;
    const seen: string[] = [];
    host.addEventListener('auta-on-behalf-change', (e) => seen.push(e.detail.actingAs));
    el.value = 'self';
    await el.updateComplete;
    radio(el, 'organisation').click();
    expect(seen).to.deep.equal(['organisation']);
  });
});

describe('<auta-on-behalf-entry> redundant entry (WCAG 3.3.7)', () => {
  // a11y-evidence: on-behalf.pre-selects-value-returning-user
  it('pre-selects the value a returning user chose; it submits without asking again', async () => {
    const { el, form, submitted, before } = await formFixture('required value="organisation" lang="en"');
    await expect(el).to.be.accessible();
    expect(radio(el, 'organisation').checked).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(el)?.value, 'Tab lands on the chosen radio').to.equal('organisation');
    form.requestSubmit();
    expect(submitted[0]!.get('actingAs')).to.equal('organisation');
  });

  // a11y-evidence: on-behalf.keeps-choice-over-re-renders
  it('keeps the choice over re-renders and a language change', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry required lang="fi"></auta-on-behalf-entry>`);
    radio(el, 'person').click();
    el.mandateThemes = THEMES;
    el.setAttribute('lang', 'sv');
    await frame();
    await el.updateComplete;
    expect(shadow(el).querySelector('label[for="radio-person"]')!.textContent).to.equal(LABELS.sv[1]);
    expect(radio(el, 'person').checked).to.equal(true);
    expect(el.value).to.equal('person');
    el.value = '';
    await el.updateComplete;
    expect(el.validationMessage, 'the validation message follows the language').to.equal(ERROR.sv);
  });

  it('a host value wins over a later default', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en"></auta-on-behalf-entry>`);
    el.value = 'self';
    el.setAttribute('value', 'person');
    await el.updateComplete;
    expect(el.value).to.equal('self');
  });
});

describe('<auta-on-behalf-entry> configuration and content', () => {
  // a11y-evidence: on-behalf.offers-choices-host-lists-order
  it('offers the choices the host lists, in its order; unknown ones are skipped with a warning', async () => {
    let el!: AutaOnBehalfEntry;
    const seen = await warnings(async () => {
      el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" options="organisation self robot self"></auta-on-behalf-entry>`);
    });
    expect(radios(el).map((r) => r.value)).to.deep.equal(['organisation', 'self']);
    expect(seen.join('\n')).to.contain('options: "robot"');
    await expect(el).to.be.accessible();
  });

  it('hides the no-mandate help when only "for myself" is offered', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" options="self"></auta-on-behalf-entry>`);
    expect(shadow(el).querySelector('details')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('makes no choice from a value it does not offer, and says so', async () => {
    let el!: AutaOnBehalfEntry;
    const seen = await warnings(async () => {
      el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" options="self person" value="organisation"></auta-on-behalf-entry>`);
      el.value = 'robot' as never;
      await el.updateComplete;
    });
    expect(el.value).to.equal('');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(seen.some((w) => w.includes('value attribute: "organisation"'))).to.equal(true);
    expect(seen.some((w) => w.includes('value: "robot"'))).to.equal(true);
  });

  // a11y-evidence: on-behalf.lists-mandate-themes-per-choice
  it('lists mandate themes per choice, guardians and roles, marking text in another language', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en"></auta-on-behalf-entry>`);
    el.mandateThemes = THEMES;
    el.rolesWithoutMandate = ROLES;
    await el.updateComplete;
    const hint = (option: string) => shadow(el).getElementById(`hint-${option}`)!;
    expect(hint('self').querySelectorAll('li')).to.have.length(0);
    expect([...hint('person').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Applying for a building permit']);
    expect(hint('person').textContent).to.contain('The mandate must cover this mandate theme:');
    expect(hint('person').textContent).to.contain('guardian of a child under 18');
    const orgItems = [...hint('organisation').querySelectorAll('li')];
    expect(orgItems.map((li) => li.textContent)).to.deep.equal(['Applying for a building permit', 'Ajoneuvoverotus', 'Managing director']);
    expect(orgItems[1]!.querySelector('span')!.lang).to.equal('fi');
    expect(hint('organisation').textContent).to.contain('You do not need a mandate if you have this role:');
    await expect(el).to.be.accessible();
    const tree = await snapshot();
    const org = findAll(tree, (n) => n.role === 'radio' && n.name === LABELS.en[2])[0]!;
    expect(org.description).to.contain('Ajoneuvoverotus');
  });

  it('skips invalid themes and roles with a warning naming the field', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    const seen = await warnings(async () => {
      el.mandateThemes = [{ id: '', name: { fi: 'x' } }, { id: 'ok', name: { fi: 'Kelvollinen' } }, { id: 'empty', name: { fi: '  ' } }] as never;
      el.rolesWithoutMandate = 'not a list' as never;
      await el.updateComplete;
    });
    expect(seen.some((w) => w.includes('mandateThemes[0]') && w.includes('"id"'))).to.equal(true);
    expect(seen.some((w) => w.includes('mandateThemes[2]') && w.includes('"name"'))).to.equal(true);
    expect(seen.some((w) => w.includes('rolesWithoutMandate'))).to.equal(true);
    expect([...shadow(el).querySelectorAll('#hint-person li')].map((li) => li.textContent)).to.deep.equal(['Kelvollinen']);
  });

  // a11y-evidence: on-behalf.links-only-safe-urls-no
  it('links only safe URLs in the no-mandate help, and the page’s alternative-channel notice', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <auta-on-behalf-entry
        lang="en"
        request-mandate-url="javascript:alert(1)"
        service-point-url="https://example.com/service-points"
        application-url="https://example.com/application"
      ></auta-on-behalf-entry>
      <auta-alt-channel-notice id="other-ways"></auta-alt-channel-notice>
    </div>`);
    const el = wrapper.querySelector('auta-on-behalf-entry')!;
    shadow(el).querySelector('details')!.open = true;
    await frame();
    await el.updateComplete;
    const links = [...shadow(el).querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Find a DVV service point', 'https://example.com/service-points'],
      ['Giving a mandate by application', 'https://example.com/application'],
      ['See other ways to do this', '#other-ways'],
    ]);
    const text = shadow(el).querySelector('details')!.textContent!;
    expect(text).to.contain('mandate request');
    expect(text).to.contain('it does not tell you why');
    await expect(el).to.be.accessible();

    el.altChannelHref = 'https://example.com/contact';
    await el.updateComplete;
    expect(shadow(el).querySelector('a[href="https://example.com/contact"]')).to.not.equal(null);
  });

  it('takes the authority’s own words in the no-mandate slot', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en"><p slot="no-mandate">Call us on 0295 000 000.</p></auta-on-behalf-entry>`);
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="no-mandate"]')!;
    expect(slot.closest('details')).to.not.equal(null);
    expect(slot.assignedElements()[0]!.textContent).to.equal('Call us on 0295 000 000.');
  });

  it('lets the host replace any text, per language', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    el.messages = { fi: { question: 'Kenen asiaa hoidat?', questionHint: 'Valitse yksi.', continue: 'Siirry palveluun' } };
    await el.updateComplete;
    expect(shadow(el).querySelector('legend')!.textContent).to.equal('Kenen asiaa hoidat?');
    const hint = shadow(el).getElementById('question-hint')!;
    expect(hint.textContent).to.equal('Valitse yksi.');
    expect(shadow(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('question-hint');
    expect(shadow(el).querySelector('[part="continue"]')!.textContent).to.equal('Siirry palveluun');
    await expect(el).to.be.accessible();
  });

  // a11y-evidence: on-behalf.marks-text-english-page-language
  it('marks its text as English on a page in a language without copy', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="de"></auta-on-behalf-entry>`);
    expect(shadow(el).querySelector('div')!.lang).to.equal('en');
    expect(shadow(el).querySelector('legend')!.textContent).to.equal(QUESTION.en);
  });
});
