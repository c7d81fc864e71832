/**
 * `ProviderIndex`: free-text search, filters, facets and sorting over providers in memory.
 *
 * Text: every provider has one folded "haystack" string (names in all languages, then
 * address words, then the description). A query word matches when it occurs anywhere in
 * it, also inside a compound (`kirjasto` in `paakirjasto`), so the answer is exactly that
 * of a folded substring scan. To avoid scanning, an n-gram index narrows the candidates
 * first: trigrams (bigrams for two-letter words) of every word, with the posting lists of
 * all grams in one `Uint32Array` (CSR layout: counted, then filled; no per-gram arrays).
 * A query word takes the two rarest of its grams, intersects them, and the survivors are
 * verified with `includes`.
 *
 * Sorting never calls a comparator over all matches: each match gets one number that
 * encodes its sort key and its position, and the page is picked by a bounded heap.
 */
import { helsinkiTime, pickText } from '@auta/core';
import { foldText, queryTokens } from './fold.js';
import { MUNICIPALITY_REGION, REGIONS, distanceKm } from './geo.js';
import { isOpenAt } from './open-now.js';
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
import { ACCESSIBILITY_FEATURES, AUDIENCES, PROVIDER_KINDS, SUPPORT_FORMS, type Provider } from './schema.js';

/* ---------- grams ---------- */

const TRIGRAMS = 1 << 18;
const GRAMS = TRIGRAMS + (1 << 12);
/** Folded character → 6-bit code: 0 separates words, 1–36 are a–z and 0–9, others share 37–63. */
const CODE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if (c >= 97 && c <= 122) CODE[c] = c - 96;
  else if (c >= 48 && c <= 57) CODE[c] = c - 48 + 27;
  else if (c === 32) CODE[c] = 0;
  else CODE[c] = 37 + (c % 27);
}

/** Distinct gram ids of one query word: trigrams, or the bigram of a two-letter word. */
function wordGrams(word: string): number[] {
  const out = new Set<number>();
  if (word.length === 2) out.add(TRIGRAMS + (CODE[word.charCodeAt(0)]! << 6) + CODE[word.charCodeAt(1)]!);
  for (let i = 0; i + 2 < word.length; i++) {
    out.add((CODE[word.charCodeAt(i)]! << 12) + (CODE[word.charCodeAt(i + 1)]! << 6) + CODE[word.charCodeAt(i + 2)]!);
  }
  return [...out];
}

/**
 * Writes the distinct gram ids of a haystack into `out` and returns how many there are.
 * `last[g] === r` marks grams already seen in record `r`.
 */
function gramsOf(hay: string, r: number, last: Int32Array, out: Uint32Array): number {
  let n = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i < hay.length; i++) {
    const c = CODE[hay.charCodeAt(i)]!;
    if (c === 0) {
      a = b = 0;
      continue;
    }
    if (b !== 0) {
      const bi = TRIGRAMS + (b << 6) + c;
      if (last[bi] !== r) {
        last[bi] = r;
        out[n++] = bi;
      }
      if (a !== 0) {
        const tri = (a << 12) + (b << 6) + c;
        if (last[tri] !== r) {
          last[tri] = r;
          out[n++] = tri;
        }
      }
    }
    a = b;
    b = c;
  }
  return n;
}

/** Sorted intersection; gallops through the longer list when the lengths differ a lot. */
function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const x = a[i]!;
    if (b[j]! < x) {
      let step = 1;
      while (j + step < b.length && b[j + step]! < x) step *= 2;
      let lo = j + (step >> 1);
      let hi = Math.min(j + step, b.length - 1);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (b[j] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

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
    address.push(...texts(a.street), a.streetNumber, a.postalCode, ...texts(a.postOffice), ...texts(a.municipality.name));
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
function csr(lists: number[][]): Csr {
  const offsets = new Uint32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) offsets[i + 1] = offsets[i]! + lists[i]!.length;
  const values = new Uint16Array(offsets[lists.length]!);
  for (let i = 0; i < lists.length; i++) values.set(lists[i]!, offsets[i]);
  return { offsets, values };
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

export interface IndexStats {
  providers: number;
  /** Record numbers kept in gram lists. */
  postings: number;
  /** Frequent grams kept as bitsets. */
  bitsets: number;
  /** Bytes held by the index's typed arrays and strings (an estimate for strings). */
  bytes: number;
}

/**
 * An in-memory index over providers: build once (`new ProviderIndex(providers)`), then
 * `search` as often as needed. Runs in the browser, in Node and in workers.
 */
export class ProviderIndex {
  readonly providers: readonly Provider[];
  private readonly hays: string[];
  private readonly nameEnd: Uint32Array;
  private readonly addressEnd: Uint32Array;
  private readonly gramOffsets: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly gramCounts: Uint32Array;
  /** Bitset slot of a frequent gram, -1 for grams kept as lists. */
  private readonly denseSlot: Int32Array;
  private readonly bitsets: Uint32Array;
  /** 32-bit words in one bitset. */
  private readonly words: number;
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
  private hoursTemplates: Provider['serviceHours'][] = [];

  constructor(providers: readonly Provider[]) {
    this.providers = providers;
    const n = providers.length;
    this.hays = new Array<string>(n);
    this.nameEnd = new Uint32Array(n);
    this.addressEnd = new Uint32Array(n);
    this.kind = new Uint8Array(n);
    this.forms = new Uint16Array(n);
    this.audience = new Uint16Array(n);
    this.access = new Uint8Array(n);
    this.free = new Uint8Array(n);
    this.nationwide = new Uint8Array(n);
    this.lat = new Float64Array(n).fill(NaN);
    this.lon = new Float64Array(n).fill(NaN);
    const munis: number[][] = [];
    const regions: number[][] = [];
    const served: number[][] = [];
    const langs: number[][] = [];
    // Region ids follow the code order, so facet output needs no sorting.
    for (const code of Object.keys(REGIONS)) this.regionIds.id(code);

    for (let r = 0; r < n; r++) {
      const p = providers[r]!;
      if (!this.byId.has(p.id)) this.byId.set(p.id, r);
      const t = providerText(p);
      this.hays[r] = `${t.name} ${t.address} ${t.description}`;
      this.nameEnd[r] = t.name.length;
      this.addressEnd[r] = t.name.length + 1 + t.address.length;
      this.kind[r] = PROVIDER_KINDS.indexOf(p.kind);
      let mask = 0;
      for (const f of p.supportForms) mask |= 1 << SUPPORT_FORMS.indexOf(f);
      this.forms[r] = mask;
      mask = 0;
      for (const a of p.audience ?? []) mask |= 1 << AUDIENCES.indexOf(a);
      this.audience[r] = mask;
      mask = 0;
      ACCESSIBILITY_FEATURES.forEach((f, i) => {
        if (p.accessibility?.[f] === true) mask |= 1 << i;
      });
      this.access[r] = mask;
      this.free[r] = p.free === true ? 1 : 0;
      this.nationwide[r] = p.areaType === 'Nationwide' ? 1 : p.areaType === 'NationwideExceptAlandIslands' ? 2 : 0;

      const m: number[] = [];
      const reg: number[] = [];
      const srv: number[] = [];
      const add = (list: number[], id: number) => {
        if (!list.includes(id)) list.push(id);
      };
      const located = p.addresses?.find((a) => a.type === 'Location' && a.latitude !== undefined) ?? p.addresses?.find((a) => a.latitude !== undefined);
      if (located) {
        this.lat[r] = located.latitude!;
        this.lon[r] = located.longitude!;
      }
      for (const a of p.addresses ?? []) {
        const id = this.municipalityIds.id(a.municipality.code);
        this.municipalityNames[id] ??= a.municipality.name;
        add(m, id);
        const region = MUNICIPALITY_REGION[a.municipality.code];
        if (region) add(reg, this.regionIds.id(region));
      }
      for (const area of p.areas ?? []) {
        if (area.type === 'Municipality') {
          const id = this.municipalityIds.id(area.code);
          if (area.name) this.municipalityNames[id] ??= area.name;
          add(m, id);
          const region = MUNICIPALITY_REGION[area.code];
          if (region) add(reg, this.regionIds.id(region));
        } else if (area.type === 'Region') {
          const id = this.regionIds.id(area.code);
          add(reg, id);
          add(srv, id);
        }
      }
      munis.push(m);
      regions.push(reg);
      served.push(srv);
      langs.push(p.languages.map((l) => this.languageIds.id(l)));
    }
    this.municipalities = csr(munis);
    this.regions = csr(regions);
    this.servedRegions = csr(served);
    this.languages = csr(langs);

    // Grams: count, then fill. A gram in many records (`-ing`, `kir`) is cheaper as a
    // bitset (n/8 bytes) than as a list (4 bytes a record): from n/32 records on, it gets one.
    const counts = new Uint32Array(GRAMS);
    const last = new Int32Array(GRAMS).fill(-1);
    let buffer = new Uint32Array(1024);
    for (let r = 0; r < n; r++) {
      const hay = this.hays[r]!;
      if (buffer.length < hay.length * 2) buffer = new Uint32Array(hay.length * 2);
      const k = gramsOf(hay, r, last, buffer);
      for (let i = 0; i < k; i++) counts[buffer[i]!]!++;
    }
    this.words = (n + 31) >>> 5;
    const dense = Math.max(64, n >>> 5);
    this.denseSlot = new Int32Array(GRAMS).fill(-1);
    let slots = 0;
    this.gramOffsets = new Uint32Array(GRAMS + 1);
    for (let g = 0; g < GRAMS; g++) {
      let listed = counts[g]!;
      if (listed >= dense) {
        this.denseSlot[g] = slots++;
        listed = 0;
      }
      this.gramOffsets[g + 1] = this.gramOffsets[g]! + listed;
    }
    this.gramCounts = counts;
    this.bitsets = new Uint32Array(slots * this.words);
    this.postings = new Uint32Array(this.gramOffsets[GRAMS]!);
    const cursor = this.gramOffsets.slice(0, GRAMS);
    last.fill(-1);
    for (let r = 0; r < n; r++) {
      const k = gramsOf(this.hays[r]!, r, last, buffer);
      const word = r >>> 5;
      const bit = 1 << (r & 31);
      for (let i = 0; i < k; i++) {
        const g = buffer[i]!;
        const slot = this.denseSlot[g]!;
        if (slot >= 0) this.bitsets[slot * this.words + word]! |= bit;
        else this.postings[cursor[g]!++] = r;
      }
    }
  }

  get size(): number {
    return this.providers.length;
  }

  get(id: string): Provider | undefined {
    const r = this.byId.get(id);
    return r === undefined ? undefined : this.providers[r];
  }

  stats(): IndexStats {
    let chars = 0;
    for (const h of this.hays) chars += h.length;
    const typed = [
      this.nameEnd, this.addressEnd, this.gramOffsets, this.postings, this.gramCounts, this.denseSlot, this.bitsets, this.kind, this.forms, this.audience, this.access,
      this.free, this.nationwide, this.lat, this.lon,
      ...[this.municipalities, this.regions, this.servedRegions, this.languages].flatMap((c) => [c.offsets, c.values]),
    ].reduce((sum, a) => sum + a.byteLength, 0);
    return { providers: this.size, postings: this.postings.length, bitsets: this.bitsets.length / Math.max(1, this.words), bytes: typed + chars + this.hays.length * 16 };
  }

  /** Record numbers whose text holds every query word (the text part of a search), in record order. */
  textMatches(text: string): number[] {
    const tokens = queryTokens(text);
    const out: number[] = [];
    const candidates = this.candidates(tokens);
    const count = candidates ? candidates.length : this.size;
    for (let i = 0; i < count; i++) {
      const r = candidates ? candidates[i]! : i;
      if (tokens.every((t) => this.hays[r]!.includes(t))) out.push(r);
    }
    return out;
  }

  /**
   * Candidates for the words (a superset of the matches), or `undefined` for "every
   * record". The word whose rarest gram is rarest picks the candidates; every gram of every
   * word then narrows them (a bit test for frequent grams, a merge for listed ones).
   */
  private candidates(tokens: string[]): Uint32Array | undefined {
    const grams = tokens.filter((t) => t.length >= 2).map((t) => wordGrams(t).sort((a, b) => this.gramCounts[a]! - this.gramCounts[b]!));
    if (grams.length === 0) return undefined;
    for (const list of grams) if (this.gramCounts[list[0]!] === 0) return new Uint32Array(0);
    grams.sort((a, b) => this.gramCounts[a[0]!]! - this.gramCounts[b[0]!]!);
    const all = grams.flat();
    const first = all[0]!;
    let out: Uint32Array;
    const slot = this.denseSlot[first]!;
    if (slot < 0) {
      out = this.postings.subarray(this.gramOffsets[first]!, this.gramOffsets[first + 1]!);
    } else {
      // Every gram is frequent: AND the bitsets of all of them, then read out the bits.
      const acc = this.bitsets.slice(slot * this.words, (slot + 1) * this.words);
      for (const g of all) {
        const s = this.denseSlot[g]!;
        if (s < 0 || g === first) continue;
        const base = s * this.words;
        for (let w = 0; w < acc.length; w++) acc[w]! &= this.bitsets[base + w]!;
      }
      let count = 0;
      for (let w = 0; w < acc.length; w++) {
        let x = acc[w]!;
        while (x) {
          x &= x - 1;
          count++;
        }
      }
      out = new Uint32Array(count);
      let n = 0;
      for (let w = 0; w < acc.length; w++) {
        let x = acc[w]!;
        while (x) {
          const low = x & -x;
          out[n++] = (w << 5) + 31 - Math.clz32(low);
          x ^= low;
        }
      }
      return out;
    }
    for (const g of all) {
      if (g === first || out.length === 0) continue;
      const s = this.denseSlot[g]!;
      if (s < 0) {
        out = intersect(out, this.postings.subarray(this.gramOffsets[g]!, this.gramOffsets[g + 1]!));
      } else {
        const base = s * this.words;
        const kept = new Uint32Array(out.length);
        let n = 0;
        for (let i = 0; i < out.length; i++) {
          const r = out[i]!;
          if (this.bitsets[base + (r >>> 5)]! & (1 << (r & 31))) kept[n++] = r;
        }
        out = kept.subarray(0, n);
      }
    }
    return out;
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
    const tokens = queryTokens(q.text);
    const candidates = tokens.length ? this.candidates(tokens) : undefined;
    const count = candidates ? candidates.length : this.size;
    // A two- or three-letter word of a–z and 0–9 is exactly one gram: the candidates (every
    // gram of every word narrowed them) already hold it, no need to look again.
    const verify = tokens.filter((t) => t.length < 2 || t.length > 3 || !/^[a-z0-9]+$/.test(t));

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

    const muniCounts = new Uint32Array(this.municipalityIds.values.length);
    const regionCounts = new Uint32Array(this.regionIds.values.length);
    const formCounts = new Uint32Array(SUPPORT_FORMS.length);
    const langCounts = new Uint32Array(this.languageIds.values.length);
    const kindCounts = new Uint32Array(PROVIDER_KINDS.length);
    let nationwideForMuni = 0;
    let nationwideForRegion = 0;
    let nationwideExceptAlandForMuni = 0;
    let nationwideExceptAlandForRegion = 0;

    const matches = new Uint32Array(count);
    let m = 0;
    for (let i = 0; i < count; i++) {
      const r = candidates ? candidates[i]! : i;
      if (verify.length) {
        const hay = this.hays[r]!;
        let ok = true;
        for (const t of verify) {
          if (!hay.includes(t)) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
      }
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
      if (fail === 0) matches[m++] = r;

      if ((fail & ~BIT_MUNICIPALITY) === 0) {
        for (let j = mo[r]!; j < mo[r + 1]!; j++) muniCounts[mv[j]!]!++;
        if (q.includeNationwide && nw === 1) nationwideForMuni++;
        if (q.includeNationwide && nw === 2) nationwideExceptAlandForMuni++;
      }
      if ((fail & ~BIT_REGION) === 0) {
        for (let j = ro[r]!; j < ro[r + 1]!; j++) regionCounts[rv[j]!]!++;
        if (q.includeNationwide && nw === 1) nationwideForRegion++;
        if (q.includeNationwide && nw === 2) nationwideExceptAlandForRegion++;
      }
      if ((fail & ~BIT_FORMS) === 0) {
        const f = this.forms[r]!;
        for (let b = 0; b < SUPPORT_FORMS.length; b++) if (f & (1 << b)) formCounts[b]!++;
      }
      if ((fail & ~BIT_LANGUAGES) === 0) for (let j = lo[r]!; j < lo[r + 1]!; j++) langCounts[lv[j]!]!++;
      if ((fail & ~BIT_KINDS) === 0) kindCounts[this.kind[r]!]!++;
    }

    // Sort: one number per match, its key in the high part and its record in the low part.
    const keys = new Float64Array(m);
    const near = q.near;
    let decode: (key: number) => number;
    if (q.sort === 'distance' && near) {
      for (let i = 0; i < m; i++) {
        const r = matches[i]!;
        const d = Number.isNaN(this.lat[r]!) ? 2 ** 27 : Math.round(distanceKm(near.lat, near.lon, this.lat[r]!, this.lon[r]!) * 1000);
        keys[i] = d * SHIFT + r;
      }
      decode = (key) => key % SHIFT;
    } else if (q.sort === 'relevance' && tokens.length) {
      for (let i = 0; i < m; i++) {
        const r = matches[i]!;
        keys[i] = (MAX_SCORE - this.score(r, tokens)) * SHIFT + r;
      }
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
      if (tokens.length) hit.matched = this.matchedFields(r, tokens);
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
        (i) => nationwideForMuni + (MUNICIPALITY_REGION[this.municipalityIds.values[i]!] === '21' ? 0 : nationwideExceptAlandForMuni),
        q.municipalities,
        (i) => this.municipalityNames[i],
      ).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
      regions: facetList(
        this.regionIds.values,
        regionCounts,
        (i) => nationwideForRegion + (i === alandRegion ? 0 : nationwideExceptAlandForRegion),
        q.regions,
        (i) => REGIONS[this.regionIds.values[i]!],
      ),
      forms: facetList(SUPPORT_FORMS, formCounts, () => 0, q.forms),
      languages: facetList(this.languageIds.values, langCounts, () => 0, q.languages).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
      kinds: facetList(PROVIDER_KINDS, kindCounts, () => 0, q.kinds),
    };
    return { items, total: m, page: q.page, pageSize: q.pageSize, facets };
  }

  /**
   * Relevance of a match: per word, the best place it was found — in the name above the
   * address above the description, at the start of a word above inside one, a whole word
   * a little higher still.
   */
  private score(r: number, tokens: string[]): number {
    const hay = this.hays[r]!;
    const nameEnd = this.nameEnd[r]!;
    const addressEnd = this.addressEnd[r]!;
    let total = 0;
    for (const t of tokens) {
      let best = 0;
      let pos = hay.indexOf(t);
      while (pos >= 0) {
        const field = pos < nameEnd ? 3 : pos < addressEnd ? 2 : 1;
        // Later hits are in the same or a lower field: stop when none can do better.
        if (field * 30 + 15 <= best) break;
        const start = pos === 0 || hay.charCodeAt(pos - 1) === 32;
        const end = pos + t.length === hay.length || hay.charCodeAt(pos + t.length) === 32;
        const s = field * 30 + (start ? 10 : 0) + (start && end ? 5 : 0);
        if (s > best) best = s;
        if (best >= 105) break;
        pos = hay.indexOf(t, pos + 1);
      }
      total += best;
    }
    return total;
  }

  private matchedFields(r: number, tokens: string[]): MatchField[] {
    const hay = this.hays[r]!;
    const nameEnd = this.nameEnd[r]!;
    const addressEnd = this.addressEnd[r]!;
    const name = hay.slice(0, nameEnd);
    const address = hay.slice(nameEnd + 1, addressEnd);
    const description = hay.slice(addressEnd + 1);
    const out: MatchField[] = [];
    if (tokens.some((t) => name.includes(t))) out.push('name');
    if (tokens.some((t) => address.includes(t))) out.push('address');
    if (tokens.some((t) => description.includes(t))) out.push('description');
    return out;
  }
}
