// The copy tables in the guidance pages (docs/patterns/*/content.md) show the defaults of
// each element. The catalogs are the one source: this module computes every row a table
// can hold from them, so a test can say where a page and a catalog disagree, and
// `--write` can bring the pages back in line.
//
//   node --conditions=@auta/source --import tsx tools/content/copy-tables.ts [--write]
//
// A row names its keys in backticks in its first cell (`| \`phone\` | … |`, or
// `| heading (\`heading\`) | … |`); several keys in one row are joined by " / ". A key
// whose message is a function is shown with the example arguments below; a function with
// no example is left as written (its row says so in the page). Rows under a `##` heading
// that says "Easy-to-read" show the easy-to-read level (the catalog's `easy` member,
// falling back as the elements do: easy text in the language, else the standard text).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Catalog, Lang, MessageMap } from '@auta/core';
import { formatDate, formatTime } from '@auta/core/hours.js';
import { altChannelCatalog, loadAltChannelEasy } from '@auta/alt-channel';
import '@auta/alt-channel/lang/sv.js';
import '@auta/alt-channel/lang/en.js';
import { loadOnBehalfEasy, onBehalfCatalog } from '@auta/on-behalf';
import '@auta/on-behalf/lang/sv.js';
import '@auta/on-behalf/lang/en.js';
import { loadProviderFinderEasy, providerFinderCatalog } from '@auta/provider-finder';
import '@auta/provider-finder/lang/sv.js';
import '@auta/provider-finder/lang/en.js';
import { helpCatalog, loadHelpEasy, unavailableCatalog } from '@auta/help';
import '@auta/help/lang/sv.js';
import '@auta/help/lang/en.js';

const LANGS: Lang[] = ['fi', 'sv', 'en'];

// Easy-to-read catalogs that the elements load on demand are loaded here up front.
await Promise.all([loadOnBehalfEasy(), loadAltChannelEasy(), loadHelpEasy(), loadProviderFinderEasy()]);

const when = (date: string, minutes: number, lang: Lang) => ({ date: formatDate(date, lang), time: formatTime(minutes, lang) });

export interface CopyPage {
  file: string;
  catalog: Catalog<MessageMap>;
  /** Arguments a function message is shown with in the page, per language. */
  examples: Record<string, (lang: Lang) => unknown[]>;
}

export const COPY_PAGES: CopyPage[] = [
  {
    file: 'docs/patterns/alt-channel/content.md',
    catalog: altChannelCatalog as unknown as Catalog<MessageMap>,
    examples: {
      outage: (lang) => [when('2026-05-12', 18 * 60, lang), when('2026-05-13', 8 * 60, lang), false],
      postOfficeBox: () => ['123'],
    },
  },
  { file: 'docs/patterns/on-behalf/content.md', catalog: onBehalfCatalog as unknown as Catalog<MessageMap>, examples: { mandateThemes: () => [2], rolesWithoutMandate: () => [2] } },
  {
    file: 'docs/patterns/provider-finder/content.md',
    catalog: providerFinderCatalog as unknown as Catalog<MessageMap>,
    examples: { filtersToggle: () => [2], found: () => [12], showing: () => [40, 123], partial: () => [3], locationProblem: () => ['denied'] },
  },
  { file: 'docs/patterns/help/content.md', catalog: helpCatalog as unknown as Catalog<MessageMap>, examples: {} },
  {
    file: 'docs/patterns/help/service-unavailable.md',
    catalog: unavailableCatalog as unknown as Catalog<MessageMap>,
    examples: { back: () => [undefined] },
  },
];

type Level = 'standard' | 'easy';

/** The text of `key` in `lang` at `level`, or undefined when it is a function without an example. */
function textOf(page: CopyPage, key: string, lang: Lang, level: Level): string | undefined {
  const easy = level === 'easy' ? page.catalog.easy?.[lang]?.[key] : undefined;
  const m = easy ?? page.catalog[lang]?.[key] ?? page.catalog.fi![key];
  if (typeof m === 'string') return m;
  const args = page.examples[key];
  return typeof m === 'function' && args ? m(...args(lang)) : undefined;
}

export interface RowProblem {
  file: string;
  line: number;
  keys: string[];
  lang: Lang;
  page: string;
  catalog: string;
}

/** Brings every table row of a page in line with the catalog; returns the new text and what differed. */
export function syncPage(page: CopyPage, text: string): { text: string; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  let level: Level = 'standard';
  const lines = text.split('\n').map((line, i) => {
    if (line.startsWith('## ')) level = /easy-to-read/i.test(line) ? 'easy' : 'standard';
    const cells = line.split(' | ');
    if (!line.startsWith('| ') || !line.endsWith(' |') || cells.length !== 4) return line;
    const keys = [...cells[0]!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]!).filter((k) => k in page.catalog.fi!);
    if (keys.length === 0) return line;
    const out = [cells[0]!];
    LANGS.forEach((lang, n) => {
      const written = cells[n + 1]!.replace(/ \|$/, '');
      const texts = keys.map((k) => textOf(page, k, lang, level));
      const expected = texts.every((t) => t !== undefined) ? texts.join(' / ').replace(/\|/g, '\\|') : written;
      if (expected !== written) problems.push({ file: page.file, line: i + 1, keys, lang, page: written, catalog: expected });
      out.push(expected);
    });
    return `${out.join(' | ')} |`;
  });
  return { text: lines.join('\n'), problems };
}

if (process.argv[1]?.endsWith('copy-tables.ts')) {
  const write = process.argv.includes('--write');
  let count = 0;
  for (const page of COPY_PAGES) {
    const before = readFileSync(page.file, 'utf8');
    const { text, problems } = syncPage(page, before);
    for (const p of problems) console.log(`${p.file}:${p.line} ${p.keys.join(', ')} (${p.lang}): "${p.page}" → "${p.catalog}"`);
    count += problems.length;
    if (write && text !== before) writeFileSync(page.file, text);
  }
  console.log(`${count} cell(s) ${write ? 'rewritten' : 'differ from the catalogs'}.`);
}
