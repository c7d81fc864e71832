import { expect } from '@open-wc/testing';
import { LANGS, PAUSE, QUERY, finder, journey, spoken, withLocation } from './finder.js';

/* "Use my location" refused and allowed. Data and helpers: finder.ts. */
for (const lang of LANGS) {
  describe(`screen reader: provider finder, location (${lang})`, function () {
    // Every tab stop reads Chromium's whole accessibility tree: the journeys take seconds.
    this.timeout(60_000);
    it('"use my location" refused: explained, and the finder keeps working', async () => {
      const el = await finder(lang);
      await withLocation('denied', async () => {
        const log = await journey(el, `provider-finder.location-denied.${lang}`, async (sr) => {
          await sr.tabTo('.location button');
          await sr.press('Enter', PAUSE);
          await sr.readPart(el.shadowRoot!.querySelector('.tools')!, 'read the tools');
          // A screen-reader user jumps to the field (E in NVDA's browse mode) rather than
          // tabbing through every filter.
          await sr.act('jump to the search field', () => el.shadowRoot!.querySelector<HTMLInputElement>('#q')!.focus());
          await sr.type(QUERY[lang]);
          await sr.pause(PAUSE);
        });
        expect(spoken(log, '> press Enter')).to.have.length.greaterThan(1);
      });
    });

    it('"use my location" allowed: sorted by distance, and said so', async () => {
      const el = await finder(lang);
      await withLocation('helsinki', async () => {
        await journey(el, `provider-finder.location-used.${lang}`, async (sr) => {
          await sr.tabTo('.location button');
          await sr.press('Enter', PAUSE);
          await sr.readPart(el.shadowRoot!.querySelector('.tools')!, 'read the tools');
        });
      });
    });
  });
}
