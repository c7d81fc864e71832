// Server-side rendering of the finder's initial state (Node, @lit-labs/ssr).
// Run: node --conditions=@auta/source --import tsx --test packages/provider-finder/test/ui/ssr.node.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/define.js';
// A server render cannot wait for a chunk: the languages it speaks are imported up front.
import '../../src/lang/sv.js';
import '../../src/lang/en.js';
import { localProviders, tuesdayMorning } from './fixtures.js';

const strip = (s: string) => s.replace(/<!--[^>]*-->|<\?>/g, '');

// a11y-evidence: finder.finder-renders-search-form-loading
test('the finder renders its search form and loading state on the server', async () => {
  const out = strip(await collectResult(render(html`<auta-provider-finder lang="sv" municipality="853" support-forms="phone"></auta-provider-finder>`)));
  assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(out, /<search part="search" class="search">/);
  assert.match(out, /<label for="q">Sök<\/label>/);
  assert.match(out, /<input id="q" type="search"/);
  assert.match(out, /<legend class="group-label">Typ av stöd<\/legend>/);
  // Presets are in the markup before any script runs.
  assert.match(out, /<input type="checkbox" id="form-phone" checked/);
  assert.match(out, /Ställen som ger stöd laddas…/);
  assert.match(out, /role="status" aria-live="polite"/);
});

// a11y-evidence: finder.card-renders-server-heading-hours
test('a card renders on the server, with its heading, hours and links', async () => {
  const provider = localProviders(1)[0]!;
  const out = strip(await collectResult(render(html`<auta-provider-card lang="fi" heading-level="3" .provider=${provider} .now=${tuesdayMorning}></auta-provider-card>`)));
  assert.match(out, /<h3 part="heading" class="heading" id="name" tabindex="-1">Digituki 01 Helsinki<\/h3>/);
  assert.match(out, /Avoinna nyt, sulkeutuu kello 16\./);
  assert.match(out, /href="tel:\+35890001000"/);
  assert.match(out, /<summary>Aukioloajat ja poikkeukset<\/summary>/);
  assert.match(out, /Palvelee|Esteettömyys/);
});

test('at the easy level a server render awaits loadProviderFinderEasy() and renders the easy copy', async () => {
  const { loadProviderFinderEasy, providerFinderCatalog } = await import('../../src/index.js');
  await loadProviderFinderEasy();
  const easy = providerFinderCatalog.easy!;
  const provider = localProviders(1)[0]!;
  const card = strip(await collectResult(render(html`<auta-provider-card lang="fi" language-level="easy" .provider=${provider} .now=${tuesdayMorning}></auta-provider-card>`)));
  assert.match(card, new RegExp(`<summary>${easy.fi!.hoursDetails}</summary>`));
  assert.match(card, new RegExp(`<dt>${easy.fi!.formsLabel}</dt>`));
  const finder = strip(await collectResult(render(html`<auta-provider-finder lang="en" language-level="easy"></auta-provider-finder>`)));
  assert.match(finder, new RegExp(`<label for="q">${easy.en!.searchLabel}</label>`));
  assert.match(finder, new RegExp(easy.en!.loading!));
});
