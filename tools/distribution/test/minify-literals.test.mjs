// The literal minifier (tools/distribution/minify-literals.mjs): what it takes out of Lit's css and html
// templates, what it must leave alone, and that the source maps of packages/*/dist still
// point at the right TypeScript line after it has rewritten the emitted JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { decode } from '@jridgewell/sourcemap-codec';
import { literalEdits, minifyDist, minifyLiterals } from '../minify-literals.mjs';

const run = (code) => minifyLiterals(code, 'x.ts')?.code ?? code;

test('css: comments go, whitespace runs become one space, none beside braces, semicolons and commas', () => {
  const out = run('const s = css`\n  /* the ring */\n  :host {\n    display: block;\n    color: red;\n  }\n  a,\n  b > c { margin: 0 }\n`;');
  assert.equal(out, 'const s = css`:host{display:block;color:red}a,b>c{margin:0}`;');
});

test('css: the space before a colon is kept (`.a :hover` is not `.a:hover`), strings byte for byte', () => {
  const out = run("const s = css`.a :hover { content: '  two  spaces  /* not a comment */'; }`;");
  assert.equal(out, "const s = css`.a :hover{content:'  two  spaces  /* not a comment */'}`;");
});

test('css: one space is kept beside an expression, whose neighbour is unknown', () => {
  const out = run('const s = css`\n  .a {\n    color: ${x};\n  }\n  ${y}\n  .b { gap: 0 }\n`;');
  assert.equal(out, 'const s = css`.a{color: ${x}} ${y} .b{gap:0}`;');
});

test('css: a template whose comment or string spans an expression is left as it is', () => {
  const code = 'const s = css`\n  /* ${x} */\n  .a { color: red; }\n`;\nconst t = css`\n  .a { content: "${y}"; }\n`;';
  assert.deepEqual(literalEdits(code, 'x.ts'), []);
});

test('html: a whitespace run holding a line break becomes one space; spaces in a line stay', () => {
  const out = run('const t = html`\n  <p>\n    <a href="/a">A</a>\n    <a href="/b">B</a>  and  more\n  </p>\n`;');
  assert.equal(out, 'const t = html` <p> <a href="/a">A</a> <a href="/b">B</a>  and  more </p> `;');
});

test('untagged templates and other tags are not touched; nothing to do gives null', () => {
  const code = 'const a = `\n  keep  me\n`;\nconst b = sql`\n  select 1\n`;';
  assert.equal(minifyLiterals(code, 'x.ts'), null);
});

test('dist: the rewritten file keeps its source map pointing at the original line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auta-minify-'));
  try {
    const source = 'import { css } from "lit";\nexport const styles = css`\n  :host {\n    display: block;\n  }\n`;\nexport function marker() {\n  return 42;\n}\n';
    const emitted = ts.transpileModule(source, { fileName: 'm.ts', compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: true } });
    writeFileSync(join(dir, 'm.js'), emitted.outputText.replace(/\/\/# sourceMappingURL=.*\n?$/, ''));
    writeFileSync(join(dir, 'm.js.map'), emitted.sourceMapText);
    const saved = minifyDist(dir);
    assert.ok(saved > 0, 'something was minified');
    const code = readFileSync(join(dir, 'm.js'), 'utf8');
    assert.match(code, /css `:host\{display:block\}`/);
    const map = JSON.parse(readFileSync(join(dir, 'm.js.map'), 'utf8'));
    const line = code.split('\n').findIndex((l) => l.includes('function marker'));
    const segs = decode(map.mappings)[line];
    assert.ok(segs?.length, 'the line of marker() has mappings');
    // [generated column, source index, original line (0-based), original column]
    assert.equal(segs[0][2], 6, 'marker() maps to line 7 of the TypeScript source');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
