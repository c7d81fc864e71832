/**
 * Filters: which of the text's candidates (or of all records) pass the query's filters, with
 * the facet counts of the answer counted in the same pass. A query's filters become lookup
 * tables over the index's own ids and bit masks over its columns, so a record is judged by a
 * few array reads. A record that fails exactly one filter still counts in that filter's facet
 * (one bit per filter says which failed). An unfiltered answer takes shortcuts: every
 * candidate matches, and the counts of an empty query are kept.
 */
import { helsinkiTime } from '@auta/core/hours.js';
import { MUNICIPALITY_REGION } from '../geo.js';
import { isOpenAt } from '../open-now.js';
import type { NormalizedQuery } from '../query.js';
import type { Provider } from '../schema.js';
import { ACCESSIBILITY_FEATURES, AUDIENCES, PROVIDER_KINDS, SUPPORT_FORMS } from '../vocabulary.js';
import type { IndexColumns } from './columns.js';
import { FacetSlots, addSlotCounts, emptyCounts, type FacetCounts } from './facets.js';
import type { TextAnswer } from './text-match.js';

const BIT_MUNICIPALITY = 1;
const BIT_REGION = 2;
const BIT_FORMS = 4;
const BIT_LANGUAGES = 8;
const BIT_KINDS = 16;
const BIT_OTHER = 32;

/** The matches (record numbers, the first `m` of `matches`), their relevance when sorted by it, and the facet counts. */
export interface Matched {
  matches: Uint32Array;
  m: number;
  scores: Uint16Array | undefined;
  counts: FacetCounts;
}

/** A bit per value of `vocabulary` that `chosen` names. */
const maskOf = <T>(vocabulary: readonly T[], chosen: readonly T[]) => {
  let mask = 0;
  for (const v of chosen) mask |= 1 << vocabulary.indexOf(v);
  return mask;
};

/** One index's filtering, with what it makes on first use (facet slots, hours, the counts of an empty query). */
export class Filters {
  readonly facetSlots: FacetSlots;
  /** Per record, its week of hours as an id into `hoursTemplates`. */
  hoursTemplate: Uint32Array | undefined;
  hoursTemplates: Provider['serviceHours'][] = [];
  all: Uint32Array | undefined;
  /** The facet counts of an empty query, without and with nationwide providers. */
  readonly allCounts: Array<FacetCounts | undefined> = [];

  /** `mark` is zeroed scratch space of one byte per record, left zeroed. */
  constructor(
    private readonly c: IndexColumns,
    private readonly mark: Uint8Array,
  ) {
    this.facetSlots = new FacetSlots(c);
  }

  run(q: NormalizedQuery, text: TextAnswer | undefined): Matched {
    const c = this.c;
    const candidates = text?.ids;
    const count = candidates ? candidates.length : c.size;

    // Query filters as lookup tables over the index's own ids.
    const muniFlags = new Uint8Array(c.municipalityIds.values.length);
    const regionOfMuni = new Uint8Array(c.regionIds.values.length);
    let nonAlandMuni = false;
    for (const code of q.municipalities) {
      const id = c.municipalityIds.ids.get(code);
      if (id !== undefined) muniFlags[id] = 1;
      const region = MUNICIPALITY_REGION[code];
      if (region !== '21') nonAlandMuni = true;
      // Every region has an id from the start (columns.ts).
      if (region) regionOfMuni[c.regionIds.ids.get(region)!] = 1;
    }
    const regionFlags = new Uint8Array(c.regionIds.values.length);
    let nonAlandRegion = false;
    for (const code of q.regions) {
      const id = c.regionIds.ids.get(code);
      if (id !== undefined) regionFlags[id] = 1;
      if (code !== '21') nonAlandRegion = true;
    }
    const langFlags = new Uint8Array(c.languageIds.values.length);
    for (const l of q.languages) {
      const id = c.languageIds.ids.get(l);
      if (id !== undefined) langFlags[id] = 1;
    }
    const formMask = maskOf(SUPPORT_FORMS, q.forms);
    const kindMask = maskOf(PROVIDER_KINDS, q.kinds);
    const audienceMask = maskOf(AUDIENCES, q.audience);
    const accessMask = maskOf(ACCESSIBILITY_FEATURES, q.accessibility);
    const openAt = q.openNow ? this.openNowCheck(q) : undefined;

    const { offsets: mo, values: mv } = c.municipalities;
    const { offsets: ro, values: rv } = c.regions;
    const { offsets: so, values: sv } = c.servedRegions;
    const { offsets: lo, values: lv } = c.languages;
    const hasMuni = q.municipalities.length > 0;
    const hasRegion = q.regions.length > 0;
    const hasLang = q.languages.length > 0;

    const unfiltered = !hasMuni && !hasRegion && !formMask && !hasLang && !kindMask && !audienceMask && !accessMask && !q.free && !openAt;
    // No words and no filters: every record matches, and the facets only depend on
    // `includeNationwide`, so they are counted once.
    const everything = !text && unfiltered;
    const cached = everything ? this.allCounts[q.includeNationwide ? 1 : 0] : undefined;
    if (cached) return { matches: this.everyRecord(), m: count, scores: undefined, counts: cached };
    const fc = emptyCounts(c);
    const { muni: muniCounts, region: regionCounts, form: formCounts, lang: langCounts, kind: kindCounts, nationwide: nwc } = fc;

    const matches = new Uint32Array(count);
    const scores = text && q.sort === 'relevance' ? new Uint16Array(count) : undefined;
    let m = 0;
    // A match counts in every facet: one pass over its facet slots.
    const { offsets, values, layout } = this.facetSlots.get();
    let counts = new Uint32Array(layout.size);
    if (unfiltered) {
      // Every candidate matches.
      if (!candidates || count * 2 <= c.size) {
        for (let i = 0; i < count; i++) {
          const r = candidates ? candidates[i]! : i;
          if (scores) scores[m] = text!.scores[i]!;
          matches[m++] = r;
          for (let j = offsets[r]!; j < offsets[r + 1]!; j++) counts[values[j]!]!++;
        }
      } else {
        // Most records match: the whole set's counts less those of the records that do not.
        counts = this.facetSlots.total().slice();
        const mark = this.mark;
        for (let i = 0; i < count; i++) {
          const r = candidates[i]!;
          if (scores) scores[m] = text!.scores[i]!;
          matches[m++] = r;
          mark[r] = 1;
        }
        for (let r = 0; r < c.size; r++) {
          if (mark[r]) mark[r] = 0;
          else for (let j = offsets[r]!; j < offsets[r + 1]!; j++) counts[values[j]!]!--;
        }
      }
    }
    for (let i = 0; i < count && !unfiltered; i++) {
      const r = candidates ? candidates[i]! : i;
      let fail = 0;
      const nw = c.nationwide[r]!;
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
      if (formMask && (c.forms[r]! & formMask) === 0) fail |= BIT_FORMS;
      if (hasLang) {
        let hit = false;
        for (let j = lo[r]!; j < lo[r + 1]! && !hit; j++) hit = langFlags[lv[j]!] === 1;
        if (!hit) fail |= BIT_LANGUAGES;
      }
      if (kindMask && ((1 << c.kind[r]!) & kindMask) === 0) fail |= BIT_KINDS;
      if (audienceMask && (c.audience[r]! & audienceMask) === 0) fail |= BIT_OTHER;
      if (accessMask && (c.access[r]! & accessMask) !== accessMask) fail |= BIT_OTHER;
      if (q.free && c.free[r] === 0) fail |= BIT_OTHER;
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
        const f = c.forms[r]!;
        for (let b = 0; b < SUPPORT_FORMS.length; b++) if (f & (1 << b)) formCounts[b]!++;
      }
      if ((fail & ~BIT_LANGUAGES) === 0) for (let j = lo[r]!; j < lo[r + 1]!; j++) langCounts[lv[j]!]!++;
      if ((fail & ~BIT_KINDS) === 0) kindCounts[c.kind[r]!]!++;
    }
    addSlotCounts(fc, counts, layout, q.includeNationwide);
    if (everything) this.allCounts[q.includeNationwide ? 1 : 0] = fc;
    return { matches, m, scores, counts: fc };
  }

  private everyRecord(): Uint32Array {
    if (!this.all) {
      this.all = new Uint32Array(this.c.size);
      for (let r = 0; r < this.c.size; r++) this.all[r] = r;
    }
    return this.all;
  }

  /** Whether record `r` is open at the query's time. */
  private openNowCheck(q: NormalizedQuery): (r: number) => boolean {
    const c = this.c;
    if (!this.hoursTemplate) {
      // Providers often share hours (a city's branches): each distinct week is judged once.
      const ids = new Map<string, number>();
      this.hoursTemplate = new Uint32Array(c.size);
      for (let r = 0; r < c.size; r++) {
        const hours = c.providers[r]!.serviceHours;
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
}
