/**
 * The finder's state as its controller holds it and its element renders it: the types,
 * the starting snapshot, and pure functions from that state to a query, to the
 * `auta-search` detail and to the source that answers. No timers and no I/O here.
 */
import type { MessageArgs, Lang } from '@auta/core';
import type { ReactiveControllerHost } from 'lit';
import {
  InMemorySource,
  ProviderLoadError,
  type ProviderFacets,
  type ProviderHit,
  type ProviderInput,
  type ProviderQuery,
  type ProviderSort,
  type ProviderSource,
} from './data/index.js';
import type { Point } from './geolocation.js';
import type { LoadProblem, LocationProblem, ProviderFinderMessages } from './messages.js';
import type { FinderPresets, FinderState } from './url-state.js';

/** The filters of a settled search, as `auta-search` reports them: the search state without its text and sort. */
export type SearchFilters = Omit<FinderState, 'text' | 'sort'>;

/** Detail of `auta-search`: what was searched and how many places were found. */
export interface SearchEventDetail {
  query: string;
  filters: SearchFilters;
  sort: ProviderSort;
  /** Whether the results are sorted by the person's location (the location itself is never reported). */
  nearMe: boolean;
  total: number;
}

/** What started a search: it decides how soon the count is announced and how the URL is written. */
export type Trigger = 'load' | 'text' | 'submit' | 'filter' | 'history' | 'retry';

/** Everything the element shows: the controller's fields, as it last left them. */
export interface FinderSnapshot {
  /** What the person has asked for. */
  view: FinderState;
  items: ProviderHit[];
  total: number;
  facets?: ProviderFacets | undefined;
  phase: 'loading' | 'ready' | 'error';
  /** Why the source gave no answer; `alert` when the person had just asked for something. */
  problem?: { kind: LoadProblem; alert: boolean } | undefined;
  busy: boolean;
  /** A search has taken long enough to say "Updating the results…". */
  slow: boolean;
  near?: Point | undefined;
  locating: boolean;
  locationProblem?: LocationProblem | undefined;
  /** Nationwide remote support, offered when nothing was found. */
  remote: ProviderHit[];
  /** Records the source skipped as invalid. */
  skipped: number;
  usingSample: boolean;
  /** The query as searched when a mistyped word was searched as spelt in the data. */
  searchedFor?: string | undefined;
}

/** What the controller reads of its element: the element's public properties and its language. */
export interface FinderHost extends ReactiveControllerHost, EventTarget, FinderPresets {
  readonly source?: ProviderSource | undefined;
  readonly providers?: readonly ProviderInput[] | undefined;
  readonly src?: string | undefined;
  readonly includeNationwide: boolean;
  readonly pageSize: number;
  readonly syncUrl: boolean;
  readonly searchDelay?: number | undefined;
  readonly now?: Date | undefined;
  readonly resolvedLang: Lang;
  readonly isConnected: boolean;
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** The element's message lookup. */
export type Say = <K extends keyof ProviderFinderMessages & string>(key: K, ...args: MessageArgs<ProviderFinderMessages[K]>) => string;

/** The query for page `page` of what the snapshot asks (its text and filters), in the order `sort`. */
export function queryFor(state: Readonly<FinderSnapshot>, host: FinderHost, sort: ProviderSort, page: number): ProviderQuery {
  const { view, near } = state;
  return {
    ...view,
    includeNationwide: host.includeNationwide,
    now: host.now ?? new Date(),
    sort,
    ...(near ? { near } : {}),
    lang: host.resolvedLang,
    page,
    pageSize: Math.min(100, Math.max(1, Math.trunc(host.pageSize) || 20)),
  };
}

/** What `auta-search` tells the host: a copy, so a listener cannot change the state. */
export function searchDetail(state: Readonly<FinderSnapshot>, sort: ProviderSort): SearchEventDetail {
  const { text, sort: _chosen, ...filters } = state.view;
  return { query: text.trim(), filters: structuredClone(filters), sort, nearMe: state.near !== undefined, total: state.total };
}

/** The source the element's properties give: `source` > `providers` > `src`; none: the built-in sample. */
export function chooseSource(host: FinderHost): ProviderSource | undefined {
  if (host.source) return host.source;
  if (host.providers) return new InMemorySource(host.providers);
  if (host.src) return InMemorySource.fromUrl(host.src);
  return undefined;
}

/** The built-in sample, loaded only when no data is given, so hosts with their own data never download it. */
export async function sampleSource(): Promise<ProviderSource> {
  // A missing or blocked sample file is the site's fault, not the person's connection:
  // told as a service problem ("http"), never "check your internet connection".
  const { SAMPLE_PROVIDERS } = await import('./data/sample.js').catch((cause: unknown) => {
    throw new ProviderLoadError('http', 'The sample data could not be loaded.', { cause });
  });
  return InMemorySource.fromProviders(SAMPLE_PROVIDERS);
}

/** How a failure is worded: an aborted load that still reached the person reads as a network problem. */
export const problemOf = (error: unknown): LoadProblem => {
  const kind = error instanceof ProviderLoadError ? error.kind : 'network';
  return kind === 'aborted' ? 'network' : kind;
};

export /** Records the source skipped as invalid (each counted once), for the "could not be shown" note. */
function countSkipped(source: ProviderSource): number {
  const skipped = new Set<number>();
  for (const p of source.problems ?? []) if (p.effect === 'record' && p.index >= 0) skipped.add(p.index);
  return skipped.size;
}
