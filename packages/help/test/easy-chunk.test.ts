import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../../test/support/browser.js';
import '../src/define.js';
import { altChannelCatalog } from '@auta/alt-channel';
import type { AutaHelp, AutaServiceUnavailable } from '../src/index.js';
import { helpCatalog, loadHelpEasy, unavailableCatalog } from '../src/index.js';
import { easyChunkRequests, textAfterEveryUpdate } from '../../../test/support/easy-chunk.js';
import { customerService, otherWays, selfHelp, tuesdayMorning } from './fixtures.js';

// One page for the whole file: the first test must run before anything asks for the easy level.
describe('<auta-help> and <auta-service-unavailable>: the easy-to-read copy is a chunk of its own', () => {
  it('is never requested by a page at the standard level', async () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const help = await fixture<AutaHelp>(html`<auta-help lang=${lang} .channels=${customerService} .selfHelp=${selfHelp} other-ways-href="/muut" .now=${tuesdayMorning}></auta-help>`);
      expect(help.shadowRoot!.textContent).to.contain(helpCatalog[lang]!['customer-service']);
      const page = await fixture<AutaServiceUnavailable>(html`<auta-service-unavailable lang=${lang} reason="fault" .channels=${otherWays} .now=${tuesdayMorning}></auta-service-unavailable>`);
      expect(page.shadowRoot!.textContent).to.contain(unavailableCatalog[lang]!.otherWaysHeading);
    }
    expect([helpCatalog.easy, unavailableCatalog.easy, altChannelCatalog.easy], 'not loaded').to.deep.equal([undefined, undefined, undefined]);
    expect([...easyChunkRequests('help'), ...easyChunkRequests('alt-channel')], 'not requested').to.deep.equal([]);
  });

  it('at the easy level, both elements wait for it: no standard text is ever shown, and no text is missing', async () => {
    const help = document.createElement('auta-help') as AutaHelp;
    Object.assign(help, { lang: 'fi', languageLevel: 'easy', channels: customerService, selfHelp, otherWaysHref: '/muut', now: tuesdayMorning });
    const page = document.createElement('auta-service-unavailable') as AutaServiceUnavailable;
    Object.assign(page, { lang: 'fi', languageLevel: 'easy', reason: 'fault', service: 'Asumistuki', channels: otherWays, now: tuesdayMorning });
    const helpShown = textAfterEveryUpdate(help);
    const pageShown = textAfterEveryUpdate(page);
    const seen = await captureWarnings(async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.append(help, page);
      await help.updateComplete;
      await page.updateComplete;
    });
    expect(seen.filter((w) => /easy-to-read/.test(w)), 'no fallback to standard text').to.deep.equal([]);
    expect(easyChunkRequests('help'), 'one request for both elements').to.have.length(1);
    expect(easyChunkRequests('alt-channel'), 'the channel texts come from the notice’s chunk').to.have.length(1);
    const [easy, standard] = [helpCatalog.easy!.fi!, helpCatalog.fi!];
    expect(helpShown.length).to.be.greaterThan(0);
    for (const text of helpShown) {
      expect(text).to.contain(easy['customer-service']).and.contain(easy['channel-phone']);
      expect(text).not.to.contain(standard['customer-service']);
      expect(text).not.to.contain(standard['other-ways']);
    }
    expect(pageShown.length).to.be.greaterThan(0);
    for (const text of pageShown) {
      expect(text).to.contain('Asumistuki ei toimi nyt').and.contain(unavailableCatalog.easy!.fi!.otherWaysHeading);
      expect(text).not.to.contain(unavailableCatalog.fi!.otherWaysHeading);
      expect(text).not.to.contain(altChannelCatalog.fi!['service-desk']);
    }
    await expect(help).to.be.accessible();
    await expect(page).to.be.accessible();
  });

  it('has an easy text for every key in fi, sv and en, the channel texts being the notice’s easy ones', async () => {
    await loadHelpEasy();
    for (const [catalog, keys] of [
      [helpCatalog, Object.keys(helpCatalog.fi!)],
      [unavailableCatalog, Object.keys(unavailableCatalog.fi!)],
    ] as const) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        expect(Object.keys(catalog.easy![lang]!)).to.include.members(keys);
        expect(catalog.easy![lang]!.phoneHours).to.equal(altChannelCatalog.easy![lang]!.phoneHours);
      }
    }
  });
});
