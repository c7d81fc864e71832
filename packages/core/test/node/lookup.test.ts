import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupMessage, type Catalog } from '@auta/core';

type M = { greeting: string; farewell: string };
const catalog = (): Catalog<M> => ({
  fi: { greeting: 'Hei', farewell: 'Näkemiin' },
  en: { greeting: 'Hello', farewell: 'Goodbye' },
  se: { greeting: 'Bures', farewell: 'Oaidnaleapmái' },
  easy: { fi: { greeting: 'Moi' }, en: { greeting: 'Hi', farewell: 'Bye' } },
});

/** What lookupMessage warned while `run` ran. */
function warnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (text: string) => void seen.push(text);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

test('at the easy level, a language with no easy copy at all (a Sámi draft) shows its standard copy without a warning', () => {
  let text = '';
  const seen = warnings(() => (text = lookupMessage('lookup-a', catalog(), undefined, 'se', 'greeting', [], 'easy')));
  assert.equal(text, 'Bures');
  assert.deepEqual(seen, []);
});

test('at the easy level, a text missing from a language’s easy copy falls back to the standard text with one warning', () => {
  let text = '';
  const seen = warnings(() => (text = lookupMessage('lookup-b', catalog(), undefined, 'fi', 'farewell', [], 'easy')));
  assert.equal(text, 'Näkemiin');
  assert.deepEqual(seen, ['[auta] lookup-b: no easy-to-read "fi" text for "farewell"; using the standard text.']);
});

test('at the easy level, before the easy copy has loaded (or when it could not), every text warns once', () => {
  const { easy: _, ...standard } = catalog();
  let text = '';
  const seen = warnings(() => (text = lookupMessage('lookup-c', standard, undefined, 'en', 'greeting', [], 'easy')));
  assert.equal(text, 'Hello');
  assert.equal(seen.length, 1);
});

test('a language whose module has not loaded falls back to English when that is there, else to Finnish, with a warning', () => {
  const seen = warnings(() => {
    assert.equal(lookupMessage('lookup-d', catalog(), undefined, 'sv', 'greeting', []), 'Hello');
    const { en: _, ...noEnglish } = catalog();
    assert.equal(lookupMessage('lookup-e', noEnglish, undefined, 'sv', 'greeting', []), 'Hei');
  });
  assert.deepEqual(seen, ['[auta] lookup-d: no "sv" text for "greeting"; using the English text.', '[auta] lookup-e: no "sv" text for "greeting"; using the Finnish text.']);
});
