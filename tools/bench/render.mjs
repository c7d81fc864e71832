// Render cost in Chromium: 1,000 instances of each Auta element with realistic content,
// against the same markup as plain light-DOM HTML (the floor), a minimal Lit element with
// the same DOM and styles, and <sl-alert> holding the same content. Variants interleave.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from './fixtures/content.mjs';
import { ROOT, defineEntries, esbuildBase, fmt, launchBrowser, summarize, table, tempDir } from './lib.mjs';
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';

export const INSTANCES = 1000;

export async function runRender(opts) {
  const runs = opts.runs ?? 15;
  const skipped = [];
  const notes = [];
  const figures = {};
  // A content key is a package, or names its package in `pkg` (a package may define several elements).
  const pkgOf = (key) => CONTENT[key].pkg ?? key;
  const entries = defineEntries().filter((e) => Object.keys(CONTENT).some((k) => pkgOf(k) === e.pkg));
  const keys = Object.keys(CONTENT).filter((k) => entries.some((e) => e.pkg === pkgOf(k)));
  for (const key of Object.keys(CONTENT)) {
    if (!keys.includes(key)) skipped.push(`render: ${CONTENT[key].tag} (packages/${pkgOf(key)}/src/define.ts does not exist yet)`);
  }
  if (!entries.length) return { figures, skipped, notes };

  const dir = tempDir('render');
  const imports = [
    `import ${JSON.stringify(join(ROOT, 'tools/bench/render-page.js'))};`,
    `import '@shoelace-style/shoelace/dist/components/alert/alert.js';`,
    ...entries.map((e) => `import ${JSON.stringify(e.define)};`),
  ].join('\n');
  // Not minified: the same code runs, and the profile below can name functions and files.
  await build({ ...esbuildBase(), minify: false, stdin: { contents: imports, resolveDir: ROOT, loader: 'js', sourcefile: 'render-entry.js' }, outfile: join(dir, 'page.js') });
  const moduleAt = moduleLines(readFileSync(join(dir, 'page.js'), 'utf8'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>render bench</title></head><body><main id="stage"></main><script type="module" src="page.js"></script></body></html>',
  );
  const server = await serveStatic(dir);
  const browser = await launchBrowser(['--js-flags=--expose-gc']);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[page] ${m.text()}`);
    });
    page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.bench);
    const { variants, content } = await page.evaluate((pkgs) => window.bench.setup(pkgs), keys);
    for (const c of Object.values(content)) notes.push(`render: one ${c.tag} renders ${c.elements} elements in its shadow root (${c.markupChars} characters of markup); the floor and the minimal Lit element render exactly that markup`);

    const samples = Object.fromEntries(variants.map((v) => [v, { script: [], painted: [] }]));
    // One untimed round first: the JIT, style caches and fonts warm up for every variant alike.
    for (const v of variants) await page.evaluate(([name, n]) => window.bench.run(name, n), [v, INSTANCES]);
    for (let r = 0; r < runs; r++) {
      // Rotate the order each run so no variant always runs first or after the same one.
      const order = variants.map((_, i) => variants[(i + r) % variants.length]);
      for (const v of order) {
        const res = await page.evaluate(([name, n]) => window.bench.run(name, n), [v, INSTANCES]);
        if (res.rendered !== INSTANCES) throw new Error(`render: ${v} rendered ${res.rendered} of ${INSTANCES}`);
        samples[v].script.push(res.script);
        samples[v].painted.push(res.painted);
      }
      process.stdout.write(`\r  render run ${r + 1}/${runs}`);
    }
    process.stdout.write('\n');

    const rows = [];
    for (const pkg of Object.keys(content)) {
      const floor = samples[`floor-${pkg}`];
      const group = [`floor-${pkg}`, `lit-${pkg}`, `auta-${pkg}`, ...(pkg === 'alt-channel' && samples['sl-alert'] ? ['sl-alert'] : [])];
      for (const v of group) {
        const row = [labelOf(v, content)];
        for (const metric of ['script', 'painted']) {
          const f = summarize(samples[v][metric], 'ms');
          figures[`render/${v}/${metric}`] = f;
          // Ratios pair each run with the floor's run of the same round.
          const ratios = samples[v][metric].map((x, i) => x / floor[metric][i]);
          const rf = summarize(ratios, 'x');
          figures[`render/${v}/${metric}/ratio`] = rf;
          row.push(`${fmt(f.median, 'ms')} (${fmt(f.min, 'ms')}–${fmt(f.max, 'ms')})`, fmt(rf.median, 'x'));
        }
        rows.push(row);
      }
    }
    // Where an Auta element's time goes: one profiled (untimed) round of each.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (const pkg of Object.keys(content)) {
      await cdp.send('Profiler.start');
      await page.evaluate(([name, n]) => window.bench.run(name, n), [`auta-${pkg}`, INSTANCES]);
      const { profile } = await cdp.send('Profiler.stop');
      notes.push(`render: where <${content[pkg].tag}> spends its time (self time, one profiled round): ${topSelfTime(profile, moduleAt)}`);
    }
    table(
      `Render ${INSTANCES.toLocaleString('en')} instances in Chromium (median of ${runs} interleaved runs, min–max; ratio to the plain-HTML floor)`,
      ['variant', 'script', '× floor', 'to painted frame', '× floor'],
      rows,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return { figures, skipped, notes };
}

function labelOf(v, content) {
  if (v === 'sl-alert') return '  <sl-alert> with the same content';
  const [kind, ...rest] = v.split('-');
  const pkg = rest.join('-');
  if (kind === 'floor') return `${content[pkg].tag}: plain HTML via innerHTML (floor)`;
  if (kind === 'lit') return '  minimal Lit element, same DOM and styles';
  return `  <${content[pkg].tag}>`;
}

/** Maps a line of the unminified bundle to the source module esbuild notes above it (`// packages/core/src/hours.ts`). */
function moduleLines(code) {
  const starts = [];
  code.split('\n').forEach((line, i) => {
    const m = /^\/\/ (\S+\.(?:ts|js|mjs))$/.exec(line);
    if (m) starts.push([i, m[1].replace(/^.*node_modules\//, '').replace(/^packages\//, '')]);
  });
  return (line) => {
    let found = '?';
    for (const [start, file] of starts) {
      if (start > line) break;
      found = file;
    }
    return found;
  };
}

/** The functions with the most self time in a CPU profile, as "name (file) 12 %". */
function topSelfTime(profile, moduleAt) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const n = byNode.get(id);
    const f = n.callFrame;
    if (f.functionName === '(idle)') return;
    total += dt;
    const where = f.url.endsWith('page.js') ? moduleAt(f.lineNumber) : f.url ? f.url.split('/').pop() : '';
    const key = `${f.functionName || '(anonymous)'}${where ? ` (${where})` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${k} ${((v / total) * 100).toFixed(0)} %`)
    .join('; ');
}
