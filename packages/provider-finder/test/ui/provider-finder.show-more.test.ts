// "Show more" while a new search is on its way: only the newest answer counts, and more of a
// list that is about to be replaced is not asked for.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ManualSource } from './fixtures.js';
import { $, byLabel, cardNames, cards, countText, deepActive, finder, keepOnTestPage, liveText, ready, sleep, tabTo } from './helpers.js';

keepOnTestPage();

const isMore = (e: Element) => e.getAttribute('part') === 'more';

/** A finder over a source that answers when told, two results a page, with its first page shown. */
async function twoAPage() {
  const source = new ManualSource();
  const el = await finder({ source, pageSize: 2, wait: false });
  await waitUntil(() => source.calls.length === 1);
  source.calls[0]!.resolve();
  await ready(el);
  (document.activeElement as HTMLElement | null)?.blur();
  return { source, el };
}

describe('auta-provider-finder: Show more during a search', () => {
  // a11y-evidence: finder.show-more-unavailable-while-searching
  it('is unavailable while a new search runs, and then shows more of the new results', async function () {
    this.timeout(20000);
    const { source, el } = await twoAPage();
    const before = cardNames(el);
    // A filter changes; its answer is held while focus moves on to "Show more".
    await tabTo(byLabel('Ruotsi'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => source.calls.length === 2);
    const more = await tabTo(isMore);
    expect(more.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await sleep(100);
    // No page 2 of the new query was asked for, and the old list is as it was.
    expect(source.calls).to.have.length(2);
    expect(cardNames(el)).to.deep.equal(before);
    // The new answer replaces the list; the button, still focused, works again.
    source.calls[1]!.resolve();
    await waitUntil(() => countText(el) === 'Löytyi 13 paikkaa', 'the filter was not applied');
    await ready(el);
    const first = cardNames(el);
    expect(first).to.have.length(2).and.not.deep.equal(before);
    expect(deepActive()).to.equal(more);
    expect(more.getAttribute('aria-disabled')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => source.calls.length === 3);
    expect(source.calls[2]!.query).to.include({ page: 2 }).and.deep.include({ languages: ['sv'] });
    source.calls[2]!.resolve();
    await waitUntil(() => cards(el).length === 4);
    // Page 2 of the new query follows page 1 of the same query: four Swedish-speaking places.
    expect(cardNames(el).slice(0, 2)).to.deep.equal(first);
    expect(cards(el).every((c) => c.provider?.languages?.includes('sv'))).to.equal(true);
    await waitUntil(() => deepActive()?.getAttribute('part') === 'heading');
    expect(deepActive()!.textContent!.trim()).to.equal(cardNames(el)[2]);
    await waitUntil(() => liveText(el) === 'Näytetään 4 paikkaa, yhteensä 13.');
  });

  // a11y-evidence: finder.focus-count-when-show-more-goes
  it('moves focus to the new count when the new list has no "Show more"', async function () {
    this.timeout(20000);
    const { source, el } = await twoAPage();
    await tabTo(byLabel('Englanti'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => source.calls.length === 2);
    await tabTo(isMore);
    await sendKeys({ press: 'Enter' });
    source.calls[1]!.resolve();
    await waitUntil(() => countText(el) === 'Löytyi 1 paikka', 'the filter was not applied');
    expect($(el, '[part="more"]')).to.equal(null);
    expect(source.calls).to.have.length(2);
    // The button is gone with the old list: focus is on the count, not lost to the page.
    await waitUntil(() => deepActive()?.id === 'count', 'focus was lost with the button');
  });
});
