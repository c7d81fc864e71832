// Every mutation of `node test/hardening/mutate.mjs` still finds its guard: a refactor that
// renames or moves a protection fails here, in `npm test`, instead of leaving the mutation
// runner to report "not applied" the next time someone runs it. The mutated code must still
// parse, so a mutation that is caught is caught by the test it names, not by a syntax error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { applyMutation, findGuard, mutateFile } from '../mutation.mjs';
import { MUTATIONS } from '../mutations.mjs';

for (const m of MUTATIONS) {
  test(`mutation ${m.id}: every guard is found once and the mutated code parses`, () => {
    for (const spec of [m.mutate].flat()) {
      const source = readFileSync(spec.file, 'utf8');
      const r = applyMutation(source, spec.file, spec);
      assert.ok(r.applied, r.why);
      assert.notEqual(r.source, source);
      const parsed = ts.createSourceFile(spec.file, r.source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) as ts.SourceFile & { parseDiagnostics: ts.Diagnostic[] };
      assert.deepEqual(parsed.parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')), [], `${spec.file} after ${spec.guard}`);
    }
  });
}

test('a guard path names nested scopes; a missing guard or text is reported, not skipped', () => {
  const src = 'export class A extends B {\n  constructor() {\n    super();\n    this.x = 1;\n  }\n  run(v: string) {\n    const inner = (w: string) => {\n      return w;\n    };\n    return inner(v) + \'!\';\n  }\n}\n';
  assert.equal(findGuard(src, 'a.ts', 'A.run.inner').length, 1);
  assert.equal(findGuard(src, 'a.ts', 'inner').length, 1);
  const pre = applyMutation(src, 'a.ts', { file: 'a.ts', guard: 'A.constructor', prepend: 'mutated();' });
  assert.match(pre.source, /super\(\); mutated\(\);/, 'after super(), never before it');
  // esbuild prints strings in double quotes: a find written with single quotes still applies.
  const js = src.replace("'!'", '"!"');
  assert.ok(applyMutation(js, 'a.js', { file: 'a.js', guard: 'A.run', find: "+ '!'", replace: '' }).applied);
  assert.equal(applyMutation(src, 'a.ts', { file: 'a.ts', guard: 'A.gone', prepend: 'x;' }).applied, false);
  assert.equal(applyMutation(src, 'a.ts', { file: 'a.ts', guard: 'A.run', find: 'nowhere', replace: '' }).applied, false);
  const log: string[] = [];
  assert.equal(mutateFile(src, '/repo/a.ts', [{ file: 'a.ts', guard: 'A.gone', prepend: 'x;' }], (l) => log.push(l)), undefined);
  assert.match(log[0] ?? '', /NOT applied/);
});
