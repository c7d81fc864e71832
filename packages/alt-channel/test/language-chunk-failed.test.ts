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

  it('shows the Finnish text marked as Finnish, says once which file did not load, and stays accessible', async () => {
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
    // A screen reader reads the Finnish fallback with Finnish rules, not Swedish ones.
    expect(el.resolvedLang).to.equal('fi');
    expect(el.shadowRoot!.querySelector('[lang]')?.getAttribute('lang'), 'the content is marked as Finnish').to.equal('fi');
    const failed = seen.filter((w) => w.includes('the "sv" copy did not load') && w.includes('messages.sv'));
    expect(failed, 'one warning naming the file, over two updates').to.have.length(1);
    expect(seen.filter((w) => w.includes('no "sv" text for')), 'no warning per text: the element speaks Finnish').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("keeps the page's language when the host gave texts in it: the host's words count more than the fallback", async () => {
    const el = await fixture<AutaAltChannelNotice>(
      html`<auta-alt-channel-notice lang="sv" .messages=${{ sv: { intro: 'Du kan också sköta ärendet på annat sätt.' } }} .channels=${sampleChannels}></auta-alt-channel-notice>`,
    );
    expect(el.resolvedLang).to.equal('sv');
    expect(el.shadowRoot!.textContent).to.contain('Du kan också sköta ärendet på annat sätt.');
  });
});
