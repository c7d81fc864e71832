// Reading the custom-elements manifest: which elements exist, in which package, with
// which attributes, properties, events, slots, parts and custom properties. Every
// generator in tools/distribution starts here, so a new element is picked up without hand edits.
import { readFileSync, existsSync } from 'node:fs';

export const ROOT_MANIFEST = 'custom-elements.json';

/** The root manifest (`npm run analyze` writes it). */
export function readManifest(file = ROOT_MANIFEST) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run analyze\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** `packages/<dir>/src/x.ts` or `/packages/<dir>/src/x.js` → `<dir>`. */
export const packageDirOf = (path) => /^\/?packages\/([^/]+)\//.exec(path)?.[1];

const stripExt = (p) => p.replace(/^\//, '').replace(/\.(ts|js)$/, '');

/** The kebab-case event name → React-style prop: `auta-provider-select` → `onAutaProviderSelect`. */
export const eventProp = (name) => 'on' + name.split(/[-:]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/**
 * An event the analyzer found that is really an event: it has a kebab or plain lower-case
 * name. `this.dispatchEvent(new CustomEvent(type, …))` with a variable makes the analyzer
 * record an event named after the variable; such entries carry no description and are
 * dropped, and the documented `@event` tags are kept.
 */
function realEvents(events = []) {
  const seen = new Map();
  for (const e of events) {
    if (!e.name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(e.name)) continue;
    const prev = seen.get(e.name);
    if (!prev || (!prev.description && e.description)) seen.set(e.name, e);
  }
  return [...seen.values()];
}

/**
 * Every custom element the manifest defines (a `custom-element-definition` export), with
 * its class declaration and package. Sorted by tag name, so generated files are stable.
 */
export function elementsOf(manifest) {
  const modules = new Map(manifest.modules.map((m) => [stripExt(m.path), m]));
  const out = [];
  for (const mod of manifest.modules) {
    for (const ex of mod.exports ?? []) {
      if (ex.kind !== 'custom-element-definition') continue;
      const declModule = modules.get(stripExt(ex.declaration.module ?? mod.path));
      const decl = declModule?.declarations?.find((d) => d.name === ex.declaration.name);
      if (!decl) {
        console.warn(`[auta] ${ex.name}: class ${ex.declaration.name} not found in the manifest; left out.`);
        continue;
      }
      const dir = packageDirOf(declModule.path);
      const pkg = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
      const members = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));
      out.push({
        tagName: ex.name,
        className: decl.name,
        packageDir: dir,
        packageName: pkg.name,
        defineModule: stripExt(mod.path),
        classModule: stripExt(declModule.path),
        summary: (decl.summary ?? '').trim().split(/\n\s*\n/)[0].replace(/\s+/g, ' '),
        description: (decl.description ?? '').trim(),
        attributes: (decl.attributes ?? []).map((a) => ({
          ...a,
          field: members.find((m) => m.name === a.fieldName),
        })),
        properties: members,
        events: realEvents(decl.events),
        slots: decl.slots ?? [],
        cssParts: decl.cssParts ?? [],
        cssProperties: decl.cssProperties ?? [],
        declaration: decl,
      });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The packages that hold elements, in a stable order. */
export function elementPackages(elements) {
  const byDir = new Map();
  for (const el of elements) {
    if (!byDir.has(el.packageDir)) byDir.set(el.packageDir, { dir: el.packageDir, name: el.packageName, elements: [] });
    byDir.get(el.packageDir).elements.push(el);
  }
  return [...byDir.values()].sort((a, b) => a.dir.localeCompare(b.dir));
}

/** One-line description of an element for editors and docs. */
export const summaryOf = (el) => el.summary || el.description.split(/\n\n/)[0].replace(/\s+/g, ' ');
