import { expect, fixture, html } from '@open-wc/testing';
import '@auta/on-behalf/define.js';
import type { AutaOnBehalfEntry } from '@auta/on-behalf';
import { SAMPLE_ROLES, SAMPLE_THEMES } from '../../stories/on-behalf/samples.js';
import { VirtualReader, expectPhrases } from './reader.js';

/*
 * The on-behalf entry as a screen-reader user meets it: a choice made with the arrow keys,
 * "Continue" with nothing chosen (the error), and the "I do not have a mandate" help opened.
 * Data: the stories' fictional mandate themes and roles.
 */
const LANGS = ['fi', 'sv', 'en'] as const;

async function entry(lang: string, options = 'self person organisation', altChannelHref = '') {
  const el = await fixture<AutaOnBehalfEntry>(html`
    <auta-on-behalf-entry
      lang=${lang}
      name="actingAs"
      options=${options}
      required
      .mandateThemes=${SAMPLE_THEMES}
      .rolesWithoutMandate=${SAMPLE_ROLES}
      request-mandate-url="https://example.com/sample/mandate-request"
      service-point-url="https://example.com/sample/service-points"
      application-url="https://example.com/sample/mandate-by-application"
      alt-channel-href=${altChannelHref}
    ></auta-on-behalf-entry>
  `);
  await el.updateComplete;
  return el;
}

async function journey(el: AutaOnBehalfEntry, name: string, steps: (sr: VirtualReader) => Promise<void>) {
  const sr = new VirtualReader(el);
  try {
    await steps(sr);
    await expectPhrases(name, sr.log);
    return sr.log;
  } finally {
    sr.stop();
  }
}

for (const lang of LANGS) {
  describe(`screen reader: on-behalf entry (${lang})`, () => {
    it('a choice made with the arrow keys', async () => {
      const el = await entry(lang);
      const log = await journey(el, `on-behalf-entry.chosen.${lang}`, async (sr) => {
        await sr.readAll();
        await sr.press('Tab');
        await sr.press('ArrowDown');
        await sr.press('ArrowDown');
        await sr.press('ArrowUp');
        await sr.readAll('read the element again');
      });
      expect(el.value).to.equal('person');
      // The group is entered once; moving between radios stays in it.
      expect(log.filter((l) => l.startsWith('focus in: radio group'))).to.have.length(1);
    });

    it('"Continue" with nothing chosen: focus to the group, which speaks the error', async () => {
      const el = await entry(lang);
      const log = await journey(el, `on-behalf-entry.error.${lang}`, async (sr) => {
        await sr.tabTo('[part="continue"]');
        await sr.press('Enter', 150);
        await sr.readAll('read the element again');
      });
      const afterEnter = log.slice(log.findIndex((l) => l === '> press Enter'));
      expect(afterEnter[1], 'focus moves to the group').to.match(/^focus in: radio group, .*invalid entry/);
      // Focus is the announcement (the radio's description carries the error): no live
      // region speaks it a second time over the focus change.
      expect(afterEnter[2]).to.match(/^focus: radio, .*invalid entry/);
      expect(afterEnter.filter((l) => l.startsWith('['))).to.deep.equal([]);
    });

    it('"I do not have a mandate" opened', async () => {
      // With a link to the page's other ways to do the errand, as the story with a notice has.
      const el = await entry(lang, 'person organisation', '#other-ways');
      const log = await journey(el, `on-behalf-entry.no-mandate.${lang}`, async (sr) => {
        await sr.tabTo('summary');
        await sr.press('Enter');
        await sr.readAll('read the element again');
      });
      const opened = log[log.indexOf('> press Enter') + 1];
      expect(opened).to.match(/^focus: button, .*, expanded$/);
    });
  });
}
