import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import '../src/lang/se.js';
import type { AutaAltChannelNotice } from '../src/alt-channel-notice.js';
import { sampleChannels } from './fixtures.js';

// Northern Sámi (draft copy): the notice speaks it once `lang/se.js` is imported.
const text = (el: AutaAltChannelNotice, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('auta-alt-channel-notice in Northern Sámi (se)', () => {
  it('renders the Sámi catalog: headings, hours and dates with the weekdays of CLDR se-FI in Sámi cases, status and outage', async () => {
    // Saturday 16 May 2026, midday in Finland: closed, opens on Monday.
    const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice
      lang="se"
      variant="outage"
      outage-from="2026-05-12T18:00+03:00"
      outage-to="2026-05-13T08:00+03:00"
      .now=${new Date('2026-05-16T09:00:00Z')}
      .channels=${sampleChannels}
    ></auta-alt-channel-notice>`);
    expect(el.resolvedLang).to.equal('se');
    expect(text(el, '[part~="heading"]')).to.deep.equal(['Doaimmat ášši eará láhkai, go neahttabálvalus ii doaimma']);
    expect(text(el, '[part~="outage"]')).to.deep.equal([
      'Neahttabálvalus ii doaimma disdaga 12.5.2026 diibmu 18 rájes. Dat doaibmá fas gaskavahku 13.5.2026 diibmu 8 (Suoma áigi).',
    ]);
    expect(text(el, '[part~="channel-heading"]')).to.deep.equal(['Telefovnnain', 'Bálvalanbáikkis', 'Poasttain', 'Šleađgapoasttain', 'Veahkki neahttabálvalusa geavaheapmái']);
    const hours = text(el, '[part~="hours"] li');
    expect(hours).to.include('Mánnodagas bearjadahkii diibmu 9–16');
    expect(hours).to.include('Lávvordagaid ja sotnabeivviid gitta');
    expect(text(el, '[part~="status"]')[0]).to.equal('Gitta dál, rahpasa mánnodaga diibmu 9.');
    // No element text falls back to English or Finnish: only data text given in Finnish (a
    // name, an address) is marked, each in a span of its own.
    expect(el.shadowRoot!.querySelector('[lang="fi"]:not(span), [lang="en"]:not(span)')?.outerHTML ?? null).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('span[lang="fi"]')].map((n) => n.textContent!.trim())).to.include('Asumistuen palvelunumero');
    await expect(el).to.be.accessible();
  });

  it('counts with the Sámi plural rules: 1 minuhtta, 2 minuhta', async () => {
    const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang="se-FI" .channels=${sampleChannels}></auta-alt-channel-notice>`);
    for (const [wait, words] of [
      [1, '1 minuhtta'],
      [2, '2 minuhta'],
      [5, '5 minuhta'],
    ] as const) {
      el.availability = { phone: { state: 'busy', waitMinutes: wait } };
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain(`Vuordináigi lea sullii ${words}.`);
    }
  });

  it('at the easy-to-read level keeps the standard Sámi copy (no easy Sámi catalog yet), without warnings', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang="se" language-level="easy" .channels=${sampleChannels}></auta-alt-channel-notice>`);
      expect(text(el, '[part~="channel-heading"]')[0]).to.equal('Telefovnnain');
      expect(warnings.filter((w) => w.includes('"se"'))).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});
