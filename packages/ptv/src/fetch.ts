/**
 * Reads service channels from the PTV open API itself, politely: one request at a time at
 * a bounded rate, a timeout on each, and retries with exponential back-off on 429 and 5xx
 * (honouring `Retry-After`). Endpoints and paging as the open API documents them
 * (vrk-kpa/ptv-releases, v11):
 *
 *   GET {base}/api/v11/ServiceChannel/organization/{organizationId}?page=N[&date=…]
 *   GET {base}/api/v11/ServiceChannel/list/area/Municipality/code/{code}?page=N[&date=…]
 *   GET {base}/api/v11/ServiceChannel/list?guids=a,b,…
 *   GET {base}/api/v11/Service/{id}
 *
 * Every list answer is a page `{ pageNumber, pageSize, pageCount, itemList }`; `page`
 * counts from 1. `date` asks for what changed since then (`--since`).
 */
import { isObject, own } from './json.js';

export const DEFAULT_BASE_URL = 'https://api.palvelutietovaranto.suomi.fi';
export const API = 'api/v11';

export interface FetchOptions {
  baseUrl?: string;
  /** Per request, milliseconds. Default 30 000. */
  timeoutMs?: number;
  /** Retries of one request on 429, 5xx, a timeout or a network error. Default 4. */
  retries?: number;
  /** Requests per second at most. Default 2. */
  ratePerSecond?: number;
  /** First back-off in milliseconds (doubled each retry). Default 1 000. */
  backoffMs?: number;
  /** Told of each request, retry and page (the CLI prints these). */
  log?: (message: string) => void;
  fetchImpl?: typeof fetch;
}

export class PtvFetchError extends Error {
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'timeout' | 'http' | 'answer',
  ) {
    super(message);
    this.name = 'PtvFetchError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PtvClient {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly interval: number;
  private readonly backoffMs: number;
  private readonly log: (message: string) => void;
  private readonly fetchImpl: typeof fetch;
  private last = 0;
  /** Requests sent, retries included. */
  requests = 0;

  constructor(options: FetchOptions = {}) {
    this.base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 4;
    this.interval = 1000 / Math.max(0.01, options.ratePerSecond ?? 2);
    this.backoffMs = options.backoffMs ?? 1000;
    this.log = options.log ?? (() => {});
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  url(path: string, query: Record<string, string | number | undefined> = {}): string {
    const u = new URL(`${this.base}/${API}/${path}`);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, String(v));
    return u.toString();
  }

  /** One GET, with the rate limit, the timeout and the retries. */
  async get(url: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const wait = this.last + this.interval - Date.now();
      if (wait > 0) await sleep(wait);
      this.last = Date.now();
      this.requests++;
      let retryAfter: number | undefined;
      let failure: PtvFetchError;
      try {
        const response = await this.fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
        if (response.ok) {
          try {
            return (await response.json()) as unknown;
          } catch {
            throw new PtvFetchError(`${url} answered with something that is not JSON`, 'answer');
          }
        }
        const seconds = Number(response.headers.get('retry-after'));
        if (Number.isFinite(seconds) && seconds >= 0) retryAfter = Math.min(seconds * 1000, 60_000);
        failure = new PtvFetchError(`${url} answered ${response.status} ${response.statusText}`.trim(), 'http');
        if (response.status !== 429 && response.status < 500) throw failure;
        await response.body?.cancel().catch(() => {});
      } catch (error) {
        if (error instanceof PtvFetchError) {
          if (error.kind !== 'http' || !/answered (429|5\d\d)/.test(error.message)) throw error;
          failure = error;
        } else if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') {
          failure = new PtvFetchError(`${url} did not answer within ${this.timeoutMs} ms (--timeout)`, 'timeout');
        } else {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          failure = new PtvFetchError(
            `cannot reach the PTV open API at ${this.base} (${cause?.code ?? cause?.message ?? (error as Error).message}); check the address (--base-url) and the network`,
            'unreachable',
          );
        }
      }
      if (attempt >= this.retries) throw failure;
      const delay = retryAfter ?? this.backoffMs * 2 ** attempt;
      this.log(`${failure.message}; retrying in ${Math.round(delay)} ms (${attempt + 1}/${this.retries})`);
      await sleep(delay);
    }
  }

  /** Every page of a list endpoint, in order, until `pageCount`. */
  async pages(path: string, query: Record<string, string | undefined> = {}): Promise<unknown[]> {
    const items: unknown[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.get(this.url(path, { ...query, page }));
      if (!isObject(answer) || !Array.isArray(own(answer, 'itemList'))) {
        // PTV answers an empty list with `itemList: null` on some endpoints.
        if (isObject(answer) && own(answer, 'itemList') === null) break;
        throw new PtvFetchError(`${this.url(path, { ...query, page })} did not answer with a page of channels (no itemList)`, 'answer');
      }
      items.push(...(own(answer, 'itemList') as unknown[]));
      const count = Number(own(answer, 'pageCount'));
      this.log(`page ${page}${Number.isFinite(count) ? ` of ${count}` : ''}: ${(own(answer, 'itemList') as unknown[]).length} channel(s)`);
      if (!Number.isFinite(count) || page >= count) break;
    }
    return items;
  }

  /**
   * Full channels for list items. Some list endpoints answer with ids and names only
   * (`{ id, name }`); those are read again in batches through `ServiceChannel/list?guids=`.
   */
  async complete(items: unknown[]): Promise<unknown[]> {
    const bare = items.filter((i) => isObject(i) && typeof own(i, 'id') === 'string' && own(i, 'serviceChannelType') === undefined) as Array<Record<string, unknown>>;
    if (!bare.length) return items;
    const full = new Map<string, unknown>();
    for (let i = 0; i < bare.length; i += 50) {
      const guids = bare.slice(i, i + 50).map((b) => own(b, 'id') as string);
      const answer = await this.get(this.url('ServiceChannel/list', { guids: guids.join(',') }));
      const list = Array.isArray(answer) ? answer : isObject(answer) && Array.isArray(own(answer, 'itemList')) ? (own(answer, 'itemList') as unknown[]) : [];
      for (const c of list) if (isObject(c) && typeof own(c, 'id') === 'string') full.set(own(c, 'id') as string, c);
    }
    return items.map((i) => (isObject(i) && full.has(own(i, 'id') as string) ? full.get(own(i, 'id') as string) : i));
  }
}

export interface ChannelQuery {
  organization: string;
  /** Only the organisation's channels serving this municipality (three digits). */
  municipality?: string;
  /** Only channels changed since this date (`YYYY-MM-DD` or a full ISO date-time). */
  since?: string;
}

/** The organisation's service channels, every page, as full channels. */
export async function fetchServiceChannels(query: ChannelQuery, options: FetchOptions = {}): Promise<unknown[]> {
  const client = new PtvClient(options);
  const date = query.since && /^\d{4}-\d{2}-\d{2}$/.test(query.since) ? `${query.since}T00:00:00` : query.since;
  const path = query.municipality ? `ServiceChannel/list/area/Municipality/code/${encodeURIComponent(query.municipality)}` : `ServiceChannel/organization/${encodeURIComponent(query.organization)}`;
  const items = await client.complete(await client.pages(path, { date }));
  // The area endpoint lists every organisation's channels there; keep the one asked for.
  return query.municipality ? items.filter((c) => !isObject(c) || own(c, 'organizationId') === undefined || own(c, 'organizationId') === query.organization) : items;
}

/** A service and the full channels it links to. */
export async function fetchServiceWithChannels(serviceId: string, options: FetchOptions = {}): Promise<{ service: unknown; channels: unknown[] }> {
  const client = new PtvClient(options);
  const service = await client.get(client.url(`Service/${encodeURIComponent(serviceId)}`));
  const ids = (isObject(service) && Array.isArray(own(service, 'serviceChannels')) ? (own(service, 'serviceChannels') as unknown[]) : [])
    .map((c) => (isObject(c) && isObject(own(c, 'serviceChannel')) ? own(own(c, 'serviceChannel') as Record<string, unknown>, 'id') : undefined))
    .filter((id): id is string => typeof id === 'string');
  const channels = await client.complete(ids.map((id) => ({ id })));
  return { service, channels };
}
