/**
 * `auta-ptv fetch` and `channels --service` against a local replay server on 127.0.0.1
 * that answers with the recorded-shape fixture pages (no network in tests): pages are
 * followed to the end, a 429 and a 500 are retried, a silent server is a timeout, an
 * unreachable one a clear message, and a run stopped midway leaves no half-written file.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchServiceChannels } from '@auta/ptv';
import { v11Id, v11Page, v11Pages, v11Service } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run.js';

const ORG = '7e0a0000-0000-4000-8000-0000000000aa';
const requests: string[] = [];
const failedOnce = new Set<string>();
const hanging: ServerResponse[] = [];
let base = '';
let server: Server;
let onRequest: ((url: URL) => void) | undefined;

function answer(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  requests.push(`${url.pathname}${url.search}`);
  onRequest?.(url);
  const page = Number(url.searchParams.get('page') ?? '1') as 1 | 2 | 3;
  const json = (body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const once = (key: string, status: number, headers: Record<string, string> = {}) => {
    if (failedOnce.has(key)) return false;
    failedOnce.add(key);
    res.writeHead(status, headers);
    res.end(status === 429 ? 'Too Many Requests' : 'Internal Server Error');
    return true;
  };
  const p = url.pathname;
  if (p === `/api/v11/ServiceChannel/organization/${ORG}`) {
    if (page === 2 && once('429', 429, { 'retry-after': '0' })) return;
    if (page === 3 && once('500', 500)) return;
    return json(v11Page(page));
  }
  if (p === '/api/v11/ServiceChannel/organization/slow') return void hanging.push(res);
  if (p === '/api/v11/ServiceChannel/organization/stop') return page === 1 ? json(v11Page(1)) : void hanging.push(res);
  if (p === '/api/v11/ServiceChannel/list/area/Municipality/code/905') {
    const other = { ...v11Page(1).itemList[1], id: 'other-org-channel', organizationId: 'someone-else' };
    return json({ pageNumber: 1, pageSize: 100, pageCount: 1, itemList: [...v11Pages().flatMap((x) => x.itemList), other] });
  }
  if (p === `/api/v11/Service/${String(v11Service().id)}`) return json(v11Service());
  if (p === '/api/v11/ServiceChannel/list') {
    const ids = (url.searchParams.get('guids') ?? '').split(',');
    return json(v11Pages().flatMap((x) => x.itemList).filter((c) => ids.includes(c.id as string)));
  }
  res.writeHead(404);
  res.end();
}

before(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const temp = () => mkdtempSync(join(tmpdir(), 'auta-ptv-fetch-'));

describe('auta-ptv fetch against a replay server', () => {
  test('follows the pages to the end, retrying a 429 and a 500, and converts what it read', async () => {
    requests.length = 0;
    const dir = temp();
    const out = join(dir, 'providers.json');
    const raw = join(dir, 'raw.json');
    const r = await runCli(['fetch', '--organization', ORG, '--base-url', base, '--rate', '50', '--kind', 'library', '--forms', 'EChannel=chat', '--forms', 'WebPage=chat', '--out', out, '--save-raw', raw]);
    assert.equal(r.status, 0, r.stderr);
    const pages = requests.filter((q) => q.includes(`/organization/${ORG}`));
    assert.deepEqual(
      pages.map((q) => new URL(q, base).searchParams.get('page')),
      ['1', '2', '2', '3', '3'],
      'page 2 asked twice (429), page 3 twice (500)',
    );
    assert.match(r.stderr, /429 Too Many Requests; retrying/);
    assert.match(r.stderr, /500 Internal Server Error; retrying/);
    assert.equal((JSON.parse(readFileSync(raw, 'utf8')) as unknown[]).length, 9);
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length, 7);
    assert.match(r.stderr, /7 converted, 2 skipped/);
  });

  test('--municipality pages the area endpoint and keeps the organisation\'s channels; --since is sent as date', async () => {
    requests.length = 0;
    const channels = await fetchServiceChannels({ organization: ORG, municipality: '905', since: '2026-11-01' }, { baseUrl: base, ratePerSecond: 50 });
    assert.equal(channels.length, 9, 'the other organisation\'s channel is left out');
    const asked = new URL(requests[0]!, base);
    assert.equal(asked.pathname, '/api/v11/ServiceChannel/list/area/Municipality/code/905');
    assert.equal(asked.searchParams.get('date'), '2026-11-01T00:00:00');
    assert.equal(asked.searchParams.get('page'), '1');
  });

  test('a server that does not answer is reported as a timeout', async () => {
    const r = await runCli(['fetch', '--organization', 'slow', '--base-url', base, '--timeout', '300', '--retries', '1', '--rate', '50', '--kind', 'library']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /did not answer within 300 ms \(--timeout\)/);
  });

  test('an address nothing listens on is named as unreachable', async () => {
    // A port that was just free: listen, note it, close.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const r = await runCli(['fetch', '--organization', ORG, '--base-url', `http://127.0.0.1:${port}`, '--retries', '0', '--kind', 'library']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`cannot reach the PTV open API at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
  });

  test('a run stopped midway leaves the old output file as it was and no temporary file', async () => {
    const dir = temp();
    const out = join(dir, 'providers.json');
    writeFileSync(out, '["the previous run"]\n');
    let stop: (() => void) | undefined;
    onRequest = (url) => {
      if (url.pathname.endsWith('/organization/stop') && url.searchParams.get('page') === '2') stop?.();
    };
    const r = await runCli(['fetch', '--organization', 'stop', '--base-url', base, '--rate', '50', '--kind', 'library', '--out', out], undefined, (child) => {
      stop = () => child.kill('SIGTERM');
    });
    onRequest = undefined;
    assert.ok(r.status !== 0 || r.signal !== null, 'the run was stopped');
    assert.equal(readFileSync(out, 'utf8'), '["the previous run"]\n');
    assert.deepEqual(readdirSync(dir), ['providers.json']);
  });
});

describe('auta-ptv channels --service against a replay server', () => {
  test('reads the service, then its channels by id, and writes the notice channels', async () => {
    requests.length = 0;
    const r = await runCli(['channels', '--service', String(v11Service().id), '--base-url', base, '--rate', '50']);
    assert.equal(r.status, 0, r.stderr);
    const kinds = (JSON.parse(r.stdout) as Array<{ kind: string }>).map((c) => c.kind);
    assert.deepEqual(kinds, ['service-desk', 'email', 'phone', 'phone', 'email', 'mail']);
    assert.ok(requests.some((q) => q.startsWith('/api/v11/ServiceChannel/list?guids=') && q.includes(v11Id(7))));
  });
});
