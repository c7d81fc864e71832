import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/define.js';
// A server render cannot wait for a chunk: the languages it speaks are imported up front.
import '../../src/lang/sv.js';
import '../../src/lang/en.js';
import { sampleChannels, tuesdayMorning } from '../fixtures.js';

const ssr = (template: unknown) => collectResult(render(template));

for (const variant of ['inline', 'callout', 'outage'] as const) {
  test(`the ${variant} variant renders to declarative shadow DOM`, async () => {
    const out = await ssr(html`<auta-alt-channel-notice
      lang="fi"
      variant=${variant}
      errand="Hae asumistukea"
      outage-from="2026-05-12T18:00+03:00"
      outage-to="2026-05-13T08:00+03:00"
      .channels=${sampleChannels}
      .now=${tuesdayMorning}
    ></auta-alt-channel-notice>`);
    assert.match(out, /<auta-alt-channel-notice[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, new RegExp(`class="base ${variant}"`));
    assert.match(out, new RegExp(`role="${variant === 'outage' ? 'region' : 'group'}"`));
    const heading = variant === 'outage' ? 'Hae asumistukea muulla tavalla käyttökatkon aikana' : 'Hae asumistukea muulla tavalla';
    assert.match(out, new RegExp(`<h2 part="heading" class="heading" id="heading"><!--lit-part-->${heading}<!--/lit-part--></h2>`));
    assert.match(out, /<a part="link phone-link" href="tel:\+358295123456"><!--lit-part-->0295 123 456<!--\/lit-part--><\/a>/);
    assert.match(out, /Avoinna nyt, sulkeutuu kello 16\./);
    if (variant === 'outage') assert.match(out, /Verkkopalvelu on poissa käytöstä tiistaina 12\.5\.2026 kello 18 alkaen\. Se on taas käytössä keskiviikkona 13\.5\.2026 kello 8 \(Suomen aikaa\)\./);
    // The fixed order, on the server too.
    const order = [...out.matchAll(/data-channel="([a-z-]+)"/g)].map((m) => m[1]);
    assert.deepEqual(order, ['phone', 'service-desk', 'mail', 'email', 'digital-support']);
    // Styles travel with the markup, so nothing moves when the browser paints it.
    assert.match(out, /<style>[^<]*\.channel-heading/);
  });
}

test('HTML-first content stays light DOM beside the shadow root, with the slots in the fixed order', async () => {
  const out = await ssr(html`<auta-alt-channel-notice lang="sv" errand="Ansök om bostadsbidrag"
    ><section slot="email"><h3>Per e-post</h3></section
    ><section slot="phone"><h3>Per telefon</h3><a href="tel:+358295123456">0295 123 456</a></section></auta-alt-channel-notice
  >`);
  assert.match(out, /Ansök om bostadsbidrag på annat sätt/);
  const slots = [...out.matchAll(/<slot name="([a-z-]+)"/g)].map((m) => m[1]);
  assert.deepEqual(slots, ['heading', 'intro', 'phone', 'service-desk', 'mail', 'email', 'digital-support']);
  assert.match(out, /<\/template><section slot="email">/);
});

test('the server warns about bad data as the browser does, and renders the rest', async () => {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  let out: string;
  try {
    out = await ssr(html`<auta-alt-channel-notice
      lang="en"
      .channels=${[{ kind: 'mail', formUrl: 'javascript:alert(1)', name: '<script>alert(1)</script>', addresses: [{ street: 'Street', streetNumber: '1', postalCode: '00100', postOffice: 'Helsinki' }] }]}
    ></auta-alt-channel-notice>`);
  } finally {
    console.warn = original;
  }
  assert.match(warnings.join('\n'), /channels\[0\]\.formUrl/);
  assert.doesNotMatch(out, /javascript:/);
  assert.doesNotMatch(out, /<script>/);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('a server render at the easy level awaits loadAltChannelEasy() first', async () => {
  const { altChannelCatalog, loadAltChannelEasy } = await import('../../src/index.js');
  const notice = html`<auta-alt-channel-notice lang="en" language-level="easy" .channels=${sampleChannels} .now=${tuesdayMorning}></auta-alt-channel-notice>`;
  const original = console.warn;
  console.warn = () => {};
  try {
    assert.match(await ssr(notice), /By phone/);
  } finally {
    console.warn = original;
  }
  await loadAltChannelEasy();
  const out = await ssr(notice);
  assert.match(out, new RegExp(altChannelCatalog.easy!.en!.intro!));
  assert.match(out, /Call us/);
  assert.doesNotMatch(out, /By phone/);
});
