/**
 * The screen-reader test plan against the spoken-phrase snapshots.
 *
 * 1. Every quoted phrase in the Expect column of the plan's tables must be heard in a
 *    snapshot of that section's element (any language; "…" and ‹placeholders› match any
 *    words). A quote the code does not produce fails with the row and the files searched.
 * 2. `docs/accessibility/screen-reader-logs.md`, the full logs the plan refers to, must be
 *    what the snapshots hold. `node --import tsx test/screen-reader/plan.ts --write`
 *    writes it again after `UPDATE_SR=1`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PLAN = join(ROOT, 'docs/accessibility/screen-reader-test-plan.md');
export const LOGS_PAGE = join(ROOT, 'docs/accessibility/screen-reader-logs.md');
export const SNAPSHOTS = join(ROOT, 'test/screen-reader/snapshots');

const LANG_NAMES: Record<string, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };

export interface Snapshot {
  file: string;
  element: string;
  journey: string;
  lang: string;
  lines: string[];
}

export function snapshots(dir = SNAPSHOTS): Snapshot[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('harness.'))
    .sort()
    .map((file) => {
      const [element = '', journey = '', lang = ''] = file.replace(/\.txt$/, '').split('.');
      return { file, element, journey, lang, lines: readFileSync(join(dir, file), 'utf8').replace(/\n$/, '').split('\n') };
    });
}

export interface Row {
  section: string;
  elements: string[];
  id: string;
  quotes: string[];
}

/** The plan's table rows under each `## <auta-…>` heading, with the quotes of their Expect column. */
export function planRows(markdown: string): Row[] {
  const rows: Row[] = [];
  let section = '';
  let elements: string[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^## (.*)$/.exec(line);
    if (heading) {
      section = heading[1]!;
      elements = [...section.matchAll(/<auta-([a-z-]+)>/g)].map((m) => m[1]!);
      continue;
    }
    if (!elements.length || !line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const id = cells[0] ?? '';
    if (!/^[A-Z]\d+$/.test(id)) continue;
    const expect = cells.at(-1) ?? '';
    const quotes = [...expect.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim()).filter(Boolean);
    rows.push({ section, elements, id, quotes });
  }
  return rows;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A quote as a pattern: "…" and ‹placeholders› stand for any words; case is ignored, as a
 * quote may start mid-sentence ("…voit lähettää…").
 */
export function quotePattern(quote: string): RegExp {
  const parts = quote.split(/…|‹[^›]*›/).map((p) => escape(p.replace(/\s+/g, ' ').trim()));
  return new RegExp(parts.join('.*?'), 'i');
}

export interface Finding {
  row: string;
  quote: string;
  searched: string[];
}

/** Quotes of the plan that no snapshot of their element says. */
export function checkPlan(markdown: string, snaps: Snapshot[]): { findings: Finding[]; unchecked: string[]; checked: number } {
  const findings: Finding[] = [];
  const unchecked = new Set<string>();
  let checked = 0;
  for (const row of planRows(markdown)) {
    const mine = snaps.filter((s) => row.elements.includes(s.element));
    if (!mine.length) {
      unchecked.add(row.section);
      continue;
    }
    for (const quote of row.quotes) {
      const pattern = quotePattern(quote);
      checked += 1;
      const heard = mine.some((s) => s.lines.some((l) => pattern.test(l)) || pattern.test(s.lines.join(' ')));
      if (!heard) findings.push({ row: row.id, quote, searched: mine.map((s) => s.file) });
    }
  }
  return { findings, unchecked: [...unchecked], checked };
}

/** The page of full logs, one section per element, one collapsible block per journey × language. */
export function logsPage(snaps: Snapshot[]): string {
  const out = [
    '# What a screen reader says: the full logs',
    '',
    '<!-- Generated from test/screen-reader/snapshots by `node --import tsx test/screen-reader/plan.ts --write`; do not edit. -->',
    '',
    'These are the spoken-phrase logs the tests assert (`test/screen-reader/`), over Chromium’s accessibility tree with real key presses, for the stories’ fictional sample data. One phrase a line: `role, name, states, description`; `focus:` what is said when focus moves (`focus in:` a group or landmark entered); `[polite]` / `[assertive]` a live-region announcement; `>` what the person did. Real screen readers word roles and states their own way; the names, the order, the states and the announcements must match. The [test plan](./screen-reader-test-plan.md) says how to check them by hand.',
    '',
  ];
  const elements = [...new Set(snaps.map((s) => s.element))];
  for (const element of elements) {
    out.push(`## \`<auta-${element}>\``, '');
    for (const s of snaps.filter((x) => x.element === element)) {
      out.push(`<details><summary>${s.journey} · ${LANG_NAMES[s.lang] ?? s.lang} (${s.lines.length} lines)</summary>`, '', '```text', ...s.lines, '```', '', '</details>', '');
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const snaps = snapshots();
  if (process.argv.includes('--write')) {
    writeFileSync(LOGS_PAGE, logsPage(snaps));
    console.log(`wrote ${LOGS_PAGE}`);
  }
  const { findings, unchecked, checked } = checkPlan(readFileSync(PLAN, 'utf8'), snaps);
  for (const f of findings) console.log(`${f.row}: "${f.quote}" is not heard in ${f.searched.join(', ')}`);
  for (const u of unchecked) console.log(`no spoken-phrase journey yet for: ${u}`);
  console.log(`${checked} quotes checked, ${findings.length} not heard`);
}
