// No personal identity code in any test's DOM (see identity-scan.ts); first, so it runs before cleanup.
import './identity-scan.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AutaOnBehalfEntry, OnBehalfEventDetail } from '../src/index.js';
import '../src/define.js';
import { ERROR, errorText, findAll, focusedRadio, formFixture, frame, LABELS, LANGS, liveRegion, QUESTION, radio, radios, ROLES, shadow, snapshot, THEMES } from './entry-helpers.js';

afterEach(async () => {
  document.documentElement.lang = 'en';
  await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
});


describe('<auta-on-behalf-entry> accessibility', () => {
  // a11y-evidence: on-behalf.accessible-first-state
  it('is accessible in its first state', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    await expect(el).to.be.accessible();
  });

  for (const lang of LANGS) {
    for (const forced of [false, true]) {
      // a11y-evidence: on-behalf.accessible-state
      it(`is accessible in every state: ${lang}${forced ? ', forced colours' : ''}`, async () => {
        if (forced) await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
        document.documentElement.lang = lang;
        const { el, form } = await formFixture(
          'required request-mandate-url="https://example.com/request" service-point-url="https://example.com/points" application-url="https://example.com/application"',
        );
        el.mandateThemes = THEMES;
        el.rolesWithoutMandate = ROLES;
        await el.updateComplete;
        await expect(el, 'initial').to.be.accessible();

        form.requestSubmit();
        await el.updateComplete;
        expect(errorText(el)).to.contain(ERROR[lang]);
        await expect(el, 'error').to.be.accessible();

        shadow(el).querySelector('details')!.open = true;
        await frame();
        await el.updateComplete;
        await expect(el, 'no mandate open').to.be.accessible();

        radio(el, 'person').click();
        await el.updateComplete;
        expect(errorText(el)).to.equal(undefined);
        await expect(el, 'chosen').to.be.accessible();

        el.disabled = true;
        await el.updateComplete;
        await expect(el, 'disabled').to.be.accessible();
      });
    }
  }

  // a11y-evidence: on-behalf.accessible-320-px-question-page
  it('is accessible at 320 px with the question as the page heading', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi" heading-level="1"></auta-on-behalf-entry>`);
      el.mandateThemes = THEMES;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      // Nothing wider than the viewport: no sideways scrolling at 320 px (WCAG 1.4.10).
      expect(el.scrollWidth).to.be.at.most(320);
      for (const r of radios(el)) expect(r.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  // a11y-evidence: on-behalf.shows-one-radio-group-named
  it('shows one radio group named by the question, with each radio named', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en"></auta-on-behalf-entry>`);
    // The snapshot leaves out groups that are not focusable; tabindex="-1" puts the group's
    // node in it without changing its role or name.
    shadow(el).querySelector('fieldset')!.setAttribute('tabindex', '-1');
    const tree = await snapshot();
    const groups = findAll(tree, (n) => n.role === 'radiogroup' || n.role === 'group');
    expect(groups).to.have.length(1);
    expect(groups[0]!.role).to.equal('radiogroup');
    expect(groups[0]!.name).to.equal(QUESTION.en);
    const inGroup = findAll(groups[0]!, (n) => n.role === 'radio');
    expect(inGroup.map((r) => r.name)).to.deep.equal(LABELS.en);
    expect(findAll(tree, (n) => n.role === 'radio')).to.have.length(3);
    expect(inGroup[1]!.description).to.contain('You need a mandate from them in Suomi.fi e-Authorizations.');
  });

  for (const lang of LANGS) {
    // a11y-evidence: on-behalf.names-question-choices
    it(`names the question and the choices in ${lang}`, async () => {
      document.documentElement.lang = lang;
      await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry heading-level="2"></auta-on-behalf-entry>`);
      const tree = await snapshot();
      const heading = findAll(tree, (n) => n.role === 'heading');
      expect(heading.map((h) => [h.name, h.level])).to.deep.equal([[QUESTION[lang], 2]]);
      expect(findAll(tree, (n) => n.role === 'radio').map((r) => r.name)).to.deep.equal(LABELS[lang]);
      expect(findAll(tree, (n) => n.role === 'DisclosureTriangle')).to.have.length(1);
    });
  }

  // a11y-evidence: on-behalf.gives-target-least-24-24
  it('gives every target at least 24 by 24 px, and the label and button 44 px', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    for (const r of radios(el)) {
      const box = r.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    for (const label of shadow(el).querySelectorAll('label')) expect(label.getBoundingClientRect().height).to.be.at.least(44);
    expect(shadow(el).querySelector('[part="continue"]')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(shadow(el).querySelector('summary')!.getBoundingClientRect().height).to.be.at.least(24);
  });
});

describe('<auta-on-behalf-entry> keyboard', () => {
  // a11y-evidence: on-behalf.one-tab-stop-arrow-keys
  it('is one tab stop; arrow keys change the choice and fire auta-on-behalf-change', async () => {
    const { el, before } = await formFixture('lang="en"');
    await expect(el).to.be.accessible();
    const changes: string[] = [];
    el.addEventListener('auta-on-behalf-change', (e) => changes.push(e.detail.actingAs));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(focusedRadio(el)?.value).to.equal('self');
    expect(el.value).to.equal('');

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedRadio(el)?.value).to.equal('person');
    expect(el.value).to.equal('person');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('organisation');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value).to.equal('person');
    expect(changes).to.deep.equal(['person', 'organisation', 'person']);

    // The next Tab leaves the group: it goes to the no-mandate help, not to another radio.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.tagName).to.equal('SUMMARY');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedRadio(el)?.value).to.equal('person');
    const focused = findAll(await snapshot(), (n) => !!n.focused);
    expect(focused.map((n) => [n.role, n.name, n.checked])).to.deep.equal([['radio', LABELS.en[1], true]]);
  });

  // a11y-evidence: on-behalf.selects-space
  it('selects with Space', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    const change = oneEvent(el, 'auta-on-behalf-change');
    radio(el, 'self').focus();
    await sendKeys({ press: 'Space' });
    expect((await change).detail).to.deep.equal({ actingAs: 'self' });
    expect(el.value).to.equal('self');
    expect(radio(el, 'self').checked).to.equal(true);
  });

  // a11y-evidence: on-behalf.submits-form-enter-choice-form
  it('submits the form with Enter, with the choice in the form data', async () => {
    const { el, submitted } = await formFixture('required lang="en"');
    const submits: OnBehalfEventDetail[] = [];
    el.addEventListener('auta-on-behalf-submit', (e) => submits.push(e.detail));
    radio(el, 'organisation').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.get('actingAs')).to.equal('organisation');
    expect(submits).to.deep.equal([{ actingAs: 'organisation' }]);
  });

  it('submits through the form’s own button when its continue button is hidden', async () => {
    const { el, form, submitted } = await formFixture('hide-continue lang="en"', '<button type="submit" name="step" value="next">Next</button>');
    let submitter: HTMLElement | null = null;
    form.addEventListener('submit', (e) => (submitter = e.submitter));
    expect(shadow(el).querySelector('[part="continue"]')).to.equal(null);
    radio(el, 'self').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.get('actingAs')).to.equal('self');
    expect(submitted[0]!.get('step')).to.equal('next');
    expect(submitter).to.equal(form.querySelector('button'));
  });

  // a11y-evidence: on-behalf.opens-closes-no-mandate-help
  it('opens and closes the no-mandate help with Enter and Space', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="sv"></auta-on-behalf-entry>`);
    const details = shadow(el).querySelector('details')!;
    radio(el, 'self').focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(details.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    await frame();
    expect(details.open).to.equal(true);
    const tree = await snapshot();
    const summary = findAll(tree, (n) => n.role === 'DisclosureTriangle')[0]!;
    expect([summary.name, summary.expanded]).to.deep.equal(['Jag har ingen fullmakt', true]);
    expect(details.textContent).to.contain('begäran om fullmakt');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await frame();
    expect(details.open).to.equal(false);
  });
});

describe('<auta-on-behalf-entry> in a form', () => {
  // a11y-evidence: on-behalf.submits-value-under-name-nothing
  it('submits its value under its name, and nothing when no choice is made', async () => {
    const { el, form, submitted } = await formFixture('lang="en"');
    await expect(el).to.be.accessible();
    form.requestSubmit();
    expect(submitted[0]!.has('actingAs')).to.equal(false);
    radio(el, 'person').click();
    await el.updateComplete;
    form.requestSubmit();
    expect(submitted[1]!.get('actingAs')).to.equal('person');
    expect(el.form).to.equal(form);
    expect(el.willValidate).to.equal(true);
  });

  // a11y-evidence: on-behalf.blocks-submit-required-nothing-chosen
  it('blocks submit when required and nothing is chosen: the error is written, linked, focused and announced', async () => {
    const { el, form, submitted } = await formFixture('required lang="fi"');
    await expect(el).to.be.accessible();
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal(ERROR.fi);
    expect(errorText(el), 'no error before a submit').to.equal(undefined);

    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    await frame();
    expect(submitted).to.have.length(0);
    expect(errorText(el)).to.equal(`Virhe: ${ERROR.fi}`);
    // Linked in the same shadow root: the group and each radio point at the error.
    const fieldset = shadow(el).querySelector('fieldset')!;
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(shadow(el).getElementById(error.id)).to.equal(error);
    for (const r of radios(el)) {
      expect(r.getAttribute('aria-invalid')).to.equal('true');
      expect(r.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    }
    // Focus moves to the group; the focused radio's description reads the error out.
    expect(document.activeElement).to.equal(el);
    expect(focusedRadio(el)?.value).to.equal('self');
    const focused = findAll(await snapshot(), (n) => !!n.focused)[0]!;
    expect(focused.role).to.equal('radio');
    expect(focused.invalid).to.equal('true');
    expect(focused.description).to.contain(`Virhe: ${ERROR.fi}`);
    await expect(el).to.be.accessible();

    // Choosing clears the error and lets the form submit.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(errorText(el)).to.equal(undefined);
    expect(radios(el).every((r) => !r.hasAttribute('aria-invalid'))).to.equal(true);
    form.requestSubmit();
    expect(submitted[0]!.get('actingAs')).to.equal('self');
  });

  // a11y-evidence: on-behalf.announces-error-live-region-earlier
  it('announces the error in the live region when an earlier field takes focus', async () => {
    const { el, form, submitted } = await formFixture('required lang="en"');
    const input = document.createElement('input');
    input.required = true;
    input.setAttribute('aria-label', 'Name');
    form.prepend(input);
    form.requestSubmit();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(submitted).to.have.length(0);
    expect(document.activeElement).to.equal(input);
    expect(errorText(el)).to.equal(`Error: ${ERROR.en}`);
    expect(liveRegion(el).textContent).to.equal(`Error: ${ERROR.en}`);
  });

  it('checks validity silently with checkValidity(), and shows the error with reportValidity()', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry required lang="sv"></auta-on-behalf-entry>`);
    let invalidEvents = 0;
    el.addEventListener('invalid', () => invalidEvents++);
    expect(el.checkValidity()).to.equal(false);
    await el.updateComplete;
    expect(invalidEvents).to.equal(1);
    expect(errorText(el)).to.equal(undefined);
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    await frame();
    expect(errorText(el)).to.equal(`Fel: ${ERROR.sv}`);
    expect(focusedRadio(el)?.value).to.equal('self');
    el.value = 'person';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
  });

  it('clears on reset, and returns to the default a returning user came with', async () => {
    const { el, form } = await formFixture('lang="en"');
    radio(el, 'organisation').click();
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(new FormData(form).has('actingAs')).to.equal(false);

    el.setAttribute('value', 'person');
    await el.updateComplete;
    expect(el.value, 'reset made it clean: the default applies').to.equal('person');
    radio(el, 'self').click();
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('person');
    expect(radio(el, 'person').checked).to.equal(true);
  });

  it('hides the error again on reset', async () => {
    const { el, form } = await formFixture('required lang="en"');
    form.requestSubmit();
    await el.updateComplete;
    expect(errorText(el)).to.contain(ERROR.en);
    form.reset();
    await el.updateComplete;
    expect(errorText(el)).to.equal(undefined);
  });

  // a11y-evidence: on-behalf.left-out-form-cannot-be
  it('is left out of the form and cannot be changed when disabled, also through a disabled fieldset', async () => {
    const { el, form, submitted } = await formFixture('required disabled value="self" lang="en"');
    await expect(el).to.be.accessible();
    expect(radios(el).every((r) => r.matches(':disabled'))).to.equal(true);
    expect((shadow(el).querySelector('[part="continue"]') as HTMLButtonElement).disabled).to.equal(true);
    expect(el.willValidate).to.equal(false);
    form.requestSubmit();
    expect(submitted[0]!.has('actingAs')).to.equal(false);

    el.disabled = false;
    const outer = document.createElement('fieldset');
    form.prepend(outer);
    outer.append(el);
    outer.disabled = true;
    await el.updateComplete;
    expect(radios(el).every((r) => r.matches(':disabled'))).to.equal(true);
    outer.disabled = false;
    await el.updateComplete;
    expect(radios(el).every((r) => !r.matches(':disabled'))).to.equal(true);
  });

  // a11y-evidence: on-behalf.gives-back-restored-state-back
  it('gives back a restored state (back/forward navigation)', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en"></auta-on-behalf-entry>`);
    el.formStateRestoreCallback('organisation');
    await el.updateComplete;
    expect(radio(el, 'organisation').checked).to.equal(true);
    el.formStateRestoreCallback('nonsense');
    await el.updateComplete;
    expect(el.value).to.equal('organisation');
  });
});
