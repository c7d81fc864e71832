import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lineDiff } from '../diff.js';
import { LOGS_PAGE, PLAN, checkPlan, logsPage, planRows, quotePattern, snapshots } from '../plan.js';

describe('screen-reader test plan against the spoken-phrase snapshots', () => {
  const snaps = snapshots();

  it('every quoted announcement in the plan is what the code says', () => {
    const { findings, checked } = checkPlan(readFileSync(PLAN, 'utf8'), snaps);
    assert.ok(checked > 50, `only ${checked} quotes were checked: did the plan's tables change shape?`);
    assert.deepEqual(
      findings.map((f) => `${f.row}: "${f.quote}" is not heard in any of ${f.searched.join(', ')}`),
      [],
      'The plan expects words the code does not say: fix the plan or the code (test/screen-reader/README.md).',
    );
  });

  it('every element in the plan has spoken-phrase journeys in fi, sv and en', () => {
    const sections = new Set(planRows(readFileSync(PLAN, 'utf8')).flatMap((r) => r.elements));
    for (const element of sections) {
      const mine = snaps.filter((s) => s.element === element);
      // A card is heard inside the finder's journeys.
      if (element === 'provider-card') continue;
      for (const lang of ['fi', 'sv', 'en']) assert.ok(mine.some((s) => s.lang === lang), `no ${lang} journey for <auta-${element}>`);
    }
  });

  it('every element with spoken-phrase journeys has rows in the plan, and they are checked', () => {
    const rows = planRows(readFileSync(PLAN, 'utf8'));
    for (const element of new Set(snaps.map((s) => s.element))) {
      const quotes = rows.filter((r) => r.elements.includes(element)).flatMap((r) => r.quotes);
      assert.ok(quotes.length >= 3, `the plan has ${quotes.length} quoted announcement(s) for <auta-${element}>: add its section with manual steps`);
    }
  });

  it('the page of full logs is what the snapshots hold', () => {
    const want = logsPage(snaps);
    const have = readFileSync(LOGS_PAGE, 'utf8');
    assert.ok(
      have === want,
      `docs/accessibility/screen-reader-logs.md is out of date; run node --import tsx test/screen-reader/plan.ts --write\n${lineDiff(have.split('\n'), want.split('\n'))}`,
    );
  });

  it('fails on a quote the code does not say, naming the row (self-test)', () => {
    const plan = '## `<auta-alt-channel-notice>`\n\n| # | Do | Expect |\n|---|---|---|\n| A9 | Read | "Soita numeroon 029 553 0010" and "Puhelinaika" |\n';
    const { findings } = checkPlan(plan, snaps);
    assert.deepEqual(
      findings.map((f) => [f.row, f.quote]),
      [['A9', 'Soita numeroon 029 553 0010']],
    );
  });

  it('reads "…" and ‹placeholders› as any words', () => {
    assert.ok(quotePattern('‹errand› muulla tavalla').test('heading, level 2, Hae asumistukea muulla tavalla'));
    assert.ok(quotePattern('…voit lähettää valtuuspyynnön…').test('Voit lähettää valtuuspyynnön Suomi.fi-valtuuksissa.'));
    assert.ok(!quotePattern('maanantai–torstai …').test('maanantaista perjantaihin: kello 9–16'));
  });
});
