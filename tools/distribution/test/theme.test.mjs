// The theme contrast check: both shipped themes pass, a deliberately bad one is refused,
// and malformed themes are refused with the field named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTheme, contrastReport, themeCss, lightTheme, darkTheme, CONTRAST_PAIRS } from '../theme.mjs';

const SHIPPED = ['stories/theming/themes/neutral.json', 'stories/theming/themes/municipality-brand.json'];
const BAD = 'tools/distribution/test/fixtures/bad-theme.json';
const check = (...files) => spawnSync('node', ['tools/distribution/check-theme.mjs', ...files], { encoding: 'utf8' });

test('both shipped themes pass every contrast pair in light and dark', () => {
  const run = check(...SHIPPED);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  for (const file of SHIPPED) {
    const report = contrastReport(loadTheme(file));
    assert.equal(report.length, CONTRAST_PAIRS.length * 2);
    assert.deepEqual(report.filter((r) => !r.pass), []);
  }
});

test('the deliberately bad theme is refused, naming the failing pairs and ratios', () => {
  const run = check(BAD);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /FAIL light --auta-color-accent on --auta-color-surface: 2\.\d\d:1 \(needs 4\.5:1\)/);
  assert.match(run.stdout, /FAIL dark {2}--auta-color-text on --auta-color-surface: 3\.\d\d:1/);
  assert.match(run.stdout, /FAIL light --auta-color-focus on --auta-color-surface: 1\.\d\d:1 \(needs 3:1\)/);
});

test('one bad theme among good ones fails the whole run', () => {
  assert.equal(check(...SHIPPED, BAD).status, 1);
});

test('the neutral theme is exactly the defaults of @auta/core', () => {
  const neutral = loadTheme(SHIPPED[0]);
  assert.deepEqual(neutral.given.light, lightTheme);
  assert.deepEqual(neutral.given.dark, darkTheme);
});

test('malformed themes are refused with the field named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auta-theme-'));
  const write = (name, value) => {
    const f = join(dir, name);
    writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value));
    return f;
  };
  const typo = write('typo.json', { light: { 'color-txt': '#000000' } });
  const rgb = write('rgb.json', { dark: { 'color-accent': 'rgb(0, 0, 255)' } });
  const size = write('size.json', { sizes: { radius: '1px; color: red' } });
  const broken = write('broken.json', '{ "light": ');
  const out = check(typo, rgb, size, broken);
  assert.equal(out.status, 1);
  assert.match(out.stdout, /light\.color-txt is not a colour token/);
  assert.match(out.stdout, /dark\.color-accent is "rgb\(0, 0, 255\)"; write colours as #rrggbb/);
  assert.match(out.stdout, /sizes\.radius must be a CSS length/);
  assert.match(out.stdout, /not readable JSON/);
});

test('a theme becomes light-dark() custom properties for a page', () => {
  const css = themeCss(loadTheme(SHIPPED[1]), '.tuulijoki');
  assert.match(css, /^\.tuulijoki \{/);
  assert.match(css, /--auta-color-accent: light-dark\(#00676a, #63d2cd\);/);
  // Tokens the theme leaves alone keep their defaults and are not written.
  assert.doesNotMatch(css, /--auta-color-danger/);
  assert.match(css, /--auta-radius: 0\.5rem;/);
  assert.match(execFileSync('node', ['tools/distribution/check-theme.mjs', SHIPPED[1], '--css'], { encoding: 'utf8' }), /--auta-color-focus: light-dark\(#1c3a6e, #9ce5e1\);/);
});
