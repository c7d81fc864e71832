/**
 * Text matching: which records hold every query word, and how well. A query word matches
 * when it occurs anywhere in a record's name, address or description words, also inside a
 * compound, so the answer is exactly that of a folded substring scan; it is found from the
 * dictionary words that hold it (`grams.ts`) and their postings, never by scanning records.
 * Relevance is added up while the postings are read. A word found nowhere goes to the typo
 * hook (`../typo.ts`) for its best spelling one edit away.
 */
import { foldText } from '../fold.js';
import type { MatchField } from '../query.js';
import { bestCorrection, spellingScore } from '../typo.js';
import { wordsWith } from './grams.js';
import type { TextColumns } from './text-columns.js';

/** The records holding every query word, in the order found, with their relevance and the dictionary words that matched. */
export interface TextAnswer {
  ids: Uint32Array;
  scores: Uint16Array;
  words: Set<number>;
}

/** The query words as searched, with the dictionary words holding each; `searchedFor` when a word was replaced. */
export interface Spelled {
  tokens: string[];
  lists: number[][];
  searchedFor?: string;
}

const FIELDS = ['name', 'address', 'description'] as const;

/** Text search over one index's text columns, with its scratch space (one search at a time). */
export class TextMatcher {
  // Scratch space of a text search, per record: best score of the current word, words
  // matched, score so far, records kept. All zero between searches.
  readonly cur: Uint8Array;
  readonly matched: Uint8Array;
  readonly sum: Uint16Array;
  readonly touched: Uint32Array;
  readonly first: Uint32Array;
  private letters: string | undefined;

  constructor(
    readonly text: TextColumns,
    size: number,
  ) {
    this.cur = new Uint8Array(size);
    this.matched = new Uint8Array(size);
    this.sum = new Uint16Array(size);
    this.touched = new Uint32Array(size);
    this.first = new Uint32Array(size);
  }

  /** Ids of the dictionary words that hold `t`. */
  wordsWith(t: string): number[] {
    return wordsWith(this.text.grams, this.text.dictionary, t);
  }

  /**
   * The query words, each word found nowhere replaced by its best spelling one edit away
   * (see typo.ts), with the dictionary words holding each; `searchedFor` is the query as
   * searched when a word was replaced.
   */
  spell(tokens: string[], text: string): Spelled {
    const { dictionary, wordOffsets } = this.text;
    const lists = tokens.map((t) => this.wordsWith(t));
    let fixes: Map<string, string> | undefined;
    const score = (spelling: string) => {
      const ws = this.wordsWith(spelling);
      let entries = 0;
      for (const w of ws) entries += wordOffsets[w + 1]! - wordOffsets[w]!;
      return spellingScore(spelling, ws.map((w) => dictionary[w]!), entries);
    };
    tokens.forEach((t, i) => {
      if (lists[i]!.length) return;
      const fix = bestCorrection(t, this.alphabet(), score);
      if (fix === undefined) return;
      (fixes ??= new Map()).set(t, fix);
      tokens[i] = fix;
      lists[i] = this.wordsWith(fix);
    });
    if (!fixes) return { tokens, lists };
    const searchedFor = foldText(text)
      .split(' ')
      .map((w) => fixes!.get(w) ?? w)
      .join(' ');
    return { tokens, lists, searchedFor };
  }

  /**
   * The records holding every query word, each with its relevance: per word, the best place
   * it was found — in the name above the address above the description, at the start of a
   * word above inside one, a whole word a little higher still.
   */
  search(tokens: string[], lists?: number[][]): TextAnswer {
    const { cur, matched, sum, touched, first } = this;
    const { dictionary, postings, wordOffsets } = this.text;
    const perToken = tokens.map((t, i) => {
      const ws = lists?.[i] ?? this.wordsWith(t);
      let size = 0;
      for (const w of ws) size += wordOffsets[w + 1]! - wordOffsets[w]!;
      return { t, ws, size };
    });
    const words = new Set(perToken.flatMap((x) => x.ws));
    // Fewest entries first: later words only look at records the earlier ones kept.
    perToken.sort((a, b) => a.size - b.size);
    let kept = 0;
    for (let i = 0; i < perToken.length; i++) {
      const { t, ws } = perToken[i]!;
      const out = i === 0 ? first : touched;
      let n = 0;
      for (const w of ws) {
        const word = dictionary[w]!;
        const bonus = word === t ? 15 : word.startsWith(t) ? 10 : 0;
        for (let j = wordOffsets[w]!; j < wordOffsets[w + 1]!; j++) {
          const e = postings[j]!;
          const r = e >>> 2;
          if (matched[r] !== i) continue;
          const s = (e & 3) * 30 + bonus;
          const c = cur[r]!;
          if (c === 0) out[n++] = r;
          if (s > c) cur[r] = s;
        }
      }
      for (let k = 0; k < n; k++) {
        const r = out[k]!;
        matched[r] = i + 1;
        sum[r]! += cur[r]!;
        cur[r] = 0;
      }
      if (i === 0) kept = n;
      if (n === 0) break;
    }
    const ids = new Uint32Array(kept);
    const scores = new Uint16Array(kept);
    let m = 0;
    for (let k = 0; k < kept; k++) {
      const r = first[k]!;
      if (matched[r] === perToken.length) {
        ids[m] = r;
        scores[m++] = sum[r]!;
      }
      matched[r] = 0;
      sum[r] = 0;
    }
    return { ids: ids.subarray(0, m), scores: scores.subarray(0, m), words };
  }

  /** The fields of record `r` that hold one of `words` (what the hit says matched). */
  matchedFields(r: number, words: Set<number>): MatchField[] {
    const { fieldOffsets, fieldWords } = this.text;
    const out: MatchField[] = [];
    FIELDS.forEach((field, f) => {
      for (let i = fieldOffsets[3 * r + f]!; i < fieldOffsets[3 * r + f + 1]!; i++) {
        if (words.has(fieldWords[i]!)) {
          out.push(field);
          return;
        }
      }
    });
    return out;
  }

  /** The letters of the data's words: what a misspelt word's letters may be changed to. */
  private alphabet(): string {
    if (this.letters === undefined) {
      const seen = new Set<string>();
      for (const w of this.text.dictionary) for (const c of w) seen.add(c);
      this.letters = [...seen].sort().join('');
    }
    return this.letters;
  }
}
