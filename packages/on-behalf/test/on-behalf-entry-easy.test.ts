import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AutaOnBehalfEntry } from '../src/on-behalf-entry.js';
import { loadOnBehalfEasy, onBehalfCatalog, type OnBehalfMessages } from '../src/messages.js';
import { shadow, THEMES, warnings } from './entry-helpers.js';

type Lang = 'fi' | 'sv' | 'en';
const LANGS: Lang[] = ['fi', 'sv', 'en'];

const label = (el: AutaOnBehalfEntry, option: string) => shadow(el).querySelector(`label[for="radio-${option}"]`)!.textContent!.trim();
const hint = (el: AutaOnBehalfEntry, option: string) => shadow(el).querySelector(`#hint-${option} p:not([part])`)!.textContent!.trim();
const text = (lang: Lang, key: keyof OnBehalfMessages, level: 'standard' | 'easy') => {
  const m = (level === 'easy' ? onBehalfCatalog.easy![lang]! : onBehalfCatalog[lang]!)[key];
  return typeof m === 'function' ? undefined : m;
};

describe('<auta-on-behalf-entry>: easy-to-read copy', () => {
  it('is a chunk of its own, loaded only when the easy level is asked for', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi"></auta-on-behalf-entry>`);
    expect(onBehalfCatalog.easy, 'not loaded at the standard level').to.equal(undefined);
    el.languageLevel = 'easy';
    await el.updateComplete;
    expect(onBehalfCatalog.easy, 'loaded at the easy level').not.to.equal(undefined);
    expect(hint(el, 'person')).to.equal(text('fi', 'personHint', 'easy'));
  });

  it('has an easy text for every key in fi, sv and en', async () => {
    await loadOnBehalfEasy();
    const keys = Object.keys(onBehalfCatalog.fi!).sort();
    for (const lang of LANGS) expect(Object.keys(onBehalfCatalog.easy![lang]!).sort(), lang).to.deep.equal(keys);
  });

  for (const lang of LANGS) {
    it(`renders the easy catalog in ${lang}, by attribute and by page default, with no fallback, and stays accessible`, async () => {
      await loadOnBehalfEasy();
      const seen = await warnings(async () => {
        const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang=${lang} language-level="easy" .mandateThemes=${THEMES}></auta-on-behalf-entry>`);
        for (const key of ['personHint', 'organisationHint', 'guardian'] as const) {
          expect(text(lang, key, 'easy'), `${lang} ${key} differs from the standard text`).not.to.equal(text(lang, key, 'standard'));
        }
        expect(hint(el, 'person')).to.equal(text(lang, 'personHint', 'easy'));
        expect(hint(el, 'organisation')).to.equal(text(lang, 'organisationHint', 'easy'));
        expect(shadow(el).querySelector('#hint-person')!.textContent).to.contain(text(lang, 'guardian', 'easy'));
        expect(label(el, 'person')).to.equal(text(lang, 'person', 'easy'));
        const details = shadow(el).querySelector('details')!;
        details.open = true;
        await el.updateComplete;
        expect(details.textContent).to.contain(text(lang, 'noMandateRequest', 'easy'));
        expect(details.textContent).to.contain(onBehalfCatalog.easy![lang]!.guardianPath!(text(lang, 'person', 'easy')!));
        await expect(el).to.be.accessible();

        const page = await fixture<HTMLElement>(html`<div data-auta-language-level="easy"><auta-on-behalf-entry lang=${lang}></auta-on-behalf-entry></div>`);
        const inner = page.querySelector('auta-on-behalf-entry') as AutaOnBehalfEntry;
        await inner.updateComplete;
        expect(inner.resolvedLanguageLevel).to.equal('easy');
        expect(hint(inner, 'organisation')).to.equal(text(lang, 'organisationHint', 'easy'));
      });
      expect(seen.filter((w) => /easy-to-read|English text/.test(w)), 'no fallback to standard text').to.deep.equal([]);
    });
  }

  it('follows a page that switches level, and an element pinned to standard stays standard', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><auta-on-behalf-entry lang="sv"></auta-on-behalf-entry><auta-on-behalf-entry lang="sv" language-level="standard"></auta-on-behalf-entry></div>`,
    );
    const [free, pinned] = [...page.querySelectorAll('auta-on-behalf-entry')] as AutaOnBehalfEntry[];
    await free!.updateComplete;
    expect(hint(free!, 'self')).to.equal(text('sv', 'selfHint', 'standard'));
    page.setAttribute('data-auta-language-level', 'easy');
    await new Promise((r) => setTimeout(r));
    await free!.updateComplete;
    await pinned!.updateComplete;
    expect(free!.resolvedLanguageLevel).to.equal('easy');
    expect(shadow(free!).querySelector('legend')!.textContent!.trim()).to.equal(text('sv', 'question', 'easy'));
    expect(pinned!.resolvedLanguageLevel).to.equal('standard');
    expect(shadow(pinned!).querySelector('legend')!.textContent!.trim()).to.equal(text('sv', 'question', 'standard'));
  });

  it('takes a host’s easy override over the easy default', async () => {
    const el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="en" language-level="easy"></auta-on-behalf-entry>`);
    el.messages = { easy: { en: { question: 'Who is this for?' } } };
    await el.updateComplete;
    expect(shadow(el).querySelector('legend')!.textContent!.trim()).to.equal('Who is this for?');
  });
});
