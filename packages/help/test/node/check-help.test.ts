// auta-check-help on the fixture sites (packages/help/test/fixtures/sites): the command with
// its exit status and output, the function for test suites, and pages where the real
// <auta-help> renders its data with JavaScript.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { checkHelp, compareHelpOrder, type CheckHelpReport } from '../../src/check/index.js';

const browserScript: string = 'auta-tool-browser';
const { browserPath, CHROME_FLAGS } = (await import(browserScript)) as { browserPath(): string; CHROME_FLAGS: string[] };

const sites = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));
const site = (name: string, count = 5) => Array.from({ length: count }, (_, i) => join(sites, name, `${i + 1}.html`));
const cli = fileURLToPath(new URL('../../src/check/cli.ts', import.meta.url));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--conditions=@auta/source', '--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: browserPath() } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let browser: Browser;
let dir: string;
before(async () => {
  browser = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS });
  dir = mkdtempSync(join(tmpdir(), 'auta-check-help-'));
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

// a11y-evidence: help.check-consistent-site
test('a consistent site of five pages (one without chat), listed in a file, passes with exit 0', () => {
  const list = join(dir, 'pages.txt');
  writeFileSync(list, `# the five steps of the application\n${site('consistent').join('\n')}\n`);
  const r = run('--pages', list);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /PASS WCAG 2\.2 SC 3\.2\.6 Consistent Help: help keeps the same relative order on all 5 checked page\(s\): phone, chat, faq, auta-help › self-help, auta-help › other-ways\./);
  assert.equal(r.stdout.match(/same order/g)?.length, 5);
});

// a11y-evidence: help.check-swapped-page-named
test('five pages with the order swapped on one: names that page and the swap, and exits 1', () => {
  const r = run(...site('swapped'));
  assert.equal(r.status, 1);
  const lines = r.stdout.split('\n');
  const broken = lines.filter((l) => l.includes('before'));
  assert.equal(broken.length, 1, r.stdout);
  assert.match(broken[0]!, /swapped\/3\.html\s+chat, phone, faq, auta-help › self-help, auta-help › other-ways\s+"chat" before "phone"; 4 other page\(s\) have "phone" first/);
  assert.match(r.stdout, /FAIL WCAG 2\.2 SC 3\.2\.6 Consistent Help: 1 of 5 page\(s\) change the order of help\. Expected order: phone, chat, faq/);
});

test('the JSON report says the same, for CI and auditors', () => {
  const r = run('--json', ...site('swapped'));
  assert.equal(r.status, 1);
  const report = JSON.parse(r.stdout) as CheckHelpReport;
  assert.equal(report.consistent, false);
  assert.deepEqual(
    report.pages.map((p) => p.status),
    ['ok', 'ok', 'breaks', 'ok', 'ok'],
  );
  assert.deepEqual(report.pages[2]!.problems, [{ first: 'chat', second: 'phone', otherPages: site('swapped').filter((_, i) => i !== 2) }]);
});

// a11y-evidence: help.check-no-help
test('pages with no help at all: says so; exit 0, or 1 with --require-help', () => {
  const r = run(...site('no-help', 3));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /No help mechanisms found on any of the 3 page\(s\)/);
  assert.equal(r.stdout.match(/no help mechanisms on this page/g)?.length, 3);
  assert.equal(run('--require-help', ...site('no-help', 3)).status, 1);
});

test('a page that cannot be loaded is reported and exits 2; bad usage exits 2', () => {
  const r = run(join(sites, 'consistent', '1.html'), join(sites, 'does-not-exist.html'));
  assert.equal(r.status, 2);
  assert.match(r.stdout, /does-not-exist\.html .*could not be checked/);
  assert.equal(run().status, 2);
  assert.equal(run('--frobnicate').status, 2);
});

test('the function for test suites reuses a browser and checks without JavaScript too', async () => {
  const ok = await checkHelp(site('consistent'), { browser });
  assert.equal(ok.consistent, true);
  const noJs = await checkHelp(site('swapped'), { browser, noJavaScript: true });
  assert.equal(noJs.consistent, false);
  assert.deepEqual(
    noJs.pages.filter((p) => p.status === 'breaks').map((p) => p.page),
    [site('swapped')[2]],
  );
});

test('the real <auta-help>, rendering its data with JavaScript, counts as the mechanisms it shows', async () => {
  const bundle = await build({ entryPoints: ['@auta/help/define.js'], bundle: true, format: 'iife', write: false, conditions: ['@auta/source'], logLevel: 'silent' });
  writeFileSync(join(dir, 'help.js'), bundle.outputFiles[0]!.text);
  // SAMPLE: fictional numbers and example.com links.
  const block = `<auta-help lang="fi" other-ways-href="https://example.com/muut-tavat"
    channels='[{"kind":"phone","phoneNumbers":[{"number":"0295 123 456"}]}]'
    self-help='[{"kind":"faq","url":"https://example.com/ukk"}]'></auta-help>`;
  const link = '<a data-auta-help="feedback" href="https://example.com/palaute">Anna palautetta</a>';
  const pageOf = (body: string) => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Sivu</title><script src="help.js"></script></head><body><main><h1>Sivu</h1></main>${body}</body></html>`;
  writeFileSync(join(dir, 'a.html'), pageOf(`${block}${link}`));
  writeFileSync(join(dir, 'b.html'), pageOf(`${block}${link}`));
  writeFileSync(join(dir, 'c.html'), pageOf(`${link}${block}`));
  const report = await checkHelp(['a', 'b', 'c'].map((p) => join(dir, `${p}.html`)), { browser });
  assert.deepEqual(report.order, ['auta-help › customer-service', 'auta-help › self-help', 'auta-help › other-ways', 'feedback']);
  assert.deepEqual(
    report.pages.map((p) => p.status),
    ['ok', 'ok', 'breaks'],
  );
  assert.deepEqual(
    report.pages[2]!.problems.map((p) => `${p.first} < ${p.second}`),
    ['feedback < auta-help › customer-service', 'feedback < auta-help › self-help', 'feedback < auta-help › other-ways'],
  );
});

test('the comparison: subsets keep order, a tie goes to the first page, pages with errors are left out', () => {
  const r = compareHelpOrder([
    { page: 'a', mechanisms: ['phone', 'chat', 'faq'] },
    { page: 'b', mechanisms: ['phone', 'faq'] },
    { page: 'c', mechanisms: ['chat', 'faq'] },
    { page: 'd', mechanisms: [], error: 'HTTP 404' },
  ]);
  assert.equal(r.consistent, true);
  assert.deepEqual(r.order, ['phone', 'chat', 'faq']);
  const tie = compareHelpOrder([
    { page: 'a', mechanisms: ['phone', 'chat'] },
    { page: 'b', mechanisms: ['chat', 'phone'] },
  ]);
  assert.deepEqual(
    tie.pages.map((p) => p.status),
    ['ok', 'breaks'],
  );
});
