/**
 * One typo: when a query word is found nowhere in the data, the index searches for the
 * spelling one edit away (a letter left out, one too many, one wrong, or two swapped) that
 * the data holds most often: `kirjsto` → `kirjasto`, `jyvaskla` → `jyvaskyla`, `tampre` →
 * `tampere`. A word that is found as typed is never replaced, so exact matches always come
 * first; only a word that finds nothing is corrected, and the answer says so
 * (`ProviderResults.searchedFor`).
 */

/** Shorter words are one edit away from too many others to guess which was meant. */
export const MIN_TYPO_LENGTH = 4;

/** Every string one edit from `word` over the letters of `alphabet`, each once, `word` itself left out. */
export function oneEditAway(word: string, alphabet: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1 && tail[0] !== tail[1]) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of alphabet) {
      out.add(head + c + tail);
      if (tail && c !== tail[0]) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return [...out];
}

/**
 * How good a spelling is as the correction: a whole word of the data beats the start of
 * a word, which beats a piece inside one; then the longer spelling (a letter left out of the
 * query is likelier than a real word that happens to hold what is left); then the one more
 * entries hold. 0 when the data does not hold it.
 */
export function spellingScore(spelling: string, holders: readonly string[], entries: number): number {
  if (entries === 0) return 0;
  let place = 0;
  for (const w of holders) {
    if (w === spelling) {
      place = 2;
      break;
    }
    if (w.startsWith(spelling)) place = 1;
  }
  return place * 2 ** 45 + spelling.length * 2 ** 38 + Math.min(entries, 2 ** 38 - 1);
}

/**
 * The best spelling one edit from `word` (`score` rates a spelling, 0 when the data does not
 * hold it); on a tie the first tried, from the start of the word. Undefined when none is held
 * or the word is too short to guess.
 */
export function bestCorrection(word: string, alphabet: string, score: (spelling: string) => number): string | undefined {
  if (word.length < MIN_TYPO_LENGTH) return undefined;
  let best: string | undefined;
  let top = 0;
  for (const spelling of oneEditAway(word, alphabet)) {
    const n = score(spelling);
    if (n > top) {
      top = n;
      best = spelling;
    }
  }
  return best;
}
