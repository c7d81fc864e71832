/**
 * The finder's search state (what the person has asked for) and the borders it crosses:
 * the element's presets and the page URL. Both are read through `readQuery`, the lenient
 * reading every query passes, so a preset, a shared link and a query obey the same rules.
 */
import type { AccessibilityFeature, SupportForm } from './data/index.js';
import { PROVIDER_SORTS, readQuery, type ProviderSort } from './data/query.js';

/** What the person has asked for: the finder's search state, without location. */
export interface FinderState {
  text: string;
  municipalities: string[];
  regions: string[];
  forms: SupportForm[];
  languages: string[];
  accessibility: AccessibilityFeature[];
  free: boolean;
  openNow: boolean;
  /** `''` lets the finder choose: distance with a location, relevance with text, else name. */
  sort: ProviderSort | '';
}

export const emptyState = (): FinderState => ({
  text: '',
  municipalities: [],
  regions: [],
  forms: [],
  languages: [],
  accessibility: [],
  free: false,
  openNow: false,
  sort: '',
});

/** The state's lists and their names in the page URL, in the order they are written. */
const LISTS = [
  ['municipalities', 'municipality'],
  ['regions', 'region'],
  ['forms', 'forms'],
  ['languages', 'languages'],
  ['accessibility', 'accessibility'],
] as const;

/** The parameter names the finder owns in the page URL. Everything else is the host's. */
export const URL_KEYS = ['q', ...LISTS.map(([, key]) => key), 'free', 'open', 'sort'];

const list = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const words = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * Reads the state from URL parameters. A shared link is input like any other: unknown
 * values are dropped, codes must look like codes, and the text is cut to 200 characters.
 */
export function stateFromParams(params: URLSearchParams): FinderState {
  const q = readQuery({ text: params.get('q') ?? '', ...Object.fromEntries(LISTS.map(([field, key]) => [field, list(params, key)])) });
  const sort = params.get('sort');
  return {
    text: q.text,
    municipalities: q.municipalities.slice(0, 1),
    regions: q.regions.slice(0, 1),
    forms: q.forms,
    languages: q.languages,
    accessibility: q.accessibility,
    free: params.get('free') === 'true',
    openNow: params.get('open') === 'true',
    sort: (PROVIDER_SORTS as readonly (string | null)[]).includes(sort) ? (sort as ProviderSort) : '',
  };
}

/** The state a shared link gives, when the page URL holds any of the finder's keys. */
export function stateInUrl(search: string): FinderState | undefined {
  const params = new URLSearchParams(search);
  return URL_KEYS.some((k) => params.has(k)) ? stateFromParams(params) : undefined;
}

/** The element's presets, as attributes give them. */
export interface FinderPresets {
  municipality?: string | undefined;
  region?: string | undefined;
  supportForms?: string | undefined;
  languages?: string | undefined;
}

/**
 * `state` with the presets' area, forms and languages. A code that does not look like one is
 * ignored; a region only counts without a municipality.
 */
export function withPresets(state: FinderState, presets: FinderPresets): FinderState {
  const q = readQuery({
    municipalities: presets.municipality ? [presets.municipality] : [],
    regions: presets.region ? [presets.region] : [],
    forms: words(presets.supportForms) as SupportForm[],
    languages: words(presets.languages),
  });
  return { ...state, municipalities: q.municipalities, regions: q.municipalities.length ? [] : q.regions, forms: q.forms, languages: q.languages };
}

/**
 * The page URL with the state written into it. The host's own parameters and the hash
 * are kept; the location is never written, so a shared link does not give it away.
 */
export function urlWithState(href: string, state: FinderState): string {
  const url = new URL(href);
  const p = url.searchParams;
  for (const key of URL_KEYS) p.delete(key);
  if (state.text.trim()) p.set('q', state.text);
  for (const [field, key] of LISTS) if (state[field].length) p.set(key, state[field].join(','));
  if (state.free) p.set('free', 'true');
  if (state.openNow) p.set('open', 'true');
  if (state.sort && state.sort !== 'distance') p.set('sort', state.sort);
  return url.href;
}

/** True when the two states ask the same thing: every state is made with its keys in one order (`emptyState`, `stateFromParams`, spreads of them). */
export const sameState = (a: FinderState, b: FinderState): boolean => JSON.stringify(a) === JSON.stringify(b);

/** How many filters are on (for "Filter the results (2 selected)"); the text and order are not filters. */
export function activeFilters(s: FinderState): number {
  return s.municipalities.length + s.regions.length + s.forms.length + s.languages.length + s.accessibility.length + (s.free ? 1 : 0) + (s.openNow ? 1 : 0);
}
