import { expect } from '@open-wc/testing';
import { LANGS, PAUSE, QUERY, finder, journey, spoken } from './finder.js';
import { deepActive } from './reader.js';

/* Searched, filtered, paged, hours opened; the filters at 320 px. Data and helpers: finder.ts. */
for (const lang of LANGS) {
  describe(`screen reader: provider finder, search (${lang})`, function () {
    // Every tab stop reads Chromium's whole accessibility tree: the journeys take seconds.
    this.timeout(60_000);
    it('searched, filtered, paged with "show more", a result\'s hours opened', async () => {
      const el = await finder(lang);
      const log = await journey(el, `provider-finder.search.${lang}`, async (sr) => {
        await sr.tabTo('#q');
        await sr.type(QUERY[lang]);
        await sr.pause(PAUSE);
        await sr.tabTo('#form-service-point');
        // Long enough for the count after a filter (300 ms) to be heard in this step.
        await sr.press('Space', PAUSE);
        await sr.readAll('read the finder');
        await sr.tabTo('[part="more"]');
        await sr.press('Enter', PAUSE);
        await sr.tabTo('summary');
        await sr.press('Enter');
        const card = deepActive()!.getRootNode() as ShadowRoot;
        await sr.readPart(card.host, 'read the card');
      });
      // Typing announces nothing by itself; the pause announces the count once.
      expect(spoken(log, `> type "${QUERY[lang]}"`, `> pause ${PAUSE} ms`)).to.deep.equal([]);
      expect(spoken(log, `> pause ${PAUSE} ms`, '> press Tab')).to.have.length(1);
      expect(spoken(log, '> press Space', '> read the finder'), 'a filter change: one count').to.have.length(1);
      const more = log.indexOf('> press Enter');
      const landed = log.slice(more).find((l) => l.startsWith('focus: '));
      expect(landed, 'focus on the first new result').to.match(/^focus: heading, level 2, /);
      // Phone links are named with the number grouped, never a run of digits.
      const phones = log.filter((x) => /^link, [+0-9]/.test(x));
      expect(phones).to.not.be.empty;
      for (const l of phones) expect(l).to.match(/^link, (\+358 |0)\d{1,3}( \d{2,4})+$/);
    });

    it('320 px: the filters behind a disclosure that counts what is on', async () => {
      const el = await finder(lang, { width: 320 });
      await journey(el, `provider-finder.narrow-filters.${lang}`, async (sr) => {
        await sr.tabTo('.filters-toggle');
        await sr.press('Enter');
        await sr.tabTo('#form-phone');
        await sr.press('Space', PAUSE);
        await sr.press('Tab');
        await sr.press('Space', PAUSE);
        await sr.readPart(el.shadowRoot!.querySelector('.filters-toggle')!, 'read the filters button');
      });
    });
  });
}
