export { AutaProviderFinder, type SearchEventDetail, type SearchFilters } from './provider-finder.js';
export { AutaProviderCard, type ProviderAction, type ProviderSelectDetail } from './provider-card.js';
export {
  formatDistance,
  languageName,
  loadProviderFinderEasy,
  providerFinderCatalog,
  type LoadProblem,
  type LocationProblem,
  type ProviderFinderMessages,
} from './messages.js';
export { currentPosition, LocationError, type Point } from './geolocation.js';
export { emptyState, stateFromParams, urlWithState, type FinderState } from './url-state.js';
// The data API, so one import gives both the elements and what they read.
export * from './data/index.js';
