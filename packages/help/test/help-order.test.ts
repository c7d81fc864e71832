import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { HELP_MECHANISMS, type AutaHelp, type HelpMechanism } from '../src/index.js';
import { customerService, nearestSupport, selfHelp, tuesdayMorning } from './fixtures.js';
import { keepLinksOnPage } from '../../../test/support/browser.js';

/** Every subset of the four mechanisms: 16 combinations, the empty one too. */
const SUBSETS: HelpMechanism[][] = Array.from({ length: 16 }, (_, bits) => HELP_MECHANISMS.filter((_, i) => bits & (1 << i)));

/** The mechanisms in the order a reader meets them: each slot's assigned light DOM, else what it renders from data. */
function shownOrder(el: AutaHelp): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLSlotElement>('slot:not([name="heading"])')].flatMap((slot) => {
    const assigned = slot.assignedElements();
    if (assigned.length) return assigned.map((a) => a.slot);
    return [...slot.querySelectorAll<HTMLElement>('[data-mechanism]')].map((m) => m.dataset.mechanism!);
  });
}

/** Sets the data of one mechanism on the element. */
function giveData(el: AutaHelp, m: HelpMechanism): void {
  if (m === 'customer-service') el.channels = customerService;
  if (m === 'self-help') el.selfHelp = selfHelp;
  if (m === 'digital-support') el.nearestSupport = nearestSupport;
  if (m === 'other-ways') el.otherWaysHref = '/muut-tavat';
}

/** Adds light-DOM content for one mechanism, as an author would write it. */
function giveHtml(el: AutaHelp, m: HelpMechanism): void {
  const section = document.createElement('section');
  section.slot = m;
  section.innerHTML = `<h3>${m}</h3><p><a href="/${m}">${m}</a></p>`;
  el.append(section);
}

keepLinksOnPage();

describe('auta-help: the fixed order under every combination of mechanisms', () => {
  for (const subset of SUBSETS) {
    const label = subset.join(', ') || 'none';
    // a11y-evidence: help.fixed-order-every-combination
    it(`data, HTML-first and mixed, given in reverse: ${label}`, async () => {
      for (const mode of ['data', 'html', 'mixed'] as const) {
        const el = await fixture<AutaHelp>('<auta-help lang="fi"></auta-help>');
        el.now = tuesdayMorning;
        [...subset].reverse().forEach((m, i) => (mode === 'data' || (mode === 'mixed' && i % 2) ? giveData(el, m) : giveHtml(el, m)));
        await el.updateComplete;
        expect(shownOrder(el), `${mode}: ${label}`).to.deep.equal(subset);
        if (subset.length) await expect(el).to.be.accessible();
      }
    });
  }

  // a11y-evidence: help.channels-self-help-own-order
  it('keeps the customer-service channels and self-help links in their own fixed order', async () => {
    const el = await fixture<AutaHelp>('<auta-help lang="en"></auta-help>');
    el.channels = [...customerService].reverse();
    el.selfHelp = [...selfHelp].reverse();
    await el.updateComplete;
    const kinds = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-channel]')].map((c) => c.dataset.channel);
    expect(kinds).to.deep.equal(['phone', 'chat', 'contact-form', 'secure-message', 'email', 'instructions', 'faq']);
  });

  it('shows only its heading when given nothing', async () => {
    const el = await fixture<AutaHelp>('<auta-help lang="fi"></auta-help>');
    expect(shownOrder(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
  });
});
