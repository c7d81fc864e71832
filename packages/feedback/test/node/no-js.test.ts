// The feedback forms, rendered on the server (`${renderLight()}` inside the element), in
// Chromium: with JavaScript off they post every field to the host's URL; with JavaScript
// they upgrade in place, keep what was typed, and post nothing without an endpoint.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { html } from 'lit';
import '../../src/define.js';

const browserScript: string = 'auta-tool-browser';
const { browserPath, CHROME_FLAGS } = (await import(browserScript)) as { browserPath(): string; CHROME_FLAGS: string[] };

const posts: Array<{ path: string; body: string; cookie?: string }> = [];
let page = '';
let client = '';
let server: Server;
let origin = '';
let browser: Browser;

before(async () => {
  const body = await collectResult(
    render(html`<main>
      <h1>Esimerkkipalvelu (testisivu)</h1>
      <auta-help-feedback lang="fi" action="/palaute">${renderLight()}</auta-help-feedback>
      <auta-accessibility-feedback lang="fi" action="/saavutettavuuspalaute" page="Asumistuen hakemus" supervisor-href="https://example.com/valvonta"
        >${renderLight()}</auta-accessibility-feedback
      >
      <p id="after">Sivu jatkuu.</p>
    </main>`),
  );
  page = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Palaute</title></head><body>${body}</body></html>`;
  const result = await build({
    stdin: { contents: `import './packages/feedback/src/define.ts';`, resolveDir: fileURLToPath(new URL('../../../../', import.meta.url)), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['@auta/source'],
    tsconfig: fileURLToPath(new URL('../../../../tsconfig.base.json', import.meta.url)),
    logLevel: 'error',
  });
  client = result.outputFiles[0]!.text;
  server = createServer((req, res) => {
    if (req.method === 'POST') {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        posts.push({ path: req.url ?? '', body: text, cookie: req.headers.cookie });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="fi"><title>Kiitos</title><h1>Kiitos palautteestasi</h1></html>');
      });
      return;
    }
    if (req.url === '/client.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(client);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS });
});
after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

const fields = (body: string) => [...new URLSearchParams(body)];

// a11y-evidence: feedback.no-javascript-help-form-posts
test('without JavaScript, the help feedback posts every field to the host’s URL', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await p.goto(origin);
  const form = p.locator('auta-help-feedback form');
  assert.equal(await form.getAttribute('method'), 'post');
  await form.getByLabel('En saanut', { exact: true }).check();
  await form.getByLabel('En saanut yhteyttä neuvojaan').check();
  await form.getByLabel('Apua ei ollut saatavilla omalla kielelläni').check();
  await form.getByLabel('Puhelimitse').check();
  await form.getByLabel('Kerro lisää (vapaaehtoinen)').fill('Jono oli pitkä.');
  await Promise.all([p.waitForURL(`${origin}/palaute`), form.getByRole('button', { name: 'Lähetä palaute' }).click()]);
  assert.equal(await p.locator('h1').textContent(), 'Kiitos palautteestasi');
  const post = posts.find((x) => x.path === '/palaute')!;
  assert.deepEqual(fields(post.body), [
    ['form', 'help-feedback'],
    ['lang', 'fi'],
    ['helped', 'no'],
    ['missing', 'contact'],
    ['missing', 'language'],
    ['channel', 'phone'],
    ['message', 'Jono oli pitkä.'],
  ]);
  await context.close();
});

// a11y-evidence: feedback.no-javascript-accessibility-form-posts
test('without JavaScript, the accessibility feedback posts every field, and shows the promise and the next step', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await p.goto(origin);
  const el = p.locator('auta-accessibility-feedback');
  const text = await el.innerText();
  assert.match(text, /Vastaamme kahden viikon kuluessa\./);
  assert.match(text, /Liikenne- ja viestintävirasto Traficomin saavutettavuusvalvonta/);
  assert.equal(await el.getByRole('link', { name: 'Tee ilmoitus valvontaviranomaiselle' }).getAttribute('href'), 'https://example.com/valvonta');
  await el.getByLabel('Sivua ei voinut käyttää näppäimistöllä').check();
  await el.getByLabel('Jokin muu').check();
  await el.getByLabel(/Kerro tarkemmin/).fill('Valikko ei aukea.');
  await el.getByLabel('Sähköpostiosoite (vapaaehtoinen)').fill('nimi@example.com');
  await Promise.all([p.waitForURL(`${origin}/saavutettavuuspalaute`), el.getByRole('button', { name: 'Lähetä palaute' }).click()]);
  const post = posts.find((x) => x.path === '/saavutettavuuspalaute')!;
  assert.deepEqual(fields(post.body), [
    ['form', 'accessibility-feedback'],
    ['lang', 'fi'],
    ['page', 'Asumistuen hakemus'],
    ['problem', 'keyboard'],
    ['problem', 'other'],
    ['description', 'Valikko ei aukea.'],
    ['email', 'nimi@example.com'],
  ]);
  await context.close();
});

// a11y-evidence: feedback.javascript-forms-upgrade-place-keep
test('with JavaScript: the forms upgrade in place, keep what was typed, and post nothing without an endpoint', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  const requests: string[] = [];
  p.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
  await p.goto(origin);
  // Typed before the script arrives (a slow connection).
  await p.locator('auta-help-feedback').getByLabel('Kyllä, sain').check();
  await p.locator('auta-accessibility-feedback').getByLabel(/Kerro tarkemmin/).fill('Kirjoitettu ennen skriptiä.');
  await p.addScriptTag({ url: '/client.js', type: 'module' });
  await p.waitForFunction(() => document.querySelector('auta-help-feedback form')?.hasAttribute('novalidate'));
  assert.equal(await p.locator('auta-help-feedback form').count(), 1);
  assert.equal(await p.locator('auta-help-feedback').getByLabel('Kyllä, sain').isChecked(), true);
  assert.equal(await p.locator('auta-accessibility-feedback').getByLabel(/Kerro tarkemmin/).inputValue(), 'Kirjoitettu ennen skriptiä.');
  // The answer was restored, so the follow-up questions are there.
  assert.equal(await p.locator('auta-help-feedback').getByLabel('Puhelimitse').count(), 1);
  const before = posts.length;
  await p.locator('auta-help-feedback').getByRole('button', { name: 'Lähetä palaute' }).click();
  await p.locator('auta-help-feedback').getByRole('heading', { name: 'Kiitos palautteestasi' }).waitFor();
  assert.equal(p.url(), `${origin}/`);
  assert.equal(posts.length, before);
  assert.deepEqual(requests.filter((r) => r.startsWith('POST')), []);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await p.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  await context.close();
});
