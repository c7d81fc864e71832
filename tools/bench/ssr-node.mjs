// SSR timing in Node, started by ssr.mjs as
//   node --expose-gc --conditions=@auta/source --import tsx tools/bench/ssr-node.mjs RUNS PKG...
// Renders each element's realistic content (fixtures/content.mjs) with @lit-labs/ssr from
// the TypeScript sources. Progress to stderr; samples as JSON to stdout.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { CONTENT } from './fixtures/content.mjs';

const [runsArg, ...pkgs] = process.argv.slice(2);
const runs = Number(runsArg);
const ITERATIONS = 50;

const escapeAttr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A template for the tag with its attributes written out and its properties bound, built once. */
function templateFor(c, extra = {}) {
  const attrs = Object.entries({ lang: 'fi', ...c.attrs, ...extra.attrs })
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const props = Object.entries({ ...c.props, ...extra.props });
  const text = [`<${c.tag}${attrs}${props.length ? ` .${props[0][0]}=` : `></${c.tag}>`}`];
  for (let i = 1; i < props.length; i++) text.push(` .${props[i][0]}=`);
  if (props.length) text.push(`></${c.tag}>`);
  const frozen = Object.freeze(Object.assign([...text], { raw: Object.freeze([...text]) }));
  const values = props.map(([, v]) => v);
  return () => html(frozen, ...values);
}

const out = {};
const targets = [];
for (const pkg of pkgs) {
  await import(`../../packages/${pkg}/src/define.ts`);
  if (CONTENT[pkg]) targets.push([CONTENT[pkg].tag, CONTENT[pkg]]);
  // Other elements the same package defines (their content names the package in `pkg`).
  for (const c of Object.values(CONTENT)) if (c.pkg === pkg) targets.push([c.tag, c]);
  // The finder itself: its first, server-rendered state (search form, filters, "loading").
  if (pkg === 'provider-finder') targets.push(['auta-provider-finder', { tag: 'auta-provider-finder', attrs: { municipality: '091' }, props: {} }]);
}
for (const [name, c] of targets) {
  const make = templateFor(c);
  const first = await collectResult(render(make()));
  for (let i = 0; i < 10; i++) await collectResult(render(make()));
  const samples = [];
  for (let r = 0; r < runs; r++) {
    globalThis.gc?.();
    const t = performance.now();
    for (let i = 0; i < ITERATIONS; i++) await collectResult(render(make()));
    samples.push((performance.now() - t) / ITERATIONS);
  }
  out[name] = { tag: c.tag, samples, chars: first.length, shadow: /<template shadowroot/.test(first) };
  process.stderr.write(`  [ssr] ${c.tag}: ${samples.map((x) => x.toFixed(2)).join(' ')} ms\n`);
}
process.stdout.write(JSON.stringify({ iterations: ITERATIONS, results: out }));
