import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { easyChunkRequests } from '../../../test/support/easy-chunk.js';
import { helpFeedbackCatalog, type AutaHelpFeedback } from '../src/index.js';

// One page for the whole file: the first test must run before anything asks for the easy level.
describe('feedback forms: the easy-to-read copy is a chunk of its own', () => {
  it('is never requested by a page at the standard level', async () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const el = await fixture<AutaHelpFeedback>(html`<auta-help-feedback lang=${lang}></auta-help-feedback>`);
      expect(el.textContent).to.contain(helpFeedbackCatalog[lang]!.question);
    }
    await fixture(html`<auta-accessibility-feedback lang="fi"></auta-accessibility-feedback>`);
    expect(helpFeedbackCatalog.easy, 'not loaded').to.equal(undefined);
    expect(easyChunkRequests('feedback'), 'not requested').to.deep.equal([]);
  });

  it('at the easy level, the form waits for it: the standard question is never shown', async () => {
    const el = document.createElement('auta-help-feedback') as AutaHelpFeedback;
    el.lang = 'sv';
    el.languageLevel = 'easy';
    // The form renders into its light DOM: what it showed after each update.
    const seen: string[] = [];
    const own = el as unknown as { updated(changed: unknown): void };
    const updated = own.updated.bind(el);
    own.updated = (changed) => {
      seen.push(el.textContent!);
      updated(changed);
    };
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(el);
    await el.updateComplete;
    expect(easyChunkRequests('feedback')).to.have.length(1);
    const [easy, standard] = [helpFeedbackCatalog.easy!.sv!, helpFeedbackCatalog.sv!];
    expect(easy.question).not.to.equal(standard.question);
    expect(seen.length).to.be.greaterThan(0);
    for (const text of seen) expect(text).to.contain(easy.question).and.not.contain(standard.question);
    await expect(el).to.be.accessible();
  });
});
