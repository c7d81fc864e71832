import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { InMemorySource, ProviderLoadError, RemoteSource, type ProviderQuery } from '@auta/provider-finder/data.js';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';
import { createProviderServer } from '@auta/provider-finder/server.js';
import { generateProviders } from 'auta-tool-sample-data';

const data = [...SAMPLE_PROVIDERS, ...generateProviders(400, 11)];
const FRIDAY_23 = new Date('2026-03-06T21:00:00Z'); // Friday 23.00 in Helsinki (UTC+2)

/** The shared table: every query runs against the in-memory source and the server. */
const QUERIES: Array<[string, ProviderQuery]> = [
  ['everything, default sort', {}],
  ['text inside compounds', { text: 'kirjasto' }],
  ['diacritics folded', { text: 'jyvaskyla' }],
  ['Swedish name', { text: 'Åbo' }],
  ['two words narrow', { text: 'digituki helsinki' }],
  ['municipality', { municipalities: ['091'] }],
  ['municipality with nationwide', { municipalities: ['091'], includeNationwide: true }],
  ['region', { regions: ['15'] }],
  ['forms', { forms: ['phone', 'chat'] }],
  ['languages', { languages: ['se', 'smn'] }],
  ['kinds', { kinds: ['library'], sort: 'name', lang: 'sv' }],
  ['audience', { audience: ['seniors'] }],
  ['accessibility', { accessibility: ['stepFree', 'inductionLoop'] }],
  ['free', { free: true, text: 'tuki' }],
  ['open now late on Friday', { openNow: true, now: FRIDAY_23 }],
  ['distance from Turku', { near: { lat: 60.4518, lon: 22.2666 }, sort: 'distance' }],
  ['relevance with a point', { text: 'kirjasto', near: { lat: 65.0121, lon: 25.4651 } }],
  ['page 3 of 7', { text: 'tuki', page: 3, pageSize: 7 }],
  ['name sort in English', { sort: 'name', lang: 'en', pageSize: 50 }],
  ['nothing found', { text: 'zzqqxx' }],
];

let server: Server;
let remote: RemoteSource;
let base: string;
const memory = new InMemorySource(JSON.parse(JSON.stringify(data)), { load: { warn: false } });

before(async () => {
  server = createProviderServer({ providers: JSON.parse(JSON.stringify(data)) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  remote = new RemoteSource(`${base}/providers`);
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the remote source and the reference server agree with the in-memory source', () => {
  for (const [name, query] of QUERIES) {
    test(name, async () => {
      const local = await memory.search(query);
      const far = await remote.search(query);
      assert.deepEqual(far, JSON.parse(JSON.stringify(local)));
      if (name !== 'nothing found') assert.ok(local.total > 0, 'the query finds something');
    });
  }
});

describe('reference server', () => {
  test('rejects invalid parameters with 400 naming the parameter', async () => {
    for (const [params, parameter] of [
      ['forms=teleport', 'forms'],
      ['page=0', 'page'],
      ['pageSize=1000', 'pageSize'],
      ['sort=distance', 'sort'],
      ['lat=60', 'lat'],
      ['free=maybe', 'free'],
      ['colour=blue', 'colour'],
      ['municipality=Helsinki', 'municipality'],
    ] as const) {
      const res = await fetch(`${base}/providers?${params}`);
      assert.equal(res.status, 400, params);
      const body = (await res.json()) as { error: { parameter: string } };
      assert.equal(body.error.parameter, parameter);
    }
  });

  test('answers one provider by id, 404 for an unknown id, and CORS headers', async () => {
    const res = await fetch(`${base}/providers/${encodeURIComponent('sample-helsinki-lumikko')}`, { headers: { Origin: 'https://example.com' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(((await res.json()) as { id: string }).id, 'sample-helsinki-lumikko');
    assert.equal((await fetch(`${base}/providers/nobody`)).status, 404);
    assert.equal((await fetch(`${base}/elsewhere`)).status, 404);
    assert.equal((await fetch(`${base}/providers`, { method: 'POST' })).status, 405);
    const preflight = await fetch(`${base}/providers`, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/);
    assert.equal((await fetch(`${base}/providers?q=${'x'.repeat(5000)}`)).status, 414);
  });

  test('RemoteSource.get reads one provider and gives undefined for an unknown id', async () => {
    assert.equal((await remote.get('sample-oulu-kirjasto'))?.id, 'sample-oulu-kirjasto');
    assert.equal(await remote.get('no-such-id'), undefined);
  });

  test('an allow-list of origins answers only listed origins', async () => {
    const strict = createProviderServer({ providers: SAMPLE_PROVIDERS, cors: ['https://palvelu.example.com'] });
    await new Promise<void>((resolve) => strict.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(strict.address() as AddressInfo).port}/providers`;
    try {
      const ok = await fetch(url, { headers: { Origin: 'https://palvelu.example.com' } });
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://palvelu.example.com');
      const other = await fetch(url, { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    } finally {
      await new Promise<void>((resolve) => strict.close(() => resolve()));
    }
  });
});

describe('RemoteSource failures against a real server', () => {
  const answer = (handler: (url: URL) => { status?: number; type?: string; body: string; delay?: number }) => {
    const s = createServerWith(handler);
    return s;
  };

  test('HTTP error, invalid JSON, wrong content type, wrong shape, timeout, network error, abort', async () => {
    const { url, close } = await answer((u) => {
      const mode = u.searchParams.get('q');
      if (mode === 'http') return { status: 503, body: '{}' };
      if (mode === 'json') return { body: '{"items": [' };
      if (mode === 'html') return { type: 'text/html', body: '<html></html>' };
      if (mode === 'shape') return { body: '{"items": 5}' };
      if (mode === 'slow') return { body: '{"items":[],"total":0}', delay: 400 };
      return { body: '{"items":[],"total":0,"facets":{}}' };
    });
    try {
      const source = new RemoteSource(url, { timeout: 150 });
      const kind = async (q: string) => {
        try {
          await source.search({ text: q });
          return 'ok';
        } catch (e) {
          assert.ok(e instanceof ProviderLoadError);
          return e.kind;
        }
      };
      assert.equal(await kind('fine'), 'ok');
      assert.equal(await kind('http'), 'http');
      assert.equal(source.status, 'error');
      assert.equal(source.error?.status, 503);
      assert.equal(await kind('json'), 'invalid-json');
      assert.equal(await kind('html'), 'invalid-json');
      assert.equal(await kind('shape'), 'invalid-data');
      assert.equal(await kind('slow'), 'timeout');
      // A newer query aborts the older one: the older rejects `aborted`, the newer answers.
      const patient = new RemoteSource(url, { timeout: 5000 });
      const older = patient.search({ text: 'slow' });
      const newer = patient.search({ text: 'fine' });
      await assert.rejects(older, (e: unknown) => e instanceof ProviderLoadError && e.kind === 'aborted');
      assert.equal((await newer).total, 0);
    } finally {
      await close();
    }
    const gone = new RemoteSource(url, { timeout: 2000 });
    await assert.rejects(gone.search({}), (e: unknown) => e instanceof ProviderLoadError && e.kind === 'network');
  });
});

async function createServerWith(handler: (url: URL) => { status?: number; type?: string; body: string; delay?: number }) {
  const { createServer } = await import('node:http');
  const s = createServer((req, res) => {
    const a = handler(new URL(req.url ?? '/', 'http://localhost'));
    setTimeout(() => {
      res.writeHead(a.status ?? 200, { 'Content-Type': a.type ?? 'application/json' });
      res.end(a.body);
    }, a.delay ?? 0);
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}/providers`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  };
}
