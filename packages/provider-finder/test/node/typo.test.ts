/**
 * One typo: a query word found nowhere is searched as the spelling one edit away that the
 * data holds; a word found as typed is never replaced, so exact matches come first.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProviderIndex, loadProviders, type Provider } from '@auta/provider-finder/data.js';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';
import { bestCorrection, oneEditAway } from '../../src/data/typo.js';
import { textMatches } from '../../src/data/search/testing.js';
import { generateProviders } from 'auta-tool-sample-data';

const sample = new ProviderIndex(loadProviders(JSON.parse(JSON.stringify(SAMPLE_PROVIDERS)), { warn: false }).providers);
const generated = new ProviderIndex(generateProviders(3000, 42));
const ids = (index: ProviderIndex, text: string) => index.search({ text, pageSize: 100 }).items.map((h) => h.provider.id);

/** A provider with only a name, in the shape the loader gives. */
const named = (id: string, fi: string): Provider => ({ id, name: { fi }, kind: 'library', supportForms: ['service-point'], languages: ['fi'], areaType: 'LimitedType' });

describe('one edit away', () => {
  test('the edits of a word: left out, swapped, added, changed; each once, the word itself not among them', () => {
    const edits = oneEditAway('abc', 'abc');
    assert.ok(edits.includes('ac'), 'a letter left out');
    assert.ok(edits.includes('bac'), 'two letters swapped');
    assert.ok(edits.includes('abbc'), 'a letter added');
    assert.ok(edits.includes('abb'), 'a letter changed');
    assert.equal(new Set(edits).size, edits.length);
    assert.ok(!edits.includes('abc'));
  });

  test('a word shorter than four letters is not guessed at', () => {
    assert.equal(bestCorrection('kir', 'abcdefghijklmnopqrstuvwxyz', () => 1), undefined);
  });
});

describe('ProviderIndex: a word found nowhere', () => {
  for (const [typed, meant] of [
    ['kirjsto', 'kirjasto'],
    ['jyvaskla', 'jyvaskyla'],
    ['tampre', 'tampere'],
    ['Jyväskla', 'jyvaskyla'],
  ] as const) {
    test(`"${typed}" finds what "${meant}" finds, and says so`, () => {
      for (const index of [sample, generated]) {
        const wanted = index.search({ text: meant, pageSize: 100 });
        assert.ok(wanted.total > 0, `the data holds ${meant}`);
        const got = index.search({ text: typed, pageSize: 100 });
        assert.equal(got.searchedFor, meant);
        assert.equal(got.total, wanted.total);
        assert.deepEqual(ids(index, typed), ids(index, meant));
        assert.equal(wanted.searchedFor, undefined, 'a word found as typed is not corrected');
      }
    });
  }

  test('only the mistyped word is replaced; the others are searched as typed', () => {
    const got = generated.search({ text: 'digituki tampre' });
    assert.equal(got.searchedFor, 'digituki tampere');
    assert.equal(got.total, generated.search({ text: 'digituki tampere' }).total);
    assert.ok(got.total > 0);
  });

  test('filters apply to the corrected search', () => {
    const code = generated.search({ text: 'kirjasto' }).facets.municipalities[0]!.value;
    const got = generated.search({ text: 'kirjsto', municipalities: [code] });
    assert.equal(got.total, generated.search({ text: 'kirjasto', municipalities: [code] }).total);
    assert.equal(got.searchedFor, 'kirjasto');
  });

  test('a word found as typed is never replaced, however rare: exact matches always come first', () => {
    // "kirjato" is one edit from "kirjasto", which 3 records hold; one record holds "kirjato" itself.
    const index = new ProviderIndex([named('a', 'Kirjasto'), named('b', 'Pääkirjasto'), named('c', 'Lähikirjasto'), named('d', 'Kirjato-kahvila')]);
    const got = index.search({ text: 'kirjato' });
    assert.equal(got.searchedFor, undefined);
    assert.deepEqual(got.items.map((h) => h.provider.id), ['d']);
    // With the exact word gone, the spelling held most widely is searched.
    const without = new ProviderIndex([named('a', 'Kirjasto'), named('b', 'Pääkirjasto'), named('c', 'Lähikirjasto')]);
    assert.equal(without.search({ text: 'kirjato' }).searchedFor, 'kirjasto');
    assert.equal(without.search({ text: 'kirjato' }).total, 3);
  });

  test('a whole word of the data is preferred to a piece of one', () => {
    // "tampre": leaving out a letter gives "tampe", held inside "tampere"; adding one gives the whole word.
    const index = new ProviderIndex([named('a', 'Tampere'), named('b', 'Tampereen kirjasto'), named('c', 'Tampella')]);
    assert.equal(index.search({ text: 'tampre' }).searchedFor, 'tampere');
  });

  test('nothing near: no results and no correction', () => {
    const got = generated.search({ text: 'xqzwv' });
    assert.equal(got.total, 0);
    assert.equal(got.searchedFor, undefined);
    assert.equal(generated.search({ text: 'qqq' }).searchedFor, undefined, 'three letters are not guessed at');
  });

  test('textMatches answers the same as search, correction included', () => {
    assert.deepEqual(
      textMatches(generated, 'kirjsto'),
      textMatches(generated, 'kirjasto'),
    );
  });
});
