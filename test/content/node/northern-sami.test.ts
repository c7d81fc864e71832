// Northern Sámi (`se`) draft copy: every `se` catalog has exactly the keys of the Finnish
// one; the `se` modules register on import and the main entries do not; the weekday words
// in core are CLDR's `se-FI` words (Node's full ICU has them; Chromium's trimmed ICU does
// not, which is why core writes them out); plural rules come from `Intl`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { altChannelCatalog } from '../../../packages/alt-channel/src/messages.js';
import { onBehalfCatalog } from '../../../packages/on-behalf/src/messages.js';
import { providerFinderCatalog } from '../../../packages/provider-finder/src/messages.js';
import { plural } from '../../../packages/core/src/index.js';
import { FROM_FINNISH, formatDayRange } from '../../../packages/core/src/hours.js';
import { SUPPORTED_LANGS } from '../../../packages/core/src/lang.js';
import { loadProviders } from '../../../packages/provider-finder/src/data/load.js';
import { withSamiNames } from '../../../packages/provider-finder/src/data/sami-names.js';
import { municipality } from '../../../packages/provider-finder/src/data/municipalities.js';

test('the main entries add no Sámi catalog or hours words: only `lang/se.js` does', async () => {
  for (const catalog of [altChannelCatalog, onBehalfCatalog, providerFinderCatalog]) assert.equal((catalog as { se?: unknown }).se, undefined);
  assert.equal(FROM_FINNISH.se, undefined);
  assert.deepEqual(SUPPORTED_LANGS, ['fi', 'sv', 'en']);
  await import('../../../packages/alt-channel/src/lang/se.js');
  await import('../../../packages/on-behalf/src/lang/se.js');
  await import('../../../packages/provider-finder/src/lang/se.js');
  for (const catalog of [altChannelCatalog, onBehalfCatalog, providerFinderCatalog]) assert.ok(catalog.se);
  assert.equal(formatDayRange(0, 4, 'se'), 'mánnodagas bearjadahkii');
  assert.deepEqual(SUPPORTED_LANGS, ['fi', 'sv', 'en', 'se']);
});

test('every Sámi catalog has every key of the Finnish one, and no other', () => {
  for (const [name, catalog] of Object.entries({ altChannelCatalog, onBehalfCatalog, providerFinderCatalog })) {
    const fi = Object.keys(catalog.fi!).sort();
    const se = Object.keys(catalog.se ?? {}).sort();
    assert.deepEqual(se, fi, name);
    for (const [key, value] of Object.entries(catalog.se!)) assert.equal(typeof value, typeof catalog.fi![key as never], `${name}.${key}`);
  }
});

test('the Sámi weekdays are the words of CLDR se-FI, as Intl gives them', () => {
  const intl = new Intl.DateTimeFormat('se-FI', { weekday: 'long', timeZone: 'UTC' });
  // 2026-01-05 is a Monday.
  const platform = Array.from({ length: 7 }, (_, d) => intl.format(new Date(Date.UTC(2026, 0, 5 + d, 12))));
  const finnish = 'maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai'.split(' ');
  assert.deepEqual(finnish.map((w) => FROM_FINNISH.se!(w)), platform);
  assert.deepEqual(platform, ['mánnodat', 'disdat', 'gaskavahkku', 'duorastat', 'bearjadat', 'lávvordat', 'sotnabeaivi']);
});

test('plural rules for se come from Intl: one, two, other', () => {
  assert.deepEqual([1, 2, 3, 11].map((n) => new Intl.PluralRules('se').select(n)), ['one', 'two', 'other', 'other']);
  const forms = { one: 'lea', two: 'leaba', other: 'leat' };
  assert.deepEqual([1, 2, 5].map((n) => plural('se', n, forms)), ['lea', 'leaba', 'leat']);
});

test('municipalities of the Sámi homeland: the official Sámi names, added by withSamiNames where the data lacks them', () => {
  assert.deepEqual(
    ['047', '148', '890', '758'].map((code) => municipality(code)?.se),
    ['Eanodat', 'Anár', 'Ohcejohka', 'Soađegilli'],
  );
  const { providers } = loadProviders(
    [
      {
        id: 'x',
        name: { fi: 'Esimerkki' },
        kind: 'library',
        supportForms: ['service-point'],
        languages: ['fi'],
        areaType: 'LimitedType',
        addresses: [{ type: 'Location', street: { fi: 'Esimerkkitie' }, streetNumber: '1', postalCode: '99999', postOffice: { fi: 'Utsjoki' }, municipality: { code: '890', name: { fi: 'Utsjoki', sv: 'Utsjoki' } } }],
        areas: [{ type: 'Municipality', code: '047', name: { fi: 'Enontekiö', sv: 'Enontekis', se: 'Eanodat' } }],
      },
    ],
    { warn: false },
  );
  assert.deepEqual(providers[0]!.addresses![0]!.municipality!.name, { fi: 'Utsjoki', sv: 'Utsjoki' }, 'the loader leaves names as they are');
  providers.forEach(withSamiNames);
  assert.deepEqual(providers[0]!.addresses![0]!.municipality!.name, { fi: 'Utsjoki', sv: 'Utsjoki', se: 'Ohcejohka' });
  assert.equal(providers[0]!.areas![0]!.name!.se, 'Eanodat');
});
