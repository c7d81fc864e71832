// A Node server that renders the Auta elements into the page with @lit-labs/ssr: each
// element's shadow DOM arrives as declarative shadow DOM, so the page is readable (and
// the notice's phone link works) before and without JavaScript, and nothing shifts when
// client.js hydrates it. A CMS does the same from its page template, or pre-renders
// at publish time.
//
//   node examples/ssr-node/build.mjs && node examples/ssr-node/server.mjs
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
// The feedback forms render into their light DOM on the server, so that they post without JavaScript.
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
// Registers every element in Node (Lit's DOM shim provides customElements on the server). A
// server render cannot wait for a language module: a page in Swedish or English also imports
// '@auta/alt-channel/lang/sv.js' (and help, on-behalf, provider-finder) — this page is Finnish.
import '@auta/elements';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = join(here, 'dist');

/**
 * The body of the page: the same markup a CMS template would write. Each element carries
 * `lang`: on the server it cannot see the page's `<html lang>`, and the browser must
 * hydrate the same language the server wrote.
 */
const body = () => html`
  <header><auta-acting-as lang="fi" acting-as="self" switch-href="/valitse"></auta-acting-as></header>
  <main>
    <h1>Hae asumistukea</h1>
    <auta-on-behalf-entry lang="fi" name="acting-as" heading-level="2"></auta-on-behalf-entry>
    <p id="status" role="status"></p>
    <auta-alt-channel-notice lang="fi" errand="Hae asumistukea" variant="callout">
      <h2 slot="heading">Hae asumistukea muulla tavalla</h2>
      <section slot="phone">
        <h3>Puhelimitse</h3>
        <p><a href="tel:+358295123456">0295 123 456</a></p>
        <p>Puhelinaika maanantaista perjantaihin kello 9–16.</p>
      </section>
      <section slot="service-desk">
        <h3>Asiointipisteessä</h3>
        <p>Palvelupiste Esimerkkilä, Esimerkkikatu 1 A, 00100 Helsinki.</p>
      </section>
    </auta-alt-channel-notice>
    <h2>Mistä saan apua digiasiointiin?</h2>
    <auta-provider-finder lang="fi" src="/providers.json" heading-level="3"></auta-provider-finder>
    <auta-help lang="fi" other-ways-href="https://example.com/muut-tavat"></auta-help>
    <auta-service-unavailable lang="fi" reason="maintenance" heading-level="2" from="2026-05-12T18:00+03:00" until="2026-05-13T08:00+03:00"></auta-service-unavailable>
    <auta-help-feedback lang="fi" action="/palaute">${renderLight()}</auta-help-feedback>
    <auta-accessibility-feedback lang="fi" action="/saavutettavuuspalaute">${renderLight()}</auta-accessibility-feedback>
  </main>
`;

/** The whole page as HTML. */
export async function renderPage() {
  const rendered = await collectResult(render(body()));
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Asumistuki – Esimerkkivirasto (palvelinrenderöinti)</title>
    <link rel="stylesheet" href="/page.css" />
    <script type="module" src="/client.js"></script>
  </head>
  <body>
${rendered}
  </body>
</html>
`;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };
// The policy the elements are built for: nothing inline, nothing from elsewhere.
// Server-rendered shadow roots carry each element's styles as <style>, hence 'unsafe-inline'
// for styles only (a stricter site lists their hashes instead); scripts stay 'self' only.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The page at `/`, and the built client files from dist/. */
export function createAppServer() {
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
        res.end(await renderPage());
        return;
      }
      const file = normalize(join(DIST, path));
      if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch (error) {
      console.error(error);
      res.writeHead(500, { 'content-type': 'text/plain' }).end('server error');
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8080);
  createAppServer().listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
}
