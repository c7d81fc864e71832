import { expect, fixture, html } from '@open-wc/testing';
import '@auta/feedback/define.js';
import type { AutaHelpFeedback } from '@auta/feedback';
import { VirtualReader, deepActive, expectPhrases } from './reader.js';

/*
 * "Did you get the help you needed?" as a screen-reader user meets it: "yes" chosen and
 * sent; and "send" with nothing chosen (the error), then "no" with what was missing, the
 * way tried and a message. The thank-you takes focus and is announced once. No endpoint:
 * nothing is posted anywhere.
 */
const LANGS = ['fi', 'sv', 'en'] as const;

async function form(lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button type="button" id="before">Edellinen</button>
    <auta-help-feedback lang=${lang}></auta-help-feedback>
  </div>`);
  const el = wrapper.querySelector('auta-help-feedback') as AutaHelpFeedback;
  await el.updateComplete;
  document.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

async function journey(el: AutaHelpFeedback, name: string, steps: (sr: VirtualReader) => Promise<void>) {
  const sr = new VirtualReader(el);
  try {
    await steps(sr);
    await expectPhrases(name, sr.log);
    return sr.log;
  } finally {
    sr.stop();
  }
}

const thanksHeard = (log: readonly string[]) => log.filter((l) => l.startsWith('['));

for (const lang of LANGS) {
  describe(`screen reader: help feedback (${lang})`, () => {
    it('"yes" chosen with the keyboard and sent: the thank-you once', async () => {
      const el = await form(lang);
      const log = await journey(el, `help-feedback.yes.${lang}`, async (sr) => {
        await sr.readAll();
        await sr.press('Tab');
        await sr.press('Space');
        await sr.tabTo('button[type="submit"]');
        await sr.press('Enter', 100);
        await sr.pause(300);
        await sr.readAll('read the element again');
      });
      expect(thanksHeard(log), 'the thank-you, announced once').to.have.length(1);
      expect(thanksHeard(log)[0]).to.match(/^\[polite\] /);
    });

    it('sent unanswered (the error), then "no" with what was missing: the thank-you once', async () => {
      const el = await form(lang);
      const log = await journey(el, `help-feedback.no.${lang}`, async (sr) => {
        await sr.tabTo('button[type="submit"]');
        await sr.press('Enter', 100);
        await sr.press('ArrowRight');
        await sr.readAll('read the element again');
        await sr.press('Tab');
        await sr.press('Space');
        await sr.tabTo('input[name="channel"][value="phone"]');
        await sr.press('Space');
        await sr.tabTo('textarea');
        await sr.type(lang === 'fi' ? 'Puhelimeen ei vastattu' : lang === 'sv' ? 'Ingen svarade i telefon' : 'No one answered the phone');
        await sr.tabTo('button[type="submit"]');
        await sr.press('Enter', 100);
        await sr.pause(300);
      });
      const afterSend = log.slice(log.indexOf('> press Enter'));
      expect(afterSend[1], 'focus goes to the unanswered question, which speaks its error').to.match(/^focus in: group, .*, (Virhe|Fel|Error): /);
      expect(afterSend[2]).to.match(/^focus: radio, .*invalid entry/);
      expect(thanksHeard(log), 'the thank-you, announced once').to.have.length(1);
      expect(deepActive()?.tagName).to.match(/^H\d$/);
    });
  });
}
