import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../../test/support/browser.js';
import '../src/define.js';
import type { AutaAltChannelNotice } from '../src/alt-channel-notice.js';
import { altChannelCatalog, loadAltChannelCopy, loadAltChannelEasy } from '../src/messages.js';
import { easyChunkRequests, failEasyChunk, rejected } from '../../../test/support/easy-chunk.js';
import { sampleChannels } from './fixtures.js';

// A page of its own: the chunk must not have loaded before the failing request.
describe('auta-alt-channel-notice: when the easy-to-read chunk cannot load', () => {
  let restore: () => void = () => {};
  before(() => (restore = failEasyChunk('alt-channel')));
  after(() => restore());

  it('shows the standard text, says so once per text in the console, and stays accessible', async () => {
    let el!: AutaAltChannelNotice;
    const seen = await captureWarnings(async () => {
      el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang="fi" language-level="easy" .channels=${sampleChannels}></auta-alt-channel-notice>`);
      el.errand = 'Hae asumistukea';
      await el.updateComplete;
    });
    expect(easyChunkRequests('alt-channel'), 'the chunk was asked for').to.have.length.greaterThan(0);
    expect(altChannelCatalog.easy).to.equal(undefined);
    expect(el.resolvedLanguageLevel).to.equal('easy');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain(altChannelCatalog.fi!.intro).and.contain(altChannelCatalog.fi!.phone);
    const about = (key: string) => seen.filter((w) => w.includes(`no easy-to-read "fi" text for "${key}"`));
    expect(about('intro'), 'one warning for the intro, over two updates').to.have.length(1);
    expect(about('phone')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('the loader the element uses resolves (copyLoader decides); the plain loader a server awaits rejects, so a missing file is not missed', async () => {
    expect(await loadAltChannelCopy('fi', 'easy'), 'resolves').to.equal(undefined);
    expect(await rejected(loadAltChannelEasy()), 'loadAltChannelEasy() rejected').to.equal(true);
    expect(altChannelCatalog.easy).to.equal(undefined);
  });
});
