/**
 * `ProviderIndex`: free-text search, filters, facets and sorting over providers in memory.
 *
 * Text: a provider is found by the folded words of its names (all languages), its address
 * words and its description (`providerText`). A query word matches when it occurs anywhere
 * in one of them, also inside a compound (`kirjasto` in `paakirjasto`), so the answer is
 * exactly that of a folded substring scan. The data's distinct words are few (names, streets
 * and phrases repeat), so the scan is done over them instead of over providers: grams of the
 * dictionary's words find the words that hold a query word, and each word's postings list
 * its providers with the field it is in. Relevance is added up while the postings are read.
 *
 * Sorting never calls a comparator over all matches: each match gets one number that
 * encodes its sort key and its position, and the page is picked by a bounded heap. Facets of
 * an unfiltered search are counted from one list of facet slots per provider.
 */
import { helsinkiTime, pickText } from '@auta/core';
import { foldText, queryTokens } from './fold.js';
import { EARTH_RADIUS_KM, MUNICIPALITY_REGION, RAD, REGIONS, distanceKm } from './geo.js';
import { isOpenAt } from './open-now.js';
import { bestCorrection, spellingScore } from './typo.js';
import {
  normalizeQuery,
  type FacetCount,
  type MatchField,
  type NormalizedQuery,
  type ProviderFacets,
  type ProviderHit,
  type ProviderQuery,
  type ProviderResults,
  type QueryLang,
} from './query.js';
import type { Provider } from './schema.js';
import { ACCESSIBILITY_FEATURES, AUDIENCES, PROVIDER_KINDS, SUPPORT_FORMS } from './vocabulary.js';

/* ---------- grams (of dictionary words) ---------- */

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

/* ---------- text of a provider ---------- */

// Street names, municipalities and description phrases repeat across providers: fold each
// raw word once. Bounded, so a stream of unique words cannot grow it without end.
const foldedWords = new Map<string, string>();
const foldWord = (raw: string): string => {
  let folded = foldedWords.get(raw);
  if (folded === undefined) {
    if (foldedWords.size > 200_000) foldedWords.clear();
    folded = foldText(raw);
    foldedWords.set(raw, folded);
  }
  return folded;
};
const words = (parts: Array<string | undefined>) => {
  const seen: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const raw of part.split(/\s+/)) {
      if (!raw) continue;
      const folded = foldWord(raw);
      if (folded.includes(' ')) {
        for (const w of folded.split(' ')) if (w && !seen.includes(w)) seen.push(w);
      } else if (folded && !seen.includes(folded)) seen.push(folded);
    }
  }
  return seen.join(' ');
};
const texts = (t: Partial<Record<string, string>> | undefined) => (t ? Object.values(t) : []);

/**
 * The folded text a provider is found by, in three parts: names (all languages); address
 * words (street, number, postal code, post office, municipality, served areas); the
 * description. A folded substring scan over these strings is the reference answer.
 */
export function providerText(p: Provider): { name: string; address: string; description: string } {
  const address: Array<string | undefined> = [];
  for (const a of p.addresses ?? []) {
    address.push(...texts(a.street), a.streetNumber, a.postalCode, ...texts(a.postOffice), ...texts(a.municipality?.name));
  }
  for (const area of p.areas ?? []) address.push(...texts(area.name));
  return { name: words(texts(p.name)), address: words(address), description: words(texts(p.description)) };
}

/** One string of `providerText`, words separated by spaces: what a query word is looked for in. */
export function providerHaystack(p: Provider): string {
  const t = providerText(p);
  return `${t.name} ${t.address} ${t.description}`;
}

/* ---------- selection ---------- */

/** The `k` smallest of `keys[0..m)`, ascending, without sorting all of them when `k` is small. */
function smallest(keys: Float64Array, m: number, k: number): Float64Array {
  if (k <= 0 || m === 0) return new Float64Array(0);
  if (k * 8 >= m) return keys.subarray(0, m).sort().slice(0, k);
  // Max-heap of the k best so far.
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < m; i++) {
    const x = keys[i]!;
    if (size < k) {
      let j = size++;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (heap[p]! >= x) break;
        heap[j] = heap[p]!;
        j = p;
      }
      heap[j] = x;
    } else if (x < heap[0]!) {
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        if (l >= k) break;
        const r = l + 1;
        const c = r < k && heap[r]! > heap[l]! ? r : l;
        if (heap[c]! <= x) break;
        heap[j] = heap[c]!;
        j = c;
      }
      heap[j] = x;
    }
  }
  return heap.subarray(0, size).sort();
}

/* ---------- collation ---------- */

/**
 * A primary sort key that orders like `Intl.Collator(lang)` for names: a–z; in Finnish and
 * Swedish å, ä, ö after z (æ with ä, ø with ö, ü with y); other accents on the base
 * letter; spaces and punctuation before digits before letters. Names with equal keys are
 * ordered by the collator itself, so the collator has the last word.
 */
function collationKey(name: string, lang: QueryLang): string {
  let s = name.toLocaleLowerCase(lang === 'en' ? 'en' : lang).normalize('NFC');
  if (lang !== 'en') s = s.replace(/[åäöæøü]/g, (c) => ({ å: '{', ä: '|', æ: '|', ö: '}', ø: '}', ü: 'y' })[c] ?? c);
  s = s.normalize('NFD').replace(/\p{M}+/gu, '');
  return s.replace(/\s+/g, ' ').replace(/[^\p{L}\p{N} {|}]/gu, '!');
}

/* ---------- the index ---------- */

const BIT_MUNICIPALITY = 1;
const BIT_REGION = 2;
const BIT_FORMS = 4;
const BIT_LANGUAGES = 8;
const BIT_KINDS = 16;
const BIT_OTHER = 32;

const MAX_SCORE = 1 << 20;
const SHIFT = 2 ** 24;

/** Two-level lists (record → values) in two typed arrays. */
interface Csr {
  offsets: Uint32Array;
  values: Uint16Array;
}
/** Fills a `Csr` record by record, in order: `add` to the current record, `end` it. */
class CsrBuilder {
  offsets: Uint32Array;
  values = new Uint16Array(1024);
  private r = 0;
  private used = 0;
  constructor(n: number) {
    this.offsets = new Uint32Array(n + 1);
  }
  add(value: number): void {
    for (let i = this.offsets[this.r]!; i < this.used; i++) if (this.values[i] === value) return;
    if (this.used === this.values.length) {
      const grown = new Uint16Array(this.used * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.used++] = value;
  }
  end(): void {
    this.offsets[++this.r] = this.used;
  }
  done(): Csr {
    return { offsets: this.offsets, values: this.values.slice(0, this.used) };
  }
}

class Interner {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

interface FacetCounts {
  muni: Uint32Array;
  region: Uint32Array;
  form: Uint32Array;
  lang: Uint32Array;
  kind: Uint32Array;
  nationwide: { forMuni: number; forRegion: number; exceptAlandForMuni: number; exceptAlandForRegion: number };
}

export interface IndexStats {
  providers: number;
  /** Record numbers kept in gram lists. */
  postings: number;
  /** Frequent grams kept as bitsets. */
  bitsets: number;
  /** Bytes the index holds beside the records: its typed arrays exactly, its strings, maps and lists estimated (see `stats`). */
  bytes: number;
}

/**
 * An in-memory index over providers: build once (`new ProviderIndex(providers)`), then
 * `search` as often as needed. Runs in the browser, in Node and in workers.
 */
export class ProviderIndex {
  readonly providers: readonly Provider[];
  /** Distinct folded words of all providers; a word's id is its place here. */
  private readonly dictionary: string[] = [];
  /** Per word, its (record << 2 | field) entries, field 3 name, 2 address, 1 description. */
  private readonly wordOffsets: Uint32Array;
  private readonly postings: Uint32Array;
  /** Per record and field (name, address, description), the word ids it holds. */
  private readonly fieldOffsets: Uint32Array;
  private readonly fieldWords: Uint32Array;
  /**
   * Gram → the dictionary words holding it (trigrams, and bigrams for two-letter words): the
   * grams the data has, each with its slot: the start of its words in `gramWords`. Sized by
   * the dictionary, not by every gram there could be.
   */
  private readonly gramSlots = new Map<number, number>();
  private readonly gramStarts: Uint32Array;
  private readonly gramWords: Uint32Array;
  // Scratch space of a text search, per record: best score of the current word, words matched, score so far.
  private readonly cur: Uint8Array;
  private readonly matched: Uint8Array;
  private readonly sum: Uint16Array;
  private readonly touched: Uint32Array;
  private readonly first: Uint32Array;
  private readonly kind: Uint8Array;
  private readonly forms: Uint16Array;
  private readonly audience: Uint16Array;
  private readonly access: Uint8Array;
  private readonly free: Uint8Array;
  /** 0 local, 1 nationwide, 2 nationwide except Åland. */
  private readonly nationwide: Uint8Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly municipalities: Csr;
  private readonly regions: Csr;
  private readonly servedRegions: Csr;
  private readonly languages: Csr;
  private readonly municipalityIds = new Interner();
  private readonly regionIds = new Interner();
  private readonly languageIds = new Interner();
  private readonly municipalityNames: Array<Provider['name'] | undefined> = [];
  private readonly byId = new Map<string, number>();
  private readonly ranks = new Map<QueryLang, { rank: Uint32Array; order: Uint32Array }>();
  private hoursTemplate: Uint32Array | undefined;
  private all: Uint32Array | undefined;
  private totals: Uint32Array | undefined;
  private slots: ReturnType<ProviderIndex['facetSlots']> | undefined;
  private trigTable: Float64Array | undefined;
  private readonly allCounts: Array<FacetCounts | undefined> = [];
  private hoursTemplates: Provider['serviceHours'][] = [];
  private letters: string | undefined;

  constructor(providers: readonly Provider[]) {
    this.providers = providers;
    const n = providers.length;
    this.cur = new Uint8Array(n);
    this.matched = new Uint8Array(n);
    this.sum = new Uint16Array(n);
    this.touched = new Uint32Array(n);
    this.first = new Uint32Array(n);
    this.fieldOffsets = new Uint32Array(3 * n + 1);
    let fieldWords = new Uint32Array(Math.max(1024, n * 16));
    let used = 0;
    // Words, streets, places and descriptions repeat: each distinct one is folded and turned
    // into word ids once. Names are mostly unique, so they are cached by word, the rest whole.
    // The caches are local to the build: nothing outlives it.
    const dictionary = new Map<string, number>();
    const rawIds = new Map<string, number[]>();
    const partIds = new Map<string, number[]>();
    const wordIds = (raw: string): number[] => {
      let ids = rawIds.get(raw);
      if (ids === undefined) {
        ids = [];
        for (const w of foldText(raw).split(' ')) {
          if (!w) continue;
          let id = dictionary.get(w);
          if (id === undefined) {
            id = this.dictionary.length;
            dictionary.set(w, id);
            this.dictionary.push(w);
          }
          if (!ids.includes(id)) ids.push(id);
        }
        rawIds.set(raw, ids);
      }
      return ids;
    };
    const partWords = (part: string): number[] => {
      const ids: number[] = [];
      // Splitting on spaces only is enough: folding splits a piece on anything else.
      for (const raw of part.split(' ')) if (raw) for (const id of wordIds(raw)) if (!ids.includes(id)) ids.push(id);
      return ids;
    };
    // Names are unique but made of few words: their words are looked up where they stand in
    // the name (an open-addressing table keyed by the characters), so no name is split.
    const rawWords: string[] = [];
    const rawWordIds: number[][] = [];
    let table = new Int32Array(1 << 12).fill(-1);
    const nameWordIds = (s: string, from: number, to: number): number[] => {
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
      const ids = wordIds(raw);
      rawWords.push(raw);
      rawWordIds.push(ids);
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
      return ids;
    };
    // `seenIn[id] === field` marks a word already listed for the current record's field.
    const seenIn: number[] = [];
    let field = 0;
    const addIds = (ids: number[]) => {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
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
      let ids = partIds.get(part);
      if (ids === undefined) partIds.set(part, (ids = partWords(part)));
      addIds(ids);
    };
    const addTexts = (t: Partial<Record<string, string>> | undefined) => {
      if (t) for (const k in t) addPart(t[k]);
    };
    this.kind = new Uint8Array(n);
    this.forms = new Uint16Array(n);
    this.audience = new Uint16Array(n);
    this.access = new Uint8Array(n);
    this.free = new Uint8Array(n);
    this.nationwide = new Uint8Array(n);
    this.lat = new Float64Array(n).fill(NaN);
    this.lon = new Float64Array(n).fill(NaN);
    const munis = new CsrBuilder(n);
    const regions = new CsrBuilder(n);
    const served = new CsrBuilder(n);
    const langs = new CsrBuilder(n);
    // Region ids follow the code order, so facet output needs no sorting.
    for (const code of Object.keys(REGIONS)) this.regionIds.id(code);

    for (let r = 0; r < n; r++) {
      const p = providers[r]!;
      if (!this.byId.has(p.id)) this.byId.set(p.id, r);
      // The same words as `providerText`, as ids.
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
      this.fieldOffsets[3 * r + 1] = used;
      field++;
      for (const a of p.addresses ?? []) {
        addTexts(a.street);
        addPart(a.streetNumber);
        addPart(a.postalCode);
        addTexts(a.postOffice);
        addTexts(a.municipality?.name);
      }
      for (const area of p.areas ?? []) addTexts(area.name);
      this.fieldOffsets[3 * r + 2] = used;
      field++;
      addTexts(p.description);
      this.fieldOffsets[3 * r + 3] = used;
      this.kind[r] = PROVIDER_KINDS.indexOf(p.kind);
      let mask = 0;
      for (const f of p.supportForms) mask |= 1 << SUPPORT_FORMS.indexOf(f);
      this.forms[r] = mask;
      mask = 0;
      for (const a of p.audience ?? []) mask |= 1 << AUDIENCES.indexOf(a);
      this.audience[r] = mask;
      mask = 0;
      if (p.accessibility) for (let i = 0; i < ACCESSIBILITY_FEATURES.length; i++) if (p.accessibility[ACCESSIBILITY_FEATURES[i]!] === true) mask |= 1 << i;
      this.access[r] = mask;
      this.free[r] = p.free === true ? 1 : 0;
      this.nationwide[r] = p.areaType === 'Nationwide' ? 1 : p.areaType === 'NationwideExceptAlandIslands' ? 2 : 0;

      let located: (typeof p.addresses & object)[number] | undefined;
      for (const a of p.addresses ?? []) {
        if (a.latitude !== undefined && (!located || (a.type === 'Location' && located.type !== 'Location'))) located = a;
        if (!a.municipality) continue;
        const id = this.municipalityIds.id(a.municipality.code);
        this.municipalityNames[id] ??= a.municipality.name;
        munis.add(id);
        const region = MUNICIPALITY_REGION[a.municipality.code];
        if (region) regions.add(this.regionIds.id(region));
      }
      if (located) {
        this.lat[r] = located.latitude!;
        this.lon[r] = located.longitude!;
      }
      for (const area of p.areas ?? []) {
        if (area.type === 'Municipality') {
          const id = this.municipalityIds.id(area.code);
          if (area.name) this.municipalityNames[id] ??= area.name;
          munis.add(id);
          const region = MUNICIPALITY_REGION[area.code];
          if (region) regions.add(this.regionIds.id(region));
        } else if (area.type === 'Region') {
          const id = this.regionIds.id(area.code);
          regions.add(id);
          served.add(id);
        }
      }
      for (const l of p.languages) langs.add(this.languageIds.id(l));
      munis.end();
      regions.end();
      served.end();
      langs.end();
    }
    this.municipalities = munis.done();
    this.regions = regions.done();
    this.servedRegions = served.done();
    this.languages = langs.done();

    this.fieldWords = fieldWords.slice(0, used);

    // Postings of each word: counted, then filled in record order.
    const words = this.dictionary.length;
    this.wordOffsets = new Uint32Array(words + 1);
    for (let i = 0; i < used; i++) this.wordOffsets[this.fieldWords[i]! + 1]!++;
    for (let w = 0; w < words; w++) this.wordOffsets[w + 1]! += this.wordOffsets[w]!;
    this.postings = new Uint32Array(used);
    const cursor = this.wordOffsets.slice(0, words);
    for (let r = 0; r < n; r++) {
      for (let f = 0; f < 3; f++) {
        const entry = (r << 2) | (3 - f);
        for (let i = this.fieldOffsets[3 * r + f]!; i < this.fieldOffsets[3 * r + f + 1]!; i++) this.postings[cursor[this.fieldWords[i]!]!++] = entry;
      }
    }

    // Grams of the dictionary's words, so a query word finds the words it is part of: every
    // (gram, word) pair as one number, sorted, then grouped by gram (a map finds a gram's group). The work and the memory
    // follow the dictionary (a thousand words, a few thousand grams), where a directory of every
    // possible gram (266,240 slots, walked five times) cost tens of milliseconds per build
    // whatever the data's size.
    const pairs: number[] = [];
    for (let w = 0; w < words; w++) {
      const word = this.dictionary[w]!;
      for (let i = 0; i + 1 < word.length; i++) {
        pairs.push(gramAt(word, i, 2) * PAIR + w);
        if (i + 2 < word.length) pairs.push(gramAt(word, i, 3) * PAIR + w);
      }
    }
    const starts: number[] = [];
    const held: number[] = [];
    let previous = -1;
    for (const pair of Float64Array.from(pairs).sort()) {
      if (pair === previous) continue; // the same gram twice in one word
      previous = pair;
      const g = Math.floor(pair / PAIR);
      if (!this.gramSlots.has(g)) {
        this.gramSlots.set(g, starts.length);
        starts.push(held.length);
      }
      held.push(pair - g * PAIR);
    }
    starts.push(held.length);
    this.gramStarts = Uint32Array.from(starts);
    this.gramWords = Uint32Array.from(held);
  }

  get size(): number {
    return this.providers.length;
  }

  get(id: string): Provider | undefined {
    const r = this.byId.get(id);
    return r === undefined ? undefined : this.providers[r];
  }

  stats(): IndexStats {
    // Typed arrays by their byteLength, made-on-first-use ones included once made; strings
    // at two bytes a character; each Map entry at 40 bytes and each array slot at 8 (V8's
    // hash tables and pointers on a 64-bit machine), without the records themselves.
    let chars = 0;
    for (const w of this.dictionary) chars += w.length;
    for (const interner of [this.municipalityIds, this.regionIds, this.languageIds]) for (const v of interner.values) chars += v.length;
    const csrs = [this.municipalities, this.regions, this.servedRegions, this.languages, ...(this.slots ? [this.slots] : [])];
    const typed = [
      this.wordOffsets, this.postings, this.fieldOffsets, this.fieldWords, this.gramStarts, this.gramWords, this.cur, this.matched, this.sum, this.touched, this.first,
      this.kind, this.forms, this.audience, this.access, this.free, this.nationwide, this.lat, this.lon,
      ...csrs.flatMap((c) => [c.offsets, c.values]),
      ...[this.hoursTemplate, this.all, this.totals, this.trigTable].filter((a) => a !== undefined),
      ...[...this.ranks.values()].flatMap((r) => [r.rank, r.order]),
      ...this.allCounts.flatMap((c) => (c ? [c.muni, c.region, c.form, c.lang, c.kind] : [])),
    ].reduce((sum, a) => sum + a.byteLength, 0);
    const mapEntries = this.byId.size + this.gramSlots.size + this.municipalityIds.ids.size + this.regionIds.ids.size + this.languageIds.ids.size;
    const slots = this.dictionary.length + this.municipalityNames.length + this.hoursTemplates.length + mapEntries;
    return { providers: this.size, postings: this.postings.length, bitsets: 0, bytes: typed + 2 * chars + 40 * mapEntries + 8 * slots };
  }

  /** Record numbers whose text holds every query word (the text part of a search), in record order. */
  textMatches(text: string): number[] {
    const { tokens, lists } = this.spell(queryTokens(text), text);
    if (!tokens.length) return Array.from({ length: this.size }, (_, i) => i);
    return Array.from(this.textSearch(tokens, lists).ids).sort((a, b) => a - b);
  }

  /** The letters of the data's words: what a misspelt word's letters may be changed to. */
  private alphabet(): string {
    if (this.letters === undefined) {
      const seen = new Set<string>();
      for (const w of this.dictionary) for (const c of w) seen.add(c);
      this.letters = [...seen].sort().join('');
    }
    return this.letters;
  }

  /**
   * The query words, each word found nowhere replaced by its best spelling one edit away
   * (see typo.ts), with the dictionary words holding each; `searchedFor` is the query as
   * searched when a word was replaced.
   */
  private spell(tokens: string[], text: string): { tokens: string[]; lists: number[][]; searchedFor?: string } {
    const lists = tokens.map((t) => this.wordsWith(t));
    let fixes: Map<string, string> | undefined;
    const score = (spelling: string) => {
      const ws = this.wordsWith(spelling);
      let entries = 0;
      for (const w of ws) entries += this.wordOffsets[w + 1]! - this.wordOffsets[w]!;
      return spellingScore(spelling, ws.map((w) => this.dictionary[w]!), entries);
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

  /** Ids of the dictionary words that hold `t`: from its rarest gram's words, checked with `includes`. */
  private wordsWith(t: string): number[] {
    const out: number[] = [];
    if (t.length < 2) {
      this.dictionary.forEach((w, i) => w.includes(t) && out.push(i));
      return out;
    }
    const len = t.length === 2 ? 2 : 3;
    let best = -1;
    let fewest = Infinity;
    for (let i = 0; i + len <= t.length; i++) {
      const slot = this.gramSlots.get(gramAt(t, i, len));
      // A gram no word has: no word holds `t`.
      if (slot === undefined) return out;
      const c = this.gramStarts[slot + 1]! - this.gramStarts[slot]!;
      if (c < fewest) {
        fewest = c;
        best = slot;
      }
    }
    for (let j = this.gramStarts[best]!; j < this.gramStarts[best + 1]!; j++) {
      const w = this.gramWords[j]!;
      if (this.dictionary[w]!.includes(t)) out.push(w);
    }
    return out;
  }

  /**
   * The records holding every query word, each with its relevance: per word, the best place
   * it was found — in the name above the address above the description, at the start of a
   * word above inside one, a whole word a little higher still. The same answer as a folded
   * substring scan, found from the words that hold each query word, never by scanning.
   */
  private textSearch(tokens: string[], lists?: number[][]): { ids: Uint32Array; scores: Uint16Array; words: Set<number> } {
    const { cur, matched, sum, touched, first, postings, wordOffsets } = this;
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
        const word = this.dictionary[w]!;
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

  /**
   * Per record, the facet values it counts for when nothing filters, as slots in one
   * counter array: municipalities, regions, forms, languages, kind, then nationwide and
   * nationwide-except-Åland. Made on first use.
   */
  private facetSlots(): Csr & { layout: { region: number; form: number; lang: number; kind: number; nationwide: number; size: number } } {
    if (this.slots) return this.slots;
    const region = this.municipalityIds.values.length;
    const form = region + this.regionIds.values.length;
    const lang = form + SUPPORT_FORMS.length;
    const kind = lang + this.languageIds.values.length;
    const nationwide = kind + PROVIDER_KINDS.length;
    const slots = new CsrBuilder(this.size);
    const add = (from: number, csr: Csr, r: number) => {
      for (let j = csr.offsets[r]!; j < csr.offsets[r + 1]!; j++) slots.add(from + csr.values[j]!);
    };
    for (let r = 0; r < this.size; r++) {
      add(0, this.municipalities, r);
      add(region, this.regions, r);
      for (let b = 0; b < SUPPORT_FORMS.length; b++) if (this.forms[r]! & (1 << b)) slots.add(form + b);
      add(lang, this.languages, r);
      slots.add(kind + this.kind[r]!);
      if (this.nationwide[r]) slots.add(nationwide + this.nationwide[r]! - 1);
      slots.end();
    }
    return (this.slots = { ...slots.done(), layout: { region, form, lang, kind, nationwide, size: nationwide + 2 } });
  }

  /** The facet slot counts of the whole set. */
  private slotTotals(): Uint32Array {
    if (!this.totals) {
      const { offsets, values, layout } = this.facetSlots();
      this.totals = new Uint32Array(layout.size);
      for (let j = 0; j < offsets[this.size]!; j++) this.totals[values[j]!]!++;
    }
    return this.totals;
  }

  private everyRecord(): Uint32Array {
    if (!this.all) {
      this.all = new Uint32Array(this.size);
      for (let r = 0; r < this.size; r++) this.all[r] = r;
    }
    return this.all;
  }

  /** Per record: sine and cosine of latitude, then of longitude (radians), made on first use. */
  private trig(): Float64Array {
    if (!this.trigTable) {
      const t = (this.trigTable = new Float64Array(4 * this.size));
      for (let r = 0; r < this.size; r++) {
        t[4 * r] = Math.sin(this.lat[r]! * RAD);
        t[4 * r + 1] = Math.cos(this.lat[r]! * RAD);
        t[4 * r + 2] = Math.sin(this.lon[r]! * RAD);
        t[4 * r + 3] = Math.cos(this.lon[r]! * RAD);
      }
    }
    return this.trigTable;
  }

  private rankFor(lang: QueryLang): { rank: Uint32Array; order: Uint32Array } {
    let entry = this.ranks.get(lang);
    if (entry) return entry;
    const n = this.size;
    const names = this.providers.map((p) => pickText(p.name, lang)?.text ?? '');
    const keys = names.map((name) => collationKey(name, lang));
    const collator = new Intl.Collator(lang === 'sv' ? 'sv-FI' : lang === 'fi' ? 'fi-FI' : 'en-GB');
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : collator.compare(names[a]!, names[b]!) || a - b));
    const rank = new Uint32Array(n);
    order.forEach((r, i) => (rank[r] = i));
    entry = { rank, order: Uint32Array.from(order) };
    this.ranks.set(lang, entry);
    return entry;
  }

  private openNowCheck(q: NormalizedQuery): (r: number) => boolean {
    if (!this.hoursTemplate) {
      // Providers often share hours (a city's branches): each distinct week is judged once.
      const ids = new Map<string, number>();
      this.hoursTemplate = new Uint32Array(this.size);
      for (let r = 0; r < this.size; r++) {
        const hours = this.providers[r]!.serviceHours;
        const key = hours && hours.length ? JSON.stringify(hours) : '';
        let id = ids.get(key);
        if (id === undefined) {
          id = this.hoursTemplates.length;
          ids.set(key, id);
          this.hoursTemplates.push(hours);
        }
        this.hoursTemplate[r] = id;
      }
    }
    const t = helsinkiTime(q.now);
    const memo = new Int8Array(this.hoursTemplates.length).fill(-1);
    const templates = this.hoursTemplate;
    return (r) => {
      const id = templates[r]!;
      if (memo[id] === -1) memo[id] = isOpenAt(this.hoursTemplates[id], t) ? 1 : 0;
      return memo[id] === 1;
    };
  }

  search(query: ProviderQuery = {}): ProviderResults {
    const q = normalizeQuery(query);
    const { tokens, lists, searchedFor } = this.spell(queryTokens(q.text), q.text);
    const text = tokens.length ? this.textSearch(tokens, lists) : undefined;
    const candidates = text?.ids;
    const count = candidates ? candidates.length : this.size;

    // Query filters as lookup tables over the index's own ids.
    const muniFlags = new Uint8Array(this.municipalityIds.values.length);
    const regionOfMuni = new Uint8Array(this.regionIds.values.length + 32);
    let nonAlandMuni = false;
    for (const code of q.municipalities) {
      const id = this.municipalityIds.ids.get(code);
      if (id !== undefined) muniFlags[id] = 1;
      const region = MUNICIPALITY_REGION[code];
      if (region !== '21') nonAlandMuni = true;
      if (region) regionOfMuni[this.regionIds.id(region)] = 1;
    }
    const regionFlags = new Uint8Array(this.regionIds.values.length);
    let nonAlandRegion = false;
    for (const code of q.regions) {
      const id = this.regionIds.ids.get(code);
      if (id !== undefined) regionFlags[id] = 1;
      if (code !== '21') nonAlandRegion = true;
    }
    const langFlags = new Uint8Array(this.languageIds.values.length);
    for (const l of q.languages) {
      const id = this.languageIds.ids.get(l);
      if (id !== undefined) langFlags[id] = 1;
    }
    let formMask = 0;
    for (const f of q.forms) formMask |= 1 << SUPPORT_FORMS.indexOf(f);
    let kindMask = 0;
    for (const k of q.kinds) kindMask |= 1 << PROVIDER_KINDS.indexOf(k);
    let audienceMask = 0;
    for (const a of q.audience) audienceMask |= 1 << AUDIENCES.indexOf(a);
    let accessMask = 0;
    for (const a of q.accessibility) accessMask |= 1 << ACCESSIBILITY_FEATURES.indexOf(a);
    const openAt = q.openNow ? this.openNowCheck(q) : undefined;

    const { offsets: mo, values: mv } = this.municipalities;
    const { offsets: ro, values: rv } = this.regions;
    const { offsets: so, values: sv } = this.servedRegions;
    const { offsets: lo, values: lv } = this.languages;
    const hasMuni = q.municipalities.length > 0;
    const hasRegion = q.regions.length > 0;
    const hasLang = q.languages.length > 0;

    // No words and no filters: every record matches, and the facets only depend on
    // `includeNationwide`, so they are counted once.
    const everything = !text && !hasMuni && !hasRegion && !formMask && !hasLang && !kindMask && !audienceMask && !accessMask && !q.free && !openAt;
    const cached = everything ? this.allCounts[q.includeNationwide ? 1 : 0] : undefined;
    const c = cached ?? {
      muni: new Uint32Array(this.municipalityIds.values.length),
      region: new Uint32Array(this.regionIds.values.length),
      form: new Uint32Array(SUPPORT_FORMS.length),
      lang: new Uint32Array(this.languageIds.values.length),
      kind: new Uint32Array(PROVIDER_KINDS.length),
      nationwide: { forMuni: 0, forRegion: 0, exceptAlandForMuni: 0, exceptAlandForRegion: 0 },
    };
    const { muni: muniCounts, region: regionCounts, form: formCounts, lang: langCounts, kind: kindCounts, nationwide: nwc } = c;

    const matches = cached ? this.everyRecord() : new Uint32Array(count);
    const scores = text && q.sort === 'relevance' ? new Uint16Array(count) : undefined;
    let m = cached ? count : 0;
    const unfiltered = !hasMuni && !hasRegion && !formMask && !hasLang && !kindMask && !audienceMask && !accessMask && !q.free && !openAt;
    // A match counts in every facet: one pass over its facet slots.
    const { offsets, values, layout } = this.facetSlots();
    let counts = new Uint32Array(layout.size);
    if (unfiltered && !cached) {
      // Every candidate matches.
      if (!candidates || count * 2 <= this.size) {
        for (let i = 0; i < count; i++) {
          const r = candidates ? candidates[i]! : i;
          if (scores) scores[m] = text!.scores[i]!;
          matches[m++] = r;
          for (let j = offsets[r]!; j < offsets[r + 1]!; j++) counts[values[j]!]!++;
        }
      } else {
        // Most records match: the whole set's counts less those of the records that do not.
        counts = this.slotTotals().slice();
        const mark = this.cur;
        for (let i = 0; i < count; i++) {
          const r = candidates[i]!;
          if (scores) scores[m] = text!.scores[i]!;
          matches[m++] = r;
          mark[r] = 1;
        }
        for (let r = 0; r < this.size; r++) {
          if (mark[r]) mark[r] = 0;
          else for (let j = offsets[r]!; j < offsets[r + 1]!; j++) counts[values[j]!]!--;
        }
      }
    }
    for (let i = 0; i < count && !cached && !unfiltered; i++) {
      const r = candidates ? candidates[i]! : i;
      let fail = 0;
      const nw = this.nationwide[r]!;
      if (hasMuni) {
        let hit = false;
        for (let j = mo[r]!; j < mo[r + 1]! && !hit; j++) hit = muniFlags[mv[j]!] === 1;
        for (let j = so[r]!; j < so[r + 1]! && !hit; j++) hit = regionOfMuni[sv[j]!] === 1;
        if (!hit && q.includeNationwide && (nw === 1 || (nw === 2 && nonAlandMuni))) hit = true;
        if (!hit) fail |= BIT_MUNICIPALITY;
      }
      if (hasRegion) {
        let hit = false;
        for (let j = ro[r]!; j < ro[r + 1]! && !hit; j++) hit = regionFlags[rv[j]!] === 1;
        if (!hit && q.includeNationwide && (nw === 1 || (nw === 2 && nonAlandRegion))) hit = true;
        if (!hit) fail |= BIT_REGION;
      }
      if (formMask && (this.forms[r]! & formMask) === 0) fail |= BIT_FORMS;
      if (hasLang) {
        let hit = false;
        for (let j = lo[r]!; j < lo[r + 1]! && !hit; j++) hit = langFlags[lv[j]!] === 1;
        if (!hit) fail |= BIT_LANGUAGES;
      }
      if (kindMask && ((1 << this.kind[r]!) & kindMask) === 0) fail |= BIT_KINDS;
      if (audienceMask && (this.audience[r]! & audienceMask) === 0) fail |= BIT_OTHER;
      if (accessMask && (this.access[r]! & accessMask) !== accessMask) fail |= BIT_OTHER;
      if (q.free && this.free[r] === 0) fail |= BIT_OTHER;
      // Only worth the clock when the record counts somewhere: no failure, or one facet's own.
      if (openAt && (fail & BIT_OTHER) === 0 && (fail & (fail - 1)) === 0 && !openAt(r)) fail |= BIT_OTHER;
      if (fail === 0) {
        if (scores) scores[m] = text!.scores[i]!;
        matches[m++] = r;
        for (let j = offsets[r]!; j < offsets[r + 1]!; j++) counts[values[j]!]!++;
        continue;
      }

      if ((fail & ~BIT_MUNICIPALITY) === 0) {
        for (let j = mo[r]!; j < mo[r + 1]!; j++) muniCounts[mv[j]!]!++;
        if (q.includeNationwide && nw === 1) nwc.forMuni++;
        if (q.includeNationwide && nw === 2) nwc.exceptAlandForMuni++;
      }
      if ((fail & ~BIT_REGION) === 0) {
        for (let j = ro[r]!; j < ro[r + 1]!; j++) regionCounts[rv[j]!]!++;
        if (q.includeNationwide && nw === 1) nwc.forRegion++;
        if (q.includeNationwide && nw === 2) nwc.exceptAlandForRegion++;
      }
      if ((fail & ~BIT_FORMS) === 0) {
        const f = this.forms[r]!;
        for (let b = 0; b < SUPPORT_FORMS.length; b++) if (f & (1 << b)) formCounts[b]!++;
      }
      if ((fail & ~BIT_LANGUAGES) === 0) for (let j = lo[r]!; j < lo[r + 1]!; j++) langCounts[lv[j]!]!++;
      if ((fail & ~BIT_KINDS) === 0) kindCounts[this.kind[r]!]!++;
    }
    if (!cached) {
      const add = (to: Uint32Array, from: number) => {
        for (let i = 0; i < to.length; i++) to[i]! += counts[from + i]!;
      };
      add(muniCounts, 0);
      add(regionCounts, layout.region);
      add(formCounts, layout.form);
      add(langCounts, layout.lang);
      add(kindCounts, layout.kind);
      if (q.includeNationwide) {
        nwc.forMuni += counts[layout.nationwide]!;
        nwc.forRegion += counts[layout.nationwide]!;
        nwc.exceptAlandForMuni += counts[layout.nationwide + 1]!;
        nwc.exceptAlandForRegion += counts[layout.nationwide + 1]!;
      }
    }
    if (everything) this.allCounts[q.includeNationwide ? 1 : 0] = c;

    // Sort: one number per match, its key in the high part and its record in the low part.
    const keys = new Float64Array(m);
    const near = q.near;
    let decode: (key: number) => number;
    if (q.sort === 'distance' && near) {
      // The haversine of `distanceKm` from each record's sines and cosines, computed once:
      // per record a few products and one `asin`, no trigonometry of the record's coordinates.
      const trig = this.trig();
      const sinLat = Math.sin(near.lat * RAD);
      const cosLat = Math.cos(near.lat * RAD);
      const sinLon = Math.sin(near.lon * RAD);
      const cosLon = Math.cos(near.lon * RAD);
      for (let i = 0; i < m; i++) {
        const r = matches[i]!;
        const t = 4 * r;
        let d = 2 ** 27;
        if (!Number.isNaN(this.lat[r]!)) {
          const cc = cosLat * trig[t + 1]!;
          const a = (1 - (cc + sinLat * trig[t]!) + cc * (1 - (cosLon * trig[t + 3]! + sinLon * trig[t + 2]!))) / 2;
          d = Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(Math.max(0, a)))) * 1000);
        }
        keys[i] = d * SHIFT + r;
      }
      decode = (key) => key % SHIFT;
    } else if (scores) {
      for (let i = 0; i < m; i++) keys[i] = (MAX_SCORE - scores[i]!) * SHIFT + matches[i]!;
      decode = (key) => key % SHIFT;
    } else {
      const { rank, order } = this.rankFor(q.lang);
      for (let i = 0; i < m; i++) keys[i] = rank[matches[i]!]!;
      decode = (key) => order[key]!;
    }
    const start = (q.page - 1) * q.pageSize;
    const top = smallest(keys, m, Math.min(m, start + q.pageSize));
    const items: ProviderHit[] = [];
    for (let i = start; i < top.length; i++) {
      const r = decode(top[i]!);
      const hit: ProviderHit = { provider: this.providers[r]! };
      if (near && !Number.isNaN(this.lat[r]!)) hit.distanceKm = distanceKm(near.lat, near.lon, this.lat[r]!, this.lon[r]!);
      if (text) hit.matched = this.matchedFields(r, text.words);
      items.push(hit);
    }

    const selected = (list: readonly string[], value: string) => list.includes(value);
    const facetList = (values: readonly string[], counts: Uint32Array, extra: (i: number) => number, chosen: readonly string[], label?: (i: number) => FacetCount['label']) => {
      const out: FacetCount[] = [];
      values.forEach((value, i) => {
        const c = counts[i]! + extra(i);
        if (c === 0 && !selected(chosen, value)) return;
        const l = label?.(i);
        out.push(l ? { value, count: c, label: l } : { value, count: c });
      });
      return out;
    };
    const alandRegion = this.regionIds.ids.get('21');
    const facets: ProviderFacets = {
      municipalities: facetList(
        this.municipalityIds.values,
        muniCounts,
        (i) => nwc.forMuni + (MUNICIPALITY_REGION[this.municipalityIds.values[i]!] === '21' ? 0 : nwc.exceptAlandForMuni),
        q.municipalities,
        (i) => this.municipalityNames[i],
      ).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
      regions: facetList(
        this.regionIds.values,
        regionCounts,
        (i) => nwc.forRegion + (i === alandRegion ? 0 : nwc.exceptAlandForRegion),
        q.regions,
        (i) => REGIONS[this.regionIds.values[i]!],
      ),
      forms: facetList(SUPPORT_FORMS, formCounts, () => 0, q.forms),
      languages: facetList(this.languageIds.values, langCounts, () => 0, q.languages).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
      kinds: facetList(PROVIDER_KINDS, kindCounts, () => 0, q.kinds),
    };
    const results: ProviderResults = { items, total: m, page: q.page, pageSize: q.pageSize, facets };
    if (searchedFor !== undefined && text!.ids.length > 0) results.searchedFor = searchedFor;
    return results;
  }

  private matchedFields(r: number, words: Set<number>): MatchField[] {
    const out: MatchField[] = [];
    (['name', 'address', 'description'] as const).forEach((field, f) => {
      for (let i = this.fieldOffsets[3 * r + f]!; i < this.fieldOffsets[3 * r + f + 1]!; i++) {
        if (words.has(this.fieldWords[i]!)) {
          out.push(field);
          return;
        }
      }
    });
    return out;
  }
}
