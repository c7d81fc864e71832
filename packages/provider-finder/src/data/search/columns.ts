/**
 * Building the index: one frozen structure of columns over the records, made once by
 * `buildColumns` and only read after. Per record, in typed arrays: its kind, forms,
 * audiences and accessibility features as bits, free of charge, nationwide or not, its
 * location; its municipalities, regions, served regions and languages as lists of small ids
 * (two typed arrays each); and the text columns (`text-columns.ts`). Columns, not objects:
 * a search walks a few arrays of numbers instead of the records, and the memory is what the
 * arrays hold.
 */
import { MUNICIPALITY_REGION, REGIONS } from '../geo.js';
import type { Provider } from '../schema.js';
import { ACCESSIBILITY_FEATURES, AUDIENCES, PROVIDER_KINDS, SUPPORT_FORMS } from '../vocabulary.js';
import { buildTextColumns, type TextColumns } from './text-columns.js';

/** Two-level lists (record → values) in two typed arrays. */
export interface Csr {
  readonly offsets: Uint32Array;
  readonly values: Uint16Array;
}

/** Fills a `Csr` record by record, in order: `add` to the current record, `end` it. */
export class CsrBuilder {
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
    return Object.freeze({ offsets: this.offsets, values: this.values.slice(0, this.used) });
  }
}

/** Codes (municipality, region, language) as small ids: `values[id]` is the code, `ids` the way back. */
export interface Codes {
  readonly ids: ReadonlyMap<string, number>;
  readonly values: readonly string[];
}

class Interner implements Codes {
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
  done(): Codes {
    return Object.freeze({ ids: this.ids, values: Object.freeze(this.values) });
  }
}

export interface IndexColumns {
  readonly providers: readonly Provider[];
  readonly size: number;
  /** Record of each id (the first, when an id repeats). */
  readonly byId: ReadonlyMap<string, number>;
  readonly text: TextColumns;
  /** Place in `PROVIDER_KINDS`. */
  readonly kind: Uint8Array;
  /** Bit i: `SUPPORT_FORMS[i]`. */
  readonly forms: Uint16Array;
  /** Bit i: `AUDIENCES[i]`. */
  readonly audience: Uint16Array;
  /** Bit i: `ACCESSIBILITY_FEATURES[i]`. */
  readonly access: Uint8Array;
  readonly free: Uint8Array;
  /** 0 local, 1 nationwide, 2 nationwide except Åland. */
  readonly nationwide: Uint8Array;
  /** Degrees; NaN where the record has no location. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** By address and by served municipality. */
  readonly municipalities: Csr;
  /** Regions of those municipalities, and served regions. */
  readonly regions: Csr;
  /** Regions served by `areas` alone: every municipality in them counts. */
  readonly servedRegions: Csr;
  readonly languages: Csr;
  readonly municipalityIds: Codes;
  /** Every region code first, in code order, so facet output needs no sorting. */
  readonly regionIds: Codes;
  readonly languageIds: Codes;
  /** Name of each municipality id, as the data gives it. */
  readonly municipalityNames: ReadonlyArray<Provider['name'] | undefined>;
}

/** The columns of `providers` (kept as given: the index answers with these records). */
export function buildColumns(providers: readonly Provider[]): IndexColumns {
  const n = providers.length;
  const byId = new Map<string, number>();
  const kind = new Uint8Array(n);
  const forms = new Uint16Array(n);
  const audience = new Uint16Array(n);
  const access = new Uint8Array(n);
  const free = new Uint8Array(n);
  const nationwide = new Uint8Array(n);
  const lat = new Float64Array(n).fill(NaN);
  const lon = new Float64Array(n).fill(NaN);
  const munis = new CsrBuilder(n);
  const regions = new CsrBuilder(n);
  const served = new CsrBuilder(n);
  const langs = new CsrBuilder(n);
  const municipalityIds = new Interner();
  const regionIds = new Interner();
  const languageIds = new Interner();
  const municipalityNames: Array<Provider['name'] | undefined> = [];
  for (const code of Object.keys(REGIONS)) regionIds.id(code);
  const text = buildTextColumns(providers);

  for (let r = 0; r < n; r++) {
    const p = providers[r]!;
    if (!byId.has(p.id)) byId.set(p.id, r);
    kind[r] = PROVIDER_KINDS.indexOf(p.kind);
    let mask = 0;
    for (const f of p.supportForms) mask |= 1 << SUPPORT_FORMS.indexOf(f);
    forms[r] = mask;
    mask = 0;
    for (const a of p.audience ?? []) mask |= 1 << AUDIENCES.indexOf(a);
    audience[r] = mask;
    mask = 0;
    if (p.accessibility) for (let i = 0; i < ACCESSIBILITY_FEATURES.length; i++) if (p.accessibility[ACCESSIBILITY_FEATURES[i]!] === true) mask |= 1 << i;
    access[r] = mask;
    free[r] = p.free === true ? 1 : 0;
    nationwide[r] = p.areaType === 'Nationwide' ? 1 : p.areaType === 'NationwideExceptAlandIslands' ? 2 : 0;

    // The location: the first address with coordinates, a visiting address before a postal one.
    let located: (typeof p.addresses & object)[number] | undefined;
    for (const a of p.addresses ?? []) {
      if (a.latitude !== undefined && (!located || (a.type === 'Location' && located.type !== 'Location'))) located = a;
      if (!a.municipality) continue;
      const id = municipalityIds.id(a.municipality.code);
      municipalityNames[id] ??= a.municipality.name;
      munis.add(id);
      const region = MUNICIPALITY_REGION[a.municipality.code];
      if (region) regions.add(regionIds.id(region));
    }
    if (located) {
      lat[r] = located.latitude!;
      lon[r] = located.longitude!;
    }
    for (const area of p.areas ?? []) {
      if (area.type === 'Municipality') {
        const id = municipalityIds.id(area.code);
        if (area.name) municipalityNames[id] ??= area.name;
        munis.add(id);
        const region = MUNICIPALITY_REGION[area.code];
        if (region) regions.add(regionIds.id(region));
      } else if (area.type === 'Region') {
        const id = regionIds.id(area.code);
        regions.add(id);
        served.add(id);
      }
    }
    for (const l of p.languages) langs.add(languageIds.id(l));
    munis.end();
    regions.end();
    served.end();
    langs.end();
  }
  return Object.freeze({
    providers,
    size: n,
    byId,
    text,
    kind,
    forms,
    audience,
    access,
    free,
    nationwide,
    lat,
    lon,
    municipalities: munis.done(),
    regions: regions.done(),
    servedRegions: served.done(),
    languages: langs.done(),
    municipalityIds: municipalityIds.done(),
    regionIds: regionIds.done(),
    languageIds: languageIds.done(),
    municipalityNames: Object.freeze(municipalityNames),
  });
}
