import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AutaAltChannelNotice } from '../src/alt-channel-notice.js';
import { altChannelCatalog, loadAltChannelEasy } from '../src/messages.js';
import { sampleChannels } from './fixtures.js';

const headings = (el: AutaAltChannelNotice) => [...el.shadowRoot!.querySelectorAll('[part~="channel-heading"], h3')].map((h) => h.textContent!.trim());

describe('auta-alt-channel-notice: easy-to-read copy', () => {
  it('has an easy text for every key in fi, sv and en', async () => {
    await loadAltChannelEasy();
    const keys = Object.keys(altChannelCatalog.fi!).sort();
    for (const lang of ['fi', 'sv', 'en'] as const) expect(Object.keys(altChannelCatalog.easy![lang]!).sort(), lang).to.deep.equal(keys);
  });

  // language, channel headings at the easy level
  const table: Array<['fi' | 'sv' | 'en', string[]]> = [
    ['fi', ['Soita', 'Käy palvelupisteessä', 'Lähetä kirje', 'Lähetä sähköpostia', 'Pyydä apua']],
    ['sv', ['Ring', 'Gå till en servicepunkt', 'Skicka ett brev', 'Skicka e-post', 'Be om hjälp']],
    ['en', ['Call us', 'Visit a service point', 'Send a letter', 'Send an email', 'Ask for help']],
  ];
  for (const [lang, expected] of table) {
    it(`renders the easy catalog in ${lang}, by attribute and by page default, and stays accessible`, async () => {
      const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang=${lang} language-level="easy" .channels=${sampleChannels}></auta-alt-channel-notice>`);
      expect(headings(el)).to.deep.equal(expected);
      await expect(el).to.be.accessible();
      const wrapper = await fixture<HTMLElement>(
        html`<div data-auta-language-level="easy"><auta-alt-channel-notice lang=${lang} .channels=${sampleChannels}></auta-alt-channel-notice></div>`,
      );
      const inner = wrapper.querySelector('auta-alt-channel-notice') as AutaAltChannelNotice;
      await inner.updateComplete;
      expect(headings(inner)).to.deep.equal(expected);
    });
  }
});
