// The report's self-test: a Storybook of deliberately broken stories (fixtures/) must make
// `npm run a11y:report` fail, naming the rule, the element and the success criterion in
// its output, its JSON and its HTML; the clean story must stay clean; opt-outs must be
// honoured only with a reason; the HTML report must itself pass axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { axeReportPage } from '../scan.mjs';
import { optOuts } from '../story-page.mjs';
import { CRITERIA, enClause, scFromTags } from '../wcag.mjs';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const work = mkdtempSync(join(tmpdir(), 'auta-a11y-selftest-'));
const built = join(work, 'storybook');
const out = join(work, 'report');
let run;
let results;
let html;

before(() => {
  const build = spawnSync('npx', ['storybook', 'build', '--quiet', '-c', 'tools/a11y-report/fixtures/.storybook', '-o', built], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `the fixture Storybook did not build:\n${build.stdout}\n${build.stderr}`);
  // Two languages keep the self-test short while still switching language in the page.
  run = spawnSync(process.execPath, ['tools/a11y-report/index.mjs', `--static-dir=${built}`, `--out=${out}`, '--langs=fi,en'], { cwd: ROOT, encoding: 'utf8' });
  results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  html = readFileSync(join(out, 'index.html'), 'utf8');
});

after(() => rmSync(work, { recursive: true, force: true }));

const story = (name) => {
  const s = results.stories.find((x) => x.id === `fixtures-broken--${name}`);
  assert.ok(s, `story ${name} is in results.json`);
  return s;
};
const violations = (s, rule) => s.combinations.flatMap((c) => c.violations.filter((v) => v.rule === rule));
const targetText = (t) => t.map((p) => (Array.isArray(p) ? p.join(' ') : p)).join(' ▸ ');

// What each broken story must produce: the rule, the success criterion, and a piece of
// the element's selector.
const EXPECTED = [
  { story: 'image-without-alt', rule: 'image-alt', sc: '1.1.1', element: 'img' },
  { story: 'button-without-name', rule: 'button-name', sc: '4.1.2', element: '.icon-only' },
  { story: 'low-contrast-text', rule: 'color-contrast', sc: '1.4.3', element: '.faint' },
  { story: 'tiny-targets', rule: 'auta-target-size', sc: '2.5.8', element: 'a11y-fixture-toolbar ▸ button' },
  { story: 'focus-invisible', rule: 'auta-focus-visible', sc: '2.4.7', element: 'button' },
  { story: 'focus-obscured', rule: 'auta-focus-not-obscured', sc: '2.4.11', element: 'button' },
  { story: 'text-spacing-clip', rule: 'auta-text-spacing', sc: '1.4.12', element: 'p' },
  { story: 'no-reflow', rule: 'auta-reflow', sc: '1.4.10', element: 'div' },
  { story: 'zoom-clip', rule: 'auta-zoom', sc: '1.4.4', element: 'div' },
  { story: 'zoom-400-clip', rule: 'auta-zoom-400', sc: '1.4.10', element: 'div' },
  { story: 'forced-palette-black-text', rule: 'auta-forced-palette', sc: '1.4.3', element: 'p' },
];

test('the broken fixture makes the command fail and print the scan line', () => {
  assert.equal(run.status, 1, `exit status\n${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /Scanned \d+ combinations of 17 stories: \d+ violations, \d+ needing review/);
});

test('identity-code: auta-no-identity-code finds the code inside a shadow root', () => {
  const found = violations(story('identity-code'), 'auta-no-identity-code');
  assert.ok(found.length > 0, 'auta-no-identity-code reported');
  assert.ok(found[0].nodes.some((n) => targetText(n.target).includes('a11y-fixture-identity')), JSON.stringify(found[0].nodes.map((n) => n.target)));
  assert.equal(violations(story('clean'), 'auta-no-identity-code').length, 0);
});

for (const e of EXPECTED) {
  test(`${e.story}: ${e.rule} names the element and SC ${e.sc} in the output, JSON and HTML`, () => {
    const found = violations(story(e.story), e.rule);
    assert.ok(found.length > 0, `${e.rule} reported for ${e.story}`);
    const v = found[0];
    assert.ok(v.sc.includes(e.sc), `SC ${e.sc} in ${v.sc}`);
    assert.ok(v.en.includes(enClause(e.sc)), `EN 301 549 clause for ${e.sc}`);
    assert.ok(v.help && v.description, 'help text and how to fix');
    const node = v.nodes.find((n) => targetText(n.target).includes(e.element));
    assert.ok(node, `a node whose target contains ${e.element}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    const line = run.stdout.split('\n').find((l) => l.includes(`fixtures-broken--${e.story}: ${e.rule} `));
    assert.ok(line, `an output line for ${e.story} ${e.rule}`);
    assert.ok(line.includes(`WCAG ${e.sc}`) && line.includes(e.element.split(' ▸ ').at(-1)), line);
    assert.ok(html.includes(`<code>${e.rule}</code>`) && html.includes(`>${e.sc} `), `HTML shows ${e.rule} and ${e.sc}`);
  });
}

test('axe also catches the tiny targets (target-size, 2.5.8) inside the shadow root', () => {
  const v = violations(story('tiny-targets'), 'target-size');
  assert.ok(v.length > 0 && v[0].nodes.some((n) => Array.isArray(n.target[0]) && n.target[0][0] === 'a11y-fixture-toolbar'));
});

test('the clean story has no violation in any combination, and every combination was scanned', () => {
  const s = story('clean');
  const all = s.combinations.flatMap((c) => c.violations.map((v) => `${c.viewport} ${c.lang} ${c.theme} ${v.rule} ${JSON.stringify(v.nodes[0])}`));
  assert.deepEqual(all, []);
  assert.equal(s.combinations.length, 2 * 3 * 2, 'fi, en × light, dark, forced colours × 320, 1280');
  const forced = s.combinations.find((c) => c.theme === 'forced-colours');
  assert.ok(forced.passes.includes('auta-combination'), 'forced colours were really on');
  assert.ok(!forced.passes.includes('color-contrast'), 'colour rules are left to the light and dark runs');
  for (const theme of ['light', 'dark']) assert.ok(s.combinations.find((c) => c.theme === theme).passes.includes('color-contrast'), theme);
  const walked = s.combinations.filter((c) => c.checks.includes('auta-focus-visible'));
  assert.deepEqual(walked.map((c) => c.tabStops), [3, 3, 3, 3], 'the link, the input and the button, in light and forced colours at two viewports');
});

test('zoom-400-clip: the button cut off at 400% is named, and nothing is lost at 200% or at 320 × 900', () => {
  const s = story('zoom-400-clip');
  const nodes = violations(s, 'auta-zoom-400').flatMap((v) => v.nodes);
  assert.ok(nodes.some((n) => targetText(n.target).endsWith('button') && /the control "Lähetä hakemus" is cut off/.test(n.message)), JSON.stringify(nodes));
  assert.deepEqual(['auta-zoom', 'auta-reflow'].flatMap((r) => violations(s, r)), []);
});

test('motion-not-reduced: auta-reduced-motion names the spinner and how long it runs, once per story', () => {
  const found = violations(story('motion-not-reduced'), 'auta-reduced-motion');
  assert.equal(found.length, 1, 'one finding: motion is checked once per story');
  const node = found[0].nodes.find((n) => targetText(n.target).includes('div'));
  assert.ok(node && /animation "fixture-turn" runs for ever/.test(node.message), JSON.stringify(found[0].nodes));
  assert.ok(run.stdout.includes('fixtures-broken--motion-not-reduced: auta-reduced-motion '), 'an output line');
  assert.equal(violations(story('clean'), 'auta-reduced-motion').length, 0);
});

test('the dark high-contrast palette was really in force, and only there does the black text fail', () => {
  const s = story('forced-palette-black-text');
  const checked = s.combinations.filter((c) => c.checks.includes('auta-forced-palette'));
  assert.equal(checked.length, 1, 'once per story');
  assert.equal(checked[0].theme, 'forced-colours');
  assert.match(checked[0].violations.find((v) => v.rule === 'auta-forced-palette').nodes[0].message, /rgb\(0, 0, 0\) on rgb\(0, 0, 0\): 1\.00:1/);
  assert.deepEqual(
    s.combinations.flatMap((c) => c.violations.filter((v) => v.rule !== 'auta-forced-palette').map((v) => `${c.theme} ${v.rule}`)),
    [],
    'black text is fine in the light, dark and default forced runs',
  );
  assert.ok(story('clean').combinations.some((c) => c.passes.includes('auta-forced-palette')));
  assert.ok(story('clean').combinations.some((c) => c.passes.includes('auta-zoom-400')));
});

test('a skip without a reason is a violation; with a reason the story is listed, not scanned', () => {
  assert.ok(violations(story('opt-out-without-reason'), 'auta-opt-out-reason').length === 1);
  const skipped = story('opt-out-with-reason');
  assert.equal(skipped.optOut.skip, 'Shows a map that needs a network connection, which the scan does not have.');
  assert.deepEqual(skipped.combinations, []);
  assert.ok(html.includes('Shows a map that needs a network connection'));
  const some = story('skip-some-checks');
  assert.deepEqual(some.combinations.flatMap((c) => c.violations), []);
  assert.equal(some.optOut.skipChecks['auta-reflow'], 'A fixed-width print preview, shown as it prints.');
  assert.ok(html.includes('The print preview keeps its printed width at every zoom level.'));
});

test('opt-outs are read strictly', () => {
  assert.deepEqual(optOuts({ skip: 'Needs a network.' }), { skip: 'Needs a network.', skipChecks: {}, problems: [] });
  assert.equal(optOuts({ skip: '  ' }).problems.length, 1);
  assert.equal(optOuts({ skipChecks: { 'color-contrast': 'no' } }).problems.length, 1, 'axe rules cannot be skipped');
  assert.equal(optOuts({ skipChecks: { 'auta-reflow': '' } }).problems.length, 1);
  assert.equal(optOuts('skip').problems.length, 1);
});

test('incomplete results are listed in the JSON and the HTML, never dropped', () => {
  const review = results.stories.flatMap((s) => s.combinations.flatMap((c) => c.incomplete));
  assert.equal(results.summary.incomplete > 0, review.length > 0);
  assert.ok(html.includes('Needs review'));
  for (const item of review.slice(0, 5)) assert.ok(html.includes(`<code>${item.rule}</code>`), item.rule);
});

test('the HTML report passes axe, including the page-level rules', async () => {
  assert.match(run.stdout, /the report page itself has 0 axe violations/);
  assert.deepEqual(await axeReportPage(out), []);
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<caption id="summary-caption">/);
  assert.match(html, /<th scope="col">Violations<\/th>/);
});

test('the success-criterion table holds every WCAG 2.2 A and AA criterion, with EN 301 549 clauses', () => {
  const current = CRITERIA.filter((c) => !c.removed);
  assert.equal(current.length, 55);
  assert.equal(current.filter((c) => c.level === 'A').length, 31);
  assert.equal(enClause('1.4.3'), '9.1.4.3');
  assert.match(enClause('2.5.8'), /^9\.2\.5\.8 .*V4\.1\.1/);
  assert.deepEqual(scFromTags(['wcag2aa', 'wcag143', 'wcag2411', 'best-practice']), ['1.4.3', '2.4.11']);
});
