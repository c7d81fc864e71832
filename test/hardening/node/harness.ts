/**
 * What the Node-driven hardening tests share: a bundle of every element's `define` entry
 * built with esbuild (as an agency would ship it: external files only, no inline script),
 * a loopback server whose every request is recorded and whose pages carry the headers a
 * test asks for, and headless Chromium through playwright-core.
 */
import { build, type Plugin } from 'esbuild';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs module without types
import { browserPath, CHROME_FLAGS } from 'auta-tool-browser';
import { mutateFile, specsFromEnv } from '../mutation.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

/** The strict policy an agency page is served with (docs/security.md explains each directive). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Component packages: every package with a `src/define.ts`, except the all-in-one ones. */
export function definePackages(): Array<{ pkg: string; tags: string[] }> {
  const out: Array<{ pkg: string; tags: string[] }> = [];
  for (const pkg of readdirSync(join(ROOT, 'packages')).sort()) {
    if (pkg === 'elements' || pkg === 'react') continue;
    const file = join(ROOT, 'packages', pkg, 'src', 'define.ts');
    if (!existsSync(file)) continue;
    const tags = [...readFileSync(file, 'utf8').matchAll(/customElements\.define\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!);
    out.push({ pkg, tags });
  }
  return out;
}

/** Every `auta-*` tag the packages define. */
export const allTags = (): string[] => definePackages().flatMap((p) => p.tags);

export interface Bundle {
  dir: string;
  /** Script paths (under the server root) for each entry name. */
  scripts: Record<string, string>;
  dispose(): void;
}

/**
 * Bundles `elements.js` (every package's define entry) and any extra entries given as
 * source text, with the `@auta/source` condition, as ES modules with shared chunks.
 * `solo` entries are bundled whole, each on its own: code splitting does not keep the order
 * in which modules run, and some code must run before Lit does (hydration support).
 */
export async function buildBundle(extra: Record<string, string> = {}, solo: Record<string, string> = {}): Promise<Bundle> {
  const dir = mkdtempSync(join(tmpdir(), 'auta-hardening-'));
  const entries: Record<string, string> = {
    elements: definePackages()
      .map(({ pkg }) => `import '@auta/${pkg}/define.js';`)
      .join('\n'),
    ...extra,
  };
  const entryPoints: Record<string, string> = {};
  const entryDir = join(dir, 'entries');
  mkdirSync(entryDir);
  try {
    for (const [name, text] of Object.entries(entries)) {
      const file = join(entryDir, `${name}.ts`);
      writeFileSync(file, text);
      entryPoints[name] = file;
    }
    const common = {
      plugins: [mutationPlugin()],
      outdir: join(dir, 'js'),
      bundle: true,
      format: 'esm' as const,
      target: 'es2022',
      conditions: ['@auta/source'],
      tsconfig: join(ROOT, 'tsconfig.base.json'),
      // The entries are outside the repository: resolve package names from its node_modules.
      nodePaths: [join(ROOT, 'node_modules')],
      logLevel: 'error' as const,
    };
    for (const [name, text] of Object.entries(solo)) {
      const file = join(entryDir, `${name}.ts`);
      writeFileSync(file, text);
      await build({ ...common, entryPoints: { [name]: file } });
    }
    await build({ ...common, entryPoints, splitting: true });
  } finally {
    rmSync(entryDir, { recursive: true, force: true });
  }
  return {
    dir,
    scripts: Object.fromEntries([...Object.keys(entries), ...Object.keys(solo)].map((n) => [n, `/js/${n}.js`])),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * For `node test/hardening/mutate.mjs` only: removes one protection from one source file in
 * the bundle (see AUTA_MUTATE in scripts/test-server-plugins.mjs). Inert when unset.
 */
function mutationPlugin(): Plugin {
  const specs = specsFromEnv();
  return {
    name: 'auta-mutation',
    setup(b) {
      if (!specs.length) return;
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const contents = mutateFile(readFileSync(args.path, 'utf8'), args.path, specs);
        return contents === undefined ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface TestServer {
  origin: string;
  /** Every request the server answered, as path + query, in order. */
  requests: string[];
  page(path: string, html: string, headers?: Record<string, string>): void;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** Serves `root` (the bundle) plus pages and routes registered by the test, on 127.0.0.1. */
export async function startServer(root: string, headers: Record<string, string> = {}): Promise<TestServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const routes = new Map<string, Handler>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...headers, ...page.headers }).end(page.html);
      return;
    }
    const handler = routes.get(url.pathname);
    if (handler) {
      Promise.resolve(handler(req, res, url)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
      return;
    }
    const file = join(root, url.pathname);
    if (file.startsWith(root) && existsSync(file) && !file.endsWith('/')) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    page: (path, html, h = {}) => pages.set(path, { html, headers: h }),
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath() as string, args: CHROME_FLAGS as string[] });
}

/** A fresh context and page; every uncaught error and failed request is collected. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Waits until no `auta-*` element is undefined and every one has finished updating. */
export async function elementsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(':not(:defined)'), undefined, { timeout: 15_000 });
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('auta-')) as Array<Element & { updateComplete?: Promise<unknown> }>;
    await Promise.all(all.map((el) => el.updateComplete));
  });
}

/** A classic external script, run before any module: what a page would put first in its head. */
export const EARLY_SCRIPT_PATH = '/early.js';

/**
 * SAMPLE provider data for the finder: fictional places with fictional numbers. `count`
 * records, spread over a few municipalities; names carry a searchable word and a number.
 */
export function sampleProviders(count: number): unknown[] {
  const towns = [
    { code: '091', fi: 'Helsinki', sv: 'Helsingfors', postal: '00100', lat: 60.17, lon: 24.94 },
    { code: '837', fi: 'Tampere', sv: 'Tammerfors', postal: '33100', lat: 61.5, lon: 23.76 },
    { code: '853', fi: 'Turku', sv: 'Åbo', postal: '20100', lat: 60.45, lon: 22.27 },
    { code: '564', fi: 'Oulu', sv: 'Uleåborg', postal: '90100', lat: 65.01, lon: 25.47 },
  ];
  const words = ['kirjasto', 'neuvonta', 'palvelupiste', 'opisto', 'yhdistys'];
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const t = towns[i % towns.length]!;
    const w = words[i % words.length]!;
    out.push({
      id: `sample-${i}`,
      sample: true,
      name: { fi: `Esimerkki${w} ${i}`, sv: `Exempel ${i}`, en: `Sample ${w} ${i}` },
      description: { fi: `Esimerkkitietoa: apua digiasiointiin (${i}).` },
      kind: 'library',
      supportForms: ['service-point', 'phone'],
      languages: ['fi', 'sv'],
      areaType: 'LimitedType',
      areas: [{ type: 'Municipality', code: t.code }],
      addresses: [
        {
          type: 'Location',
          street: { fi: 'Esimerkkikatu', sv: 'Exempelgatan' },
          streetNumber: String((i % 90) + 1),
          postalCode: t.postal,
          postOffice: { fi: t.fi, sv: t.sv },
          municipality: { code: t.code, name: { fi: t.fi, sv: t.sv } },
          latitude: t.lat + (i % 100) / 1000,
          longitude: t.lon + (i % 100) / 1000,
        },
      ],
      phoneNumbers: [{ number: `0295 ${String(100000 + (i % 899999)).slice(0, 3)} ${String(i % 1000).padStart(3, '0')}`, serviceChargeType: 'Other' }],
      webPages: [{ url: `https://example.com/paikat/${i}` }],
      serviceHours: [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }] }],
      free: true,
    });
  }
  return out;
}
