import { expect } from '@open-wc/testing';
import { InMemorySource, ProviderLoadError, RemoteSource, isAbortError } from '@auta/provider-finder/data.js';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';

/** The test server's route: answers `body` with `status`, `type` and `delay`. */
const route = (params: Record<string, string>) => `/__test__/providers?${new URLSearchParams(params)}`;
const kindOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (e) {
    expect(e).to.be.instanceOf(ProviderLoadError);
    return (e as ProviderLoadError).kind;
  }
};
const body = JSON.stringify(SAMPLE_PROVIDERS.slice(0, 5));
/**
 * The shared test route answers 200 whatever `status` says, so HTTP errors come from a
 * `fetch` of our own here (the Node tests meet real error statuses from a real server).
 */
const failWith = (status: number): typeof fetch => async () => new Response('{"error":{}}', { status, headers: { 'Content-Type': 'application/json' } });

describe('InMemorySource', () => {
  it('embedded data is ready at once and answers queries', async () => {
    const source = new InMemorySource(SAMPLE_PROVIDERS);
    expect(source.status).to.equal('ready');
    const r = await source.search({ text: 'kirjasto' });
    expect(r.total).to.be.greaterThan(5);
    expect((await source.get('sample-oulu-kirjasto'))?.id).to.equal('sample-oulu-kirjasto');
  });

  it('fetches a URL on first search', async () => {
    const source = InMemorySource.fromUrl(route({ body }));
    expect(source.status).to.equal('idle');
    const r = await source.search({});
    expect(r.total).to.equal(5);
    expect(source.status).to.equal('ready');
  });

  it('HTTP error, invalid JSON, wrong content type and unusable data each have their kind', async () => {
    expect(await kindOf(InMemorySource.fromUrl(route({ body }), { fetch: failWith(500) }).load())).to.equal('http');
    expect(await kindOf(InMemorySource.fromUrl(route({ body: '[{"id": ' })).load())).to.equal('invalid-json');
    expect(await kindOf(InMemorySource.fromUrl(route({ type: 'text/html', body: '<h1>Hello</h1>' })).load())).to.equal('invalid-json');
    expect(await kindOf(InMemorySource.fromUrl(route({ body: '{"hello": 1}' })).load())).to.equal('invalid-data');
    expect(await kindOf(InMemorySource.fromUrl(route({ body: '[{"id": 1}]' })).load())).to.equal('invalid-data');
    const failing = InMemorySource.fromUrl(route({ body }), { fetch: failWith(404) });
    expect(await kindOf(failing.search({}))).to.equal('http');
    expect(failing.status).to.equal('error');
    expect(failing.error?.status).to.equal(404);
  });

  it('times out', async () => {
    const source = InMemorySource.fromUrl(route({ body, delay: '2000' }), { timeout: 200 });
    expect(await kindOf(source.load())).to.equal('timeout');
    expect(source.status).to.equal('error');
  });

  it('a newer load aborts the older one; a retry after an error recovers', async () => {
    const source = InMemorySource.fromUrl(route({ body, delay: '1500' }));
    const first = source.load();
    const second = source.setUrl(route({ body }));
    expect(await kindOf(first)).to.equal('aborted');
    await second;
    expect(source.status).to.equal('ready');
    expect((await source.search({})).total).to.equal(5);

    let calls = 0;
    const flakyFetch: typeof fetch = (input, init) => (++calls === 1 ? failWith(503)(input, init) : fetch(input, init));
    const flaky = InMemorySource.fromUrl(route({ body }), { fetch: flakyFetch });
    expect(await kindOf(flaky.search({}))).to.equal('http');
    expect(flaky.status).to.equal('error');
    // The retry: searching again (or load()) fetches again.
    expect((await flaky.search({})).total).to.equal(5);
    expect(flaky.status).to.equal('ready');
  });

  it('a query waiting for data gives way to a newer query; a caller’s signal aborts', async () => {
    const source = InMemorySource.fromUrl(route({ body, delay: '300' }));
    const older = source.search({ text: 'a' });
    const newer = source.search({ text: 'kirjasto' });
    expect(await kindOf(older)).to.equal('aborted');
    expect((await newer).total).to.be.greaterThan(0);
    const controller = new AbortController();
    const slow = InMemorySource.fromUrl(route({ body, delay: '1000' }));
    const pending = slow.search({}, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).to.be.true;
  });
});

describe('RemoteSource against the test server', () => {
  const answer = JSON.stringify({ items: [{ provider: SAMPLE_PROVIDERS[0], distanceKm: 1.5 }], total: 1, page: 1, pageSize: 20, facets: {} });

  it('reads an answer, validating each provider', async () => {
    const r = await new RemoteSource(route({ body: answer })).search({ text: 'kirjasto', municipalities: ['091'] });
    expect(r.total).to.equal(1);
    expect(r.items[0]!.provider.id).to.equal(SAMPLE_PROVIDERS[0]!.id);
    expect(r.items[0]!.distanceKm).to.equal(1.5);
    expect(r.facets.forms).to.deep.equal([]);
  });

  it('HTTP error, invalid JSON, wrong shape and timeout', async () => {
    const broken = new RemoteSource(route({ body: answer }), { fetch: failWith(502) });
    expect(await kindOf(broken.search({}))).to.equal('http');
    expect(broken.error?.status).to.equal(502);
    expect(await kindOf(new RemoteSource(route({ body: 'nope' })).search({}))).to.equal('invalid-json');
    expect(await kindOf(new RemoteSource(route({ type: 'text/html', body: '<p>x</p>' })).search({}))).to.equal('invalid-json');
    expect(await kindOf(new RemoteSource(route({ body: '[]' })).search({}))).to.equal('invalid-data');
    expect(await kindOf(new RemoteSource(route({ body: answer, delay: '2000' }), { timeout: 200 }).search({}))).to.equal('timeout');
  });

  it('an older query is aborted by a newer one and never wins', async () => {
    const slow = new RemoteSource(route({ body: answer, delay: '800' }));
    const older = slow.search({ text: 'a' });
    const newer = slow.search({ text: 'b' });
    expect(await kindOf(older)).to.equal('aborted');
    expect(await kindOf(newer)).to.equal('ok');
  });

  it('an invalid provider in an answer is dropped with a warning, the rest kept', async () => {
    const mixed = JSON.stringify({ items: [{ provider: { id: 'bad' } }, { provider: SAMPLE_PROVIDERS[1] }], total: 2, facets: {} });
    const original = console.warn;
    let warned = '';
    console.warn = (m: unknown) => (warned = String(m));
    try {
      const r = await new RemoteSource(route({ body: mixed })).search({});
      expect(r.items.map((h) => h.provider.id)).to.deep.equal([SAMPLE_PROVIDERS[1]!.id]);
    } finally {
      console.warn = original;
    }
    expect(warned).to.match(/record 0 \(id "bad"\)/);
  });
});
