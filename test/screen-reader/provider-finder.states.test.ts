import { expect } from '@open-wc/testing';
import { VirtualReader } from './reader.js';
import { LANGS, NOTHING, PAUSE, failing, finder, journey, spoken } from './finder.js';

/* Nothing found; the data failing to load. Data and helpers: finder.ts. */
for (const lang of LANGS) {
  describe(`screen reader: provider finder, states (${lang})`, function () {
    // Every tab stop reads Chromium's whole accessibility tree: the journeys take seconds.
    this.timeout(60_000);
    it('nothing found', async () => {
      const el = await finder(lang);
      const log = await journey(el, `provider-finder.nothing-found.${lang}`, async (sr) => {
        await sr.tabTo('#q');
        await sr.type(NOTHING[lang]);
        await sr.pause(PAUSE);
        await sr.readAll('read the finder');
      });
      expect(spoken(log, `> pause ${PAUSE} ms`, '> read the finder')).to.have.length(1);
    });

    it('the data fails to load: polite on load, an alert after a retry', async () => {
      const listening = new VirtualReader();
      const el = await finder(lang, { source: failing });
      const log = await journey(
        el,
        `provider-finder.load-error.${lang}`,
        async (sr) => {
          await sr.pause(100);
          await sr.readAll('read the finder');
          await sr.tabTo('[part="error"] + p button');
          await sr.press('Enter', PAUSE);
        },
        { listening },
      );
      expect(spoken(log, '> pause 100 ms', '> read the finder').every((l) => l.startsWith('[polite]'))).to.equal(true);
    });
  });
}
