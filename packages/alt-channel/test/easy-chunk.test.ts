import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AutaAltChannelNotice } from '../src/alt-channel-notice.js';
import { altChannelCatalog } from '../src/messages.js';
import { easyChunkRequests, textAfterEveryUpdate } from '../../../test/support/easy-chunk.js';
import { sampleChannels } from './fixtures.js';

// One page for the whole file: the first test must run before anything asks for the easy level.
describe('auta-alt-channel-notice: the easy-to-read copy is a chunk of its own', () => {
  it('is never requested by a page at the standard level', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang=${lang} variant="outage" .channels=${sampleChannels}></auta-alt-channel-notice>`);
      expect(el.resolvedLanguageLevel).to.equal('standard');
      expect(el.shadowRoot!.textContent).to.contain(altChannelCatalog[lang as 'fi']!.phone);
    }
    const pinned = await fixture<HTMLElement>(html`<div data-auta-language-level="easy"><auta-alt-channel-notice lang="fi" language-level="standard"></auta-alt-channel-notice></div>`);
    await (pinned.firstElementChild as AutaAltChannelNotice).updateComplete;
    expect(altChannelCatalog.easy, 'not loaded').to.equal(undefined);
    expect(easyChunkRequests('alt-channel'), 'not requested').to.deep.equal([]);
  });

  it('at the easy level, the notice waits for it: no standard text is ever shown', async () => {
    const el = document.createElement('auta-alt-channel-notice') as AutaAltChannelNotice;
    el.lang = 'fi';
    el.languageLevel = 'easy';
    el.channels = sampleChannels;
    const shown = textAfterEveryUpdate(el);
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(el);
    await el.updateComplete;
    expect(easyChunkRequests('alt-channel'), 'requested once the easy level is asked for').to.have.length(1);
    const [easy, standard] = [altChannelCatalog.easy!.fi!, altChannelCatalog.fi!];
    expect(shown.length).to.be.greaterThan(0);
    for (const text of shown) {
      expect(text).to.contain(easy.intro).and.contain(easy.phone);
      expect(text).not.to.contain(standard.intro);
      expect(text).not.to.contain(standard.phone);
    }
    await expect(el).to.be.accessible();
  });

  it('serves a page that turns to the easy level later, and a second notice at once', async () => {
    const page = await fixture<HTMLElement>(html`<div><auta-alt-channel-notice lang="sv" .channels=${sampleChannels}></auta-alt-channel-notice></div>`);
    const first = page.firstElementChild as AutaAltChannelNotice;
    page.setAttribute('data-auta-language-level', 'easy');
    await new Promise((r) => setTimeout(r));
    await first.updateComplete;
    expect(first.shadowRoot!.textContent).to.contain(altChannelCatalog.easy!.sv!.intro);
    const second = document.createElement('auta-alt-channel-notice') as AutaAltChannelNotice;
    second.lang = 'en';
    const shown = textAfterEveryUpdate(second);
    page.append(second);
    await second.updateComplete;
    expect(shown[0]).to.contain(altChannelCatalog.easy!.en!.intro);
    expect(easyChunkRequests('alt-channel'), 'fetched once for the page').to.have.length(1);
  });
});
