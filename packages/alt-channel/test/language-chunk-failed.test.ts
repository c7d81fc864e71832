import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../../test/support/browser.js';
import '../src/define.js';
import type { AutaAltChannelNotice } from '../src/alt-channel-notice.js';
import { altChannelCatalog } from '../src/messages.js';
import { failEasyChunk, languageChunkRequests } from '../../../test/support/easy-chunk.js';
import { sampleChannels } from './fixtures.js';

// A page of its own: the Swedish module must not have loaded before the failing request.
describe('auta-alt-channel-notice: when the Swedish module cannot load', () => {
  let restore: () => void = () => {};
  before(() => (restore = failEasyChunk('alt-channel/messages.sv')));
  after(() => restore());

  it('shows the Finnish text, says so once per text in the console, and stays accessible', async () => {
    let el!: AutaAltChannelNotice;
    const seen = await captureWarnings(async () => {
      el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang="sv" .channels=${sampleChannels}></auta-alt-channel-notice>`);
      el.errand = 'Ansök om bostadsbidrag';
      await el.updateComplete;
    });
    expect(languageChunkRequests('alt-channel', 'sv'), 'the module was asked for').to.have.length.greaterThan(0);
    expect(altChannelCatalog.sv).to.equal(undefined);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain(altChannelCatalog.fi!.intro).and.contain(altChannelCatalog.fi!.phone);
    const about = (key: string) => seen.filter((w) => w.includes(`no "sv" text for "${key}"; using the Finnish text`));
    expect(about('intro'), 'one warning for the intro, over two updates').to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
