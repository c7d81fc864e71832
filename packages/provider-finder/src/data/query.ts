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

/** The values of `values` that `allowed` takes (a code pattern or a list), each once, at most 400. */
const keep = <T extends string>(values: readonly unknown[] | undefined, allowed: RegExp | readonly T[]): T[] => {
  const out: T[] = [];
  for (const x of values ?? []) if (takes(allowed, x) && !out.includes(x as T)) out.push(x as T);
  return out.slice(0, 400);
};

const takes = (allowed: RegExp | readonly unknown[], x: unknown): boolean => (allowed instanceof RegExp ? typeof x === 'string' && allowed.test(x) : allowed.includes(x));

const int = (value: unknown, fallback: number, min: number, max: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : fallback;
};

const LANGS: readonly QueryLang[] = ['fi', 'sv', 'en'];
const MUNICIPALITY = /^\d{3}$/;
const REGION = /^\d{2}$/;
const LANGUAGE = /^[a-z]{2,3}$/;

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

const nearOf = (near: ProviderQuery['near']): NormalizedQuery['near'] => {
  const { lat, lon } = near ?? {};
  return typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;
};

/**
 * The lenient reading of a query (the finder's own queries and the index): defaults applied,
 * unknown values dropped, numbers brought into range.
 */
export function readQuery(query: ProviderQuery = {}): NormalizedQuery {
  const text = typeof query.text === 'string' ? query.text.slice(0, MAX_TEXT_LENGTH) : '';
  const near = nearOf(query.near);
  const now = query.now instanceof Date && !Number.isNaN(query.now.getTime()) ? query.now : new Date();
  return {
    text,
    municipalities: keep(query.municipalities, MUNICIPALITY),
    regions: keep(query.regions, REGION),
    includeNationwide: query.includeNationwide === true,
    forms: keep(query.forms, SUPPORT_FORMS),
    languages: keep(query.languages, LANGUAGE),
    kinds: keep(query.kinds, PROVIDER_KINDS),
    audience: keep(query.audience, AUDIENCES),
    accessibility: keep(query.accessibility, ACCESSIBILITY_FEATURES),
    free: query.free === true,
    openNow: query.openNow === true,
    now,
    sort: sortFor(query.sort, text, near !== undefined),
    near,
    lang: (LANGS as readonly unknown[]).includes(query.lang) ? (query.lang as QueryLang) : 'fi',
    page: int(query.page, 1, 1, 100_000),
    pageSize: int(query.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
}

/**
 * The strict check (the server's): throws `ProviderQueryError` for the first value the
 * protocol cannot take, in the order `readQuery` reads them. Kept apart from `readQuery`
 * so a page with a finder does not carry the server's messages.
 */
function checkQuery(query: ProviderQuery): void {
  const fail = (name: string, message: string) => {
    throw new ProviderQueryError(name, message);
  };
  if (typeof query.text === 'string' && query.text.length > MAX_TEXT_LENGTH) fail('q', `at most ${MAX_TEXT_LENGTH} characters`);
  const near = nearOf(query.near);
  if (query.near && !near) fail('lat', 'lat −90…90 and lon −180…180 (WGS84 degrees)');
  if (query.sort !== undefined && !PROVIDER_SORTS.includes(query.sort)) fail('sort', 'relevance, name or distance');
  if (query.sort === 'distance' && !near) fail('sort', 'distance needs lat and lon');
  if (query.lang !== undefined && !(LANGS as readonly string[]).includes(query.lang)) fail('lang', 'fi, sv or en');
  const lists: Array<[string, readonly unknown[] | undefined, RegExp | readonly string[]]> = [
    ['municipality', query.municipalities, MUNICIPALITY],
    ['region', query.regions, REGION],
    ['forms', query.forms, SUPPORT_FORMS],
    ['languages', query.languages, LANGUAGE],
    ['kinds', query.kinds, PROVIDER_KINDS],
    ['audience', query.audience, AUDIENCES],
    ['accessibility', query.accessibility, ACCESSIBILITY_FEATURES],
  ];
  for (const [name, values, allowed] of lists) {
    for (const x of values ?? []) {
      if (takes(allowed, x)) continue;
      const shown = JSON.stringify(String(x)).slice(0, 40);
      fail(name, allowed instanceof RegExp ? `${shown} is not a valid code` : `unknown value ${shown}; allowed: ${allowed.join(', ')}`);
    }
  }
  for (const [name, value, max] of [['page', query.page, 100_000], ['pageSize', query.pageSize, MAX_PAGE_SIZE]] as const) {
    const n = Number(value);
    if (value !== undefined && !(Number.isInteger(n) && n >= 1 && n <= max)) fail(name, `a whole number from 1 to ${max}`);
  }
}

/**
 * Applies defaults and checks values. Lenient by default (the UI's own queries: unknown
 * values are dropped); `strict` throws `ProviderQueryError` instead (the server, so a
 * caller learns about a typo rather than getting silently wider results).
 */
export function normalizeQuery(query: ProviderQuery = {}, strict = false): NormalizedQuery {
  if (strict) checkQuery(query);
  return readQuery(query);
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
  const q = readQuery(query);
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
