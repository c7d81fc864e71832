import { expect, fixture, html } from '@open-wc/testing';
import '@auta/on-behalf/define.js';
import type { AutaActingAs } from '@auta/on-behalf';
import { VirtualReader, expectPhrases } from './reader.js';

/*
 * "Whom you are acting for" as a screen-reader user meets it: the line read, "switch"
 * pressed with the keyboard, and the host's new choice announced politely, once. The host
 * here does what a page does after the selection: it sets the new party property by
 * property (each set is one render; the element says the line once). Every person and
 * organisation is fictional; the business ID only has a valid check digit.
 */
const LANGS = ['fi', 'sv', 'en'] as const;

async function line(lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button type="button" id="before">Etusivu</button>
    <auta-acting-as
      lang=${lang}
      acting-as="person"
      party-name="Maija Esimerkki"
      birth-date="1950-03-14"
      basis="mandate"
      mandate-theme="Rakennusluvan hakeminen (esimerkki)"
      mandate-end="2027-12-31"
    ></auta-acting-as>
  </div>`);
  const el = wrapper.querySelector('auta-acting-as') as AutaActingAs;
  await el.updateComplete;
  return el;
}

for (const lang of LANGS) {
  describe(`screen reader: acting as (${lang})`, () => {
    it('read, "switch" pressed with the keyboard, the new choice announced once', async () => {
      const el = await line(lang);
      // The host's selection, done at once: it answers the switch with a new party.
      el.addEventListener('auta-acting-as-switch', () => {
        setTimeout(async () => {
          el.actingAs = 'organisation';
          await el.updateComplete;
          el.partyName = 'Esimerkki Oy';
          await el.updateComplete;
          el.businessId = '1234567-1';
          await el.updateComplete;
          el.basis = 'registered-representative';
          el.mandateTheme = '';
          el.mandateEnd = '';
        });
      });
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      const sr = new VirtualReader(el);
      try {
        await sr.readAll();
        expect(sr.announcements(), 'the first line is part of the page, not news').to.deep.equal([]);
        await sr.tabTo('[part="switch"]');
        await sr.press('Enter', 50);
        await sr.pause(600);
        await sr.pause(600);
        await sr.readAll('read the element again');
        await expectPhrases(`acting-as.switch.${lang}`, sr.log);
        const spoken = sr.log.filter((l) => l.startsWith('['));
        expect(spoken, 'announced once, politely').to.have.length(1);
        expect(spoken[0]).to.match(/^\[polite\] .*Esimerkki Oy/);
      } finally {
        sr.stop();
      }
    });
  });
}
