import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingLevel, headingTag } from '../../src/index.js';

// The tag's text, as lit/static-html.js holds it.
const tagOf = (level: number) => (headingTag(level) as unknown as { _$litStatic$: string })._$litStatic$;

test('one rule for every element: a level is rounded and held to its top…6', () => {
  assert.deepEqual([1, 2, 3, 4.4, 4.6, 6, 9, NaN, 0, -3].map((l) => headingLevel(l)), [2, 2, 3, 4, 5, 6, 6, 2, 2, 2]);
  assert.deepEqual([1, 2, 0, NaN, 7].map((l) => headingLevel(l, 1)), [1, 2, 1, 1, 6]);
});

test('the tag of a level, h1…h6, for static templates; the element decides its top level through headingLevel', () => {
  assert.equal(tagOf(3), 'h3');
  assert.equal(tagOf(1), 'h1');
  assert.equal(tagOf(headingLevel(1)), 'h2');
  assert.equal(tagOf(8), 'h6');
  assert.equal(tagOf(0), 'h1');
  // The same tag object each time: lit/static-html.js caches templates by it.
  assert.equal(headingTag(4), headingTag(4.2));
});
