import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { helpFeedbackCatalog, type AutaHelpFeedback, type HelpFeedbackSubmitDetail, loadFeedbackEasy } from '../src/index.js';
import { LANGS, THEMES, WIDTHS, checkState, describedByResolves, environment, findAll, nothingStored, requestsDuring, resetEnvironment, snapshot } from './helpers.js';

const QUESTION = { fi: 'Saitko tarvitsemasi avun?', sv: 'Fick du den hjälp du behövde?', en: 'Did you get the help you needed?' };
const ERROR = { fi: 'Valitse, saitko tarvitsemasi avun.', sv: 'Välj om du fick den hjälp du behövde.', en: 'Select whether you got the help you needed.' };
const THANKS = { fi: 'Kiitos palautteestasi', sv: 'Tack för din respons', en: 'Thank you for your feedback' };

const make = (attrs = '') => {
  const wrapper = document.createElement('div');
  // Test markup, not data: the attributes vary per test.
  wrapper.innerHTML = `<button id="before">Before</button><auta-help-feedback ${attrs}></auta-help-feedback>`;
  return fixture<HTMLDivElement>(html`${wrapper}`).then(async (w) => {
    const el = w.querySelector('auta-help-feedback') as AutaHelpFeedback;
    await el.updateComplete;
    return el;
  });
};
const radio = (el: AutaHelpFeedback, value: string) => el.querySelector<HTMLInputElement>(`input[name="helped"][value="${value}"]`)!;
const submit = async (el: AutaHelpFeedback) => {
  el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

afterEach(resetEnvironment);

describe('<auta-help-feedback> accessibility', () => {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        // a11y-evidence: feedback.help-form-passes-axe-state
        it(`passes axe in every state: ${lang}, ${theme}, ${width} px`, async () => {
          await environment(lang, theme, width);
          const el = await make();
          await checkState(el, 'first', width);
          await submit(el);
          expect(el.querySelector('.auta-fb-error')?.textContent).to.contain(ERROR[lang]);
          await checkState(el, 'error', width);
          radio(el, 'no').click();
          await el.updateComplete;
          await checkState(el, 'answered no', width);
          radio(el, 'yes').click();
          await el.updateComplete;
          await checkState(el, 'answered yes', width);
          await submit(el);
          expect(el.textContent).to.contain(THANKS[lang]);
          await checkState(el, 'sent', width);
        });
      }
    }
  }

  // a11y-evidence: feedback.names-form-question-group-choice
  it('names the form by its question, the group and every choice', async () => {
    document.documentElement.lang = 'fi';
    const el = await make();
    radio(el, 'no').click();
    await el.updateComplete;
    const tree = await snapshot();
    expect(findAll(tree, (n) => n.role === 'form').map((n) => n.name)).to.include(QUESTION.fi);
    expect(findAll(tree, (n) => n.role === 'radio').map((n) => n.name)).to.deep.equal(['Kyllä, sain', 'En saanut']);
    expect(findAll(tree, (n) => n.role === 'checkbox').length).to.equal(13);
    const message = findAll(tree, (n) => n.role === 'textbox')[0]!;
    expect(message.name).to.equal('Kerro lisää (vapaaehtoinen)');
    expect(message.description).to.contain('Älä kirjoita viestiin henkilötietojasi');
  });

  // a11y-evidence: feedback.writes-required-field-error-words
  it('writes the required-field error in words, linked from the group in the same tree, and moves focus to the field', async () => {
    const el = await make('lang="fi"');
    // Natively required radios are not "invalid entry" to a screen reader before anything was sent.
    expect(radio(el, 'yes').getAttribute('aria-invalid')).to.equal('false');
    await submit(el);
    const group = el.querySelector<HTMLFieldSetElement>('fieldset')!;
    const error = el.querySelector('.auta-fb-error')!;
    expect(group.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Virhe: ${ERROR.fi}`);
    expect(radio(el, 'yes').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(radio(el, 'yes'));
    describedByResolves(el);
    const tree = await snapshot();
    const focused = findAll(tree, (n) => !!n.focused)[0]!;
    expect(focused.role).to.equal('radio');
    expect(focused.invalid).to.equal('true');
  });
});

describe('<auta-help-feedback> keyboard', () => {
  // a11y-evidence: feedback.answered-filled-sent-real-keys
  it('is answered, filled in and sent with real keys, and announces the thank-you', async () => {
    const el = await make('lang="en"');
    const events: string[] = [];
    el.addEventListener('auta-help-feedback-answer', (e) => events.push(`answer ${e.detail.helped}`));
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(radio(el, 'yes'));
    // Arrow keys move through a radio group and choose as they go.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radio(el, 'no').checked).to.equal(true);
    expect(events).to.deep.equal(['answer false']);
    await sendKeys({ press: 'Tab' });
    expect((document.activeElement as HTMLInputElement).value).to.equal('information');
    await sendKeys({ press: 'Space' });
    // Past the other five "missing" boxes and "web" to "phone".
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
    expect((document.activeElement as HTMLInputElement).value).to.equal('phone');
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.tagName).to.equal('TEXTAREA');
    await sendKeys({ type: 'No one answered the phone' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.getAttribute('type')).to.equal('submit');
    const sent = oneEvent(el, 'auta-help-feedback-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await sent) as CustomEvent<HelpFeedbackSubmitDetail>;
    expect(detail).to.deep.equal({ helped: false, missing: ['information'], channels: ['phone'], hasMessage: true });
    await el.updateComplete;
    expect(document.activeElement?.textContent).to.equal(THANKS.en);
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.querySelector('[role="status"]')!.textContent).to.contain(THANKS.en);
  });

  // a11y-evidence: feedback.sends-enter-radio-button-implicit
  it('sends with Enter from a radio button (implicit submission) and shows the error first when unanswered', async () => {
    const el = await make('lang="sv"');
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.querySelector('.auta-fb-error')?.textContent).to.contain(ERROR.sv);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.querySelector('form')).to.equal(null);
    expect(el.textContent).to.contain(THANKS.sv);
  });
});

describe('<auta-help-feedback> privacy and posting', () => {
  it('posts nothing and stores nothing when the host gives no endpoint', async () => {
    const el = await make('lang="fi" action="/palaute"');
    const requests = await requestsDuring(async () => {
      radio(el, 'yes').click();
      await el.updateComplete;
      el.querySelector('textarea')!.value = 'Matti Meikäläinen, 040 123 4567';
      await submit(el);
    });
    expect(requests).to.deep.equal([]);
    expect(el.textContent).to.contain(THANKS.fi);
    await nothingStored();
  });

  // a11y-evidence: feedback.keeps-message-out-events
  it('keeps the message out of its events', async () => {
    const el = await make('lang="fi"');
    const details: unknown[] = [];
    el.addEventListener('auta-help-feedback-answer', (e) => details.push(e.detail));
    el.addEventListener('auta-help-feedback-submit', (e) => details.push(e.detail));
    radio(el, 'no').click();
    await el.updateComplete;
    el.querySelector('textarea')!.value = 'Matti Meikäläinen, 040 123 4567';
    await submit(el);
    expect(JSON.stringify(details)).not.to.contain('Matti');
    expect(details).to.deep.equal([{ helped: false }, { helped: false, missing: [], channels: [], hasMessage: true }]);
  });

  it('posts every field, URL-encoded and without cookies, to the endpoint the host gives', async () => {
    const key = `help-${Math.random()}`;
    const el = await make(`lang="fi" endpoint="/__hardening__/store?key=${key}"`);
    radio(el, 'no').click();
    await el.updateComplete;
    el.querySelector<HTMLInputElement>('input[value="contact"]')!.click();
    el.querySelector<HTMLInputElement>('input[value="chat"]')!.click();
    el.querySelector('textarea')!.value = 'Jonossa oli pitkä odotus.';
    await submit(el);
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    const body = new URLSearchParams(await (await fetch(`/__hardening__/stored?key=${key}`)).text());
    expect([...body]).to.deep.equal([
      ['form', 'help-feedback'],
      ['lang', 'fi'],
      ['helped', 'no'],
      ['missing', 'contact'],
      ['channel', 'chat'],
      ['message', 'Jonossa oli pitkä odotus.'],
    ]);
    expect(el.textContent).to.contain(THANKS.fi);
    await nothingStored();
  });

  // a11y-evidence: feedback.says-so-words-focus-endpoint
  it('says so, in words and with focus, when the endpoint fails; the answers stay', async () => {
    const el = await make('lang="en" endpoint="/__hardening__/providers?key=fb-fail&fail=9&mode=500"');
    radio(el, 'yes').click();
    await el.updateComplete;
    await submit(el);
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    const failed = el.querySelector<HTMLElement>('.auta-fb-error')!;
    expect(failed.textContent).to.contain('could not be sent');
    expect(document.activeElement).to.equal(failed);
    expect(radio(el, 'yes').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  // a11y-evidence: feedback.help-form-host-replaces-text
  it('lets the host replace any text, per language', async () => {
    const el = await make('lang="fi"');
    el.messages = { fi: { yes: 'Kyllä, sain apua' } };
    await el.updateComplete;
    expect(el.querySelector('label')!.textContent).to.equal('Kyllä, sain apua');
  });

  it('speaks easy-to-read at the language level the page asks for', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div data-auta-language-level="easy"><auta-help-feedback lang="fi"></auta-help-feedback></div>`);
    const el = wrapper.querySelector('auta-help-feedback') as AutaHelpFeedback;
    await el.updateComplete;
    expect(el.querySelector('h2')!.textContent).to.equal('Saitko apua?');
    el.setAttribute('language-level', 'standard');
    await el.updateComplete;
    expect(el.querySelector('h2')!.textContent).to.equal(QUESTION.fi);
  });

  it('ships easy-to-read copy for every key in fi, sv and en', async () => {
    await loadFeedbackEasy();
    for (const lang of LANGS) {
      expect(Object.keys(helpFeedbackCatalog.easy![lang] ?? {}).sort(), lang).to.deep.equal(Object.keys(helpFeedbackCatalog.fi!).sort());
      expect(helpFeedbackCatalog.easy![lang]!.question, lang).not.to.equal(helpFeedbackCatalog[lang]!.question);
    }
  });
});
