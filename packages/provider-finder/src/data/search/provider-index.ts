/**
 * `ProviderIndex`: free-text search, filters, facets and sorting over providers in memory.
 * A thin front over the modules beside it: it builds the columns once (`columns.ts`) and
 * answers a query by passing it through text matching (`text-match.ts`), filters and facets
 * (`filters.ts`, `facets.ts`) and ranking (`ranking.ts`). Runs in the browser, in Node and in
 * workers; no DOM.
 */
import { queryTokens } from '../fold.js';
import { readQuery, type ProviderQuery, type ProviderResults } from '../query.js';
import type { Provider } from '../schema.js';
import { buildColumns, type IndexColumns } from './columns.js';
import { facetLists } from './facets.js';
import { Filters } from './filters.js';
import { Ranking } from './ranking.js';
import { TextMatcher } from './text-match.js';

/** What an index is made of: its columns and the parts that answer (with what they made on first use). */
export interface IndexParts {
  readonly columns: IndexColumns;
  readonly text: TextMatcher;
  readonly filters: Filters;
  readonly ranking: Ranking;
}

let partsOf: (index: ProviderIndex) => IndexParts;

/**
 * An in-memory index over providers: build once (`new ProviderIndex(providers)`), then
 * `search` as often as needed.
 */
export class ProviderIndex {
  readonly providers: readonly Provider[];
  private readonly parts: IndexParts;

  static {
    partsOf = (index) => index.parts;
  }

  constructor(providers: readonly Provider[]) {
    this.providers = providers;
    const columns = buildColumns(providers);
    const text = new TextMatcher(columns.text, columns.size);
    // The filters borrow the text search's per-record byte of scratch: both leave it zeroed.
    this.parts = { columns, text, filters: new Filters(columns, text.cur), ranking: new Ranking(columns) };
  }

  get size(): number {
    return this.providers.length;
  }

  get(id: string): Provider | undefined {
    const r = this.parts.columns.byId.get(id);
    return r === undefined ? undefined : this.providers[r];
  }

  search(query: ProviderQuery = {}): ProviderResults {
    const { columns, text: matcher, filters, ranking } = this.parts;
    const q = readQuery(query);
    const { tokens, lists, searchedFor } = matcher.spell(queryTokens(q.text), q.text);
    const text = tokens.length ? matcher.search(tokens, lists) : undefined;
    const { matches, m, scores, counts } = filters.run(q, text);
    const items = ranking.page(q, matches, m, scores, text && ((r) => matcher.matchedFields(r, text.words)));
    const results: ProviderResults = { items, total: m, page: q.page, pageSize: q.pageSize, facets: facetLists(columns, counts, q) };
    if (searchedFor !== undefined && text!.ids.length > 0) results.searchedFor = searchedFor;
    return results;
  }
}

/** The parts of `index`, for measuring it (`testing.ts`); not in the public entry. */
export const indexParts = (index: ProviderIndex): IndexParts => partsOf(index);
