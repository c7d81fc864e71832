/**
 * Facets: how many matches each filter value would have. A match counts in every facet, so
 * each record's facet values are laid out once as slots in one counter array
 * (municipalities, regions, forms, languages, kind, then nationwide and
 * nationwide-except-Åland) and a match adds one to each of its slots. A record that fails
 * one filter only still counts in that filter's own facet (`filters.ts` counts those), so a
 * chosen value never hides the others.
 */
import { MUNICIPALITY_REGION, REGIONS } from '../geo.js';
import type { FacetCount, NormalizedQuery, ProviderFacets } from '../query.js';
import { PROVIDER_KINDS, SUPPORT_FORMS } from '../vocabulary.js';
import { CsrBuilder, type Csr, type IndexColumns } from './columns.js';

/** Counts per facet value, by the index's own ids; `nationwide` counts nationwide records that a place filter lets in. */
export interface FacetCounts {
  muni: Uint32Array;
  region: Uint32Array;
  form: Uint32Array;
  lang: Uint32Array;
  kind: Uint32Array;
  nationwide: { forMuni: number; forRegion: number; exceptAlandForMuni: number; exceptAlandForRegion: number };
}

/** Where each facet's slots start in the counter array, and its length. */
export interface SlotLayout {
  region: number;
  form: number;
  lang: number;
  kind: number;
  nationwide: number;
  size: number;
}

export function emptyCounts(c: IndexColumns): FacetCounts {
  return {
    muni: new Uint32Array(c.municipalityIds.values.length),
    region: new Uint32Array(c.regionIds.values.length),
    form: new Uint32Array(SUPPORT_FORMS.length),
    lang: new Uint32Array(c.languageIds.values.length),
    kind: new Uint32Array(PROVIDER_KINDS.length),
    nationwide: { forMuni: 0, forRegion: 0, exceptAlandForMuni: 0, exceptAlandForRegion: 0 },
  };
}

/** Per record, the facet slots it counts for when nothing filters; made on first use. */
export class FacetSlots {
  slots: (Csr & { layout: SlotLayout }) | undefined;
  totals: Uint32Array | undefined;

  constructor(private readonly c: IndexColumns) {}

  get(): Csr & { layout: SlotLayout } {
    if (this.slots) return this.slots;
    const c = this.c;
    const region = c.municipalityIds.values.length;
    const form = region + c.regionIds.values.length;
    const lang = form + SUPPORT_FORMS.length;
    const kind = lang + c.languageIds.values.length;
    const nationwide = kind + PROVIDER_KINDS.length;
    const slots = new CsrBuilder(c.size);
    const add = (from: number, csr: Csr, r: number) => {
      for (let j = csr.offsets[r]!; j < csr.offsets[r + 1]!; j++) slots.add(from + csr.values[j]!);
    };
    for (let r = 0; r < c.size; r++) {
      add(0, c.municipalities, r);
      add(region, c.regions, r);
      for (let b = 0; b < SUPPORT_FORMS.length; b++) if (c.forms[r]! & (1 << b)) slots.add(form + b);
      add(lang, c.languages, r);
      slots.add(kind + c.kind[r]!);
      if (c.nationwide[r]) slots.add(nationwide + c.nationwide[r]! - 1);
      slots.end();
    }
    return (this.slots = { ...slots.done(), layout: { region, form, lang, kind, nationwide, size: nationwide + 2 } });
  }

  /** The slot counts of the whole set. */
  total(): Uint32Array {
    if (!this.totals) {
      const { offsets, values, layout } = this.get();
      this.totals = new Uint32Array(layout.size);
      for (let j = 0; j < offsets[this.c.size]!; j++) this.totals[values[j]!]!++;
    }
    return this.totals;
  }
}

/** Adds the slot counts of the matches (`counts`, laid out as `layout`) to the per-facet counts. */
export function addSlotCounts(c: FacetCounts, counts: Uint32Array, layout: SlotLayout, includeNationwide: boolean): void {
  const add = (to: Uint32Array, from: number) => {
    for (let i = 0; i < to.length; i++) to[i]! += counts[from + i]!;
  };
  add(c.muni, 0);
  add(c.region, layout.region);
  add(c.form, layout.form);
  add(c.lang, layout.lang);
  add(c.kind, layout.kind);
  if (includeNationwide) {
    c.nationwide.forMuni += counts[layout.nationwide]!;
    c.nationwide.forRegion += counts[layout.nationwide]!;
    c.nationwide.exceptAlandForMuni += counts[layout.nationwide + 1]!;
    c.nationwide.exceptAlandForRegion += counts[layout.nationwide + 1]!;
  }
}

const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || (a.value < b.value ? -1 : 1);

/**
 * The facets of an answer: each value with its count, values with no match left out unless
 * chosen; municipalities and languages most matches first, regions, forms and kinds in
 * their fixed order. Nationwide records count for every place (not Åland when they leave it out).
 */
export function facetLists(c: IndexColumns, counts: FacetCounts, q: NormalizedQuery): ProviderFacets {
  const nwc = counts.nationwide;
  const list = (values: readonly string[], n: Uint32Array, extra: (i: number) => number, chosen: readonly string[], label?: (i: number) => FacetCount['label']) => {
    const out: FacetCount[] = [];
    values.forEach((value, i) => {
      const count = n[i]! + extra(i);
      if (count === 0 && !chosen.includes(value)) return;
      const l = label?.(i);
      out.push(l ? { value, count, label: l } : { value, count });
    });
    return out;
  };
  const municipalities = c.municipalityIds.values;
  const regions = c.regionIds.values;
  const alandRegion = c.regionIds.ids.get('21');
  return {
    municipalities: list(
      municipalities,
      counts.muni,
      (i) => nwc.forMuni + (MUNICIPALITY_REGION[municipalities[i]!] === '21' ? 0 : nwc.exceptAlandForMuni),
      q.municipalities,
      (i) => c.municipalityNames[i],
    ).sort(byCount),
    regions: list(regions, counts.region, (i) => nwc.forRegion + (i === alandRegion ? 0 : nwc.exceptAlandForRegion), q.regions, (i) => REGIONS[regions[i]!]),
    forms: list(SUPPORT_FORMS, counts.form, () => 0, q.forms),
    languages: list(c.languageIds.values, counts.lang, () => 0, q.languages).sort(byCount),
    kinds: list(PROVIDER_KINDS, counts.kind, () => 0, q.kinds),
  };
}
