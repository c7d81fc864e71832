// What the build generates from the manifest: committed sources up to date, and every
// element present in the React wrappers, the JSX types, the editor data and the
// per-package manifests. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { readManifest, elementsOf, elementPackages, eventProp } from '../manifest.mjs';

const elements = elementsOf(readManifest());
const read = (f) => readFileSync(f, 'utf8');
const readJson = (f) => JSON.parse(read(f));

test('the committed generated sources match the manifest', () => {
  const run = spawnSync('node', ['tools/distribution/generate.mjs', 'sources', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('@auta/elements imports every define file and re-exports every class', () => {
  const index = read('packages/elements/src/index.ts');
  for (const p of elementPackages(elements)) assert.match(index, new RegExp(`import '${p.name}/define\\.js';`));
  for (const el of elements) assert.match(index, new RegExp(`\\b${el.className}\\b`));
});

test('every element has a React wrapper with an on… prop for each of its events', () => {
  const react = read('packages/react/src/index.ts');
  for (const el of elements) {
    assert.match(react, new RegExp(`export const ${el.className} = createComponent\\(\\{[^}]*tagName: '${el.tagName}'`, 's'));
    for (const e of el.events) assert.match(react, new RegExp(`${eventProp(e.name)}: '${e.name}' as EventName<`));
  }
  assert.match(react, /onAutaOnBehalfChange: 'auta-on-behalf-change' as EventName<CustomEvent<OnBehalfEventDetail>>/);
});

test('VS Code data and web-types list every element with its attributes, events, slots and parts', () => {
  const html = readJson('packages/elements/dist/vscode.html-custom-data.json');
  const css = readJson('packages/elements/dist/vscode.css-custom-data.json');
  const web = readJson('packages/elements/dist/web-types.json');
  const pkg = readJson('packages/elements/package.json');
  assert.equal(pkg['web-types'], './dist/web-types.json');
  for (const el of elements) {
    const tag = html.tags.find((t) => t.name === el.tagName);
    assert.ok(tag, el.tagName);
    const wt = web.contributions.html.elements.find((t) => t.name === el.tagName);
    assert.ok(wt, el.tagName);
    assert.deepEqual(wt.events.map((e) => e.name), el.events.map((e) => e.name));
    assert.deepEqual(wt.css.parts.map((p) => p.name), el.cssParts.map((p) => p.name));
    assert.deepEqual(wt.slots.map((s) => s.name), el.slots.map((s) => s.name));
    for (const p of el.cssProperties) assert.ok(css.properties.some((c) => c.name === p.name), p.name);
  }
  const variant = html.tags.find((t) => t.name === 'auta-alt-channel-notice').attributes.find((a) => a.name === 'variant');
  assert.deepEqual(variant.values.map((v) => v.name), ['inline', 'callout', 'outage']);
  const required = html.tags.find((t) => t.name === 'auta-on-behalf-entry').attributes.find((a) => a.name === 'required');
  assert.equal(required.valueSet, 'v');
});

test('each element package ships a manifest of its own modules, with paths that exist in it', () => {
  for (const p of elementPackages(elements)) {
    const file = `packages/${p.dir}/custom-elements.json`;
    const m = readJson(file);
    assert.equal(readJson(`packages/${p.dir}/package.json`).customElements, 'custom-elements.json');
    for (const mod of m.modules) {
      assert.match(mod.path, /^dist\/.+\.js$/, `${file}: ${mod.path}`);
      assert.ok(existsSync(`packages/${p.dir}/${mod.path}`), `${file}: ${mod.path} is built`);
    }
    const tags = m.modules.flatMap((mod) => mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name).sort();
    assert.deepEqual(tags, p.elements.map((e) => e.tagName).sort());
  }
  const all = readJson('packages/elements/custom-elements.json');
  assert.deepEqual(all.modules[0].declarations.map((d) => d.tagName).sort(), elements.map((e) => e.tagName).sort());
});

test('JSX types: raw tags type-check in React, and a wrong attribute value is refused', () => {
  const ok = spawnSync('npx', ['tsc', '-p', 'tools/distribution/test/fixtures/jsx/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stdout);
  const bad = spawnSync('npx', ['tsc', '--noEmit', '--jsx', 'react-jsx', '--strict', '--moduleResolution', 'bundler', '--module', 'esnext', '--target', 'es2022', '--skipLibCheck', 'tools/distribution/test/fixtures/jsx/wrong-value.tsx'], { encoding: 'utf8' });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stdout, /"banner"/);
  const global = read('packages/elements/dist/jsx.d.ts');
  for (const el of elements) assert.match(global, new RegExp(`'${el.tagName}': ${el.className}Attributes`));
});
