// The term list (docs/content/terms.md) holds: no catalog, story or guidance page uses a
// rejected variant, and the copy tables of the guidance pages say what the catalogs say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COPY_PAGES, syncPage } from 'auta-tool-content/copy-tables.js';

interface Rejected {
  variant: string;
  pattern: RegExp;
  concept: string;
}

/** The rejected variants of docs/content/terms.md, as whole-word, case-insensitive patterns. */
export function rejectedTerms(markdown: string): Rejected[] {
  const table = markdown.slice(markdown.indexOf('## Terms'));
  const out: Rejected[] = [];
  for (const line of table.split('\n')) {
    const cells = line.split(' | ');
    if (!line.startsWith('| ') || cells.length !== 6) continue;
    for (const m of cells[4]!.matchAll(/`([^`]+)`/g)) {
      const variant = m[1]!;
      const prefix = variant.endsWith('*');
      const escaped = (prefix ? variant.slice(0, -1) : variant).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      out.push({ variant, concept: cells[0]!.slice(2), pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu') });
    }
  }
  return out;
}

/** Every rejected variant found in `text`, with its line. */
export function findRejected(text: string, terms: Rejected[]): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const t of terms) if (t.pattern.test(line)) found.push(`line ${i + 1}: "${t.variant}" (${t.concept})`);
  });
  return found;
}

const files = (dir: string, keep: (f: string) => boolean): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, keep) : keep(p) ? [p] : [];
  });

const terms = rejectedTerms(readFileSync('docs/content/terms.md', 'utf8'));
const scope = [
  ...readdirSync('packages').flatMap((pkg) => {
    try {
      return files(join('packages', pkg, 'src'), (f) => /[\\/]messages[^\\/]*\.ts$/.test(f));
    } catch {
      return [];
    }
  }),
  ...files('stories', (f) => /\.(ts|mdx)$/.test(f)),
  ...files('docs/patterns', (f) => f.endsWith('.md')),
];

test('the term list has rejected variants to enforce', () => {
  assert.ok(terms.length >= 20, `only ${terms.length} rejected variants read from docs/content/terms.md`);
  assert.ok(scope.some((f) => f.includes('messages')) && scope.some((f) => f.startsWith('stories')) && scope.some((f) => f.startsWith('docs')));
});

test('the check fails on a page that uses rejected variants (fixture)', () => {
  const found = findRejected(readFileSync('test/content/fixtures/rejected-terms.md', 'utf8'), terms);
  assert.deepEqual(
    found.map((f) => f.replace(/ \(.*\)$/, '')),
    ['line 3: "kotiin tuotava"', 'line 3: "Auki nyt"', 'line 4: "(puhelu maksaa)"'],
  );
});

test('no catalog, story or guidance page uses a rejected variant', () => {
  const problems = scope.flatMap((file) => findRejected(readFileSync(file, 'utf8'), terms).map((f) => `${file} ${f}`));
  assert.deepEqual(problems, [], `rejected terms in use (see docs/content/terms.md):\n${problems.join('\n')}`);
});

test('the guidance pages’ copy tables say what the catalogs say', () => {
  for (const page of COPY_PAGES) {
    const { problems } = syncPage(page, readFileSync(page.file, 'utf8'));
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line} ${p.keys.join(', ')} (${p.lang}): "${p.page}" ≠ "${p.catalog}"`),
      [],
      'run: node --conditions=@auta/source --import tsx tools/content/copy-tables.ts --write',
    );
  }
});

test('a copy table under an "Easy-to-read" heading is held to the easy-to-read catalog', () => {
  const help = COPY_PAGES.find((p) => p.file.endsWith('help/content.md'))!;
  const standard = '| `customer-service` | Asiakaspalvelu | Kundtjänst | Customer service |';
  const page = (heading: string) => ['## ' + heading, '', '| key | fi | sv | en |', '|---|---|---|---|', standard].join('\n');
  assert.deepEqual(syncPage(help, page('The block')).problems, []);
  const easy = syncPage(help, page('Easy-to-read (selkokieli)'));
  assert.deepEqual(easy.problems.map((p) => `${p.lang}: ${p.catalog}`), ['fi: Kysy meiltä', 'sv: Fråga oss', 'en: Ask us']);
});
