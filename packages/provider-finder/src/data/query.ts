/**
 * The query a finder sends to a `ProviderSource`, the answer it gets, and their encoding
 * as URL parameters (the remote protocol; see docs/data/protocol.md). In-memory and remote
 * sources read the same `ProviderQuery` and answer the same `ProviderResults`.
 */
import type { LocalizedText } from '@auta/core';
import type { Provider } from './schema.js';
import {
  ACCESSIBILITY_FEATURES,
  AUDIENCES,
  PROVIDER_KINDS,
  SUPPORT_FORMS,
  type AccessibilityFeature,
  type Audience,
  type ProviderKind,
  type SupportForm,
} from './vocabulary.js';

export type ProviderSort = 'relevance' | 'name' | 'distance';
export type QueryLang = 'fi' | 'sv' | 'en';

/**
 * What to look for. Every field is optional; an empty query lists every provider.
 * Within one filter the values are alternatives (any of the chosen forms); different
 * filters narrow together (form AND language AND …). Accessibility features are all
 * required together (step-free AND induction loop).
 */
export interface ProviderQuery {
  /** Free text; several words narrow (all must be found). Case and diacritics do not matter. */
  text?: string;
  /** Municipality codes (`091`): providers with an address there or serving it by `areas`. */
  municipalities?: readonly string[];
  /** Region codes (`01`–`21`): by address municipality or by `areas`. */
  regions?: readonly string[];
  /** With a municipality or region filter, also list nationwide providers (phone, chat …). */
  includeNationwide?: boolean;
  forms?: readonly SupportForm[];
  /** Language codes (`fi`, `sv`, `se`, `fse` …). */
  languages?: readonly string[];
  kinds?: readonly ProviderKind[];
  audience?: readonly Audience[];
  accessibility?: readonly AccessibilityFeature[];
  /** Only providers whose help is free of charge. */
  free?: boolean;
  /** Only providers open at `now` (Finnish time). */
  openNow?: boolean;
  /** The moment "open now" is judged at; default the current time. */
  now?: Date;
  /** Default `relevance` with text, else `name`; `distance` needs `near`. */
  sort?: ProviderSort;
  /** A point (WGS84) to measure distances from. */
  near?: { lat: number; lon: number };
  /** UI language: name collation and the name that sorting reads. Default `fi`, also for Northern Sámi (`se`). */
  lang?: QueryLang | 'se';
  /** 1-based page number; default 1. */
  page?: number;
  /** Results per page, 1–100; default 20. */
  pageSize?: number;
}

/** Where the query's words were found. */
export type MatchField = 'name' | 'address' | 'description';

export interface ProviderHit {
  provider: Provider;
  /** Distance from `near`, when the query has a point and the provider has coordinates. */
  distanceKm?: number;
  /** Where the words were found, when the query had text. */
  matched?: MatchField[];
}

export interface FacetCount {
  value: string;
  count: number;
  /** A name for the value, from the data (municipalities) or the built-in tables (regions). */
  label?: LocalizedText;
}

/**
 * Counts for the filter UI. Each facet counts the providers that match the text and every
 * other filter, so the choices of one filter are not hidden by that same filter.
 */
export interface ProviderFacets {
  municipalities: FacetCount[];
  regions: FacetCount[];
  forms: FacetCount[];
  languages: FacetCount[];
  kinds: FacetCount[];
}

export interface ProviderResults {
  items: ProviderHit[];
  /** How many providers match in all. */
  total: number;
  page: number;
  pageSize: number;
  facets: ProviderFacets;
  /**
   * The query as searched, when a word of it was found nowhere and the spelling one edit
   * away that the data holds was searched instead (`kirjsto` → `kirjasto`): folded words,
   * e.g. `kirjasto tampere`. Absent when every word was searched as typed.
   */
  searchedFor?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_TEXT_LENGTH = 200;

/** A query with defaults applied and values checked; what the index reads. */
export interface NormalizedQuery {
  text: string;
  municipalities: string[];
  regions: string[];
  includeNationwide: boolean;
  forms: SupportForm[];
  languages: string[];
  kinds: ProviderKind[];
  audience: Audience[];
  accessibility: AccessibilityFeature[];
  free: boolean;
  openNow: boolean;
  now: Date;
  sort: ProviderSort;
  near: { lat: number; lon: number } | undefined;
  lang: QueryLang;
  page: number;
  pageSize: number;
}

/** A query the protocol cannot take: which parameter, and why. */
export class ProviderQueryError extends Error {
  override name = 'ProviderQueryError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
  }
}

const pick = <T extends string>(values: readonly unknown[] | undefined, allowed: readonly T[], name: string, strict: boolean): T[] => {
  const out: T[] = [];
  for (const x of values ?? []) {
    if ((allowed as readonly unknown[]).includes(x)) {
      if (!out.includes(x as T)) out.push(x as T);
    } else if (strict) throw new ProviderQueryError(name, `unknown value ${JSON.stringify(String(x)).slice(0, 40)}; allowed: ${allowed.join(', ')}`);
  }
  return out;
};

const codes = (values: readonly unknown[] | undefined, pattern: RegExp, name: string, strict: boolean): string[] => {
  const out: string[] = [];
  for (const x of values ?? []) {
    if (typeof x === 'string' && pattern.test(x)) {
      if (!out.includes(x)) out.push(x);
    } else if (strict) throw new ProviderQueryError(name, `${JSON.stringify(String(x)).slice(0, 40)} is not a valid code`);
  }
  return out.slice(0, 400);
};

const int = (value: unknown, fallback: number, min: number, max: number, name: string, strict: boolean): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  if (strict) throw new ProviderQueryError(name, `a whole number from ${min} to ${max}`);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : fallback;
};

/** Every order a query can ask for. */
export const PROVIDER_SORTS: readonly ProviderSort[] = ['relevance', 'name', 'distance'];

/**
 * The order a search uses, decided here once for the finder and every source: the one asked
 * for while it can be kept (`distance` needs a point), else relevance with text, else name.
 */
export function sortFor(asked: unknown, text: string, near: boolean): ProviderSort {
  if (asked === 'distance' ? near : (PROVIDER_SORTS as readonly unknown[]).includes(asked)) return asked as ProviderSort;
  return text.trim() ? 'relevance' : 'name';
}

/**
 * Applies defaults and checks values. Lenient by default (the UI's own queries: unknown
 * values are dropped); `strict` throws `ProviderQueryError` instead (the server, so a
 * caller learns about a typo rather than getting silently wider results).
 */
export function normalizeQuery(query: ProviderQuery = {}, strict = false): NormalizedQuery {
  const text = typeof query.text === 'string' ? query.text.slice(0, MAX_TEXT_LENGTH) : '';
  if (strict && typeof query.text === 'string' && query.text.length > MAX_TEXT_LENGTH) {
    throw new ProviderQueryError('q', `at most ${MAX_TEXT_LENGTH} characters`);
  }
  let near: NormalizedQuery['near'];
  if (query.near) {
    const { lat, lon } = query.near;
    if (typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) near = { lat, lon };
    else if (strict) throw new ProviderQueryError('lat', 'lat −90…90 and lon −180…180 (WGS84 degrees)');
  }
  if (strict && query.sort !== undefined && !PROVIDER_SORTS.includes(query.sort)) throw new ProviderQueryError('sort', 'relevance, name or distance');
  if (strict && query.sort === 'distance' && !near) throw new ProviderQueryError('sort', 'distance needs lat and lon');
  const sort = sortFor(query.sort, text, near !== undefined);
  const langs: QueryLang[] = ['fi', 'sv', 'en'];
  if (strict && query.lang !== undefined && !(langs as string[]).includes(query.lang)) throw new ProviderQueryError('lang', 'fi, sv or en');
  const now = query.now instanceof Date && !Number.isNaN(query.now.getTime()) ? query.now : new Date();
  return {
    text,
    municipalities: codes(query.municipalities, /^\d{3}$/, 'municipality', strict),
    regions: codes(query.regions, /^\d{2}$/, 'region', strict),
    includeNationwide: query.includeNationwide === true,
    forms: pick(query.forms, SUPPORT_FORMS, 'forms', strict),
    languages: codes(query.languages, /^[a-z]{2,3}$/, 'languages', strict),
    kinds: pick(query.kinds, PROVIDER_KINDS, 'kinds', strict),
    audience: pick(query.audience, AUDIENCES, 'audience', strict),
    accessibility: pick(query.accessibility, ACCESSIBILITY_FEATURES, 'accessibility', strict),
    free: query.free === true,
    openNow: query.openNow === true,
    now,
    sort,
    near,
    lang: query.lang && (langs as string[]).includes(query.lang) ? (query.lang as QueryLang) : 'fi',
    page: int(query.page, 1, 1, 100_000, 'page', strict),
    pageSize: int(query.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, 'pageSize', strict),
  };
}

const list = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);

const flag = (params: URLSearchParams, name: string, strict: boolean): boolean | undefined => {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  if (strict) throw new ProviderQueryError(name, 'true or false');
  return undefined;
};

/** The query as URL parameters: the remote protocol's request. Defaults are left out. */
export function queryToParams(query: ProviderQuery): URLSearchParams {
  const q = normalizeQuery(query);
  const p = new URLSearchParams();
  if (q.text) p.set('q', q.text);
  if (q.municipalities.length) p.set('municipality', q.municipalities.join(','));
  if (q.regions.length) p.set('region', q.regions.join(','));
  if (q.includeNationwide) p.set('nationwide', 'true');
  if (q.forms.length) p.set('forms', q.forms.join(','));
  if (q.languages.length) p.set('languages', q.languages.join(','));
  if (q.kinds.length) p.set('kinds', q.kinds.join(','));
  if (q.audience.length) p.set('audience', q.audience.join(','));
  if (q.accessibility.length) p.set('accessibility', q.accessibility.join(','));
  if (q.free) p.set('free', 'true');
  if (q.openNow) {
    p.set('openNow', 'true');
    // The client's clock, so a test (or a "what is open at 18:00" view) is reproducible.
    if (query.now) p.set('now', q.now.toISOString());
  }
  if (query.sort) p.set('sort', q.sort);
  if (q.near) {
    p.set('lat', String(q.near.lat));
    p.set('lon', String(q.near.lon));
  }
  p.set('lang', q.lang);
  if (q.page !== 1) p.set('page', String(q.page));
  if (q.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(q.pageSize));
  return p;
}

/** URL parameters back to a query: the server's side. Strict: throws `ProviderQueryError`. */
export function paramsToQuery(params: URLSearchParams, strict = true): ProviderQuery {
  const known = new Set([
    'q', 'municipality', 'region', 'nationwide', 'forms', 'languages', 'kinds', 'audience', 'accessibility',
    'free', 'openNow', 'now', 'sort', 'lat', 'lon', 'lang', 'page', 'pageSize',
  ]);
  if (strict) for (const key of params.keys()) if (!known.has(key)) throw new ProviderQueryError(key, 'unknown parameter');
  const query: ProviderQuery = {};
  const text = params.get('q');
  if (text !== null) query.text = text;
  const municipalities = list(params, 'municipality');
  if (municipalities.length) query.municipalities = municipalities;
  const regions = list(params, 'region');
  if (regions.length) query.regions = regions;
  const nationwide = flag(params, 'nationwide', strict);
  if (nationwide !== undefined) query.includeNationwide = nationwide;
  const forms = list(params, 'forms');
  if (forms.length) query.forms = forms as SupportForm[];
  const languages = list(params, 'languages');
  if (languages.length) query.languages = languages;
  const kinds = list(params, 'kinds');
  if (kinds.length) query.kinds = kinds as ProviderKind[];
  const audience = list(params, 'audience');
  if (audience.length) query.audience = audience as Audience[];
  const accessibility = list(params, 'accessibility');
  if (accessibility.length) query.accessibility = accessibility as AccessibilityFeature[];
  const free = flag(params, 'free', strict);
  if (free !== undefined) query.free = free;
  const openNow = flag(params, 'openNow', strict);
  if (openNow !== undefined) query.openNow = openNow;
  const now = params.get('now');
  if (now) {
    const d = new Date(now);
    if (!Number.isNaN(d.getTime())) query.now = d;
    else if (strict) throw new ProviderQueryError('now', 'an ISO 8601 date and time');
  }
  const sort = params.get('sort');
  if (sort) query.sort = sort as ProviderSort;
  const lat = params.get('lat');
  const lon = params.get('lon');
  if (lat !== null || lon !== null) {
    const la = Number(lat);
    const lo = Number(lon);
    if (lat !== null && lon !== null && lat !== '' && lon !== '' && Number.isFinite(la) && Number.isFinite(lo)) query.near = { lat: la, lon: lo };
    else if (strict) throw new ProviderQueryError('lat', 'lat and lon together, as numbers');
  }
  const lang = params.get('lang');
  if (lang) query.lang = lang as QueryLang;
  const page = params.get('page');
  if (page !== null) query.page = page === '' ? NaN : Number(page);
  const pageSize = params.get('pageSize');
  if (pageSize !== null) query.pageSize = pageSize === '' ? NaN : Number(pageSize);
  if (strict) normalizeQuery(query, true);
  return query;
}
