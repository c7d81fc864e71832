import { expect, fixture, html } from '@open-wc/testing';
import '@auta/alt-channel/define.js';
import '@auta/help/define.js';
import type { AutaHelp } from '@auta/help';
import { customerService, nearestSupport, selfHelp, storyNow } from '../../stories/help/help-data.js';
import { VirtualReader, expectPhrases } from './reader.js';

/*
 * The help block as a screen-reader user meets it: read top to bottom, then tabbed through.
 * Data: the "Every mechanism" story's fictional channels (given out of order on purpose),
 * clock fixed at the story's Tuesday 12 May 2026, 10.30 Finnish time.
 */
const LANGS = ['fi', 'sv', 'en'] as const;

/** The four mechanisms' headings, in the fixed order (WCAG 2.2 SC 3.2.6), per language. */
const MECHANISMS = {
  fi: ['Asiakaspalvelu', 'Ohjeet ja usein kysytyt kysymykset', 'Apua verkkopalvelun käyttöön', 'Muut tavat asioida'],
  sv: ['Kundtjänst', 'Anvisningar och vanliga frågor', 'Hjälp att använda e-tjänsten', 'Andra sätt att uträtta ärendet'],
  en: ['Customer service', 'Guidance and common questions', 'Help using the e-service', 'Other ways to do this'],
};

async function help(lang: string) {
  const el = await fixture<AutaHelp>(html`
    <auta-help
      lang=${lang}
      heading-level="2"
      finder-href="https://example.com/digituki"
      other-ways-href="https://example.com/muut-tavat"
      .channels=${customerService}
      .selfHelp=${selfHelp}
      .nearestSupport=${nearestSupport}
      .now=${storyNow}
      @auta-help-action=${(e: Event) => e.preventDefault()}
    ></auta-help>
  `);
  await el.updateComplete;
  return el;
}

for (const lang of LANGS) {
  describe(`screen reader: help block (${lang})`, () => {
    it('reads every mechanism top to bottom, in the fixed order, then tabs through its links', async () => {
      const el = await help(lang);
      const sr = new VirtualReader(el);
      try {
        await sr.readAll();
        // Nothing is spoken by itself: the open/busy states are read, not announced.
        expect(sr.announcements()).to.deep.equal([]);
        expect(await sr.tabThrough()).to.be.greaterThan(0);
        await expectPhrases(`help.read.${lang}`, sr.log);
        const level3 = sr.log.filter((l) => l.startsWith('heading, level 3, ')).map((l) => l.replace('heading, level 3, ', ''));
        expect(level3, 'the mechanisms, in the fixed order').to.deep.equal(MECHANISMS[lang]);
      } finally {
        sr.stop();
      }
    });

    it('names the phone links with the numbers grouped as Finns write them (the line, and from abroad)', async () => {
      const el = await help(lang);
      const sr = new VirtualReader(el);
      sr.stop();
      await sr.readAll();
      expect(sr.log.filter((l) => /^link, [+\d]/.test(l))).to.deep.equal(['link, 09 010 3456', 'link, +358 9 010 4567']);
    });
  });
}
