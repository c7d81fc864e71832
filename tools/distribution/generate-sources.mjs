// The sources generate.mjs writes before `tsc` (committed): the elements index and tag names,
// the elements' tsconfig references, the React wrappers and docs/theming.md's reference tables.
import { existsSync, readFileSync } from 'node:fs';
import { summaryOf } from './manifest.mjs';
import { HEADER, elements, packages, events, detailTypes, elementsPkg, json, jsdoc, write } from './generate-context.mjs';

export function elementsIndex() {
  const lines = [
    HEADER,
    '// Importing @auta/elements defines every Auta element: that is its one side effect, and',
    '// each define file registers its tag only when no other copy has (scoped registries and',
    '// double loads keep working). The classes and event detail types are re-exported for types',
    '// and subclassing.',
    ...packages.map((p) => `import '${p.name}/define.js';`),
    '',
  ];
  for (const p of packages) {
    const names = [...p.elements.map((e) => e.className), ...[...detailTypes.get(p.dir)].sort().map((n) => `type ${n}`)];
    lines.push(`export { ${names.join(', ')} } from '${p.name}';`);
  }
  lines.push(`export { TAG_NAMES, VERSION } from './tag-names.js';`, '');
  // The events bubble (and compose) to document and window, where pages listen for them:
  // typed there too, not only on the elements (HTMLElementEventMap, in each package).
  const typeImports = packages.map((p) => [p, [...detailTypes.get(p.dir)].sort()]).filter(([, names]) => names.length);
  for (const [p, names] of typeImports) lines.push(`import type { ${names.map((n) => `${n} as ${localType(p, n)}`).join(', ')} } from '${p.name}';`);
  lines.push(
    '',
    'declare global {',
    '  /** Every `auta-*` event, wherever it is listened for: an element, `document` or `window`. */',
    '  interface GlobalEventHandlersEventMap {',
    ...[...globalEvents()].map(([name, type]) => `    '${name}': ${type};`),
    '  }',
    '}',
    '',
  );
  return lines.join('\n');
}

/** A package's detail type under a name of its own in the elements index (two packages may export the same name). */
const localType = (p, name) => `${p.name.replace(/^@auta\//, '').replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}${name}`;

/** Event name → its type in the elements index; one event sent by several elements gets the union of their types. */
function globalEvents() {
  const out = new Map();
  for (const el of elements) {
    const p = packages.find((x) => x.dir === el.packageDir);
    for (const e of events.get(el.tagName)) {
      let type = e.typeText;
      for (const n of detailTypes.get(el.packageDir)) type = type.replace(new RegExp(`\\b${n}\\b`, 'g'), localType(p, n));
      // Two elements of one package may send the same event with the same type: list it once.
      const known = out.get(e.name) ?? [];
      if (!known.includes(type)) out.set(e.name, [...known, type]);
    }
  }
  return new Map([...out].map(([name, types]) => [name, types.join(' | ')]).sort(([a], [b]) => a.localeCompare(b)));
}

/** Kept apart from index.ts, with no imports: the CDN bundle's double-load check reads it
 * before any element is defined. */
export function tagNames() {
  return [
    HEADER,
    '/** Every tag name @auta/elements defines. */',
    `export const TAG_NAMES = [${elements.map((e) => `'${e.tagName}'`).join(', ')}] as const;`,
    '',
    '/** The version of @auta/elements. */',
    `export const VERSION = '${elementsPkg.version}';`,
    '',
  ].join('\n');
}

export function elementsTsconfig() {
  return json({
    extends: '../../tsconfig.base.json',
    // Published packages carry dist only: source maps embed their sources, no maps point at src.
    compilerOptions: { composite: true, rootDir: 'src', outDir: 'dist', types: [], declarationMap: false, inlineSources: true },
    include: ['src/**/*.ts'],
    // The CDN entry and its load-once check are rollup's input only (dist/auta.js).
    exclude: ['src/cdn.ts', 'src/load-once.ts'],
    references: [{ path: '../core/tsconfig.build.json' }, ...packages.map((p) => ({ path: `../${p.dir}/tsconfig.build.json` }))],
  });
}

export function reactIndex() {
  const imports = new Set();
  const blocks = elements.map((el) => {
    const local = `${el.className}Element`;
    imports.add(`${el.className} as ${local}`);
    const evs = events.get(el.tagName);
    for (const e of evs) for (const n of detailTypes.get(el.packageDir)) if (e.typeText.includes(n)) imports.add(`type ${n}`);
    const doc = [
      `React wrapper of \`<${el.tagName}>\`: ${summaryOf(el)}`,
      '',
      'Props are the element\'s properties (objects and arrays are passed as properties, not attributes).',
      ...(evs.length ? ['', 'Events:', ...evs.map((e) => `- \`${e.prop}\` (\`${e.name}\`)${e.description ? ': ' + e.description.replace(/\s+/g, ' ') : ''}`)] : []),
    ].join('\n');
    return [
      jsdoc(doc) + `export const ${el.className} = createComponent({`,
      `  react: React,`,
      `  tagName: '${el.tagName}',`,
      `  elementClass: ${local},`,
      `  events: {`,
      ...evs.map((e) => `    ${e.prop}: '${e.name}' as EventName<${e.typeText}>,`),
      `  },`,
      `  displayName: '${el.className}',`,
      `});`,
      `export type ${el.className}Props = React.ComponentProps<typeof ${el.className}>;`,
      `export type { ${local} };`,
    ].join('\n');
  });
  const sortedImports = [...imports].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
  return [
    HEADER,
    "import * as React from 'react';",
    "import { createComponent, type EventName } from '@lit/react';",
    // @auta/elements defines every tag on import: a wrapper always renders a defined element.
    `import { ${sortedImports.join(', ')} } from '@auta/elements';`,
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** docs/theming.md's reference tables: tokens from @auta/core, parts and properties from the manifest. */
export async function themingDoc() {
  const file = 'docs/theming.md';
  if (!existsSync(file)) return;
  const { tsImport } = await import('tsx/esm/api');
  const { COLOR_TOKENS, SIZE_TOKENS } = await tsImport('../../packages/core/src/tokens.ts', import.meta.url);
  // What each token is for: beside the values, or (kept out of the elements' bundles) in token-docs.ts.
  const docs = existsSync('packages/core/src/token-docs.ts') ? (await tsImport('../../packages/core/src/token-docs.ts', import.meta.url)).TOKEN_DESCRIPTIONS : {};
  const describe = (k, t) => t.description ?? docs?.[k] ?? '';
  const cell = (t) => String(t ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
  const lines = [
    '## Reference: colour tokens',
    '',
    '| custom property | light | dark | use |',
    '|---|---|---|---|',
    ...Object.entries(COLOR_TOKENS).map(([k, t]) => `| \`--auta-${k}\` | \`${t.light}\` | \`${t.dark}\` | ${cell(describe(k, t))} |`),
    '',
    '## Reference: size and type tokens',
    '',
    '| custom property | default | use |',
    '|---|---|---|',
    ...Object.entries(SIZE_TOKENS).map(([k, t]) => `| \`--auta-${k}\` | \`${t.value}\` | ${cell(describe(k, t))} |`),
  ];
  for (const el of elements) {
    lines.push('', `## Reference: \`<${el.tagName}>\``, '');
    if (el.cssParts.length) {
      lines.push('| part | what it is |', '|---|---|', ...el.cssParts.map((p) => `| \`::part(${p.name})\` | ${cell(p.description)} |`), '');
    } else lines.push('No parts.', '');
    if (el.cssProperties.length) {
      lines.push('| custom property | use |', '|---|---|', ...el.cssProperties.map((p) => `| \`${p.name}\` | ${cell(p.description)} |`));
    } else lines.push('No component-level custom properties: it uses the tokens above.');
  }
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('<!-- generated:start -->');
  const end = text.indexOf('<!-- generated:end -->');
  if (start < 0 || end < start) throw new Error(`${file}: the <!-- generated:start --> and <!-- generated:end --> markers are missing`);
  write(file, `${text.slice(0, start)}<!-- generated:start -->\n${lines.join('\n')}\n${text.slice(end)}`);
}
