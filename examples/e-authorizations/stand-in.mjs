// A local stand-in for the Suomi.fi e-Authorizations web API (asiointivaltuustarkastus), for
// trying the hand-off and for tests: the same paths, parameters and answers as DVV's
// reference client (vrk-kpa/roles-auths-web-api-node-client) uses, with fictional people.
// It makes no real call and is no part of a real service.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

/**
 * Fictional principals. The identity codes are in DVV's test range (individual number
 * 900–999) and stay on the servers: the stand-in sends them to the e-service's server,
 * which must never pass them to the page.
 */
export const SAMPLE_PRINCIPALS = {
  hpa: [{ name: 'Maija Esimerkki', personId: '140350-903F' }],
  ypa: [{ name: 'Esimerkki Oy', identifier: '1234567-1', complete: true, roles: ['NIMKO'] }],
};

/** `X-AsiointivaltuudetAuthorization`: "{clientId} {timestamp} {base64 HMAC-SHA256 of '{path} {timestamp}'}". */
export function checksumHeader(clientId, secret, path, timestamp = new Date().toISOString()) {
  const checksum = createHmac('sha256', secret).update(`${path} ${timestamp}`).digest('base64');
  return `${clientId} ${timestamp} ${checksum}`;
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Starts the stand-in. `requests` records every call it receives (method, path, the query,
 * and whether the checksum or the credentials were right) for a test to read.
 */
export function createStandIn({ clientId, clientSecret, apiOauthSecret, principals = SAMPLE_PRINCIPALS }) {
  const requests = [];
  const sessions = new Map(); // web API sessionId → { mode, userId, delegate, chosen }
  const codes = new Map(); // code → sessionId
  const tokens = new Map(); // access token → sessionId

  const checksumOk = (req, path) => {
    const [id, timestamp, sum] = String(req.headers['x-asiointivaltuudetauthorization'] ?? '').split(' ');
    return id === clientId && !!timestamp && checksumHeader(clientId, clientSecret, path, timestamp).endsWith(` ${sum}`);
  };
  const bearer = (req) => tokens.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = url.pathname;
    const signedPath = `${path}${url.search}`;
    const record = { method: req.method, path, query: Object.fromEntries(url.searchParams) };
    requests.push(record);

    // 1. Register a session for the delegate (the logged-in user): HPA or YPA.
    let m = /^\/service\/(hpa|ypa)\/user\/register\/([^/]+)\/([^/]+)$/.exec(path);
    if (m && req.method === 'GET') {
      record.checksumOk = checksumOk(req, signedPath);
      if (!record.checksumOk || m[2] !== clientId) return json(res, 401, { error: 'bad checksum' });
      const sessionId = randomUUID();
      const userId = randomUUID();
      sessions.set(sessionId, { mode: m[1], userId, delegate: decodeURIComponent(m[3]) });
      return json(res, 200, { sessionId, userId });
    }

    // 2. The selection page the browser is sent to: the principals, as native radio buttons.
    if (path === '/oauth/authorize' && req.method === 'GET') {
      const session = [...sessions.entries()].find(([, s]) => s.userId === url.searchParams.get('user'));
      if (!session || url.searchParams.get('client_id') !== clientId || url.searchParams.get('response_type') !== 'code') {
        res.writeHead(400, { 'content-type': 'text/plain' });
        return res.end('unknown session');
      }
      const [sessionId, s] = session;
      const list = principals[s.mode];
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" });
      return res.end(`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Valitse, kenen puolesta asioit (testipalvelu)</title></head>
<body><main><h1>Valitse, kenen puolesta asioit</h1><p>Suomi.fi-valtuuksien testipalvelu: ei oikea palvelu.</p>
<form method="get" action="/oauth/select"><fieldset><legend>${s.mode === 'hpa' ? 'Henkilöt' : 'Yritykset'}</legend>
${list.map((p, i) => `<label><input type="radio" name="choice" value="${i}"${i === 0 ? ' checked' : ''}> ${esc(p.name)}</label>`).join('<br>')}
</fieldset><input type="hidden" name="session" value="${esc(sessionId)}"><input type="hidden" name="redirect_uri" value="${esc(url.searchParams.get('redirect_uri') ?? '')}">
<button type="submit">Valitse ja siirry asiointipalveluun</button></form></main></body></html>`);
    }
    if (path === '/oauth/select' && req.method === 'GET') {
      const s = sessions.get(url.searchParams.get('session') ?? '');
      if (!s) return json(res, 400, { error: 'unknown session' });
      s.chosen = Number(url.searchParams.get('choice') ?? 0);
      const code = randomUUID();
      codes.set(code, url.searchParams.get('session'));
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      res.writeHead(303, { location: back.href });
      return res.end();
    }

    // 3. The e-service's server exchanges the code for a token.
    if (path === '/oauth/token' && req.method === 'POST') {
      record.credentialsOk = req.headers.authorization === `Basic ${Buffer.from(`${clientId}:${apiOauthSecret}`).toString('base64')}`;
      const sessionId = codes.get(url.searchParams.get('code') ?? '');
      if (!record.credentialsOk || !sessionId || url.searchParams.get('grant_type') !== 'authorization_code') return json(res, 401, { error: 'invalid_grant' });
      codes.delete(url.searchParams.get('code'));
      const token = randomUUID();
      tokens.set(token, sessionId);
      return json(res, 200, { access_token: token, token_type: 'bearer', expires_in: 599, scope: 'read' });
    }

    // 4. …and reads the choice.
    m = /^\/service\/(hpa|ypa)\/api\/(delegate|authorization|organizationRoles)\/([^/]+)(?:\/([^/]+))?$/.exec(path);
    if (m && req.method === 'GET') {
      record.checksumOk = checksumOk(req, signedPath);
      const sessionId = bearer(req);
      const s = sessions.get(m[3]);
      if (!record.checksumOk || sessionId !== m[3] || !s) return json(res, 401, { error: 'unauthorized' });
      const chosen = principals[s.mode][s.chosen ?? 0];
      if (m[2] === 'delegate') return json(res, 200, [chosen]);
      if (m[2] === 'authorization') return json(res, 200, { result: decodeURIComponent(m[4] ?? '') === chosen.personId ? 'ALLOWED' : 'DISALLOWED' });
      if (m[2] === 'organizationRoles') return json(res, 200, [chosen]);
    }
    json(res, 404, { error: 'not found' });
  });
  return { server, requests };
}
