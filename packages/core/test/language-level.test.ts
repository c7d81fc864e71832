import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { AutaElement } from '../src/auta-element.js';
import { resolveLanguageLevel, toLanguageLevel } from '../src/lang.js';
import { lookupMessage, type Catalog } from '../src/messages.js';

type Messages = { greeting: string; count: (n: number) => string; onlyStandard: string };
const catalog: Catalog<Messages> = {
  en: { greeting: 'Hello', count: (n) => `${n} places`, onlyStandard: 'Standard only' },
  fi: { greeting: 'Hei', count: (n) => `${n} paikkaa`, onlyStandard: 'Vain yleiskieli' },
  sv: { greeting: 'Hej', count: (n) => `${n} platser`, onlyStandard: 'Bara standard' },
  easy: {
    en: { greeting: 'Hello, easy', count: (n) => `There are ${n} places.`, onlyStandard: 'Easy English' },
    fi: { greeting: 'Hei, selko', count: (n) => `Paikkoja on ${n}.` },
    sv: { greeting: 'Hej, lätt', count: (n) => `Det finns ${n} platser.` },
  },
};

class TestLevel extends AutaElement<Messages> {
  protected readonly catalog = catalog;
  override render() {
    return litHtml`<p>${this.msg('greeting')} · ${this.msg('count', 3)}</p>`;
  }
  text() {
    return this.shadowRoot!.querySelector('p')!.textContent;
  }
}
customElements.define('test-level', TestLevel);

/** Holds a test-level inside its own shadow root, as the finder holds its cards. */
class TestLevelShell extends LitElement {
  static override properties = { innerLevel: { attribute: 'inner-level' } };
  innerLevel = '';
  override render() {
    return litHtml`<section data-auta-language-level=${this.innerLevel || ''}><test-level></test-level></section>`;
  }
}
customElements.define('test-level-shell', TestLevelShell);

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('language level', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('data-auta-language-level');
  });

  it('reads only "easy" and "standard"', () => {
    const table: Array<[string | null, string | undefined]> = [
      ['easy', 'easy'],
      ['EASY', 'easy'],
      [' easy ', undefined],
      ['standard', 'standard'],
      ['plain', undefined],
      ['', undefined],
      [null, undefined],
    ];
    for (const [value, level] of table) expect(toLanguageLevel(value), String(value)).to.equal(level);
  });

  // document's data-auta-language-level, an ancestor's, the element's language-level, expected level
  const cases: Array<[string, string, string, 'easy' | 'standard']> = [
    ['', '', '', 'standard'],
    ['easy', '', '', 'easy'],
    ['', 'easy', '', 'easy'],
    ['easy', 'standard', '', 'standard'],
    ['standard', 'easy', '', 'easy'],
    ['easy', '', 'standard', 'standard'],
    ['', '', 'easy', 'easy'],
    ['', 'standard', 'easy', 'easy'],
    ['', 'plain', '', 'standard'],
    ['easy', 'plain', 'nonsense', 'easy'],
  ];
  for (const [page, ancestor, own, expected] of cases) {
    it(`page ${page || '-'}, ancestor ${ancestor || '-'}, element ${own || '-'} → ${expected}`, async () => {
      if (page) document.documentElement.setAttribute('data-auta-language-level', page);
      const wrapper = await fixture<HTMLElement>(
        html`<div data-auta-language-level=${ancestor || ''}><span><test-level lang="fi" language-level=${own || ''}></test-level></span></div>`,
      );
      const el = wrapper.querySelector('test-level') as TestLevel;
      await el.updateComplete;
      expect(resolveLanguageLevel(el)).to.equal(expected);
      expect(el.resolvedLanguageLevel).to.equal(expected);
      expect(el.text()).to.equal(expected === 'easy' ? 'Hei, selko · Paikkoja on 3.' : 'Hei · 3 paikkaa');
    });
  }

  // shadow-root section's data attribute, the shell host's language-level, expected
  const nested: Array<[string, string, string]> = [
    ['', '', 'Hej · 3 platser'],
    ['easy', '', 'Hej, lätt · Det finns 3 platser.'],
    ['', 'easy', 'Hej, lätt · Det finns 3 platser.'],
    ['standard', 'easy', 'Hej · 3 platser'],
  ];
  for (const [inner, hostLevel, expected] of nested) {
    it(`crosses shadow roots: shadow ${inner || '-'}, host ${hostLevel || '-'}`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="sv"><test-level-shell inner-level=${inner} language-level=${hostLevel || ''}></test-level-shell></div>`,
      );
      const shell = wrapper.querySelector('test-level-shell') as TestLevelShell;
      await shell.updateComplete;
      const el = shell.shadowRoot!.querySelector('test-level') as TestLevel;
      await el.updateComplete;
      expect(el.text()).to.equal(expected);
    });
  }

  it('re-renders when the level changes on <html>, on an ancestor, on the element and by property', async () => {
    document.documentElement.lang = 'sv';
    const wrapper = await fixture<HTMLElement>(html`<div><test-level></test-level></div>`);
    const el = wrapper.querySelector('test-level') as TestLevel;
    const settle = async () => {
      await nextFrame();
      await el.updateComplete;
    };
    expect(el.text()).to.equal('Hej · 3 platser');

    document.documentElement.setAttribute('data-auta-language-level', 'easy');
    await settle();
    expect(el.text()).to.equal('Hej, lätt · Det finns 3 platser.');

    wrapper.setAttribute('data-auta-language-level', 'standard');
    await settle();
    expect(el.text()).to.equal('Hej · 3 platser');

    el.setAttribute('language-level', 'easy');
    await settle();
    expect(el.text()).to.equal('Hej, lätt · Det finns 3 platser.');

    el.languageLevel = 'standard';
    await settle();
    expect(el.text()).to.equal('Hej · 3 platser');
    expect(el.getAttribute('language-level')).to.equal('standard');

    el.languageLevel = undefined;
    el.removeAttribute('language-level');
    el.lang = 'en';
    document.documentElement.setAttribute('data-auta-language-level', 'easy');
    wrapper.removeAttribute('data-auta-language-level');
    await settle();
    expect(el.text()).to.equal('Hello, easy · There are 3 places.');
  });

  it('lets the host override easy strings per language, apart from standard ones', async () => {
    const el = await fixture<TestLevel>(html`<test-level lang="fi" language-level="easy"></test-level>`);
    el.messages = { fi: { greeting: 'Moi' }, easy: { fi: { greeting: 'Moi, selko' } } };
    await el.updateComplete;
    expect(el.text()).to.equal('Moi, selko · Paikkoja on 3.');
    el.languageLevel = 'standard';
    await el.updateComplete;
    expect(el.text()).to.equal('Moi · 3 paikkaa');
  });
});

describe('lookup at the easy level', () => {
  const warningsOf = (run: () => void) => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      run();
    } finally {
      console.warn = original;
    }
    return warnings;
  };

  // language, key, host overrides, expected text
  const table: Array<[('fi' | 'sv' | 'en'), keyof Messages, Parameters<typeof lookupMessage<Messages, keyof Messages>>[2], string]> = [
    ['fi', 'greeting', undefined, 'Hei, selko'],
    ['fi', 'greeting', { easy: { fi: { greeting: 'Terve' } } }, 'Terve'],
    ['fi', 'greeting', { fi: { greeting: 'Moi' } }, 'Hei, selko'],
    ['sv', 'greeting', { easy: { fi: { greeting: 'Terve' } } }, 'Hej, lätt'],
    ['en', 'onlyStandard', undefined, 'Easy English'],
    // No easy Finnish text: the standard Finnish text, not easy English.
    ['fi', 'onlyStandard', undefined, 'Vain yleiskieli'],
    ['fi', 'onlyStandard', { fi: { onlyStandard: 'Isännän teksti' } }, 'Isännän teksti'],
  ];
  for (const [lang, key, overrides, expected] of table) {
    it(`${lang} ${key}${overrides ? ' with overrides' : ''} → ${expected}`, () => {
      const args = (key === 'count' ? [1] : []) as never;
      expect(lookupMessage('test-lookup', catalog, overrides, lang, key, args, 'easy')).to.equal(expected);
    });
  }

  it('warns once when the easy text is missing, naming the key', () => {
    const warnings = warningsOf(() => {
      lookupMessage('test-missing-easy', catalog, undefined, 'sv', 'onlyStandard', [], 'easy');
      lookupMessage('test-missing-easy', catalog, undefined, 'sv', 'onlyStandard', [], 'easy');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('easy-to-read').and.contain('"onlyStandard"').and.contain('"sv"');
  });

  it('warns once when a component has no easy-to-read copy at all', () => {
    const standardOnly: Catalog<{ greeting: string }> = { en: { greeting: 'Hello' } };
    const warnings = warningsOf(() => {
      expect(lookupMessage('test-no-easy', standardOnly, undefined, 'en', 'greeting', [], 'easy')).to.equal('Hello');
      lookupMessage('test-no-easy', standardOnly, undefined, 'en', 'greeting', [], 'easy');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('test-no-easy').and.contain('no easy-to-read').and.contain('"greeting"');
  });
});
