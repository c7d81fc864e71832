import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { accessibilityFeedbackCatalog, type AccessibilityFeedbackSubmitDetail, type AutaAccessibilityFeedback, loadFeedbackEasy } from '../src/index.js';
import { LANGS, THEMES, WIDTHS, checkState, describedByResolves, environment, findAll, nothingStored, requestsDuring, resetEnvironment, snapshot } from './helpers.js';

const HEADING = { fi: 'Anna palautetta saavutettavuudesta', sv: 'Ge respons om tillgängligheten', en: 'Give feedback on accessibility' };
const ERRORS = {
  fi: ['Kirjoita, millä sivulla tai missä palvelussa ongelma oli.', 'Valitse, mikä ei toiminut.'],
  sv: ['Skriv på vilken sida eller i vilken tjänst problemet fanns.', 'Välj vad som inte fungerade.'],
  en: ['Enter the page or service where the problem was.', 'Select what did not work.'],
};
const SUPERVISOR = {
  fi: 'Liikenne- ja viestintävirasto Traficomin saavutettavuusvalvonta',
  sv: 'Transport- och kommunikationsverket Traficoms tillgänglighetstillsyn',
  en: 'the accessibility supervision of the Finnish Transport and Communications Agency Traficom',
};
const TWO_WEEKS = { fi: 'kahden viikon kuluessa', sv: 'inom två veckor', en: 'within two weeks' };

const make = async (attrs = '') => {
  const wrapper = document.createElement('div');
  // Test markup, not data: the attributes vary per test.
  wrapper.innerHTML = `<button id="before">Before</button><auta-accessibility-feedback supervisor-href="https://example.com/ilmoitus" ${attrs}></auta-accessibility-feedback>`;
  const w = await fixture<HTMLDivElement>(html`${wrapper}`);
  const el = w.querySelector('auta-accessibility-feedback') as AutaAccessibilityFeedback;
  await el.updateComplete;
  return el;
};
const field = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, name: string) => el.querySelector<T>(`[name="${name}"]`)!;
const submit = async (el: AutaAccessibilityFeedback) => {
  el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};
const errorTexts = (el: HTMLElement) => [...el.querySelectorAll('.auta-fb-error')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

afterEach(resetEnvironment);

describe('<auta-accessibility-feedback> accessibility', () => {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        // a11y-evidence: feedback.passes-axe-state
        it(`passes axe in every state: ${lang}, ${theme}, ${width} px`, async () => {
          await environment(lang, theme, width);
          const el = await make();
          expect(el.textContent).to.contain(TWO_WEEKS[lang]).and.to.contain(SUPERVISOR[lang]);
          await checkState(el, 'first', width);
          await submit(el);
          expect(errorTexts(el).map((t) => t.replace(/^\S+ /, ''))).to.deep.equal(ERRORS[lang]);
          await checkState(el, 'errors', width);
          field(el, 'page').value = 'Asumistuen hakemus';
          field(el, 'email').value = 'ei-osoite';
          el.querySelector<HTMLInputElement>('input[value="keyboard"]')!.click();
          await submit(el);
          expect(errorTexts(el)).to.have.length(1);
          await checkState(el, 'email error', width);
          field(el, 'email').value = 'nimi@example.com';
          await submit(el);
          expect(el.textContent).to.contain(TWO_WEEKS[lang]).and.to.contain(SUPERVISOR[lang]);
          await checkState(el, 'sent', width);
        });
      }
    }
  }

  // a11y-evidence: feedback.lists-several-errors-summary-takes
  it('lists several errors in a summary that takes focus and links to each field', async () => {
    const el = await make('lang="fi"');
    await submit(el);
    const summary = el.querySelector<HTMLElement>('.auta-fb-summary')!;
    expect(document.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(ERRORS.fi);
    links[1]!.click();
    expect(document.activeElement).to.equal(el.querySelector('input[value="screen-reader"]'));
    links[0]!.click();
    expect(document.activeElement).to.equal(field(el, 'page'));
    describedByResolves(el);
    const tree = await snapshot();
    const page = findAll(tree, (n) => n.role === 'textbox' && n.name === 'Millä sivulla tai missä palvelussa ongelma oli?')[0]!;
    expect(page.invalid).to.equal('true');
    expect(page.description).to.contain(ERRORS.fi[0]);
    const first = findAll(tree, (n) => n.role === 'checkbox')[0]!;
    expect(first.name).to.equal('Ruudunlukija ei lukenut sisältöä oikein');
    expect(first.invalid).to.equal('true');
  });

  // a11y-evidence: feedback.says-contact-optional-why-asked
  it('says the contact is optional and why it is asked, and names the next step with a link', async () => {
    const el = await make('lang="en"');
    const tree = await snapshot();
    const email = findAll(tree, (n) => n.role === 'textbox' && n.name === 'Email address (optional)')[0]!;
    expect(email.description).to.contain('only to answer this feedback');
    expect(findAll(tree, (n) => n.role === 'link').map((l) => l.name)).to.include('Report to the supervisory authority');
    expect(findAll(tree, (n) => n.role === 'checkbox')).to.have.length(10);
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/ilmoitus');
  });

  it('shows no supervisor link that is not safe', async () => {
    const el = await make('lang="en"');
    el.supervisorHref = 'javascript:alert(1)';
    await el.updateComplete;
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.contain(SUPERVISOR.en);
  });
});

describe('<auta-accessibility-feedback> keyboard', () => {
  // a11y-evidence: feedback.filled-sent-real-keys-thank
  it('is filled in and sent with real keys; the thank-you takes focus and is announced', async () => {
    const el = await make('lang="fi" page="Asumistuen hakemus"');
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(field(el, 'page'));
    expect(field(el, 'page').value).to.equal('Asumistuen hakemus');
    await sendKeys({ press: 'Tab' });
    expect((document.activeElement as HTMLInputElement).value).to.equal('screen-reader');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 9; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(field(el, 'description'));
    await sendKeys({ type: 'Valikkoon ei päässyt sarkaimella.' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(field(el, 'email'));
    await sendKeys({ type: 'nimi@example.com' });
    const sent = oneEvent(el, 'auta-accessibility-feedback-submit');
    // Enter in a text field submits the form.
    await sendKeys({ press: 'Enter' });
    const { detail } = (await sent) as CustomEvent<AccessibilityFeedbackSubmitDetail>;
    expect(detail).to.deep.equal({ problems: ['keyboard'], wantsAnswer: true, hasDescription: true });
    await el.updateComplete;
    expect(document.activeElement?.textContent).to.equal('Kiitos palautteestasi');
    await new Promise((r) => setTimeout(r, 20));
    expect(el.querySelector('[role="status"]')!.textContent).to.contain('Vastaamme sinulle kahden viikon kuluessa.');
  });
});

describe('<auta-accessibility-feedback> privacy and posting', () => {
  // a11y-evidence: feedback.posts-nothing-stores-nothing-keeps
  it('posts nothing, stores nothing and keeps what was written out of its event without an endpoint', async () => {
    const el = await make('lang="fi" action="/saavutettavuuspalaute"');
    const details: unknown[] = [];
    el.addEventListener('auta-accessibility-feedback-submit', (e) => details.push(e.detail));
    const requests = await requestsDuring(async () => {
      field(el, 'page').value = 'https://example.com/asumistuki?hetu=010101-123N';
      el.querySelector<HTMLInputElement>('input[value="zoom"]')!.click();
      field(el, 'description').value = 'Olen Matti, puh. 040 123 4567';
      await submit(el);
    });
    expect(requests).to.deep.equal([]);
    expect(JSON.stringify(details)).not.to.match(/Matti|hetu|040/);
    expect(details).to.deep.equal([{ problems: ['zoom'], wantsAnswer: false, hasDescription: true }]);
    expect(el.textContent).to.contain('emme voi vastata sinulle');
    await nothingStored();
  });

  it('posts every field to the endpoint the host gives', async () => {
    const key = `a11y-${Math.random()}`;
    const el = await make(`lang="sv" page="Bostadsbidrag" endpoint="/__hardening__/store?key=${key}"`);
    el.querySelector<HTMLInputElement>('input[value="contrast"]')!.click();
    el.querySelector<HTMLInputElement>('input[value="document"]')!.click();
    field(el, 'description').value = 'Blanketten är en skannad bild.';
    field(el, 'email').value = 'namn@example.com';
    await submit(el);
    await new Promise((r) => setTimeout(r, 200));
    const body = new URLSearchParams(await (await fetch(`/__hardening__/stored?key=${key}`)).text());
    expect([...body]).to.deep.equal([
      ['form', 'accessibility-feedback'],
      ['lang', 'sv'],
      ['page', 'Bostadsbidrag'],
      ['problem', 'contrast'],
      ['problem', 'document'],
      ['description', 'Blanketten är en skannad bild.'],
      ['email', 'namn@example.com'],
    ]);
    await nothingStored();
  });

  it('ships easy-to-read copy for every key in fi, sv and en', async () => {
    await loadFeedbackEasy();
    for (const lang of LANGS) {
      expect(Object.keys(accessibilityFeedbackCatalog.easy![lang] ?? {}).sort(), lang).to.deep.equal(Object.keys(accessibilityFeedbackCatalog.fi!).sort());
      expect(accessibilityFeedbackCatalog.easy![lang]!.heading, lang).not.to.equal(accessibilityFeedbackCatalog[lang]!.heading);
    }
  });

  // a11y-evidence: feedback.names-heading-page-language
  it('names its heading in the page language', async () => {
    for (const lang of LANGS) {
      const el = await make(`lang="${lang}"`);
      expect(el.querySelector('h2')!.textContent).to.equal(HEADING[lang]);
    }
  });
});
