/**
 * `@auta/provider-finder/data.js`: the provider data format, its loader, the search index
 * and the sources the finder reads. Plain TypeScript without DOM or Node dependencies:
 * runs in the browser, in Node and in workers. No side effects on import.
 */
export * from './schema.js';
export {
  ACCESSIBILITY_FEATURES,
  AREA_KINDS,
  AREA_TYPES,
  AUDIENCES,
  KNOWN_LANGUAGES,
  PROVIDER_KINDS,
  SERVICE_CHARGE_TYPES,
  SUPPORT_FORMS,
  WEEKDAY_NAMES,
} from './vocabulary.js';
export { FINLAND_BOUNDS, MUNICIPALITY_REGION, REGIONS, REGION_CODES, distanceKm, inFinland } from './geo.js';
export type { ProviderProblem } from './problems.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_TEXT_LENGTH,
  ProviderQueryError,
  normalizeQuery,
  paramsToQuery,
  queryToParams,
  type FacetCount,
  type MatchField,
  type NormalizedQuery,
  type ProviderFacets,
  type ProviderHit,
  type ProviderQuery,
  type ProviderResults,
  type ProviderSort,
  type QueryLang,
} from './query.js';
export {
  ProviderLoadError,
  isAbortError,
  type ProviderLoadErrorKind,
  type ProviderSource,
  type SearchOptions,
  type SourceStatus,
} from './source-types.js';
export { loadProviders, parseProvidersJson, type LoadOptions, type LoadResult } from './load.js';
export { foldText, queryTokens } from './fold.js';
export { isOpenAt } from './open-now.js';
export { ProviderIndex } from './search/provider-index.js';
export { DEFAULT_TIMEOUT_MS, InMemorySource, RemoteSource, type InMemorySourceOptions, type RemoteSourceOptions } from './source.js';
