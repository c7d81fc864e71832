// What TypeScript knows that the manifest does not: which names a package's public entry
// exports (so a generated file may import an event's detail type), and which events a
// package declares in the global `HTMLElementEventMap` (so a wrapper can type an event
// by name even when its JSDoc gives no type).
import ts from 'typescript';
import { existsSync } from 'node:fs';

const GLOBAL_TYPES = new Set(['CustomEvent', 'Event', 'Array', 'ReadonlyArray', 'Record', 'Partial', 'Readonly', 'string', 'number', 'boolean', 'undefined', 'null', 'unknown']);

/** For each package dir: { exports: Set<string>, eventMap: Map<eventName, typeText> }. */
export function packageTypeInfo(dirs) {
  const roots = dirs.flatMap((d) => [`packages/${d}/src/index.ts`, `packages/${d}/src/define.ts`]).filter((f) => existsSync(f));
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@auta/source'],
    experimentalDecorators: true,
    useDefineForClassFields: false,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  lastProgram = program;
  const checker = program.getTypeChecker();
  const info = new Map();
  for (const dir of dirs) {
    const exports = new Set();
    const index = program.getSourceFile(`packages/${dir}/src/index.ts`);
    const sym = index && checker.getSymbolAtLocation(index);
    if (sym) for (const e of checker.getExportsOfModule(sym)) exports.add(e.getName());
    const eventMap = new Map();
    for (const sf of program.getSourceFiles()) {
      if (!sf.fileName.includes(`/packages/${dir}/src/`) && !sf.fileName.startsWith(`packages/${dir}/src/`)) continue;
      const visit = (node) => {
        if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
          for (const m of node.members) {
            if (ts.isPropertySignature(m) && m.type && m.name && (ts.isStringLiteral(m.name) || ts.isIdentifier(m.name))) {
              eventMap.set(m.name.text, m.type.getText(sf));
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    info.set(dir, { exports, eventMap });
  }
  return info;
}

/** The identifiers a type text names, without the built-in ones. */
export function typeNames(text) {
  return [...new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? [])].filter((n) => !GLOBAL_TYPES.has(n));
}

/**
 * How a generated file can type an event: a type text, and the names it needs imported
 * from the package's public entry. The JSDoc `@event {Type}` comes first, then the
 * package's `HTMLElementEventMap` entry; `untyped` when neither says.
 */
export function eventType(event, pkgInfo) {
  for (const text of [event.type?.text, pkgInfo.eventMap.get(event.name)]) {
    if (!text || !/^(CustomEvent\b|Event$)/.test(text)) continue;
    const names = typeNames(text);
    if (names.every((n) => pkgInfo.exports.has(n))) return { text, imports: names };
  }
  if (pkgInfo.eventMap.has(event.name)) return { text: `HTMLElementEventMap['${event.name}']`, imports: [] };
  return { text: 'CustomEvent<unknown>', imports: [], untyped: true };
}

/**
 * The string values an attribute may take, when its type is a union of string literals
 * (written out, or named by types the package exports): editors offer them as choices.
 */
export function literalValues(text, dir, program = lastProgram) {
  if (!text) return undefined;
  const values = [];
  for (const part of text.split('|').map((p) => p.trim())) {
    const lit = /^(['"])(.*)\1$/.exec(part);
    if (lit) {
      if (lit[2] !== '') values.push(lit[2]);
      continue;
    }
    if (part === 'undefined' || part === 'null') continue;
    const resolved = program && resolveAlias(program, dir, part);
    if (!resolved) return undefined;
    values.push(...resolved);
  }
  return values.length ? [...new Set(values)] : undefined;
}

let lastProgram;
function resolveAlias(program, dir, name) {
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(`packages/${dir}/src/index.ts`);
  const mod = index && checker.getSymbolAtLocation(index);
  if (!mod) return undefined;
  const sym = checker.getExportsOfModule(mod).find((s) => s.getName() === name);
  if (!sym) return undefined;
  const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
  const type = checker.getDeclaredTypeOfSymbol(target);
  const parts = type.isUnion() ? type.types : [type];
  if (!parts.every((t) => t.isStringLiteral())) return undefined;
  return parts.map((t) => t.value).filter((v) => v !== '');
}
