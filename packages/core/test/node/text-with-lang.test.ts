import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nothing, type TemplateResult } from 'lit';
import { pickedWithLang, textWithLang } from '../../src/index.js';

test('data text in the UI language is put in as it is; one string serves every language', () => {
  assert.equal(textWithLang({ fi: 'Pääkirjasto', sv: 'Huvudbiblioteket' }, 'sv'), 'Huvudbiblioteket');
  assert.equal(textWithLang('Kirkkokatu 3', 'en'), 'Kirkkokatu 3');
  assert.equal(pickedWithLang({ text: 'Esimerkkilä', lang: 'fi' }, 'fi'), 'Esimerkkilä');
});

test('text in another language is marked with its own lang, as a binding, never as HTML (WCAG 3.1.2)', () => {
  const result = textWithLang({ fi: '<b>Pääkirjasto</b>' }, 'en') as TemplateResult;
  assert.deepEqual(result.values, ['fi', '<b>Pääkirjasto</b>']);
  assert.match(result.strings.join('|'), /^<span lang=\|>\|<\/span>$/);
});

test('no text at all gives nothing, which renders nothing', () => {
  assert.equal(textWithLang(undefined, 'fi'), nothing);
  assert.equal(textWithLang({ fi: '  ', sv: '' }, 'fi'), nothing);
  assert.equal(pickedWithLang(undefined, 'sv'), nothing);
});
