// Type tests: `tsc` over the fixtures in types/ (a page with events on elements, document and
// window; React 19 JSX with the plain tags; Vue's GlobalComponents), against the built
// packages as a user gets them. Each `@ts-expect-error` line is a deliberate mistake (and
// `npx tsc -p tools/distribution/test/types` passes only when each is an error). One tsc run on a
// copy without the directives checks more in the same time: an error lands on exactly each
// of those lines, and nowhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DIR = 'tools/distribution/test/types';
const FIXTURES = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f));
const DIRECTIVE = /^\s*(?:\/\/|\{\/\*)\s*@ts-expect-error\s+(.*?)\s*(?:\*\/\})?$/;

/** Directives per fixture: the line after each (1-based) and what it says is wrong. */
const expectations = Object.fromEntries(
  FIXTURES.map((f) => [
    f,
    readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .flatMap((line, i) => (DIRECTIVE.test(line) ? [{ line: i + 2, what: DIRECTIVE.exec(line)[1] }] : [])),
  ]),
);

test('the fixtures make each kind of mistake, in each kind of use', () => {
  const kinds = Object.values(expectations).flat().map((e) => e.what);
  for (const kind of ['a misspelt property', 'a wrong detail field', 'a wrong event name']) assert.ok(kinds.some((k) => k.startsWith(kind)), `a fixture has "${kind}"`);
  for (const f of ['events.ts', 'react.tsx', 'vue.ts']) assert.ok(expectations[f]?.length > 0, `${f} has deliberate mistakes`);
});

test('each deliberate mistake is a type error on its own line, and nothing else is', async () => {
  const stripped = join(DIR, `.stripped-${process.pid}`);
  mkdirSync(stripped, { recursive: true });
  try {
    for (const f of FIXTURES) {
      const text = readFileSync(join(DIR, f), 'utf8').split('\n').map((l) => (DIRECTIVE.test(l) ? '' : l)).join('\n');
      writeFileSync(join(stripped, f), text);
    }
    writeFileSync(join(stripped, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['*.ts', '*.tsx'] }));
    const result = await run('npx', ['tsc', '-p', `${stripped}/tsconfig.json`, '--pretty', 'false']).then(
      () => ({ stdout: '' }),
      (e) => e,
    );
    const errors = [...result.stdout.matchAll(/([\w.]+)\((\d+),\d+\): error (TS\d+): (.*)/g)].map((m) => ({ file: m[1].split('/').pop(), line: +m[2], code: m[3], text: m[4] }));
    for (const [file, list] of Object.entries(expectations)) {
      for (const { line, what } of list) assert.ok(errors.some((e) => e.file === file && e.line === line), `${file}:${line} (${what}) is an error`);
    }
    for (const e of errors) assert.ok(expectations[e.file]?.some((x) => x.line === e.line), `unexpected error ${e.file}:${e.line} ${e.text}`);
  } finally {
    rmSync(stripped, { recursive: true, force: true });
  }
});
