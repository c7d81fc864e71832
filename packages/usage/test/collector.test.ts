import { expect, fixture, html } from '@open-wc/testing';
import '@auta/feedback/define.js';
import type { AutaHelpFeedback } from '@auta/feedback';
import { checkRecord, createUsageCollector, type UsageRecord } from '../src/index.js';

describe('createUsageCollector()', () => {
  it('turns real element events into valid records, in batches, with no request and nothing stored', async () => {
    const batches: UsageRecord[][] = [];
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(String(input));
      return Promise.resolve(new Response('{}'));
    };
    const collector = createUsageCollector({ onRecords: (r) => batches.push(r), batchSize: 3, region: '06', now: () => new Date('2026-12-03T10:00:00Z') });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv" data-auta-language-level="easy"><auta-help-feedback></auta-help-feedback></div>`);
      const el = wrapper.querySelector('auta-help-feedback') as AutaHelpFeedback;
      await el.updateComplete;
      el.querySelector<HTMLInputElement>('input[value="no"]')!.click();
      await el.updateComplete;
      el.querySelector<HTMLInputElement>('input[value="phone"]')!.click();
      el.querySelector<HTMLInputElement>('input[value="chat"]')!.click();
      el.querySelector('textarea')!.value = 'Matti Meikäläinen, 040 123 4567';
      el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await new Promise((r) => setTimeout(r));
      // A host that stops propagation still has the event counted (the collector listens in the capture phase).
      document.body.addEventListener('auta-help-action', (e) => e.stopPropagation(), { once: true });
      el.dispatchEvent(new CustomEvent('auta-help-action', { detail: { channel: 'phone', href: 'tel:+358401234567', lat: 60.17 }, bubbles: true, composed: true }));
      collector.flush();
    } finally {
      collector.stop();
      window.fetch = original;
    }
    expect(batches.map((b) => b.length)).to.deep.equal([3, 1]);
    const records = batches.flat();
    for (const r of records) expect(checkRecord(r).ok).to.equal(true);
    expect(records.map((r) => [r.pattern, r.action, r.channel ?? '', r.outcome ?? ''])).to.deep.equal([
      ['help-feedback', 'answer', '', 'not-helped'],
      ['help-feedback', 'submit', 'phone', 'not-helped'],
      ['help-feedback', 'submit', 'chat', 'not-helped'],
      ['help', 'use-channel', 'phone', ''],
    ]);
    expect(records.every((r) => r.lang === 'sv' && r.languageLevel === 'easy' && r.region === '06' && r.week === '2026-W49')).to.equal(true);
    expect(JSON.stringify(records)).not.to.match(/Matti|040|60\.17|tel:/);
    expect(requests).to.deep.equal([]);
    expect([document.cookie, localStorage.length, sessionStorage.length]).to.deep.equal(['', 0, 0]);
  });
});
