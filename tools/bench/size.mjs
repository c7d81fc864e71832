// Bundle sizes: each define entry, core alone, the CDN bundle, and peers, all bundled the
// same way (esbuild, minified ESM), Lit excluded and included, raw / gzip / brotli.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { esbuildMinifyLiterals } from '../distribution/minify-literals.mjs';
import { ROOT, defineEntries, esbuildBase, exact, fmt, has, litExternalPlugin, table, tempDir } from './lib.mjs';

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

/** Sample data is content, not code: the finder's budget leaves it out. */
const sampleExternalPlugin = {
  name: 'sample-external',
  setup(b) {
    b.onResolve({ filter: /(^|\/)sample(\.js|\.ts)?$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * What an element imports with `import()` only when a page needs it — the easy-to-read
 * catalogs (messages-easy.ts) at the easy level, the on-behalf entry's PTV mapping — is a
 * separate file in dist and a chunk beside auta.js in the CDN build. Measured as it ships:
 * out of the entry (the easy catalogs also on their own below). The help chunk holds the
 * own texts of <auta-help> and <auta-service-unavailable>; at the easy level they load the
 * notice's easy chunk with it for the channel texts.
 */
const lazyPlugin = (languageChunks) => ({
  name: 'lazy-external',
  setup(b) {
    b.onResolve({ filter: /(^|\/)(messages-easy|mandate-themes-ptv|messages\.(sv|en))(\.js|\.ts)?$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const lang = /messages\.(sv|en)/.exec(args.path)?.[1];
      if (lang) languageChunks.push({ lang, file: resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) });
      return { path: args.path, external: true };
    });
  },
});

/**
 * Swedish and English copy is a chunk an element loads the first time it speaks the
 * language (messages.sv.ts, messages.en.ts: data only); Finnish is in the entry. A chunk is
 * measured alone, as it travels.
 */
const languageChunkPlugin = {
  name: 'language-chunk-only',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path, external: true }));
  },
};

const languageChunkSizes = new Map();
/** One language chunk, bundled and measured once per run: `{ raw, gzip, brotli, inputs }`. */
async function languageChunk(file) {
  if (!languageChunkSizes.has(file)) {
    const result = await build({ ...esbuildBase(), entryPoints: [file], write: false, metafile: true, outdir: tempDir('size-lang'), plugins: [esbuildMinifyLiterals, languageChunkPlugin] });
    const buf = Buffer.from(result.outputFiles[0].contents);
    const inputs = Object.keys(Object.values(result.metafile.outputs)[0].inputs).map((f) => resolve(ROOT, f));
    languageChunkSizes.set(file, { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf), inputs });
  }
  return languageChunkSizes.get(file);
}

/**
 * What a page needs on top of the entry to show the element in Swedish or English, whichever
 * is more: the language's chunks the entry imports (a chunk that another one already holds
 * counted once). Each figure is the sum of files measured on their own, as they travel.
 */
async function languageCost(found) {
  const worst = { raw: 0, gzip: 0, brotli: 0, lang: undefined };
  for (const lang of ['sv', 'en']) {
    const files = [...new Set(found.filter((c) => c.lang === lang).map((c) => c.file))];
    const chunks = await Promise.all(files.map(languageChunk));
    const own = chunks.filter((c, i) => !chunks.some((other, j) => j !== i && other.inputs.includes(files[i])));
    const sum = (k) => own.reduce((n, c) => n + c[k], 0);
    if (sum('brotli') > worst.brotli) Object.assign(worst, { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), lang });
  }
  return worst;
}

/** Bundles one target (a file, or `contents` as a module at the root) and measures it. */
async function bundle(t, outdir, litIncluded) {
  // The CSS and HTML inside Lit templates are minified in what ships (dist, the CDN bundle): measure that form.
  const plugins = [esbuildMinifyLiterals];
  if (!litIncluded) plugins.push(litExternalPlugin);
  if (t.excludeSample) plugins.push(sampleExternalPlugin);
  const languageChunks = [];
  plugins.push(lazyPlugin(languageChunks));
  const input = t.contents
    ? { stdin: { contents: t.contents, resolveDir: ROOT, loader: 'ts', sourcefile: `${t.name}.ts` } }
    : { entryPoints: [t.entry] };
  const result = await build({ ...esbuildBase(), ...input, outdir, metafile: true, write: false, plugins });
  const buf = Buffer.from(result.outputFiles.find((f) => f.path.endsWith('.js')).contents);
  const meta = Object.values(result.metafile.outputs)[0];
  let core = 0;
  for (const [file, { bytesInOutput }] of Object.entries(meta.inputs)) if (/packages\/core\/src\//.test(file)) core += bytesInOutput;
  const largest = Object.entries(meta.inputs)
    .map(([file, { bytesInOutput }]) => [file.replace(/^.*node_modules\//, '').replace(/^packages\//, ''), bytesInOutput])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  const entry = { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
  // The CDN bundle carries every language itself (its loaders find them there).
  const extra = t.onlyIncluded ? { raw: 0, gzip: 0, brotli: 0 } : await languageCost(languageChunks);
  return { raw: entry.raw + extra.raw, gzip: entry.gzip + extra.gzip, brotli: entry.brotli + extra.brotli, entry, extra, core, largest };
}

/** What is measured: Auta's entries that exist now, then the peers. */
function targets() {
  const list = [];
  const skipped = [];
  for (const e of defineEntries()) {
    list.push({ name: `auta-${e.pkg}`, label: `@auta/${e.pkg}/define.js`, entry: e.define, auta: true, excludeSample: e.pkg === 'provider-finder' });
  }
  for (const pkg of ['alt-channel', 'on-behalf', 'provider-finder']) {
    if (!list.some((t) => t.name === `auta-${pkg}`)) skipped.push(`size: @auta/${pkg}/define.js (packages/${pkg}/src/define.ts does not exist yet)`);
  }
  // A package that defines several elements: each element alone too, as a page that uses one of them loads it.
  if (has('packages/on-behalf/src/acting-as.ts')) {
    const alone = (cls, file, tag) => `import { ${cls} } from './packages/on-behalf/src/${file}'; customElements.define('${tag}', ${cls});`;
    list.push({ name: 'auta-on-behalf-entry', label: '<auta-on-behalf-entry> alone', contents: alone('AutaOnBehalfEntry', 'on-behalf-entry.ts', 'auta-on-behalf-entry'), auta: true });
    list.push({ name: 'auta-acting-as', label: '<auta-acting-as> alone', contents: alone('AutaActingAs', 'acting-as.ts', 'auta-acting-as'), auta: true });
  }
  // The lazy easy-to-read chunks, each alone (what a page at the easy level loads on top).
  for (const [pkg, name] of [['alt-channel', 'auta-alt-channel-easy'], ['help', 'auta-help-easy'], ['on-behalf', 'auta-on-behalf-easy'], ['provider-finder', 'auta-provider-finder-easy'], ['feedback', 'auta-feedback-easy']]) {
    const entry = join(ROOT, `packages/${pkg}/src/messages-easy.ts`);
    if (existsSync(entry)) list.push({ name, label: `@auta/${pkg} easy-to-read chunk (messages-easy, loaded on demand)`, entry, auta: true });
  }
  // @auta/core's root entry (what every element needs), then each subpath entry on its own, so
  // that no part of core goes unmeasured: a page that uses the notice loads the root and
  // hours.js, channels.js and phone.js; the token tables are for documentation and theme tools.
  list.push({ name: 'auta-core', label: '@auta/core (the root entry, everything it exports)', entry: join(ROOT, 'packages/core/src/index.ts'), auta: true });
  for (const sub of ['hours', 'channels', 'phone', 'tokens']) {
    const entry = join(ROOT, `packages/core/src/entries/${sub}.ts`);
    if (existsSync(entry)) list.push({ name: `auta-core-${sub}`, label: `@auta/core/${sub}.js (everything it exports)`, entry, auta: true, coreEntry: true });
  }
  if (has('packages/provider-finder/src/data/index.ts')) {
    list.push({ name: 'auta-provider-finder-data', label: '@auta/provider-finder/data.js (schema, loader, index, sources)', entry: join(ROOT, 'packages/provider-finder/src/data/index.ts'), auta: true, excludeSample: true });
  }
  if (has('packages/provider-finder/src/data/search/provider-index.ts')) {
    list.push({ name: 'auta-provider-index', label: 'ProviderIndex alone', contents: `export { ProviderIndex } from './packages/provider-finder/src/data/search/provider-index.ts';`, auta: true });
  }
  // The least an element needs, from core (and the finder from its data side), with no
  // template, style or copy of its own: the element base and shared styles; for the notice and
  // the help block the channel validator, the hours and the phone links as they use them; for
  // the finder the hours, the phone and the search index; for the CDN bundle Lit, both of these
  // once and every element's standard copy in Finnish, Swedish and English, which it carries.
  // Set beside a budget's target, it says how much room is left for the element's own code and
  // copy. Not the render "floor" (plain HTML).
  const minimum = (name, label, lines, onlyIncluded = false) => list.push({ name, label, contents: lines.join('\n'), auta: true, coreEntry: true, onlyIncluded });
  const base = `export { AutaElement, baseStyles, headingTag, safeUrl, warner, textWithLang } from './packages/core/src/index.ts';`;
  const hours = `export { openingStatus, describeWeek, describeStatus, upcomingExceptions, formatDate, formatTime, minuteClock, parseFinnishDateTime } from './packages/core/src/entries/hours.ts';`;
  const channels = `export { validateChannels, withAvailability, phoneLinks, jsonAttribute } from './packages/core/src/entries/channels.ts';`;
  const finder = [`export { formatPhone } from './packages/core/src/entries/phone.ts';`, `export { ProviderIndex } from './packages/provider-finder/src/data/search/provider-index.ts';`];
  minimum('auta-minimum-channels', 'least the notice or the help block needs (core: element base, styles, channel validator, hours, phone)', [base, hours, channels]);
  if (has('packages/provider-finder/src/data/search/provider-index.ts')) {
    minimum('auta-minimum-finder', 'least the provider finder needs (core: element base, styles, hours, phone; the search index)', [base, hours, ...finder]);
    const src = (pkg) => (existsSync(join(ROOT, 'packages', pkg, 'src')) ? readdirSync(join(ROOT, 'packages', pkg, 'src')).map((f) => `packages/${pkg}/src/${f}`) : []);
    const copy = readdirSync(join(ROOT, 'packages'))
      .flatMap(src)
      .filter((f) => /messages(\.(sv|en))?\.ts$/.test(f))
      .map((f, i) => `export * as copy${i} from './${f}';`);
    minimum('auta-minimum-cdn', "least the CDN bundle needs (Lit, both of the above once, every element's copy in fi, sv and en)", [base, hours, channels, ...finder, ...copy], true);
  }
  if (has('packages/elements/src/cdn.ts')) {
    // As shipped: the finder's sample data is a lazy chunk beside auta.js, not in it.
    list.push({ name: 'auta-cdn', label: '@auta/elements CDN bundle (cdn.ts bundled here, sample data excluded)', entry: join(ROOT, 'packages/elements/src/cdn.ts'), auta: true, onlyIncluded: true, excludeSample: true });
  } else skipped.push('size: CDN bundle (packages/elements/src/cdn.ts does not exist yet)');
  // The peers are this workspace's own dependencies (tools/bench/package.json), found as Node finds them.
  const peer = (spec) => fileURLToPath(import.meta.resolve(spec));
  const sl = (c) => peer(`@shoelace-style/shoelace/dist/components/${c}/${c}.js`);
  list.push({ name: 'peer-lit-trivial', label: 'trivial Lit element (the floor)', entry: join(ROOT, 'tools/bench/fixtures/trivial-lit.js') });
  list.push({ name: 'peer-sl-alert', label: 'Shoelace 2.20 <sl-alert>', entry: sl('alert') });
  list.push({ name: 'peer-sl-card', label: 'Shoelace 2.20 <sl-card>', entry: sl('card') });
  list.push({ name: 'peer-md-radio', label: 'Material Web 2.5 <md-radio>', entry: peer('@material/web/radio/radio.js') });
  return { list: list.filter((t) => t.contents || existsSync(t.entry)), skipped };
}

export async function runSize() {
  const { list, skipped } = targets();
  const out = tempDir('size');
  const figures = {};
  const rows = [];
  const notes = [];
  for (const t of list) {
    const run = (litIncluded) => bundle(t, join(out, t.name + (litIncluded ? '-lit' : '')), litIncluded);
    const excluded = t.onlyIncluded ? undefined : await run(false);
    const included = await run(true);
    for (const [key, r] of [
      ['lit-excluded', excluded],
      ['lit-included', included],
    ]) {
      if (!r) continue;
      for (const k of ['raw', 'gzip', 'brotli']) figures[`size/${t.name}/${key}/${k}`] = exact(r[k], 'B');
      if (r.extra.lang) {
        figures[`size/${t.name}/${key}/brotli-fi`] = exact(r.entry.brotli, 'B');
        figures[`size/${t.name}/${key}/brotli-language-chunk`] = exact(r.extra.brotli, 'B');
      }
    }
    if (excluded?.extra.lang) notes.push(`size of ${t.label}: ${fmt(excluded.entry.brotli, 'B')} brotli for a page in Finnish, + ${fmt(excluded.extra.brotli, 'B')} for the ${excluded.extra.lang === 'sv' ? 'Swedish' : 'English'} chunks (the larger language); the budget counts both`);
    if (excluded && t.auta && !t.coreEntry && t.name !== 'auta-core') {
      figures[`size/${t.name}/lit-excluded/core-raw`] = exact(excluded.core, 'B');
      figures[`size/${t.name}/lit-excluded/core-share`] = exact(excluded.raw ? excluded.core / excluded.raw : 0, 'ratio');
    }
    if (excluded && t.auta) {
      notes.push(`size of ${t.label}, Lit excluded, ${fmt(excluded.raw, 'B')} minified; largest inputs: ${excluded.largest.map(([f, b]) => `${f} ${fmt(b, 'B')}`).join(', ')}`);
    }
    rows.push([
      t.label,
      excluded ? fmt(excluded.raw, 'B') : '–',
      excluded ? fmt(excluded.gzip, 'B') : '–',
      excluded ? fmt(excluded.brotli, 'B') : '–',
      excluded && t.auta && !t.coreEntry && t.name !== 'auta-core' ? `${fmt(excluded.core, 'B')} (${fmt(excluded.core / excluded.raw, 'ratio')})` : '',
      fmt(included.raw, 'B'),
      fmt(included.gzip, 'B'),
      fmt(included.brotli, 'B'),
    ]);
  }
  const shipped = join(ROOT, 'packages/elements/dist/auta.js');
  if (existsSync(shipped)) {
    const buf = readFileSync(shipped);
    for (const [k, v] of Object.entries({ raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) })) figures[`size/auta-cdn-dist/lit-included/${k}`] = exact(v, 'B');
    rows.push([`${relative(ROOT, shipped)} (as built by npm run build)`, '', '', '', '', fmt(buf.length, 'B'), fmt(gzip(buf), 'B'), fmt(brotli(buf), 'B')]);
  } else if (has('packages/elements/src/cdn.ts')) {
    skipped.push('size: packages/elements/dist/auta.js (not built; run npm run build to measure the shipped file too)');
  }
  table(
    'Bundle size (esbuild, minified ESM; 1 KB = 1000 B; core = minified bytes of @auta/core inside the bundle)',
    ['entry', 'min', 'gzip', 'brotli', 'of which core', 'min +Lit', 'gzip +Lit', 'brotli +Lit'],
    rows,
  );
  return { figures, skipped, notes };
}
