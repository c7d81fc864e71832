// Routes the browser tests call on the test server: JSON fixtures, slow answers, errors.
// They all live here, one plugin a concern; a package that needs routes of its own adds a plugin to testServerPlugins().
import { mutateFile, specsFromEnv } from '../test/hardening/mutation.mjs';

/**
 * SAMPLE provider records (fictional), in the finder's data format, for the hardening routes.
 * @param {number} count
 * @param {string} [label]
 */
function sampleProviders(count, label = 'Esimerkkikirjasto') {
  return Array.from({ length: count }, (_, i) => ({
    id: `net-${label}-${i}`,
    sample: true,
    name: { fi: `${label} ${i}` },
    kind: 'library',
    supportForms: ['phone', 'service-point'],
    languages: ['fi'],
    areaType: 'Nationwide',
  }));
}

const STATUS_HEADER = 'x-auta-hardening-status';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Routes for the failing-network tests in test/hardening/: each `key` counts its requests,
 * and the first `fail` of them fail in the way `mode` says; later ones answer well, so a
 * retry can recover.
 *   /__hardening__/providers?key=k&fail=1&mode=500|html|invalid|empty|slow&ms=3000&count=5
 *       a providers JSON file (the finder's `src`)
 *   /__hardening__/remote?key=k&fail=…&mode=…&slowq=hidas&ms=1500
 *       the remote search protocol ({ items, total }); a `q` containing `slowq` answers after `ms`
 *   /__hardening__/count?key=k   how many requests `key` has had
 *   POST /__hardening__/store?key=k (body: any text), then GET /__hardening__/stored?key=k
 *       serves that text as application/json: hostile JSON files for the finder's `src`
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function hardeningRoutes() {
  /** @type {Map<string, number>} */
  const counts = new Map();
  /** @type {Map<string, string>} */
  const stored = new Map();
  return {
    name: 'auta-hardening-routes',
    async serve(context) {
      const url = new URL(context.request.url, 'http://localhost');
      if (!url.pathname.startsWith('/__hardening__/')) return undefined;
      const p = url.searchParams;
      const key = p.get('key') ?? 'default';
      if (url.pathname === '/__hardening__/store' && context.method === 'POST') {
        const body = await new Promise((resolve, reject) => {
          let text = '';
          context.req.setEncoding('utf8');
          context.req.on('data', (chunk) => (text += chunk));
          context.req.on('end', () => resolve(text));
          context.req.on('error', reject);
        });
        stored.set(key, /** @type {string} */ (body));
        return { body: '{}', type: 'application/json' };
      }
      if (url.pathname === '/__hardening__/stored') return { body: stored.get(key) ?? '', type: 'application/json' };
      if (url.pathname === '/__hardening__/count') return { body: JSON.stringify({ count: counts.get(key) ?? 0 }), type: 'application/json' };
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      const ms = Number(p.get('ms') ?? 3000);
      if (n <= Number(p.get('fail') ?? 0)) {
        const mode = p.get('mode') ?? '500';
        if (mode === '500') return { body: 'Internal Server Error', type: 'text/plain', headers: { [STATUS_HEADER]: '500' } };
        if (mode === 'html') return { body: '<!doctype html><title>Virhe</title><h1>Palvelussa on häiriö</h1>', type: 'text/html' };
        if (mode === 'invalid') return { body: '[{"id": "broken", "name": {"fi": "Kesken', type: 'application/json' };
        if (mode === 'empty') return { body: '', type: 'application/json' };
        if (mode === 'slow') await sleep(ms);
      }
      const label = p.get('label') ?? 'Esimerkkikirjasto';
      if (url.pathname === '/__hardening__/providers') {
        return { body: JSON.stringify(sampleProviders(Number(p.get('count') ?? 5), label)), type: 'application/json' };
      }
      if (url.pathname === '/__hardening__/remote') {
        const q = p.get('q') ?? '';
        if (p.get('slowq') && q.includes(p.get('slowq') ?? '')) await sleep(ms);
        const items = sampleProviders(3, q ? `Tulos ${q}` : label).map((provider) => ({ provider }));
        return { body: JSON.stringify({ items, total: items.length }), type: 'application/json' };
      }
      return { body: 'not found', type: 'text/plain', headers: { [STATUS_HEADER]: '404' } };
    },
    transform: statusFromHeader('/__hardening__/'),
  };
}

/**
 * A serve hook always answers 200; this transform hook runs after it and sets the status a
 * route asked for in its STATUS_HEADER.
 * @param {string} prefix the routes it applies to
 * @returns {NonNullable<import('@web/test-runner').TestRunnerPlugin['transform']>}
 */
function statusFromHeader(prefix) {
  return (context) => {
    const status = context.response.get(STATUS_HEADER);
    if (!status || !context.path.startsWith(prefix)) return undefined;
    context.status = Number(status);
    context.response.remove(STATUS_HEADER);
    return { transformCache: false };
  };
}

/**
 * For `node test/hardening/mutate.mjs` only: with `AUTA_MUTATE` set to
 * a mutation spec of `test/hardening/mutations.mjs` (or a list of them), the served (compiled)
 * code of that one file has the protection removed, so a test can be seen to fail without
 * touching the source. Does nothing when the variable is unset.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function mutationPlugin() {
  const specs = specsFromEnv();
  return {
    name: 'auta-mutation',
    transform(context) {
      if (!specs.length || typeof context.body !== 'string') return undefined;
      const body = mutateFile(context.body, context.path, specs);
      return body === undefined ? undefined : { body, transformCache: false };
    },
  };
}

/**
 * For the lazy-chunk tests: while the page has the cookie `auta-fail-easy-chunk=<package>`,
 * that package's easy-to-read chunk (`/packages/<package>/src/messages-easy.*`) answers 404,
 * as a chunk left behind when self-hosting does; `auta-fail-easy-chunk=<package>/messages.sv`
 * does the same for a language chunk (`/packages/<package>/src/messages.sv.*`). The test runner
 * lets the browser cache every file for a year, so every answer for a chunk says
 * `Vary: Cookie`: a page without the cookie never gets the cached failure, nor a page with it
 * the cached file. The failing answer also has a server-side cache key of its own.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function failingEasyChunks() {
  /** @param {import('koa').Context} context */
  const chunk = (context) => {
    const m = /^\/packages\/([a-z-]+)\/src\/(messages-easy|messages\.(?:sv|en))\./.exec(context.path);
    return m && (m[2] === 'messages-easy' ? m[1] : `${m[1]}/${m[2]}`);
  };
  /** @param {import('koa').Context} context */
  const failing = (context) => {
    const pkg = chunk(context);
    return pkg != null && pkg === /(?:^|;\s*)auta-fail-easy-chunk=([a-z/.-]+)/.exec(context.get('cookie') ?? '')?.[1];
  };
  return {
    name: 'auta-failing-easy-chunks',
    transformCacheKey: (context) => (failing(context) ? 'failing-easy-chunk' : undefined),
    // A body the TypeScript transform passes through; the status is set after it.
    serve: (context) => (failing(context) ? { body: '// not found\n', type: 'js' } : undefined),
    transform(context) {
      if (chunk(context) == null) return undefined;
      if (!failing(context)) return { headers: { vary: 'Cookie' } };
      context.status = 404;
      return { headers: { vary: 'Cookie' }, transformCache: false };
    },
  };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin[]} */
export function testServerPlugins() {
  return [
    mutationPlugin(),
    hardeningRoutes(),
    failingEasyChunks(),
    {
      name: 'auta-test-routes',
      async serve(context) {
        const url = new URL(context.request.url, 'http://localhost');
        if (!url.pathname.startsWith('/__test__/')) return undefined;
        const delay = Number(url.searchParams.get('delay') ?? 0);
        if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 10_000)));
        const status = url.searchParams.get('status') ?? '200';
        const type = url.searchParams.get('type') ?? 'application/json';
        const body = url.searchParams.get('body') ?? '[]';
        return { body, type, headers: { [STATUS_HEADER]: status } };
      },
      transform: statusFromHeader('/__test__/'),
    },
  ];
}
