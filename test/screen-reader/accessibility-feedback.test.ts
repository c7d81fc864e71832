import { expect, fixture, html } from '@open-wc/testing';
import '@auta/feedback/define.js';
import type { AutaAccessibilityFeedback } from '@auta/feedback';
import { VirtualReader, deepActive, expectPhrases } from './reader.js';

/*
 * The accessibility-feedback form as a screen-reader user meets it: sent empty (the error
 * summary takes focus and each field then speaks its error with its description), filled
 * in with the keyboard, sent; the thank-you takes focus and is announced once. No
 * endpoint: nothing is posted anywhere. The supervisor's address is a fictional example.
 */
const LANGS = ['fi', 'sv', 'en'] as const;
const PAGE = { fi: 'Asumistuen hakemus', sv: 'Ansökan om bostadsbidrag', en: 'Housing allowance application' };
const DESCRIPTION = { fi: 'Valikkoon ei päässyt sarkaimella.', sv: 'Menyn gick inte att nå med tabbtangenten.', en: 'The menu could not be reached with the Tab key.' };

async function form(lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button type="button" id="before">Edellinen</button>
    <auta-accessibility-feedback lang=${lang} supervisor-href="https://example.com/ilmoitus"></auta-accessibility-feedback>
  </div>`);
  const el = wrapper.querySelector('auta-accessibility-feedback') as AutaAccessibilityFeedback;
  await el.updateComplete;
  document.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

for (const lang of LANGS) {
  describe(`screen reader: accessibility feedback (${lang})`, () => {
    it('sent empty: each required field speaks its error with its description; then filled in and sent', async () => {
      const el = await form(lang);
      const sr = new VirtualReader(el);
      try {
        await sr.readAll();
        await sr.tabTo('button[type="submit"]');
        await sr.press('Enter', 100);
        await sr.readPart(el.querySelector('.auta-fb-summary')!, 'read the error summary');
        // The summary's first link takes the person to the field, which says its error.
        await sr.press('Tab');
        await sr.press('Enter');
        await sr.type(PAGE[lang]);
        await sr.tabTo('input[name="problem"][value="keyboard"]');
        await sr.press('Space');
        await sr.tabTo('textarea');
        await sr.type(DESCRIPTION[lang]);
        await sr.tabTo('button[type="submit"]');
        await sr.press('Enter', 100);
        await sr.pause(300);
        await sr.readAll('read the element again');
        await expectPhrases(`accessibility-feedback.errors-then-sent.${lang}`, sr.log);
      } finally {
        sr.stop();
      }
      const atError = sr.log[sr.log.lastIndexOf('> press Enter', sr.log.indexOf(`> type "${PAGE[lang]}"`)) + 1];
      expect(atError, 'the field says it is invalid and why').to.match(/^focus: edit, .*invalid entry, .+/);
      const spoken = sr.log.filter((l) => l.startsWith('['));
      expect(spoken, 'the thank-you, announced once').to.have.length(1);
      expect(deepActive()?.tagName).to.match(/^H\d$/);
    });
  });
}
