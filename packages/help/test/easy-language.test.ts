import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../../test/support/browser.js';
import '../src/define.js';
import type { AutaServiceUnavailable } from '../src/index.js';
import { unavailableCatalog } from '../src/index.js';
import { easyChunkRequests, languageChunkRequests, textAfterEveryUpdate } from '../../../test/support/easy-chunk.js';
import { otherWays, tuesdayMorning } from './fixtures.js';

// A page of its own: nothing may have asked for Swedish or English before.
describe('<auta-service-unavailable> at the easy level: only the page’s language is loaded', () => {
  it('in Swedish, it loads the Swedish copy (its standard texts with no easy wording) and never the English', async () => {
    const page = document.createElement('auta-service-unavailable') as AutaServiceUnavailable;
    // `updatedAt`: the sentence "updated" has no easy wording, so it is the standard Swedish one.
    Object.assign(page, { lang: 'sv', languageLevel: 'easy', reason: 'maintenance', channels: otherWays, now: tuesdayMorning, updatedAt: '2026-05-12T08:00' });
    const shown = textAfterEveryUpdate(page);
    const seen = await captureWarnings(async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.append(page);
      await page.updateComplete;
    });
    expect(languageChunkRequests('help', 'sv'), 'the Swedish copy, once').to.have.length(1);
    expect(languageChunkRequests('help', 'en'), 'no English').to.deep.equal([]);
    expect(languageChunkRequests('alt-channel', 'en'), 'no English channel texts').to.deep.equal([]);
    expect(easyChunkRequests('help')).to.have.length(1);
    expect(seen.filter((w) => /auta-service-unavailable/.test(w)), 'no text missing').to.deep.equal([]);
    expect(Object.keys(unavailableCatalog.easy!), 'the easy copy of Swedish only').to.deep.equal(['sv']);
    const easy = unavailableCatalog.easy!.sv!;
    expect(easy.updated, 'a text with no easy wording keeps the standard Swedish one').to.equal(unavailableCatalog.sv!.updated);
    expect(easy.otherWaysHeading).not.to.equal(unavailableCatalog.sv!.otherWaysHeading);
    expect(shown.length).to.be.greaterThan(0);
    for (const text of shown) expect(text).to.contain(easy.otherWaysHeading).and.not.contain(unavailableCatalog.fi!.otherWaysHeading);
    await expect(page).to.be.accessible();
  });
});
