/**
 * `@auta/provider-finder/server.js`: the reference server for the finder's HTTP query
 * protocol (docs/data/protocol.md), on plain `node:http` and the same `ProviderIndex` the
 * browser uses. Node only.
 *
 *   GET  {basePath}?q=&municipality=&region=&nationwide=&forms=&languages=&kinds=&audience=
 *        &accessibility=&free=&openNow=&now=&sort=&lat=&lon=&lang=&page=&pageSize=
 *        → 200 { items, total, page, pageSize, facets }   | 400 { error: { parameter, message } }
 *   GET  {basePath}/{id} → 200 provider | 404
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { loadProviders } from '../data/load.js';
import { ProviderQueryError, paramsToQuery } from '../data/query.js';
import type { Provider } from '../data/schema.js';
import { ProviderIndex } from '../data/search/provider-index.js';

export interface ProviderServerOptions {
  /** Validated providers, or raw data that is validated with `loadProviders` first. */
  providers?: readonly Provider[] | unknown;
  /** An index built already (shared between servers, or built in a worker). */
  index?: ProviderIndex;
  /** Path the protocol answers on. Default `/providers`. */
  basePath?: string;
  /**
   * Origins allowed to call from a browser: `'*'` (default: public open data), a list of
   * origins, or `false` for no CORS headers at all.
   */
  cors?: '*' | readonly string[] | false;
  /** `Cache-Control` for answers. Default `public, max-age=60`. */
  cacheControl?: string;
}

const MAX_URL = 4096;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : json);
}

/** A `node:http` server answering the protocol over `providers`. Call `.listen()` yourself. */
export function createProviderServer(options: ProviderServerOptions = {}): Server {
  let index = options.index;
  if (!index) {
    const data = options.providers ?? [];
    const { providers } = loadProviders(data);
    index = new ProviderIndex(providers);
  }
  const search = index;
  const base = (options.basePath ?? '/providers').replace(/\/+$/, '') || '';
  const cors = options.cors ?? '*';
  const cacheControl = options.cacheControl ?? 'public, max-age=60';

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    if (cors === false) return {};
    const origin = req.headers.origin;
    if (cors === '*') return { 'Access-Control-Allow-Origin': '*' };
    if (origin && cors.includes(origin)) return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
    return { Vary: 'Origin' };
  };

  return createServer((req, res) => {
    const headers = corsHeaders(req);
    try {
      if ((req.url ?? '').length > MAX_URL) return send(res, 414, { error: { message: `The query is longer than ${MAX_URL} characters.` } }, headers);
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...headers, 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Headers': 'Accept', 'Access-Control-Max-Age': '600' });
        return res.end();
      }
      const isBase = url.pathname === base || url.pathname === `${base}/`;
      const single = !isBase && url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length + 1) : undefined;
      if (!isBase && single === undefined) return send(res, 404, { error: { message: 'Not found.' } }, headers);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, { error: { message: 'Only GET is supported.' } }, { ...headers, Allow: 'GET, HEAD, OPTIONS' });
      }
      if (single !== undefined) {
        let id: string;
        try {
          id = decodeURIComponent(single);
        } catch {
          return send(res, 400, { error: { parameter: 'id', message: 'The id is not a valid URL component.' } }, headers);
        }
        const provider = search.get(id);
        return provider ? send(res, 200, provider, { ...headers, 'Cache-Control': cacheControl }) : send(res, 404, { error: { message: 'No provider with that id.' } }, headers);
      }
      const query = paramsToQuery(url.searchParams, true);
      return send(res, 200, search.search(query), { ...headers, 'Cache-Control': query.openNow ? 'no-store' : cacheControl });
    } catch (error) {
      if (error instanceof ProviderQueryError) return send(res, 400, { error: { parameter: error.parameter, message: error.message } }, headers);
      console.error(error);
      return send(res, 500, { error: { message: 'The search failed.' } }, headers);
    }
  });
}
