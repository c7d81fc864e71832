// An e-service's server doing the hand-off with Suomi.fi e-Authorizations around Auta's
// two elements: <auta-on-behalf-entry> asks who the user acts for, the server registers a
// web API session and sends the browser to the selection, reads the chosen principal when
// the browser comes back, and <auta-acting-as> shows it in the header on every page.
// Everything personal stays in this server's memory; the page gets names only.
//
//   npm install @auta/elements && node server.mjs
//
// Without settings it starts a local stand-in of the web API (stand-in.mjs) beside itself:
// nothing leaves 127.0.0.1. Point E_AUTHORIZATIONS_URL and the client settings at DVV's
// test environment to try the real one.
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checksumHeader, createStandIn } from './stand-in.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The CDN build of every Auta element, from the installed package.
const autaDir = dirname(fileURLToPath(import.meta.resolve('@auta/elements/auta.js')));

/** The service's mandate theme (valtuusasia), as PTV lists it for the service; a sample. */
const SERVICE = {
  name: 'Rakennuslupahakemus (esimerkkipalvelu)',
  theme: { code: 'sample-building-permit', name: 'Rakennusluvan hakeminen (esimerkki)' },
};

/**
 * The logged-in user, as the e-service's own Suomi.fi e-Identification session would give
 * it. Fictional; the identity code is in DVV's test range and never leaves this server.
 */
const USER = { identityCode: '010170-902L' };

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const attrs = (o) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => (v === true ? k : `${k}="${esc(v)}"`))
    .join(' ');

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

function page(body, header = '') {
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(SERVICE.name)}</title>
    <link rel="stylesheet" href="/page.css" />
    <script type="module" src="/auta.js"></script>
  </head>
  <body>
    <header class="site"><p class="service">${esc(SERVICE.name)}</p>${header}</header>
    <main>${body}</main>
  </body>
</html>`;
}

/**
 * The e-service. `api` is the web API's settings: `url`, `clientId`, `clientSecret`,
 * `apiOauthSecret`; `publicUrl` is where the browser reaches this server.
 */
export function createEService({ api, publicUrl }) {
  /** Server-side sessions: the only place the web API's ids, the token and identity codes live. */
  const sessions = new Map();

  const call = async (method, path, { token, signed = true } = {}) => {
    const headers = {};
    if (signed) headers['X-AsiointivaltuudetAuthorization'] = checksumHeader(api.clientId, api.clientSecret, path);
    if (token) headers.authorization = `Bearer ${token}`;
    if (method === 'POST') headers.authorization = `Basic ${Buffer.from(`${api.clientId}:${api.apiOauthSecret}`).toString('base64')}`;
    const res = await fetch(new URL(path, api.url), { method, headers });
    if (!res.ok) throw new Error(`e-Authorizations ${method} ${path.split('?')[0]}: HTTP ${res.status}`);
    return res.json();
  };
  const requestId = () => `requestId=${randomUUID()}&endUserId=e-service`;

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', publicUrl);
    const sid = /(?:^|;\s*)sid=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    let session = sid ? sessions.get(sid) : undefined;
    const headers = {};
    if (!session) {
      const id = randomUUID();
      session = { id };
      sessions.set(id, session);
      // The e-service's own session cookie; Auta itself stores nothing.
      headers['set-cookie'] = `sid=${id}; HttpOnly; SameSite=Lax; Path=/`;
    }
    const redirect = (location) => {
      res.writeHead(303, { ...headers, location });
      res.end();
    };
    const html = (status, body) => {
      res.writeHead(status, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      res.end(body);
    };

    try {
      if (url.pathname === '/' && req.method === 'GET') {
        const party = session.party;
        if (!party) {
          // Step 1: the choice. The last choice comes from this session, not from the browser.
          return html(
            200,
            page(`<h1>Rakennuslupahakemus</h1>
      <form method="post" action="/valinta">
        <auta-on-behalf-entry ${attrs({
          lang: 'fi',
          name: 'actingAs',
          required: true,
          'heading-level': '2',
          'last-choice': session.lastChoice,
          'mandate-themes': SERVICE.theme.name,
          'request-mandate-url': 'https://www.suomi.fi/valtuudet',
        })}></auta-on-behalf-entry>
      </form>`),
          );
        }
        // Step 4: the line in the header. `changed` once, on the page the selection returned to.
        const line = `<auta-acting-as ${attrs({
          lang: 'fi',
          'acting-as': party.actingAs,
          'party-name': party.name,
          'business-id': party.businessId,
          basis: party.basis,
          'mandate-theme': party.theme,
          'switch-href': '/vaihda',
          changed: session.changed === true,
        })}></auta-acting-as>`;
        session.changed = false;
        return html(200, page(`<h1>Rakennuslupahakemus</h1><p id="sisalto">Hakemuksen ensimmäinen vaihe (esimerkki).</p>`, line));
      }

      if (url.pathname === '/valinta' && req.method === 'POST') {
        const body = new URLSearchParams(await new Promise((r) => {
          let data = '';
          req.on('data', (d) => (data += d));
          req.on('end', () => r(data));
        }));
        const actingAs = body.get('actingAs');
        if (!['self', 'person', 'organisation'].includes(actingAs ?? '')) return redirect('/');
        session.lastChoice = actingAs;
        if (actingAs === 'self') {
          session.party = { actingAs: 'self', basis: 'self' };
          return redirect('/');
        }
        // Step 2: register a web API session for the delegate (the logged-in user), then send the browser to the selection.
        const mode = actingAs === 'person' ? 'hpa' : 'ypa';
        const registered = await call('GET', `/service/${mode}/user/register/${api.clientId}/${encodeURIComponent(USER.identityCode)}?${requestId()}`);
        session.webApi = { mode, sessionId: registered.sessionId };
        const authorize = new URL('/oauth/authorize', api.url);
        authorize.search = new URLSearchParams({ client_id: api.clientId, response_type: 'code', redirect_uri: `${publicUrl}/paluu/${mode}`, user: registered.userId, lang: 'fi' }).toString();
        return redirect(authorize.href);
      }

      const back = /^\/paluu\/(hpa|ypa)$/.exec(url.pathname);
      if (back && req.method === 'GET') {
        // Step 3: the browser is back with a code; everything else happens server to server.
        const web = session.webApi;
        if (!web || web.mode !== back[1]) return redirect('/');
        const code = url.searchParams.get('code') ?? '';
        const token = (await call('POST', `/oauth/token?${new URLSearchParams({ code, grant_type: 'authorization_code', redirect_uri: `${publicUrl}/paluu/${web.mode}` })}`, { signed: false })).access_token;
        if (web.mode === 'hpa') {
          const [principal] = await call('GET', `/service/hpa/api/delegate/${web.sessionId}?${requestId()}`, { token });
          const check = await call('GET', `/service/hpa/api/authorization/${web.sessionId}/${encodeURIComponent(principal.personId)}?${requestId()}&issue=${SERVICE.theme.code}`, { token });
          if (check.result !== 'ALLOWED') {
            // The rule engine gives no reason, and neither does the service.
            return html(403, page('<h1>Et voi asioida tämän henkilön puolesta tässä palvelussa</h1><p><a href="/vaihda">Valitse uudelleen</a></p>'));
          }
          // The principal's identity code stays here, with the session, for the service's own checks and logs.
          session.principalId = principal.personId;
          session.party = { actingAs: 'person', name: principal.name, basis: 'mandate', theme: SERVICE.theme.name };
        } else {
          const [organisation] = await call('GET', `/service/ypa/api/organizationRoles/${web.sessionId}?${requestId()}`, { token });
          session.party = {
            actingAs: 'organisation',
            name: organisation.name,
            businessId: organisation.identifier,
            basis: organisation.roles?.length ? 'registered-representative' : 'mandate',
          };
        }
        session.changed = true;
        delete session.webApi;
        return redirect('/');
      }

      if (url.pathname === '/vaihda' && req.method === 'GET') {
        // The switch: forget the principal, keep the last choice, start again.
        delete session.party;
        delete session.principalId;
        return redirect('/');
      }

      if (url.pathname === '/page.css') {
        res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
        return res.end(readFileSync(join(here, 'page.css')));
      }
      const file = /^\/(auta[\w.-]*\.js)$/.exec(url.pathname)?.[1];
      if (file && readdirSync(autaDir).includes(file)) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        return res.end(readFileSync(join(autaDir, file)));
      }
      html(404, page('<h1>Sivua ei löydy</h1>'));
    } catch (error) {
      console.error(error);
      html(502, page('<h1>Valtuuksia ei juuri nyt voi tarkistaa</h1><p>Yritä hetken päästä uudelleen.</p>'));
    }
  });
}

const listen = (server) => new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${server.address().port}`)));

/** Starts the stand-in and the e-service on free loopback ports. */
export async function start() {
  const api = { clientId: 'esimerkkipalvelu', clientSecret: randomUUID(), apiOauthSecret: randomUUID() };
  const standIn = createStandIn(api);
  api.url = await listen(standIn.server);
  // The e-service must know its own address before the first redirect: listen first, then hand requests over.
  const front = createServer();
  const publicUrl = await listen(front);
  const eService = createEService({ api, publicUrl });
  front.on('request', (req, res) => eService.emit('request', req, res));
  return {
    url: publicUrl,
    standIn,
    close: () => Promise.all([new Promise((r) => front.close(r)), new Promise((r) => standIn.server.close(r))]),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url, standIn } = await start();
  console.log(`e-service: ${url}/  (e-Authorizations stand-in: ${standIn.server.address().port})`);
}
