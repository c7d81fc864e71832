// How `node test/hardening/mutate.mjs` takes one protection out of the code the tests load.
// A mutation names the guard it breaks — the function, method or arrow function that holds
// the protection — not a pattern of source text, so moving code around a file or renaming a
// variable inside it does not silently stop a mutation from applying; renaming or removing
// the guard itself fails `test/hardening/node/mutations.test.ts` in `npm test`.
//
// A spec: { file, guard, prepend } puts a statement at the start of the guard's body (after a
// leading `super(…)` or `super.method(…)` call); { file, guard, find, replace } replaces one literal piece of text
// inside the guard only. `guard` is a dotted path of names: `safeUrl`,
// `AutaAltChannelNotice.constructor`, `channelParts.text` (an arrow function declared inside
// a function). The same code runs on TypeScript sources (the esbuild hook of the Node-driven
// tests) and on the JavaScript the test server sends (esbuild prints strings in double
// quotes, so a `find` with single quotes is tried with double quotes too).
import ts from 'typescript';

/** The name a node gives the scope it opens, if it opens one a guard path can name. */
function scopeName(node) {
  if (ts.isClassDeclaration(node) || ts.isClassExpression(node) || ts.isFunctionDeclaration(node)) return node.name?.text;
  if (ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if ((ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isPropertyAssignment(node)) && node.initializer) {
    const init = node.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return node.name.getText();
  }
  return undefined;
}

/** The body of a named scope: a function's block, or a class's members. */
function bodyOf(node) {
  if (ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isPropertyAssignment(node)) return node.initializer.body;
  return node.body;
}

/** Every node whose dotted path of enclosing scope names ends with `guard`. */
export function findGuard(source, fileName, guard) {
  const kind = /\.tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const want = guard.split('.');
  const hits = [];
  const visit = (node, path) => {
    const name = scopeName(node);
    const here = name ? [...path, name] : path;
    if (name && here.length >= want.length && want.every((w, i) => here[here.length - want.length + i] === w)) hits.push(node);
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(file, []);
  return hits;
}

/** `{ source, applied, why }`: the source with the protection taken out, or why it was not. */
export function applyMutation(source, fileName, spec) {
  const hits = findGuard(source, fileName, spec.guard);
  if (hits.length !== 1) return { source, applied: false, why: `${spec.file}: guard ${spec.guard} found ${hits.length} times (want once)` };
  const body = bodyOf(hits[0]);
  if (!body || !ts.isBlock(body)) return { source, applied: false, why: `${spec.file}: guard ${spec.guard} has no block body` };
  if (spec.prepend !== undefined) {
    const first = body.statements[0];
    const callee = first && ts.isExpressionStatement(first) && ts.isCallExpression(first.expression) ? first.expression.expression : undefined;
    // `super(…)` must stay first; `super.connectedCallback()` and the like run before the mutation too.
    const afterSuper = !!callee && (callee.kind === ts.SyntaxKind.SuperKeyword || (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword));
    const at = afterSuper ? first.end : body.getStart() + 1;
    return { source: `${source.slice(0, at)} ${spec.prepend} ${source.slice(at)}`, applied: true };
  }
  const start = body.getStart();
  const text = source.slice(start, body.end);
  const candidates = [spec.find, spec.find.replace(/'/g, '"')];
  const find = candidates.find((c) => text.includes(c));
  if (find === undefined) return { source, applied: false, why: `${spec.file}: "${spec.find}" is not inside ${spec.guard}` };
  return { source: source.slice(0, start) + text.replace(find, spec.replace) + source.slice(body.end), applied: true };
}

/** Applies every spec of `AUTA_MUTATE` meant for `path`; logs what was and was not applied. */
export function mutateFile(source, path, specs, log = console.error) {
  let out = source;
  let changed = false;
  for (const spec of specs) {
    if (!path.endsWith(`/${spec.file}`) && path !== spec.file) continue;
    const r = applyMutation(out, path, spec);
    if (r.applied) {
      log(`[mutation applied] ${spec.file}: ${spec.guard}`);
      out = r.source;
      changed = true;
    } else log(`[mutation NOT applied] ${r.why}`);
  }
  return changed ? out : undefined;
}

/** The specs of `AUTA_MUTATE` (one or a list), or none when it is unset. */
export function specsFromEnv(env = process.env) {
  return env.AUTA_MUTATE ? [JSON.parse(env.AUTA_MUTATE)].flat() : [];
}
