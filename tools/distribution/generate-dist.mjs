// What generate.mjs writes after `tsc` into packages/elements/dist (build output, not
// committed): per-package manifests, JSX and Vue types, VS Code custom data and web-types.
import { existsSync, readFileSync } from 'node:fs';
import { summaryOf, packageDirOf } from './manifest.mjs';
import { literalValues } from './type-info.mjs';
import { HEADER, manifest, elements, packages, events, detailTypes, elementsPkg, json, jsdoc, write } from './generate-context.mjs';

// ---- dist: per-package manifests --------------------------------------------------------

/** Rewrites source paths (`packages/x/src/a.ts`) to the published ones (`dist/a.js`), with
 * `package` on references into another package. */
function relocate(value, dir, pkgNames) {
  if (Array.isArray(value)) return value.map((v) => relocate(v, dir, pkgNames));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = relocate(v, dir, pkgNames);
  if (typeof value.module === 'string' && packageDirOf(value.module)) {
    const from = packageDirOf(value.module);
    out.module = value.module.replace(/^\/?packages\/[^/]+\/src\//, 'dist/').replace(/\.ts$/, '.js');
    if (from !== dir) out.package = pkgNames.get(from) ?? `@auta/${from}`;
  }
  return out;
}

function packageNames() {
  const names = new Map();
  for (const m of manifest.modules) {
    const d = packageDirOf(m.path);
    if (d && !names.has(d) && existsSync(`packages/${d}/package.json`)) names.set(d, JSON.parse(readFileSync(`packages/${d}/package.json`, 'utf8')).name);
  }
  return names;
}

export function perPackageManifests() {
  const names = packageNames();
  for (const p of packages) {
    const modules = manifest.modules
      .filter((m) => packageDirOf(m.path) === p.dir)
      .map((m) => relocate({ ...m, path: m.path.replace(/^\/?packages\/[^/]+\/src\//, 'dist/').replace(/\.ts$/, '.js') }, p.dir, names));
    write(`packages/${p.dir}/custom-elements.json`, json({ schemaVersion: manifest.schemaVersion, readme: 'README.md', modules }));
  }
  // @auta/elements: every element, exported (and defined) by its dist/index.js.
  const decls = elements.map((el) => relocate(el.declaration, 'elements', names));
  for (const d of decls) delete d.module;
  write(
    'packages/elements/custom-elements.json',
    json({
      schemaVersion: manifest.schemaVersion,
      readme: 'README.md',
      modules: [
        {
          kind: 'javascript-module',
          path: 'dist/index.js',
          description: 'Defines every Auta element on import.',
          declarations: decls,
          exports: elements.flatMap((el) => [
            { kind: 'js', name: el.className, declaration: { name: el.className, module: 'dist/index.js' } },
            { kind: 'custom-element-definition', name: el.tagName, declaration: { name: el.className, module: 'dist/index.js' } },
          ]),
        },
      ],
    }),
  );
}

// ---- dist: editor data and JSX types ----------------------------------------------------

const attrValues = (el, a) => literalValues(a.field?.type?.text ?? a.type?.text, el.packageDir);
const attrKind = (el, a) => {
  const t = (a.field?.type?.text ?? a.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '').trim();
  if (t === 'boolean') return 'boolean';
  if (t === 'number') return 'number';
  if (attrValues(el, a)) return 'enum';
  if (t === 'string') return 'string';
  return 'json';
};
/** Attributes a person writes in HTML: those of a JSON-only type (arrays, objects) are
 * properties in practice and are documented there. */
const htmlAttributes = (el) => el.attributes.filter((a) => attrKind(el, a) !== 'json');
// Links to the documentation only when the package says where it is published.
const docsUrl = () => elementsPkg.homepage;

export function vscodeHtmlData() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: {
        kind: 'markdown',
        value: [
          summaryOf(el),
          events.get(el.tagName).length ? `\n**Events:** ${events.get(el.tagName).map((e) => `\`${e.name}\``).join(', ')}` : '',
          el.slots.length ? `\n**Slots:** ${el.slots.map((s) => `\`${s.name || '(default)'}\``).join(', ')}` : '',
          el.cssParts.length ? `\n**CSS parts:** ${el.cssParts.map((s) => `\`${s.name}\``).join(', ')}` : '',
        ].join('\n'),
      },
      attributes: htmlAttributes(el).map((a) => ({
        name: a.name,
        description: a.description ?? a.field?.description ?? '',
        ...(attrKind(el, a) === 'boolean' ? { valueSet: 'v' } : {}),
        ...(attrValues(el, a) ? { values: attrValues(el, a).map((name) => ({ name })) } : {}),
      })),
      ...(docsUrl(el) ? { references: [{ name: 'Documentation', url: docsUrl(el) }] } : {}),
    })),
  };
}

export function vscodeCssData() {
  const seen = new Map();
  for (const el of elements) for (const p of el.cssProperties) if (!seen.has(p.name)) seen.set(p.name, `${p.description ?? ''} (<${el.tagName}>)`);
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...seen].map(([name, description]) => ({ name, description })),
    pseudoElements: [{ name: '::part()', description: `Auta parts: ${[...new Set(elements.flatMap((e) => e.cssParts.map((p) => p.name)))].join(', ')}` }],
  };
}

export function webTypes() {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: elementsPkg.name,
    version: elementsPkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: summaryOf(el),
          ...(docsUrl(el) ? { 'doc-url': docsUrl(el) } : {}),
          source: { module: elementsPkg.name, symbol: el.className },
          attributes: htmlAttributes(el).map((a) => {
            const kind = attrKind(el, a);
            const values = attrValues(el, a);
            return {
              name: a.name,
              description: a.description ?? a.field?.description ?? '',
              ...(a.default ? { default: a.default } : {}),
              value:
                kind === 'boolean'
                  ? { type: 'boolean', required: false }
                  : kind === 'enum'
                    ? { type: values.map((v) => `"${v}"`).join(' | '), required: false }
                    : { type: kind, required: false },
            };
          }),
          slots: el.slots.map((s) => ({ name: s.name, description: s.description ?? '' })),
          events: events.get(el.tagName).map((e) => ({ name: e.name, description: e.description ?? '' })),
          js: {
            properties: el.properties.map((p) => ({ name: p.name, description: p.description ?? '', type: p.type?.text ?? 'unknown' })),
            events: events.get(el.tagName).map((e) => ({ name: e.name, description: e.description ?? '', type: e.typeText })),
          },
          css: {
            properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description ?? '' })),
            parts: el.cssParts.map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

function attributeInterface(el) {
  const lines = htmlAttributes(el).map((a) => {
    const kind = attrKind(el, a);
    const t = kind === 'enum' ? attrValues(el, a).map((v) => `'${v}'`).join(' | ') : kind === 'number' ? 'number | string' : kind;
    return jsdoc((a.description ?? a.field?.description ?? '').replace(/\s+/g, ' '), '  ') + `  '${a.name}'?: ${t};`;
  });
  return `/** Attributes of \`<${el.tagName}>\`. */\nexport interface ${el.className}Attributes {\n${lines.join('\n')}\n}`;
}

/** The element's settable properties as a union of names (`never` when it has none). */
const settable = (el) => {
  const names = el.properties.filter((p) => !p.readonly).map((p) => `'${p.name}'`);
  return names.length ? names.join(' | ') : 'never';
};

/** For React 19: the element's settable properties, and a typed handler per event. */
function reactElementTypes(el) {
  const evs = events.get(el.tagName);
  return [
    `/** Properties of \`<${el.tagName}>\` that React 19 sets as properties. */`,
    `export type ${el.className}Properties = Partial<Pick<${el.className}, ${settable(el)}>>;`,
    '',
    `/** Event handlers of \`<${el.tagName}>\` (React 19). */`,
    `export interface ${el.className}ReactEvents {`,
    ...evs.map((e) => jsdoc((e.description ?? '').replace(/\s+/g, ' '), '  ') + `  'on${e.name}'?: (event: ${e.typeText}) => void;`),
    '}',
  ].join('\n');
}

export function jsxTypes() {
  const detailNames = [...new Set([...detailTypes.values()].flatMap((s) => [...s]))].sort();
  const classImports = [...elements.map((e) => e.className), ...detailNames].join(', ');
  const attrs = elements.map(attributeInterface).join('\n\n');
  // Preact and Solid style: attributes, the element's properties, and event listeners by
  // event name (Preact: `onauta-provider-select`; Solid: `on:auta-provider-select`).
  const common = `/** Attributes every element takes in JSX. */
interface AutaCommonJsxAttributes {
  id?: string;
  class?: string;
  className?: string;
  lang?: string;
  slot?: string;
  part?: string;
  hidden?: boolean;
  key?: string | number;
  ref?: unknown;
  children?: unknown;
}`;
  const generic = elements
    .map((el) => {
      const evs = events.get(el.tagName);
      const handlers = evs.flatMap((e) => [`    'on${e.name}'?: (event: ${e.typeText}) => void;`, `    'on:${e.name}'?: (event: ${e.typeText}) => void;`]);
      return `      '${el.tagName}': ${el.className}Attributes & AutaCommonJsxAttributes & Partial<Omit<${el.className}, keyof HTMLElement>> & {\n${handlers.join('\n')}\n      };`.replace(/\n {4}'on/g, '\n        \'on');
    })
    .join('\n');
  const jsx = `${HEADER}// JSX intrinsic elements for frameworks that read the global JSX namespace (Preact, Solid,
// Stencil-style setups). React users: import '@auta/elements/jsx-react' instead.
import type { ${classImports} } from './index.js';

${attrs}

${common}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${generic}
    }
  }
}
`;
  const detailImports = detailNames.length ? `, ${detailNames.map((n) => `type ${n}`).join(', ')}` : '';
  const react = `${HEADER}// The Auta tags as React JSX intrinsic elements, for React 19 users who write the tags
// themselves rather than using @auta/react. React 19 sets a prop as a property when the
// element has a property of that name (\`channels={[…]}\`, \`providers={data}\`), and listens
// for a custom event through a prop named \`on\` + the event's name
// (\`onauta-on-behalf-change={(event) => event.detail.actingAs}\`). React 18 passes every prop
// as an attribute: there, use @auta/react. TypeScript does not check JSX prop names that
// contain a hyphen against this list (it lets any \`data-*\`-like name through), so a misspelt
// \`onauta-…\` handler is not an error: the handlers listed here are typed, others are not.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import { ${elements.map((e) => `type ${e.className}`).join(', ')}${detailImports} } from './index.js';

${attrs}

${elements.map(reactElementTypes).join('\n\n')}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': DetailedHTMLProps<HTMLAttributes<${el.className}>, ${el.className}> & ${el.className}Attributes & ${el.className}Properties & ${el.className}ReactEvents & { class?: string; part?: string };`).join('\n')}
    }
  }
}
`;
  const vue = `${HEADER}// The Auta tags for Vue's template type checking (vue-tsc, Volar): \`GlobalComponents\`
// entries in the shape Vue's documentation gives for custom elements, with the elements'
// properties as props and their \`auta-*\` events (\`@auta-on-behalf-change\`). Use with
// \`import type {} from '@auta/elements/vue'\` and \`compilerOptions.isCustomElement\` for \`auta-\`.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import { ${elements.map((e) => `type ${e.className}`).join(', ')}${detailImports} } from './index.js';

type AutaEventMap = { [event: string]: Event };
type AutaVueEmit<T extends AutaEventMap> = EmitFn<{ [K in keyof T]: (event: T[K]) => void }>;

/** A custom element as a Vue component type: its properties as props, its events as emits. */
export type AutaCustomElement<E extends HTMLElement, Events extends AutaEventMap, Props extends keyof E> = new () => E & {
  /** For template type checking only: do not read \`$props\` on an element ref. */
  $props: HTMLAttributes & Partial<Pick<E, Props>> & PublicProps;
  /** For template type checking only. */
  $emit: AutaVueEmit<Events>;
};

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map((el) => {
    const evs = events.get(el.tagName);
    const map = evs.length ? `{ ${evs.map((e) => `'${e.name}': ${e.typeText}`).join('; ')} }` : '{}';
    return `    '${el.tagName}': AutaCustomElement<${el.className}, ${map}, ${settable(el)}>;`;
  })
  .join('\n')}
  }
}
`;
  write('packages/elements/dist/vue.d.ts', vue);
  write('packages/elements/dist/jsx.d.ts', jsx);
  write('packages/elements/dist/jsx-react.d.ts', react);
}
