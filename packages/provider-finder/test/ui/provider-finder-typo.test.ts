import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AutaProviderFinder } from '../../src/index.js';
import { $, cardNames, countText, finder, sleep, watchAnnouncements } from './helpers.js';

async function typeInSearch(el: AutaProviderFinder, text: string) {
  $<HTMLInputElement>(el, '#q')!.focus();
  await sendKeys({ type: text });
}

const notice = (el: AutaProviderFinder) => $(el, '.searched-for')?.textContent?.trim();

describe('auta-provider-finder: a mistyped word', () => {
  for (const [lang, said] of [
    ['fi', 'Näytetään tulokset haulle tampere'],
    ['sv', 'Visar resultat för tampere'],
    ['en', 'Showing results for tampere'],
  ] as const) {
    it(`shows the results of the word as the data spells it, says so, and announces it once with the count (${lang})`, async () => {
      const right = await finder({ lang });
      await typeInSearch(right, 'tampere');
      await waitUntil(() => cardNames(right).length > 0 && cardNames(right).every((n) => /Tampere|Tammerfors/.test(n)), 'no results for tampere');
      const wanted = { count: countText(right), names: cardNames(right) };
      expect(notice(right), 'a word found as typed has no notice').to.equal(undefined);
      right.remove();

      const el = await finder({ lang });
      await sleep(50);
      const watch = watchAnnouncements(el);
      await typeInSearch(el, 'tampre');
      await waitUntil(() => notice(el) === said, `no "${said}"`);
      expect(countText(el)).to.equal(wanted.count);
      expect(cardNames(el)).to.deep.equal(wanted.names);
      // Spoken once, after the pause in typing, with the count: not per keystroke.
      await waitUntil(() => watch.texts.length === 1, 'no announcement after the pause', { timeout: 3000 });
      await sleep(900);
      watch.stop();
      expect(watch.texts).to.deep.equal([`${wanted.count}. ${said}`]);
      await expect(el).to.be.accessible();
    });
  }

  it('drops the notice when the word is typed right', async () => {
    const el = await finder();
    await typeInSearch(el, 'tampre');
    await waitUntil(() => notice(el) === 'Näytetään tulokset haulle tampere');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: 'e' });
    await waitUntil(() => notice(el) === undefined, 'the notice stays');
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('tampere');
  });
});
