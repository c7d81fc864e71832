#!/usr/bin/env node
// Refuses a theme whose colours fail WCAG contrast: every pair of @auta/core's
// CONTRAST_PAIRS (text 4.5:1, borders and focus 3:1) in the light and the dark scheme.
//
//   node tools/distribution/check-theme.mjs my-theme.json [more.json …] [--css]
//
// Prints each failing pair (or every pair with --all) and exits 1 when any theme fails
// or is malformed. --css prints the theme as custom properties for a page.
import { loadTheme, contrastReport, themeCss } from './theme.mjs';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const all = args.includes('--all');
const css = args.includes('--css');
if (!files.length) {
  console.error('usage: node tools/distribution/check-theme.mjs <theme.json> [more.json …] [--all] [--css]');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  const theme = loadTheme(file);
  if (theme.errors.length) {
    failed++;
    console.log(`✗ ${file}: not a usable theme`);
    for (const e of theme.errors) console.log(`  ${e}`);
    continue;
  }
  const report = contrastReport(theme);
  const bad = report.filter((r) => !r.pass);
  console.log(`${bad.length ? '✗' : '✓'} ${theme.name} (${file}): ${report.length - bad.length} of ${report.length} pairs pass`);
  for (const r of all ? report : bad) {
    console.log(`  ${r.pass ? 'ok  ' : 'FAIL'} ${r.scheme.padEnd(5)} --auta-${r.fg} on --auta-${r.bg}: ${r.ratio.toFixed(2)}:1 (needs ${r.min}:1)`);
  }
  if (bad.length) failed++;
  if (css && !bad.length) console.log(themeCss(theme));
}
process.exit(failed ? 1 : 0);
