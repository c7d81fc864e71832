import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AutaAltChannelNotice } from '../src/alt-channel-notice.js';
import { altChannelCatalog } from '../src/messages.js';
import { languageChunkRequests, textAfterEveryUpdate } from '../../../test/support/easy-chunk.js';
import { sampleChannels } from './fixtures.js';

// One page for the whole file: the first test must run before anything speaks Swedish or English.
describe('auta-alt-channel-notice: Swedish and English are modules of their own', () => {
  it('are never requested by a page in Finnish', async () => {
    const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang="fi" .channels=${sampleChannels}></auta-alt-channel-notice>`);
    expect(el.resolvedLang).to.equal('fi');
    expect(el.shadowRoot!.textContent).to.contain(altChannelCatalog.fi!.intro);
    expect(altChannelCatalog.sv, 'Swedish not loaded').to.equal(undefined);
    expect(altChannelCatalog.en, 'English not loaded').to.equal(undefined);
    expect(languageChunkRequests('alt-channel', 'sv')).to.deep.equal([]);
    expect(languageChunkRequests('alt-channel', 'en')).to.deep.equal([]);
  });

  it('in Swedish, every notice waits for the Swedish module: no Finnish text is ever shown, and the page asks for it once', async () => {
    const notices = [0, 1, 2].map(() => {
      const el = document.createElement('auta-alt-channel-notice') as AutaAltChannelNotice;
      el.lang = 'sv';
      el.channels = sampleChannels;
      return el;
    });
    const shown = notices.map(textAfterEveryUpdate);
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(...notices);
    await Promise.all(notices.map((el) => el.updateComplete));
    expect(languageChunkRequests('alt-channel', 'sv'), 'one request for three notices').to.have.length(1);
    expect(languageChunkRequests('alt-channel', 'en')).to.deep.equal([]);
    const [sv, fi] = [altChannelCatalog.sv!, altChannelCatalog.fi!];
    for (const texts of shown) {
      expect(texts.length).to.be.greaterThan(0);
      for (const text of texts) expect(text).to.contain(sv.intro).and.contain(sv.phone).and.not.contain(fi.intro);
    }
    await expect(notices[0]).to.be.accessible();
  });

  it('a page in a language without copy gets English, loaded the same way and marked as English', async () => {
    const el = document.createElement('auta-alt-channel-notice') as AutaAltChannelNotice;
    el.lang = 'de';
    el.channels = sampleChannels;
    const shown = textAfterEveryUpdate(el);
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(el);
    await el.updateComplete;
    expect(languageChunkRequests('alt-channel', 'en')).to.have.length(1);
    for (const text of shown) expect(text).to.contain(altChannelCatalog.en!.intro).and.not.contain(altChannelCatalog.fi!.intro);
    expect(el.shadowRoot!.querySelector('[lang="en"]'), 'content marked as English').not.to.equal(null);
  });

  it('switches language when `lang` changes, loading the module it needs first', async () => {
    const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang="fi" .channels=${sampleChannels}></auta-alt-channel-notice>`);
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(altChannelCatalog.en!.intro);
    el.lang = 'sv';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(altChannelCatalog.sv!.intro);
  });
});
