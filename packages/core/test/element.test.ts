import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { AutaElement } from '../src/auta-element.js';
import { resolveLang, resolveLangTag, toSupportedLang } from '../src/lang.js';
import type { Catalog } from '../src/messages.js';

type Messages = { greeting: string; count: (n: number) => string; onlyEnglish: string };
const catalog: Catalog<Messages> = {
  en: { greeting: 'Hello', count: (n) => `${n} places`, onlyEnglish: 'English only' },
  fi: { greeting: 'Hei', count: (n) => `${n} paikkaa` },
  sv: { greeting: 'Hej', count: (n) => `${n} platser` },
};

class TestGreeting extends AutaElement<Messages> {
  protected readonly catalog = catalog;
  override render() {
    return litHtml`<p lang=${this.contentLang ?? ''}>${this.msg('greeting')} · ${this.msg('count', 3)}</p>`;
  }
  text() {
    return this.shadowRoot!.querySelector('p')!.textContent;
  }
  only() {
    return this.msg('onlyEnglish');
  }
}
customElements.define('test-greeting', TestGreeting);

/** A plain Lit element that puts a greeting inside its own shadow root, under a lang it sets. */
class TestShell extends LitElement {
  static override properties = { innerLang: { attribute: 'inner-lang' } };
  innerLang = '';
  override render() {
    return litHtml`<section lang=${this.innerLang || ''}><div><test-greeting></test-greeting></div></section>`;
  }
}
customElements.define('test-shell', TestShell);

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('language resolution', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('reduces tags to the languages with copy', () => {
    const table: Array<[string | null, string | undefined]> = [
      ['fi', 'fi'],
      ['fi-FI', 'fi'],
      ['SV-fi', 'sv'],
      ['en_GB', 'en'],
      ['se', undefined],
      ['de', undefined],
      ['', undefined],
      [null, undefined],
    ];
    for (const [tag, lang] of table) expect(toSupportedLang(tag), String(tag)).to.equal(lang);
  });

  it('takes the element’s own lang, then ancestors’, then the document’s', async () => {
    document.documentElement.lang = 'sv';
    const el = await fixture<HTMLElement>(html`<div lang="fi"><span><b lang=""><i id="t"></i></b></span></div>`);
    const target = el.querySelector('#t')!;
    expect(resolveLangTag(target)).to.equal('fi');
    target.setAttribute('lang', 'en-GB');
    expect(resolveLang(target)).to.equal('en');
    el.removeAttribute('lang');
    target.removeAttribute('lang');
    expect(resolveLang(target)).to.equal('sv');
  });

  const nested: Array<[string, string, string | null, string]> = [
    // document lang, host-of-shell lang, lang inside the shell's shadow root, expected
    ['fi', '', null, 'Hei · 3 paikkaa'],
    ['fi', 'sv', null, 'Hej · 3 platser'],
    ['fi', 'sv', 'en', 'Hello · 3 places'],
    ['en', '', 'fi-FI', 'Hei · 3 paikkaa'],
    ['sv', '', null, 'Hej · 3 platser'],
  ];
  for (const [docLang, hostLang, innerLang, expected] of nested) {
    it(`crosses shadow roots: document ${docLang}, host ${hostLang || '-'}, shadow ${innerLang ?? '-'}`, async () => {
      document.documentElement.lang = docLang;
      const shell = await fixture<HTMLElement>(html`<div lang=${hostLang}><test-shell inner-lang=${innerLang ?? ''}></test-shell></div>`);
      await (shell.querySelector('test-shell') as TestShell).updateComplete;
      const inner = shell.querySelector('test-shell')!.shadowRoot!.querySelector('test-greeting') as TestGreeting;
      await inner.updateComplete;
      expect(inner.text()).to.equal(expected);
    });
  }

  it('re-renders when lang changes on <html>, on an ancestor, and inside a shadow root', async () => {
    document.documentElement.lang = 'fi';
    const wrapper = await fixture<HTMLElement>(html`<div><test-shell></test-shell></div>`);
    const shell = wrapper.querySelector('test-shell') as TestShell;
    await shell.updateComplete;
    const inner = shell.shadowRoot!.querySelector('test-greeting') as TestGreeting;
    await inner.updateComplete;
    expect(inner.text()).to.equal('Hei · 3 paikkaa');

    document.documentElement.lang = 'sv';
    await nextFrame();
    await inner.updateComplete;
    expect(inner.text()).to.equal('Hej · 3 platser');

    wrapper.setAttribute('lang', 'en');
    await nextFrame();
    await inner.updateComplete;
    expect(inner.text()).to.equal('Hello · 3 places');

    shell.shadowRoot!.querySelector('section')!.setAttribute('lang', 'fi');
    await nextFrame();
    await inner.updateComplete;
    expect(inner.text()).to.equal('Hei · 3 paikkaa');

    inner.setAttribute('lang', 'sv');
    await nextFrame();
    await inner.updateComplete;
    expect(inner.text()).to.equal('Hej · 3 platser');
  });

  it('stops listening when disconnected', async () => {
    document.documentElement.lang = 'fi';
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    el.remove();
    document.documentElement.lang = 'sv';
    await nextFrame();
    expect(el.text()).to.equal('Hei · 3 paikkaa');
  });
});

describe('messages', () => {
  it('falls back to English with a console warning naming the key', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<TestGreeting>(html`<test-greeting lang="fi"></test-greeting>`);
      expect(el.only()).to.equal('English only');
      expect(el.only()).to.equal('English only');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"onlyEnglish"').and.contain('test-greeting').and.contain('"fi"');
  });

  it('lets the host override any string, per language', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="sv"></test-greeting>`);
    el.messages = { sv: { greeting: 'Hejsan', count: (n: number) => `${n} ställen` }, fi: { greeting: 'Moi' } };
    await el.updateComplete;
    expect(el.text()).to.equal('Hejsan · 3 ställen');
    el.lang = 'fi';
    await nextFrame();
    await el.updateComplete;
    expect(el.text()).to.equal('Moi · 3 paikkaa');
  });

  it('marks English text with lang="en" on a page in another language', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="de"></test-greeting>`);
    expect(el.text()).to.equal('Hello · 3 places');
    expect(el.shadowRoot!.querySelector('p')!.getAttribute('lang')).to.equal('en');
    el.lang = 'fi';
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.getAttribute('lang')).to.equal('');
  });
});
