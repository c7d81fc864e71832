import { loadProviders, parseProvidersJson, type LoadOptions } from './load.js';
import type { ProviderProblem } from './problems.js';
import { queryToParams, type ProviderHit, type ProviderQuery, type ProviderResults } from './query.js';
import type { Provider } from './schema.js';
import { ProviderIndex } from './search/provider-index.js';
import { ProviderLoadError, type ProviderSource, type SearchOptions, type SourceStatus } from './source-types.js';
import { searchAnswer, validate } from './validate.js';

/** A search service's answer, once `searchAnswer` has checked its shape. */
interface SearchAnswer {
  items: Array<{ provider: unknown; distanceKm?: number; matched?: ProviderHit['matched'] }>;
  total: number;
  page?: number;
  pageSize?: number;
  facets?: Partial<Record<keyof ProviderResults['facets'], ProviderResults['facets']['municipalities']>>;
  searchedFor?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

type Fetch = typeof globalThis.fetch;

interface FetchOptions {
  /** Milliseconds before a request counts as failed (`timeout`). Default 15,000. */
  timeout?: number;
  /** A `fetch` of your own (auth headers, a test double). Default the global one. */
  fetch?: Fetch;
  /** Sent with every request, e.g. an API key header for a remote source. */
  headers?: Record<string, string>;
}

const TIMEOUT = Symbol('timeout');

/**
 * One HTTP GET that ends in JSON or in a `ProviderLoadError`: abortable by `signal`, limited
 * by `timeout`, with every way of failing given its own kind.
 */
async function getJson(url: string, signal: AbortSignal | undefined, options: FetchOptions): Promise<unknown> {
  const controller = new AbortController();
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(TIMEOUT), timeout);
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const failed = (error: unknown): ProviderLoadError => {
    if (error instanceof ProviderLoadError) return error;
    if (controller.signal.aborted) {
      return controller.signal.reason === TIMEOUT
        ? new ProviderLoadError('timeout', `No answer from ${url} in ${Math.round(timeout / 1000)} s.`, { url })
        : new ProviderLoadError('aborted', 'A newer request replaced this one.', { url });
    }
    return new ProviderLoadError('network', `Could not reach ${url}.`, { url, cause: error });
  };
  try {
    const fetcher = options.fetch ?? globalThis.fetch;
    const response = await fetcher(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json', ...options.headers },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      // Drain the body so the connection is released.
      await response.text().catch(() => '');
      throw new ProviderLoadError('http', `${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, {
        url,
        status: response.status,
      });
    }
    const type = response.headers.get('content-type') ?? '';
    const body = await response.text();
    if (type && !/\bjson\b/i.test(type)) {
      throw new ProviderLoadError('invalid-json', `${url} answered ${type.split(';')[0]}, not JSON.`, { url });
    }
    return parseProvidersJson(body);
  } catch (error) {
    const e = failed(error);
    if (e.kind === 'invalid-json' && !e.url) throw new ProviderLoadError('invalid-json', e.message, { url, cause: e });
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const aborted = () => new ProviderLoadError('aborted', 'A newer request replaced this one.');

/** Rejects with `aborted` when the signal fires first. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export interface InMemorySourceOptions extends FetchOptions {
  /** Passed to `loadProviders` (e.g. `warn: false`). */
  load?: LoadOptions;
}

/**
 * Providers held in the page: embedded data (`new InMemorySource(data)`) or a JSON file
 * fetched once (`InMemorySource.fromUrl(url)`), validated with `loadProviders` and searched
 * with a `ProviderIndex`. Suits national data sets of thousands of providers.
 */
export class InMemorySource implements ProviderSource {
  private index: ProviderIndex | undefined;
  private url: string | undefined;
  private loading: Promise<void> | undefined;
  private controller: AbortController | undefined;
  private latest = 0;
  private readonly options: InMemorySourceOptions;
  status: SourceStatus = 'idle';
  error: ProviderLoadError | undefined;
  problems: readonly ProviderProblem[] = [];

  /** Validates `data` (an array of providers, or `{ providers: [...] }`) and indexes it. */
  constructor(data?: unknown, options: InMemorySourceOptions = {}) {
    this.options = options;
    if (data !== undefined) this.setData(data);
  }

  /** A source that fetches its data from `url` when first searched (or on `load()`). */
  static fromUrl(url: string | URL, options: InMemorySourceOptions = {}): InMemorySource {
    const source = new InMemorySource(undefined, options);
    source.url = String(url);
    return source;
  }

  /** An index over providers already validated (by `loadProviders`, or generated in code). */
  static fromProviders(providers: readonly Provider[]): InMemorySource {
    const source = new InMemorySource();
    source.index = new ProviderIndex(providers);
    source.status = 'ready';
    return source;
  }

  /** Once the data is held, a search answers in milliseconds: no pause after a keystroke. */
  get searchDelay(): number | undefined {
    return this.status === 'ready' ? 0 : undefined;
  }

  /** The providers held, once loaded. */
  get providers(): readonly Provider[] {
    return this.index?.providers ?? [];
  }

  private setData(data: unknown): void {
    const { providers, problems } = loadProviders(data, this.options.load);
    this.problems = problems;
    const unusable = problems.find((p) => p.index === -1 && providers.length === 0);
    if (unusable || (providers.length === 0 && problems.length > 0)) {
      this.status = 'error';
      this.error = new ProviderLoadError('invalid-data', unusable ? `The provider data is unusable: ${unusable.message}.` : 'No valid providers in the data.', {
        ...(this.url ? { url: this.url } : {}),
        problems,
      });
      this.index = undefined;
      throw this.error;
    }
    this.index = new ProviderIndex(providers);
    this.status = 'ready';
    this.error = undefined;
  }

  /**
   * Fetches and indexes the data; calling it again (a retry, or a new `url`) aborts a load
   * still running, whose promise then rejects with kind `aborted`.
   */
  load(options: SearchOptions = {}): Promise<void> {
    if (!this.url) return this.status === 'error' && this.error ? Promise.reject(this.error) : Promise.resolve();
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const url = this.url;
    this.status = 'loading';
    this.error = undefined;
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const run = (async () => {
      try {
        const json = await getJson(url, controller.signal, this.options);
        if (this.controller !== controller) throw aborted();
        this.setData(json);
      } catch (error) {
        const e = error instanceof ProviderLoadError ? error : new ProviderLoadError('invalid-data', String(error), { url });
        // A superseded load leaves the state to the newer one.
        if (this.controller === controller && e.kind !== 'aborted') {
          this.status = 'error';
          this.error = e;
        } else if (this.controller === controller) {
          this.status = this.index ? 'ready' : 'idle';
        }
        throw e;
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
      }
    })();
    this.loading = run;
    return run;
  }

  /** Changes the URL and loads it (a host switching data sets). */
  setUrl(url: string | URL): Promise<void> {
    this.url = String(url);
    return this.load();
  }

  private async ready(signal: AbortSignal | undefined): Promise<ProviderIndex> {
    if (this.index && this.status === 'ready') return this.index;
    if (this.status === 'idle' || this.status === 'error') {
      if (!this.url) throw this.error ?? new ProviderLoadError('invalid-data', 'The source has no data.');
      this.load().catch(() => undefined);
    }
    // Wait for whichever load is current when this one ends (a retry may replace it).
    for (;;) {
      const loading = this.loading;
      try {
        await raceAbort(loading ?? Promise.resolve(), signal);
      } catch (error) {
        if (!(error instanceof ProviderLoadError && error.kind === 'aborted' && this.loading !== loading) || signal?.aborted) throw error;
      }
      if (this.loading === loading) break;
    }
    if (!this.index) throw this.error ?? new ProviderLoadError('invalid-data', 'The source has no data.');
    return this.index;
  }

  async search(query: ProviderQuery, options: SearchOptions = {}): Promise<ProviderResults> {
    const ticket = ++this.latest;
    if (options.signal?.aborted) throw aborted();
    const index = this.index && this.status === 'ready' ? this.index : await this.ready(options.signal);
    // While the data was loading a newer query may have started: only the newest answers.
    if (ticket !== this.latest || options.signal?.aborted) throw aborted();
    return index.search(query);
  }

  async get(id: string, options: SearchOptions = {}): Promise<Provider | undefined> {
    const index = await this.ready(options.signal);
    return index.get(id);
  }
}

/* ---------- remote ---------- */

export interface RemoteSourceOptions extends FetchOptions {
  /**
   * Abort the previous query when a new one starts (default true). Off: queries run side by
   * side, and an answer that arrives after a newer query's is still dropped.
   */
  abortPrevious?: boolean;
}

/**
 * A source that sends every query to a server speaking the finder's HTTP protocol
 * (`GET endpoint?q=…&municipality=…&page=…` → `{ items, total, facets }`; see
 * docs/data/protocol.md), for data sets beyond what a browser should hold. The reference
 * server is `createProviderServer` in `@auta/provider-finder/server.js`.
 */
export class RemoteSource implements ProviderSource {
  private readonly endpoint: string;
  private readonly options: RemoteSourceOptions;
  private controller: AbortController | undefined;
  private latest = 0;
  status: SourceStatus = 'ready';
  error: ProviderLoadError | undefined;

  constructor(endpoint: string | URL, options: RemoteSourceOptions = {}) {
    this.endpoint = String(endpoint);
    this.options = options;
  }

  private url(params: URLSearchParams, path = ''): string {
    // The endpoint may carry parameters of its own (an API key, a data set name).
    const base = typeof location === 'undefined' ? undefined : location.href;
    const url = new URL(this.endpoint.replace(/\/?(\?|$)/, `${path ? `/${path}` : ''}$1`), base);
    for (const [k, value] of params) url.searchParams.set(k, value);
    return url.href;
  }

  async search(query: ProviderQuery, options: SearchOptions = {}): Promise<ProviderResults> {
    const ticket = ++this.latest;
    if (this.options.abortPrevious !== false) this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const onAbort = () => controller.abort();
    if (options.signal?.aborted) throw aborted();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const json = await getJson(this.url(queryToParams(query)), controller.signal, this.options);
      if (ticket !== this.latest) throw aborted();
      const results = this.read(json);
      this.error = undefined;
      this.status = 'ready';
      return results;
    } catch (error) {
      const e = error instanceof ProviderLoadError ? error : new ProviderLoadError('invalid-data', String(error));
      if (ticket !== this.latest && e.kind !== 'aborted') throw aborted();
      if (e.kind !== 'aborted') {
        this.status = 'error';
        this.error = e;
      }
      throw e;
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Checks the answer's shape and validates each provider in it like `loadProviders` does. */
  private read(json: unknown): ProviderResults {
    const parsed = validate(searchAnswer(), json);
    if (!parsed.success) {
      const issue = parsed.issues[0]!;
      const path = issue.path.join('.');
      throw new ProviderLoadError('invalid-data', `The search service answered in an unknown shape${path ? ` (at ${path})` : ''}: ${issue.message}.`);
    }
    const answer = parsed.output as SearchAnswer;
    const { items, total, facets } = answer;
    const checked = loadProviders(
      items.map((i) => i.provider),
      { warn: true, maxProblems: 50 },
    );
    const valid = new Map(checked.providers.map((p) => [p, true]));
    const hits: ProviderHit[] = [];
    // loadProviders keeps order; walk both lists together to keep distances with their providers.
    let k = 0;
    items.forEach((item, i) => {
      const p = checked.providers[k];
      const skipped = checked.problems.some((problem) => problem.index === i && problem.effect === 'record');
      if (skipped || !p || !valid.has(p)) return;
      k++;
      const hit: ProviderHit = { provider: p };
      if (item.distanceKm !== undefined) hit.distanceKm = item.distanceKm;
      if (item.matched) hit.matched = item.matched;
      hits.push(hit);
    });
    return {
      ...(answer.searchedFor !== undefined ? { searchedFor: answer.searchedFor } : {}),
      items: hits,
      total,
      page: answer.page ?? 1,
      pageSize: answer.pageSize ?? Math.max(1, items.length),
      facets: {
        municipalities: facets?.municipalities ?? [],
        regions: facets?.regions ?? [],
        forms: facets?.forms ?? [],
        languages: facets?.languages ?? [],
        kinds: facets?.kinds ?? [],
      },
    };
  }

  async get(id: string, options: SearchOptions = {}): Promise<Provider | undefined> {
    try {
      const json = await getJson(this.url(new URLSearchParams(), encodeURIComponent(id)), options.signal, this.options);
      return loadProviders([json], { warn: true }).providers[0];
    } catch (error) {
      if (error instanceof ProviderLoadError && error.kind === 'http' && error.status === 404) return undefined;
      throw error;
    }
  }
}
