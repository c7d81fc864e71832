// Which way imports may run between the repository's top folders (docs/architecture.md,
// "Folders"): `scripts/` holds what the npm scripts run, and nothing outside it imports from
// it. Stories, tests, tools and examples find shared code in a workspace of its own
// (`tools/sample-data`, `tools/browser`, `tools/content`, …), imported by name, so moving or
// renaming a script never breaks a test, and a newcomer finds each helper where it is named.
// Root-level configuration (web-test-runner.config.mjs) belongs to `npm test` itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The folders whose files must not import from scripts/. */
const CHECKED = ['packages', 'stories', '.storybook', 'test', 'tools', 'examples'];
const CODE = /\.(ts|tsx|mts|js|mjs|cjs|vue)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage', 'storybook-static', 'reports', '.angular']);

function codeFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) codeFiles(join(dir, e.name), out);
    } else if (CODE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(join(dir, e.name));
  }
  return out;
}

/**
 * Every quoted relative path in `text` (a static or dynamic import, or a path kept in a string
 * and imported later) that lands in `<root>/scripts/`, as `line: path`. Bare names resolve to
 * workspaces and are never in scripts/.
 */
export function scriptsImports(file: string, text: string, root = ROOT): string[] {
  const scripts = join(root, 'scripts') + sep;
  const found: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/(['"`])(\.{1,2}\/[^'"`\s]*)\1/g)) {
      const target = resolve(dirname(file), m[2]!);
      if ((target + sep).startsWith(scripts)) found.push(`${i + 1}: ${m[2]}`);
    }
  });
  return found;
}

test('the check finds a static import, a dynamic one and a path kept for later, and nothing else', () => {
  const file = join(ROOT, 'packages/x/test/node/a.test.ts');
  const text = [
    "import { a } from '../../../../scripts/build.mjs';",
    "const b = await import('../../../../scripts/test.mjs');",
    "const kept: string = '../../../../scripts/browser.mjs';",
    "import { c } from 'auta-tool-browser';",
    "import { d } from '../../src/index.js';",
    "const e = '../../../../tools/sample-data/generate-providers.js';",
  ].join('\n');
  assert.deepEqual(scriptsImports(file, text), [
    '1: ../../../../scripts/build.mjs',
    '2: ../../../../scripts/test.mjs',
    '3: ../../../../scripts/browser.mjs',
  ]);
});

test('no story, test, tool or example imports from scripts/', () => {
  const problems: string[] = [];
  for (const top of CHECKED) {
    for (const file of codeFiles(join(ROOT, top))) {
      for (const hit of scriptsImports(file, readFileSync(file, 'utf8'))) problems.push(`${relative(ROOT, file)}:${hit}`);
    }
  }
  assert.deepEqual(problems, [], 'import it from the workspace under tools/ that holds it (docs/architecture.md, "Folders"), or move it there');
});
