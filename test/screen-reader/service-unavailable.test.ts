import { expect, fixture, html } from '@open-wc/testing';
import '@auta/help/define.js';
import type { AutaServiceUnavailable } from '@auta/help';
import { earlyMorning, otherWays } from '../../stories/help/help-data.js';
import { VirtualReader, expectPhrases } from './reader.js';

/*
 * The service-unavailable page as a screen-reader user meets it: read top to bottom, then
 * tabbed through. Planned maintenance at the stories' fixed clock (Tuesday 12 May 2026,
 * 8.30 Finnish time: the service point is open, the phone line opens at 9, so the service
 * point is read first), and a service closed for good. Data: the stories' fictional channels.
 */
const LANGS = ['fi', 'sv', 'en'] as const;
const SERVICE = {
  maintenance: { fi: 'Asumistuen verkkoasiointi', sv: 'E-tjänsten för bostadsbidrag', en: 'The housing allowance e-service' },
  closed: { fi: 'Asumistuen vanha verkkoasiointi', sv: 'Den gamla e-tjänsten för bostadsbidrag', en: 'The old housing allowance e-service' },
};
/** The channel headings: open now first (the service point), then the rest in the usual order. */
const OPEN_FIRST = {
  fi: ['Palvelupisteessä', 'Puhelimitse', 'Postitse'],
  sv: ['Vid en servicepunkt', 'Per telefon', 'Per post'],
  en: ['At a service point', 'By phone', 'By post'],
};

async function page(lang: (typeof LANGS)[number], reason: 'maintenance' | 'closed') {
  const el = await fixture<AutaServiceUnavailable>(
    reason === 'maintenance'
      ? html`<auta-service-unavailable
          lang=${lang}
          reason="maintenance"
          service=${SERVICE.maintenance[lang]}
          from="2026-05-12T06:00+03:00"
          until="2026-05-12T18:00+03:00"
          updated-at="2026-05-12T08:15+03:00"
          saved-answers="kept"
          deadlines="unchanged"
          reference="KATKO-2605"
          finder-href="https://example.com/digituki"
          .channels=${otherWays}
          .now=${earlyMorning}
          @auta-help-action=${(e: Event) => e.preventDefault()}
        ></auta-service-unavailable>`
      : html`<auta-service-unavailable
          lang=${lang}
          reason="closed"
          service=${SERVICE.closed[lang]}
          from="2026-05-12T06:00+03:00"
          replacement-href="https://example.com/uusi"
          reference="KATKO-2605"
          finder-href="https://example.com/digituki"
          .channels=${otherWays}
          .now=${earlyMorning}
          @auta-help-action=${(e: Event) => e.preventDefault()}
        ></auta-service-unavailable>`,
  );
  await el.updateComplete;
  return el;
}

for (const lang of LANGS) {
  describe(`screen reader: service unavailable (${lang})`, () => {
    it('planned maintenance: read top to bottom, the ways open now first, then tabbed through', async () => {
      const el = await page(lang, 'maintenance');
      const sr = new VirtualReader(el);
      try {
        await sr.readAll();
        // A page served in place of the e-service: it is read, not announced.
        expect(sr.announcements()).to.deep.equal([]);
        expect(await sr.tabThrough()).to.be.greaterThan(0);
        await expectPhrases(`service-unavailable.maintenance.${lang}`, sr.log);
        const channels = sr.log.filter((l) => OPEN_FIRST[lang].some((h) => l.endsWith(`, ${h}`)) && l.startsWith('heading'));
        expect(channels.map((l) => l.replace(/^heading, level \d, /, ''))).to.deep.equal(OPEN_FIRST[lang]);
      } finally {
        sr.stop();
      }
    });

    it('closed for good: read top to bottom, then tabbed through', async () => {
      const el = await page(lang, 'closed');
      const sr = new VirtualReader(el);
      try {
        await sr.readAll();
        expect(sr.announcements()).to.deep.equal([]);
        expect(await sr.tabThrough()).to.be.greaterThan(0);
        await expectPhrases(`service-unavailable.closed.${lang}`, sr.log);
        expect(sr.log.filter((l) => l.startsWith('heading, level 1, '))).to.have.length(1);
      } finally {
        sr.stop();
      }
    });
  });
}
