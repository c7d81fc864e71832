import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/define.js';
import { sampleChannels, tuesdayMorning } from '../fixtures.js';

// A file of its own: no test here imports lang/sv.js, so the server has no Swedish copy.
test('a server render in a language it was not given: Finnish as a whole, marked as Finnish, and said once in the console', async () => {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.join(' '));
  try {
    const page = html`<auta-alt-channel-notice lang="sv" errand="Ansök om bostadsbidrag" .channels=${sampleChannels} .now=${tuesdayMorning}></auta-alt-channel-notice>`;
    const out = await collectResult(render(page));
    await collectResult(render(page));
    // The texts, the hours and the dates in Finnish, inside content marked lang="fi" (a screen reader reads Finnish as Finnish).
    assert.match(out, /<(div|section)[^>]*\slang="fi"\s*>/);
    assert.match(out, /Maanantaista perjantaihin kello 9–16/);
    assert.match(out, /Avoinna nyt, sulkeutuu kello 16\./);
    assert.doesNotMatch(out, /Måndag|Öppet nu/);
    const said = seen.filter((w) => w.includes('the "sv" copy did not load (auta-alt-channel-notice on a server: import its lang/sv.js first)'));
    assert.equal(said.length, 1, `once over two renders: ${JSON.stringify(seen)}`);
  } finally {
    console.warn = warn;
  }
});
