/**
 * Grams of the dictionary's words: how a query word finds the words of the data that hold
 * it, also inside a compound (`kirjasto` in `paakirjasto`). Every trigram of every word (and
 * every bigram, for two-letter query words) points at the words holding it; a query word is
 * looked up by its rarest gram and the few words found there are checked with `includes`.
 * Kept apart from the postings so the structure follows the dictionary (a few thousand
 * words), not the records.
 */

const TRIGRAMS = 1 << 18;
/** A gram and a word in one number: the gram in the high part, so sorting groups a gram's words. */
const PAIR = 2 ** 32;
/** Folded character → 6-bit code: 1–36 are a–z and 0–9, others share 37–63. */
const CODE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if (c >= 97 && c <= 122) CODE[c] = c - 96;
  else if (c >= 48 && c <= 57) CODE[c] = c - 48 + 27;
  else CODE[c] = 37 + (c % 27);
}
const gramAt = (w: string, i: number, len: 2 | 3): number =>
  len === 2
    ? TRIGRAMS + (CODE[w.charCodeAt(i)]! << 6) + CODE[w.charCodeAt(i + 1)]!
    : (CODE[w.charCodeAt(i)]! << 12) + (CODE[w.charCodeAt(i + 1)]! << 6) + CODE[w.charCodeAt(i + 2)]!;

/**
 * Gram → the dictionary words holding it (trigrams, and bigrams for two-letter words): the
 * grams the data has, each with its slot: the start of its words in `words`. Sized by the
 * dictionary, not by every gram there could be.
 */
export interface Grams {
  readonly slots: ReadonlyMap<number, number>;
  readonly starts: Uint32Array;
  readonly words: Uint32Array;
}

/**
 * Every (gram, word) pair as one number, sorted, then grouped by gram (a map finds a gram's
 * group). The work and the memory follow the dictionary (a thousand words, a few thousand
 * grams), where a directory of every possible gram (266,240 slots, walked five times) cost
 * tens of milliseconds per build whatever the data's size.
 */
export function buildGrams(dictionary: readonly string[]): Grams {
  const pairs: number[] = [];
  for (let w = 0; w < dictionary.length; w++) {
    const word = dictionary[w]!;
    for (let i = 0; i + 1 < word.length; i++) {
      pairs.push(gramAt(word, i, 2) * PAIR + w);
      if (i + 2 < word.length) pairs.push(gramAt(word, i, 3) * PAIR + w);
    }
  }
  const slots = new Map<number, number>();
  const starts: number[] = [];
  const held: number[] = [];
  let previous = -1;
  for (const pair of Float64Array.from(pairs).sort()) {
    if (pair === previous) continue; // the same gram twice in one word
    previous = pair;
    const g = Math.floor(pair / PAIR);
    if (!slots.has(g)) {
      slots.set(g, starts.length);
      starts.push(held.length);
    }
    held.push(pair - g * PAIR);
  }
  starts.push(held.length);
  return Object.freeze({ slots, starts: Uint32Array.from(starts), words: Uint32Array.from(held) });
}

/** Ids of the dictionary words that hold `t`: from its rarest gram's words, checked with `includes`. */
export function wordsWith(grams: Grams, dictionary: readonly string[], t: string): number[] {
  const out: number[] = [];
  if (t.length < 2) {
    dictionary.forEach((w, i) => w.includes(t) && out.push(i));
    return out;
  }
  const len = t.length === 2 ? 2 : 3;
  let best = -1;
  let fewest = Infinity;
  for (let i = 0; i + len <= t.length; i++) {
    const slot = grams.slots.get(gramAt(t, i, len));
    // A gram no word has: no word holds `t`.
    if (slot === undefined) return out;
    const c = grams.starts[slot + 1]! - grams.starts[slot]!;
    if (c < fewest) {
      fewest = c;
      best = slot;
    }
  }
  for (let j = grams.starts[best]!; j < grams.starts[best + 1]!; j++) {
    const w = grams.words[j]!;
    if (dictionary[w]!.includes(t)) out.push(w);
  }
  return out;
}
