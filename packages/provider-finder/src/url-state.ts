import { ACCESSIBILITY_FEATURES, SUPPORT_FORMS, type AccessibilityFeature, type ProviderSort, type SupportForm } from './data/index.js';

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

/** The parameter names the finder owns in the page URL. Everything else is the host's. */
export const URL_KEYS = ['q', 'municipality', 'region', 'forms', 'languages', 'accessibility', 'free', 'open', 'sort'] as const;

const list = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const only = <T extends string>(values: string[], allowed: readonly T[]) =>
  [...new Set(values.filter((v): v is T => (allowed as readonly string[]).includes(v)))];

/**
 * Reads the state from URL parameters. A shared link is input like any other: unknown
 * values are dropped, codes must look like codes, and the text is cut to 200 characters.
 */
export function stateFromParams(params: URLSearchParams): FinderState {
  const sort = params.get('sort');
  return {
    text: (params.get('q') ?? '').slice(0, 200),
    municipalities: [...new Set(list(params, 'municipality').filter((c) => /^\d{3}$/.test(c)))].slice(0, 1),
    regions: [...new Set(list(params, 'region').filter((c) => /^\d{2}$/.test(c)))].slice(0, 1),
    forms: only(list(params, 'forms'), SUPPORT_FORMS),
    languages: [...new Set(list(params, 'languages').filter((c) => /^[a-z]{2,3}$/.test(c)))],
    accessibility: only(list(params, 'accessibility'), ACCESSIBILITY_FEATURES),
    free: params.get('free') === 'true',
    openNow: params.get('open') === 'true',
    sort: sort === 'name' || sort === 'relevance' || sort === 'distance' ? sort : '',
  };
}

/**
 * The page URL with the state written into it. The host's own parameters and the hash
 * are kept; the location is never written, so a shared link does not give it away.
 */
export function urlWithState(href: string, state: FinderState): string {
  const url = new URL(href);
  for (const key of URL_KEYS) url.searchParams.delete(key);
  const p = url.searchParams;
  if (state.text.trim()) p.set('q', state.text);
  if (state.municipalities.length) p.set('municipality', state.municipalities.join(','));
  if (state.regions.length) p.set('region', state.regions.join(','));
  if (state.forms.length) p.set('forms', state.forms.join(','));
  if (state.languages.length) p.set('languages', state.languages.join(','));
  if (state.accessibility.length) p.set('accessibility', state.accessibility.join(','));
  if (state.free) p.set('free', 'true');
  if (state.openNow) p.set('open', 'true');
  if (state.sort && state.sort !== 'distance') p.set('sort', state.sort);
  return url.href;
}

/** True when the two states ask the same thing. */
export function sameState(a: FinderState, b: FinderState): boolean {
  return (
    a.text === b.text &&
    a.free === b.free &&
    a.openNow === b.openNow &&
    a.sort === b.sort &&
    (['municipalities', 'regions', 'forms', 'languages', 'accessibility'] as const).every(
      (k) => a[k].length === b[k].length && a[k].every((v, i) => v === (b[k] as readonly string[])[i]),
    )
  );
}

/** How many filters are on (for "Filter the results (2 selected)"); the text and order are not filters. */
export function activeFilters(s: FinderState): number {
  return s.municipalities.length + s.regions.length + s.forms.length + s.languages.length + s.accessibility.length + (s.free ? 1 : 0) + (s.openNow ? 1 : 0);
}
