/**
 * Ranking: the page of an answer in its order. Sorting never calls a comparator over all
 * matches: each match gets one number that encodes its sort key and its record (relevance,
 * distance in metres, or its place in the collated name order of the query's language) and
 * the page is picked by a bounded heap. The name order and each record's sines and cosines
 * are made on first use and kept.
 */
import { pickText } from '@auta/core';
import { EARTH_RADIUS_KM, RAD, distanceKm } from '../geo.js';
import type { MatchField, NormalizedQuery, ProviderHit, QueryLang } from '../query.js';
import type { IndexColumns } from './columns.js';

const MAX_SCORE = 1 << 20;
/** A key's record in the low part: below 2^24 records, key × SHIFT + record is exact in a double. */
const SHIFT = 2 ** 24;

/** The `k` smallest of `keys[0..m)`, ascending, without sorting all of them when `k` is small. */
export function smallest(keys: Float64Array, m: number, k: number): Float64Array {
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

/**
 * A primary sort key that orders like `Intl.Collator(lang)` for names: a–z; in Finnish and
 * Swedish å, ä, ö after z (æ with ä, ø with ö, ü with y); other accents on the base
 * letter; spaces and punctuation before digits before letters. Names with equal keys are
 * ordered by the collator itself, so the collator has the last word.
 */
export function collationKey(name: string, lang: QueryLang): string {
  let s = name.toLocaleLowerCase(lang === 'en' ? 'en' : lang).normalize('NFC');
  if (lang !== 'en') s = s.replace(/[åäöæøü]/g, (c) => ({ å: '{', ä: '|', æ: '|', ö: '}', ø: '}', ü: 'y' })[c] ?? c);
  s = s.normalize('NFD').replace(/\p{M}+/gu, '');
  return s.replace(/\s+/g, ' ').replace(/[^\p{L}\p{N} {|}]/gu, '!');
}

/** One index's ordering, with the name orders and the trigonometry it makes on first use. */
export class Ranking {
  readonly ranks = new Map<QueryLang, { rank: Uint32Array; order: Uint32Array }>();
  trigTable: Float64Array | undefined;

  constructor(private readonly c: IndexColumns) {}

  /**
   * The hits of the query's page among `matches[0..m)` (with `scores` when sorted by
   * relevance), each with its distance when the query has a point and what matched when
   * `matched` is given.
   */
  page(q: NormalizedQuery, matches: Uint32Array, m: number, scores: Uint16Array | undefined, matched?: (r: number) => MatchField[]): ProviderHit[] {
    const { lat, lon, providers } = this.c;
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
        if (!Number.isNaN(lat[r]!)) {
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
      const hit: ProviderHit = { provider: providers[r]! };
      if (near && !Number.isNaN(lat[r]!)) hit.distanceKm = distanceKm(near.lat, near.lon, lat[r]!, lon[r]!);
      if (matched) hit.matched = matched(r);
      items.push(hit);
    }
    return items;
  }

  /** Per record: sine and cosine of latitude, then of longitude (radians), made on first use. */
  private trig(): Float64Array {
    if (!this.trigTable) {
      const { lat, lon, size } = this.c;
      const t = (this.trigTable = new Float64Array(4 * size));
      for (let r = 0; r < size; r++) {
        t[4 * r] = Math.sin(lat[r]! * RAD);
        t[4 * r + 1] = Math.cos(lat[r]! * RAD);
        t[4 * r + 2] = Math.sin(lon[r]! * RAD);
        t[4 * r + 3] = Math.cos(lon[r]! * RAD);
      }
    }
    return this.trigTable;
  }

  /** Each record's place in the name order of `lang` (`rank`) and the records in that order (`order`). */
  private rankFor(lang: QueryLang): { rank: Uint32Array; order: Uint32Array } {
    let entry = this.ranks.get(lang);
    if (entry) return entry;
    const n = this.c.size;
    const names = this.c.providers.map((p) => pickText(p.name, lang)?.text ?? '');
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
}
