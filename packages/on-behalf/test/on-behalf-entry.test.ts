import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AutaOnBehalfEntry, OnBehalfEventDetail } from '../src/index.js';
import '../src/define.js';

type AXNode = {
  role: string;
  name: string;
  description?: string;
  checked?: boolean | 'mixed';
  focused?: boolean;
  invalid?: string;
  expanded?: boolean;
  level?: number;
  children?: AXNode[];
};

const LANGS = ['fi', 'sv', 'en'] as const;
const QUESTION = { fi: 'Kenen puolesta asioit?', sv: 'För vem uträttar du ärendet?', en: 'Who are you doing this for?' };
const LABELS = {
  fi: ['Omasta puolestani', 'Toisen henkilön puolesta', 'Yrityksen tai yhteisön puolesta'],
  sv: [
    'För mig själv',
    'För en annan person',
    'För ett företag eller en sammanslutning',
  ],
  en: ['For myself', 'For another person', 'For a company or organisation'],
};
const ERROR = { fi: 'Valitse, kenen puolesta asioit.', sv: 'Välj för vem du uträttar ärendet.', en: 'Select who you are doing this for.' };

const THEMES = [
  { id: 'building', name: { fi: 'Rakennusluvan hakeminen', sv: 'Ansökan om bygglov', en: 'Applying for a building permit' } },
  { id: 'vehicle', name: { fi: 'Ajoneuvoverotus' }, appliesTo: ['organisation' as const] },
];
const ROLES = [{ id: 'ceo', name: { fi: 'Kaupparekisteriin merkitty toimitusjohtaja', sv: 'Verkställande direktör', en: 'Managing director' } }];

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

const shadow = (el: AutaOnBehalfEntry) => el.shadowRoot!;
const radios = (el: AutaOnBehalfEntry) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const radio = (el: AutaOnBehalfEntry, value: string) => shadow(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const focusedRadio = (el: AutaOnBehalfEntry) => shadow(el).activeElement as HTMLInputElement | null;
const errorText = (el: AutaOnBehalfEntry) => shadow(el).querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
const liveRegion = (el: AutaOnBehalfEntry) => shadow(el).querySelector('[role="status"]')!;

/** The page's accessibility tree, as the browser exposes it. */
const snapshot = async () => (await a11ySnapshot({})) as unknown as AXNode;

function findAll(node: AXNode, test: (n: AXNode) => boolean, out: AXNode[] = []): AXNode[] {
  if (test(node)) out.push(node);
  node.children?.forEach((c) => findAll(c, test, out));
  return out;
}

/** Counts console warnings while `fn` runs. */
async function warnings(fn: () => Promise<void> | void): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** A form around the element that records what it submits instead of leaving the page. */
async function formFixture(attrs = 'required', after = '<button type="submit">Send</button>') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  // The attributes vary per test; this is test markup, not data.
  wrapper.innerHTML = `<button id="before">Before</button><form><auta-on-behalf-entry name="actingAs" ${attrs}></auta-on-behalf-entry>${after}</form>`;
  const form = wrapper.querySelector('form')!;
  const el = wrapper.querySelector('auta-on-behalf-entry') as AutaOnBehalfEntry;
  await el.updateComplete;
  const submitted: FormData[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(new FormData(form, e.submitter));
  });
  return { wrapper, form, el, submitted, before: wrapper.querySelector<HTMLButtonElement>('#before')! };
}

afterEach(async () => {
  document.documentElement.lang = 'en';
  await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
});

describe('<auta-on-behalf-entry> accessibility', () => {
  it('is accessible in its first state', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    await expect(el).to.be.accessible();
  });

  for (const lang of LANGS) {
    for (const forced of [false, true]) {
      it(`is accessible in every state: ${lang}${forced ? ', forced colours' : ''}`, async () => {
        if (forced) await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
        document.documentElement.lang = lang;
        const { el, form } = await formFixture(
          'required guardian-without-mandate request-mandate-url="https://example.fi/request" service-point-url="https://example.fi/points" application-url="https://example.fi/application"',
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

  it('selects with Space', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    const change = oneEvent(el, 'auta-on-behalf-change');
    radio(el, 'self').focus();
    await sendKeys({ press: 'Space' });
    expect((await change).detail).to.deep.equal({ actingAs: 'self' });
    expect(el.value).to.equal('self');
    expect(radio(el, 'self').checked).to.equal(true);
  });

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

describe('<auta-on-behalf-entry> continue and events', () => {
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

  it('lists mandate themes per choice, guardians and roles, marking text in another language', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" guardian-without-mandate></auta-on-behalf-entry>`);
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

  it('links only safe URLs in the no-mandate help, and the page’s alternative-channel notice', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <auta-on-behalf-entry
        lang="en"
        request-mandate-url="javascript:alert(1)"
        service-point-url="https://example.fi/service-points"
        application-url="https://example.fi/application"
      ></auta-on-behalf-entry>
      <auta-alt-channel-notice id="other-ways"></auta-alt-channel-notice>
    </div>`);
    const el = wrapper.querySelector('auta-on-behalf-entry')!;
    shadow(el).querySelector('details')!.open = true;
    await frame();
    await el.updateComplete;
    const links = [...shadow(el).querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Find a DVV service point', 'https://example.fi/service-points'],
      ['Giving a mandate by application', 'https://example.fi/application'],
      ['See other ways to do this', '#other-ways'],
    ]);
    const text = shadow(el).querySelector('details')!.textContent!;
    expect(text).to.contain('mandate request');
    expect(text).to.contain('it does not tell you why');
    await expect(el).to.be.accessible();

    el.altChannelHref = 'https://example.fi/contact';
    await el.updateComplete;
    expect(shadow(el).querySelector('a[href="https://example.fi/contact"]')).to.not.equal(null);
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

  it('marks its text as English on a page in a language without copy', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="de"></auta-on-behalf-entry>`);
    expect(shadow(el).querySelector('div')!.lang).to.equal('en');
    expect(shadow(el).querySelector('legend')!.textContent).to.equal(QUESTION.en);
  });
});
