import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { AutaElement, type Catalog } from '@auta/core';
import { openingStatus } from '@auta/core/hours.js';
import { formatPhone } from '@auta/core/phone.js';

type M = { hello: string };
const catalog: Catalog<M> = { en: { hello: 'Hello' }, fi: { hello: 'Hei' }, easy: { en: { hello: 'Hi' }, fi: { hello: 'Moi' } } };
class SsrProbe extends AutaElement<M> {
  protected readonly catalog = catalog;
  override render() {
    return html`<p>${this.msg('hello')}</p>`;
  }
}
customElements.define('ssr-probe', SsrProbe);

test('core formatting runs in Node', () => {
  assert.equal(formatPhone('+358 40 123 4567')?.display, '040 123 4567');
  assert.equal(openingStatus([], new Date()).state, 'unknown');
});

test('an AutaElement renders to declarative shadow DOM', async () => {
  const out = await collectResult(render(html`<ssr-probe lang="fi"></ssr-probe>`));
  assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(out, /<p><!--lit-part[^>]*-->Hei<!--\/lit-part--><\/p>/);
});

test('an AutaElement renders its own language level on the server', async () => {
  const out = await collectResult(render(html`<ssr-probe lang="fi" language-level="easy"></ssr-probe>`));
  assert.match(out, /<p><!--lit-part[^>]*-->Moi<!--\/lit-part--><\/p>/);
  const standard = await collectResult(render(html`<ssr-probe lang="fi" language-level="standard"></ssr-probe>`));
  assert.match(standard, /<p><!--lit-part[^>]*-->Hei<!--\/lit-part--><\/p>/);
});
