/**
 * The text columns of the index, built once: the dictionary of the data's distinct folded
 * words, per record and field the word ids it holds, per word the records holding it (the
 * postings), and the grams of the dictionary's words.
 *
 * A provider is found by the folded words of its names (all languages), its address words
 * (street, number, postal code, post office, municipality, served areas) and its
 * description. The data's distinct words are few (names, streets and phrases repeat), so a
 * query word is looked for among them rather than among the records (`text-match.ts`).
 */
import { foldText } from '../fold.js';
import type { Provider } from '../schema.js';
import { buildGrams, type Grams } from './grams.js';

export interface TextColumns {
  /** Distinct folded words of all providers; a word's id is its place here. */
  readonly dictionary: readonly string[];
  /** Per word, its (record << 2 | field) entries, field 3 name, 2 address, 1 description. */
  readonly wordOffsets: Uint32Array;
  readonly postings: Uint32Array;
  /** Per record and field (name, address, description), the word ids it holds. */
  readonly fieldOffsets: Uint32Array;
  readonly fieldWords: Uint32Array;
  readonly grams: Grams;
}

/** The text columns of `providers`; the caches used while building are local and outlive nothing. */
export function buildTextColumns(providers: readonly Provider[]): TextColumns {
  const n = providers.length;
  const dictionary: string[] = [];
  const fieldOffsets = new Uint32Array(3 * n + 1);
  let fieldWords = new Uint32Array(Math.max(1024, n * 16));
  let used = 0;
  // Words, streets, places and descriptions repeat: each distinct one is folded and turned
  // into word ids once. Names are mostly unique, so they are cached by word, the rest whole.
  const ids = new Map<string, number>();
  const rawIds = new Map<string, number[]>();
  const partIds = new Map<string, number[]>();
  const wordIds = (raw: string): number[] => {
    let found = rawIds.get(raw);
    if (found === undefined) {
      found = [];
      for (const w of foldText(raw).split(' ')) {
        if (!w) continue;
        let id = ids.get(w);
        if (id === undefined) {
          id = dictionary.length;
          ids.set(w, id);
          dictionary.push(w);
        }
        if (!found.includes(id)) found.push(id);
      }
      rawIds.set(raw, found);
    }
    return found;
  };
  const partWords = (part: string): number[] => {
    const out: number[] = [];
    // Splitting on spaces only is enough: folding splits a piece on anything else.
    for (const raw of part.split(' ')) if (raw) for (const id of wordIds(raw)) if (!out.includes(id)) out.push(id);
    return out;
  };
  const nameWordIds = nameWordTable(wordIds);
  // `seenIn[id] === field` marks a word already listed for the current record's field.
  const seenIn: number[] = [];
  let field = 0;
  const addIds = (list: number[]) => {
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      if (seenIn[id] === field) continue;
      seenIn[id] = field;
      if (used === fieldWords.length) {
        const grown = new Uint32Array(used * 2);
        grown.set(fieldWords);
        fieldWords = grown;
      }
      fieldWords[used++] = id;
    }
  };
  const addPart = (part: string | undefined) => {
    if (!part) return;
    let list = partIds.get(part);
    if (list === undefined) partIds.set(part, (list = partWords(part)));
    addIds(list);
  };
  const addTexts = (t: Partial<Record<string, string>> | undefined) => {
    if (t) for (const k in t) addPart(t[k]);
  };

  for (let r = 0; r < n; r++) {
    const p = providers[r]!;
    field = 3 * r + 1;
    for (const k in p.name) {
      const name = p.name[k as keyof typeof p.name];
      if (!name) continue;
      let from = 0;
      for (let i = 0; i <= name.length; i++) {
        if (i < name.length && name.charCodeAt(i) !== 32) continue;
        if (i > from) addIds(nameWordIds(name, from, i));
        from = i + 1;
      }
    }
    fieldOffsets[3 * r + 1] = used;
    field++;
    for (const a of p.addresses ?? []) {
      addTexts(a.street);
      addPart(a.streetNumber);
      addPart(a.postalCode);
      addTexts(a.postOffice);
      addTexts(a.municipality?.name);
    }
    for (const area of p.areas ?? []) addTexts(area.name);
    fieldOffsets[3 * r + 2] = used;
    field++;
    addTexts(p.description);
    fieldOffsets[3 * r + 3] = used;
  }
  const words = fieldWords.slice(0, used);
  const { wordOffsets, postings } = postingsOf(dictionary.length, n, fieldOffsets, words);
  return Object.freeze({ dictionary: Object.freeze(dictionary), wordOffsets, postings, fieldOffsets, fieldWords: words, grams: buildGrams(dictionary) });
}

/**
 * Names are unique but made of few words: their words are looked up where they stand in
 * the name (an open-addressing table keyed by the characters), so no name is split.
 */
function nameWordTable(wordIds: (raw: string) => number[]): (s: string, from: number, to: number) => number[] {
  const rawWords: string[] = [];
  const rawWordIds: number[][] = [];
  let table = new Int32Array(1 << 12).fill(-1);
  return (s, from, to) => {
    let h = 0;
    for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    let mask = table.length - 1;
    let slot = h & mask;
    for (let e = table[slot]!; e !== -1; e = table[(slot = (slot + 1) & mask)]!) {
      const w = rawWords[e]!;
      if (w.length !== to - from) continue;
      let same = true;
      for (let i = 0; i < w.length && same; i++) same = w.charCodeAt(i) === s.charCodeAt(from + i);
      if (same) return rawWordIds[e]!;
    }
    const raw = s.slice(from, to);
    const found = wordIds(raw);
    rawWords.push(raw);
    rawWordIds.push(found);
    if (rawWords.length * 2 > table.length) {
      // Grow and re-insert every word.
      table = new Int32Array(table.length * 2).fill(-1);
      mask = table.length - 1;
      rawWords.forEach((w, e) => {
        let k = 0;
        for (let i = 0; i < w.length; i++) k = (Math.imul(k, 31) + w.charCodeAt(i)) | 0;
        let at = k & mask;
        while (table[at] !== -1) at = (at + 1) & mask;
        table[at] = e;
      });
    } else table[slot] = rawWords.length - 1;
    return found;
  };
}

/** Postings of each word: counted, then filled in record order. */
function postingsOf(words: number, n: number, fieldOffsets: Uint32Array, fieldWords: Uint32Array): { wordOffsets: Uint32Array; postings: Uint32Array } {
  const wordOffsets = new Uint32Array(words + 1);
  for (let i = 0; i < fieldWords.length; i++) wordOffsets[fieldWords[i]! + 1]!++;
  for (let w = 0; w < words; w++) wordOffsets[w + 1]! += wordOffsets[w]!;
  const postings = new Uint32Array(fieldWords.length);
  const cursor = wordOffsets.slice(0, words);
  for (let r = 0; r < n; r++) {
    for (let f = 0; f < 3; f++) {
      const entry = (r << 2) | (3 - f);
      for (let i = fieldOffsets[3 * r + f]!; i < fieldOffsets[3 * r + f + 1]!; i++) postings[cursor[fieldWords[i]!]!++] = entry;
    }
  }
  return { wordOffsets, postings };
}
