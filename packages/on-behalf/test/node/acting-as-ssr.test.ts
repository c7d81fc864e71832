import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@auta/on-behalf/define.js';
// A server render cannot wait for a chunk: the languages it speaks are imported up front.
import '@auta/on-behalf/lang/sv.js';
import '@auta/on-behalf/lang/en.js';
import { HETU_PATTERN } from '@auta/on-behalf';

const strip = (s: string) => s.replace(/<!--[^>]*-->/g, '');
const ssr = async (t: ReturnType<typeof html>) => strip(await collectResult(render(t)));

test('<auta-acting-as> renders its line, basis and switch link on the server', async () => {
  const out = await ssr(
    html`<auta-acting-as
      lang="fi"
      acting-as="person"
      party-name="Maija Esimerkki"
      basis="mandate"
      mandate-theme="Rakennusluvan hakeminen"
      mandate-end="2027-12-31"
      switch-href="/valitse"
    ></auta-acting-as>`,
  );
  assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(out, /<section[^>]*aria-label="Kenen puolesta asioit"/);
  assert.match(out, /Asioit toisen henkilön puolesta:<\/span> <strong class="name" part="name"><bdi>Maija Esimerkki<\/bdi><\/strong>/);
  assert.match(out, /Peruste: valtuus – <bdi>Rakennusluvan hakeminen<\/bdi>\. Voimassa 31\.12\.2027 asti\./);
  assert.match(out, /<a class="button button--secondary switch" part="switch" href="\/valitse" aria-label="Vaihda, kenen puolesta asioit"\s*>Vaihda<\/a>/);
});

test('server HTML escapes hostile names and carries no identity code', async () => {
  const out = await ssr(
    html`<auta-acting-as lang="en" acting-as="organisation" party-name=${'<script>alert(1)</script> 010180-9026'} business-id="1234567-1"></auta-acting-as>`,
  );
  assert.doesNotMatch(out, /<script>/);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(out, /Business ID 1234567-1/);
  // The attribute the host wrote stays as written (the host must not write one); the rendered text has none.
  const shadow = out.slice(out.indexOf('<template'));
  assert.doesNotMatch(shadow, HETU_PATTERN);
});
