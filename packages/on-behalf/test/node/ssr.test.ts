import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@auta/on-behalf/define.js';
// A server render cannot wait for a chunk: the languages it speaks are imported up front.
import '@auta/on-behalf/lang/sv.js';
import '@auta/on-behalf/lang/en.js';

const strip = (s: string) => s.replace(/<!--[^>]*-->/g, '');

test('<auta-on-behalf-entry> renders to declarative shadow DOM with its question and choices', async () => {
  const out = strip(await collectResult(render(html`<auta-on-behalf-entry lang="sv" name="actingAs" required heading-level="1"></auta-on-behalf-entry>`)));
  assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(out, /<fieldset[^>]*role="radiogroup"/);
  assert.match(out, /<legend[^>]*><h1>För vem uträttar du ärendet\?<\/h1><\/legend>/);
  for (const value of ['self', 'person', 'organisation']) assert.match(out, new RegExp(`<input[^>]*value="${value}"`));
  assert.match(out, /För en annan person/);
  assert.match(out, /<summary>Jag har ingen fullmakt<\/summary>/);
  assert.match(out, /<button[^>]*part="continue"[^>]*>Fortsätt<\/button>/);
  assert.doesNotMatch(out, /part="error"/, 'no error before a submit');
});

// a11y-evidence: on-behalf.returning-users-choice-checked-server
test('a returning user’s choice is checked in the server HTML', async () => {
  const out = strip(await collectResult(render(html`<auta-on-behalf-entry lang="fi" value="person" options="self person"></auta-on-behalf-entry>`)));
  assert.match(out, /<input[^>]*value="person"[^>]*\schecked[\s>]/);
  assert.doesNotMatch(out, /<input[^>]*value="self"[^>]*checked/);
  assert.doesNotMatch(out, /checked="false"/);
  assert.doesNotMatch(out, /value="organisation"/);
});

test('mandate themes and links are rendered on the server, unsafe URLs are not', async () => {
  const themes = [{ id: 'a', name: { fi: 'Rakennusluvan hakeminen', en: 'Applying for a building permit' } }];
  const out = strip(
    await collectResult(
      render(
        html`<auta-on-behalf-entry
          lang="en"
          .mandateThemes=${themes}
          request-mandate-url="https://example.com/request"
          service-point-url="javascript:alert(1)"
        ></auta-on-behalf-entry>`,
      ),
    ),
  );
  assert.match(out, /<li>Applying for a building permit<\/li>/);
  assert.match(out, /<a href="https:\/\/example.com\/request">Send a mandate request<\/a>/);
  const shadowHtml = out.slice(out.indexOf('<template'));
  assert.doesNotMatch(shadowHtml, /javascript:/);
  assert.doesNotMatch(shadowHtml, /Find a DVV service point/);
});
