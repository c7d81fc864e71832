// The conformance pages cite tests by evidence id: every id a page cites is carried by exactly
// one test, every test's id is cited, and each page's evidence index is up to date
// (tools/content/a11y-evidence.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, citedIn, evidenceIn, indexFor } from 'auta-tool-content/a11y-evidence.js';

test('every cited evidence id names one test, every id is cited, and the indexes are current', () => {
  const result = check();
  const stale = result.pages.filter((p) => p.wanted !== p.text).map((p) => `${p.file}: evidence index out of date`);
  assert.deepEqual([...result.problems, ...stale], [], 'run: node --import tsx tools/content/a11y-evidence.ts --write');
  assert.ok(result.pages.filter((p) => citedIn(p.text).length > 0).length >= 6, 'the six conformance pages cite evidence ids');
});

test('a marker away from its test, a malformed id and an unknown citation are named', () => {
  const problems: string[] = [];
  const found = evidenceIn(
    'x.test.ts',
    ["  // a11y-evidence: notice.tab-order", "  it('reaches every link with Tab', async () => {});", '  // a11y-evidence: notice.lost', '', "  it('later', () => {});", '  // a11y-evidence: Notice_Tab', "  it('x', () => {});"].join('\n'),
    problems,
  );
  assert.deepEqual(found.map((e) => [e.id, e.title, e.line]), [['notice.tab-order', 'reaches every link with Tab', 2]]);
  assert.equal(problems.length, 2, 'the marker with a blank line before its test, and the malformed id');
  assert.match(problems[0]!, /notice\.lost is not on the line before/);
  assert.match(problems[1]!, /"Notice_Tab" is not an evidence id/);
  const page = 'Tested by `notice.tab-order` and `notice.gone`; see `packages/x/test/a.test.ts`.';
  assert.deepEqual(citedIn(page), ['notice.tab-order', 'notice.gone'], 'file names are not ids');
  const index = indexFor(citedIn(page), new Map(found.map((e) => [e.id, e])));
  assert.match(index, /\| `notice\.tab-order` \| `x\.test\.ts` \| reaches every link with Tab \|/);
  assert.doesNotMatch(index, /notice\.gone/);
});
