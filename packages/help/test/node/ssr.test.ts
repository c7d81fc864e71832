import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/define.js';
// A server render cannot wait for a chunk: the languages it speaks are imported up front.
import '../../src/lang/sv.js';
import '../../src/lang/en.js';
import { customerService, nearestSupport, otherWays, selfHelp, tuesdayMorning } from '../fixtures.js';

const ssr = (template: unknown) => collectResult(render(template));

// a11y-evidence: help.server-rendered-fixed-order
test('<auta-help> renders to declarative shadow DOM, its mechanisms in the fixed order', async () => {
  const out = await ssr(html`<auta-help
    lang="fi"
    .channels=${customerService}
    .selfHelp=${selfHelp}
    .nearestSupport=${nearestSupport}
    other-ways-href="https://example.com/muut-tavat"
    .now=${tuesdayMorning}
  ></auta-help>`);
  assert.match(out, /<auta-help[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.deepEqual(
    [...out.matchAll(/data-mechanism="([a-z-]+)"/g)].map((m) => m[1]),
    ['customer-service', 'self-help', 'digital-support', 'other-ways'],
  );
  assert.deepEqual(
    [...out.matchAll(/data-channel="([a-z-]+)"/g)].map((m) => m[1]),
    ['phone', 'chat', 'contact-form', 'secure-message', 'email', 'instructions', 'faq', 'nearest-support', 'other-ways'],
  );
  assert.match(out, /href="tel:\+358295123456"/);
  assert.match(out, /Vastaamme kahden arkipäivän kuluessa\./);
  assert.match(out, /Nyt on ruuhkaa\. Arvioitu odotusaika on noin 5 minuuttia\./);
  assert.match(out, /<style>[^<]*\.mechanism-heading/);
});

test('<auta-help> keeps HTML-first content in light DOM beside the slots in the fixed order', async () => {
  const out = await ssr(html`<auta-help lang="sv"
    ><section slot="other-ways"><a href="/andra">Andra sätt</a></section
    ><section slot="customer-service"><a href="tel:+358295123456">0295 123 456</a></section></auta-help
  >`);
  assert.deepEqual(
    [...out.matchAll(/<slot name="([a-z-]+)"/g)].map((m) => m[1]),
    ['heading', 'customer-service', 'self-help', 'digital-support', 'other-ways'],
  );
  assert.match(out, /Behöver du hjälp\?/);
  assert.match(out, /<\/template><section slot="other-ways">/);
});

// a11y-evidence: unavailable.server-rendered-open-first
test('<auta-service-unavailable> renders on the server with the ways open at render time first', async () => {
  // Tuesday 8.30 in Finland: the service point (8–20) is open, the phone (9–16) not yet.
  const out = await ssr(html`<auta-service-unavailable
    lang="en"
    reason="maintenance"
    service="The housing allowance e-service"
    from="2026-05-12T06:00+03:00"
    until="2026-05-12T18:00+03:00"
    reference="KATKO-2605"
    .channels=${otherWays}
    .now=${new Date('2026-05-12T05:30:00Z')}
  ></auta-service-unavailable>`);
  assert.match(out, /<h1 part="heading" class="heading" id="heading"><!--lit-part-->The housing allowance e-service is unavailable for maintenance<!--\/lit-part--><\/h1>/);
  assert.match(out, /Maintenance starts on Tuesday 12 May 2026 at 6am \(Finnish time\)\./);
  assert.deepEqual(
    [...out.matchAll(/data-channel="([a-z-]+)"/g)].map((m) => m[1]),
    ['service-desk', 'phone', 'mail'],
  );
  assert.match(out, /KATKO-2605/);
});

test('the server warns about bad data as the browser does, and renders the rest as text', async () => {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  let out: string;
  try {
    out = await ssr(html`<auta-help
      lang="en"
      other-ways-href="javascript:alert(1)"
      .selfHelp=${[{ kind: 'faq', url: 'javascript:alert(1)' }, { kind: 'instructions', url: '/ohjeet', label: '<script>alert(1)</script>' }]}
    ></auta-help>`);
  } finally {
    console.warn = original;
  }
  assert.match(warnings.join('\n'), /self-help\[0\]\.url/);
  assert.match(warnings.join('\n'), /other-ways-href/);
  // The host's own attribute is echoed as written; no link is made of it.
  assert.doesNotMatch(out, /\shref="javascript:/);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('a server render at the easy level awaits loadHelpEasy() first, then speaks easy-to-read in both elements', async () => {
  const { loadHelpEasy, helpCatalog, unavailableCatalog } = await import('../../src/index.js');
  const help = html`<auta-help lang="fi" language-level="easy" .channels=${customerService} other-ways-href="/muut" .now=${tuesdayMorning}></auta-help>`;
  const page = html`<auta-service-unavailable lang="sv" language-level="easy" reason="fault" .channels=${otherWays} .now=${tuesdayMorning}></auta-service-unavailable>`;
  // Without the loader: the standard text, each easy text missing said once in the log.
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    assert.match(await ssr(help), /Asiakaspalvelu/);
  } finally {
    console.warn = original;
  }
  assert.match(warnings.join('\n'), /no easy-to-read "fi" text for "customer-service"/);
  await loadHelpEasy();
  assert.ok(helpCatalog.easy && unavailableCatalog.easy);
  const helpOut = await ssr(help);
  assert.match(helpOut, /Kysy meiltä/);
  assert.match(helpOut, /Soita meille/);
  assert.match(helpOut, /Voit hoitaa asian myös muuten/);
  assert.doesNotMatch(helpOut, /Asiakaspalvelu/);
  const pageOut = await ssr(page);
  assert.match(pageOut, /E-tjänsten fungerar inte nu/);
  // The channel headings are the notice's easy ones.
  assert.match(pageOut, /Gå till en servicepunkt/);
});
