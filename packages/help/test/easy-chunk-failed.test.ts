import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../../test/support/browser.js';
import '../src/define.js';
import type { AutaHelp, AutaServiceUnavailable } from '../src/index.js';
import { helpCatalog, loadHelpEasy, unavailableCatalog } from '../src/index.js';
import { loadHelpCopy, loadUnavailableCopy } from '../src/copy.js';
import { easyChunkRequests, failEasyChunk, rejected } from '../../../test/support/easy-chunk.js';
import { customerService, otherWays, tuesdayMorning } from './fixtures.js';

// A page of its own: the chunk must not have loaded before the failing request.
describe('<auta-help> and <auta-service-unavailable>: when the easy-to-read chunk cannot load', () => {
  let restore: () => void = () => {};
  before(() => (restore = failEasyChunk('help')));
  after(() => restore());

  it('they show the standard text, say so once per text in the console, and stay accessible', async () => {
    let help!: AutaHelp;
    let page!: AutaServiceUnavailable;
    const seen = await captureWarnings(async () => {
      help = await fixture<AutaHelp>(html`<auta-help lang="sv" language-level="easy" .channels=${customerService} other-ways-href="/andra" .now=${tuesdayMorning}></auta-help>`);
      page = await fixture<AutaServiceUnavailable>(html`<auta-service-unavailable lang="sv" language-level="easy" reason="fault" .channels=${otherWays} .now=${tuesdayMorning}></auta-service-unavailable>`);
      help.setAttribute('heading-level', '3');
      await help.updateComplete;
    });
    expect(easyChunkRequests('help'), 'the chunk was asked for').to.have.length.greaterThan(0);
    expect([helpCatalog.easy, unavailableCatalog.easy]).to.deep.equal([undefined, undefined]);
    expect([help.resolvedLanguageLevel, page.resolvedLanguageLevel]).to.deep.equal(['easy', 'easy']);
    expect(help.shadowRoot!.textContent).to.contain(helpCatalog.sv!['customer-service']).and.contain(helpCatalog.sv!['other-ways']);
    expect(page.shadowRoot!.textContent).to.contain(unavailableCatalog.sv!.otherWaysHeading);
    const about = (tag: string, key: string) => seen.filter((w) => w.includes(`${tag}: no easy-to-read "sv" text for "${key}"`));
    expect(about('auta-help', 'customer-service'), 'once, over two updates').to.have.length(1);
    expect(about('auta-service-unavailable', 'otherWaysHeading')).to.have.length(1);
    expect(seen.filter((w) => w.includes('the easy-to-read "sv" copy did not load') && w.includes('messages-easy')), 'the failed file named once').to.have.length(1);
    await expect(help).to.be.accessible();
    await expect(page).to.be.accessible();
  });

  it('the loaders the elements use resolve (copyLoader decides); the plain loader a server awaits rejects, so a missing file is not missed', async () => {
    for (const load of [loadHelpCopy, loadUnavailableCopy]) expect(await load('sv', 'easy'), 'resolves').to.equal(undefined);
    expect(await rejected(loadHelpEasy()), 'loadHelpEasy() rejected').to.equal(true);
    expect([helpCatalog.easy, unavailableCatalog.easy]).to.deep.equal([undefined, undefined]);
  });
});
