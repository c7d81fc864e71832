import { expect, fixture, html } from '@open-wc/testing';
import '@auta/alt-channel/define.js';
import type { AutaAltChannelNotice, NoticeVariant } from '@auta/alt-channel';
import { allChannels, errands, storyNow } from '../../stories/alt-channel/sample-channels.js';
import { VirtualReader, expectPhrases } from './reader.js';

/*
 * The alternative-channel notice as a screen-reader user meets it: read top to bottom in
 * each variant, then tabbed through. Data: the stories' fictional sample channels, clock
 * fixed at the stories' time, so the log is the one the screen-reader test plan describes.
 */
const LANGS = ['fi', 'sv', 'en'] as const;
const VARIANTS: NoticeVariant[] = ['inline', 'callout', 'outage'];

async function notice(lang: string, variant: NoticeVariant) {
  const el = await fixture<AutaAltChannelNotice>(html`
    <auta-alt-channel-notice
      lang=${lang}
      variant=${variant}
      errand=${errands[lang as keyof typeof errands]}
      outage-from="2026-05-12T18:00+03:00"
      outage-to="2026-05-13T08:00+03:00"
      .channels=${allChannels}
      .now=${storyNow}
      @auta-help-action=${(e: Event) => e.preventDefault()}
    ></auta-alt-channel-notice>
  `);
  await el.updateComplete;
  return el;
}

for (const lang of LANGS) {
  describe(`screen reader: alternative-channel notice (${lang})`, () => {
    for (const variant of VARIANTS) {
      it(`reads the ${variant} notice top to bottom, then tabs through its links`, async () => {
        const el = await notice(lang, variant);
        const sr = new VirtualReader(el);
        try {
          await sr.readAll();
          // Nothing is spoken by itself on page load, not even in the outage variant.
          expect(sr.announcements()).to.deep.equal([]);
          expect(await sr.tabThrough()).to.be.greaterThan(0);
          await expectPhrases(`alt-channel-notice.${variant}.${lang}`, sr.log);
        } finally {
          sr.stop();
        }
      });
    }

    it('names the phone link with the number grouped as Finns write it', async () => {
      const el = await notice(lang, 'callout');
      const sr = new VirtualReader(el);
      sr.stop();
      await sr.readAll();
      const phoneLinks = sr.log.filter((l) => /^link, [+\d]/.test(l));
      expect(phoneLinks).to.deep.equal(['link, 09 010 3456', 'link, 09 010 3457']);
    });
  });
}
