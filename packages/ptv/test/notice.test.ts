/**
 * The notice's channels made from PTV by `auta-ptv channels` (the golden file a Node test
 * checks against the converter) render in `<auta-alt-channel-notice>` with zero warnings.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@auta/alt-channel/define.js';
import { validateChannels, type AutaAltChannelNotice } from '@auta/alt-channel';

const channels = (await (await fetch(new URL('./fixtures/v11/notice-channels.json', import.meta.url))).json()) as unknown[];

describe('PTV channels in <auta-alt-channel-notice>', () => {
  it('validate without a warning', () => {
    const warnings: string[] = [];
    const valid = validateChannels(channels, (m) => warnings.push(m));
    expect(warnings).to.deep.equal([]);
    expect(valid.map((c) => c.kind)).to.deep.equal(['phone', 'phone', 'service-desk', 'mail', 'email', 'email']);
  });

  it('render every channel, accessibly, with zero console warnings', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang="fi" .channels=${channels}></auta-alt-channel-notice>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part~="channel"]').length).to.be.greaterThan(3);
      expect(root.querySelector('a[href^="tel:+358800000111"], a[href^="tel:0800"]'), 'the free number is a link').to.exist;
      expect(root.textContent).to.contain('Esimerkkikatu');
      expect(root.querySelector('a[href="https://lomakkeet.example.com/dt-1-fi.pdf"]')).to.exist;
      expect(root.querySelector('a[href="mailto:digituki@example.com"]')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });
});
