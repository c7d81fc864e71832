import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MUNICIPALITY_REGION, REGION_CODES } from '@auta/provider-finder/data.js';
import { SAMPLE_PROVIDERS as PROVIDERS } from '@auta/provider-finder/sample.js';
import { MUNICIPALITIES, MUNICIPALITY_COUNT, municipality } from '../../src/data/municipalities.js';

describe('the municipality table', () => {
  test('holds every municipality of the classification: 308, its published total for 2025 and 2026', () => {
    assert.equal(MUNICIPALITY_COUNT, 308);
    assert.equal(MUNICIPALITIES.length, MUNICIPALITY_COUNT);
    assert.equal(Object.keys(MUNICIPALITY_REGION).length, MUNICIPALITY_COUNT);
    assert.equal(new Set(MUNICIPALITIES.map((m) => m.code)).size, MUNICIPALITY_COUNT, 'codes are unique');
    assert.equal(new Set(MUNICIPALITIES.map((m) => m.fi)).size, MUNICIPALITY_COUNT, 'Finnish names are unique');
  });

  test('the names table and the region table agree, and every region of the classification has municipalities', () => {
    for (const m of MUNICIPALITIES) {
      assert.match(m.code, /^\d{3}$/);
      assert.equal(m.region, MUNICIPALITY_REGION[m.code], m.code);
      assert.ok(m.fi && m.sv, m.code);
    }
    assert.deepEqual([...new Set(Object.values(MUNICIPALITY_REGION))].sort(), [...REGION_CODES].sort());
  });

  test('spot values: names in Finnish and Swedish, region codes, and the changes of 2021 and 2025', () => {
    const spot: Array<[string, string, string, string]> = [
      ['091', 'Helsinki', 'Helsingfors', '01'],
      ['049', 'Espoo', 'Esbo', '01'],
      ['853', 'Turku', 'Åbo', '02'],
      ['837', 'Tampere', 'Tammerfors', '06'],
      ['905', 'Vaasa', 'Vasa', '15'],
      ['599', 'Pedersören kunta', 'Pedersöre', '15'],
      ['478', 'Maarianhamina', 'Mariehamn', '21'],
      ['564', 'Oulu', 'Uleåborg', '17'],
      // Moved between regions at the start of 2021.
      ['291', 'Kuhmoinen', 'Kuhmoinen', '06'],
      ['171', 'Joroinen', 'Jorois', '11'],
      ['142', 'Iitti', 'Iitti', '07'],
      ['090', 'Heinävesi', 'Heinävesi', '12'],
      ['785', 'Vaala', 'Vaala', '18'],
      // Pertunmaa merged into Mäntyharju on 1 January 2025.
      ['507', 'Mäntyharju', 'Mäntyharju', '10'],
    ];
    for (const [code, fi, sv, region] of spot) assert.deepEqual({ ...municipality(code) }, { code, fi, sv, region, ...(municipality(code)?.se ? { se: municipality(code)?.se } : {}) }, code);
    assert.equal(municipality('588'), undefined, 'Pertunmaa is no longer a municipality');
    assert.equal(municipality('099'), undefined, 'Honkajoki merged into Kankaanpää in 2021');
  });

  test('the official Sámi names of the municipalities of the Sámi homeland', () => {
    assert.equal(municipality('047')?.se, 'Eanodat');
    assert.equal(municipality('148')?.se, 'Anár');
    assert.equal(municipality('148')?.smn, 'Aanaar');
    assert.equal(municipality('890')?.se, 'Ohcejohka');
    assert.equal(municipality('758')?.se, 'Soađegilli');
    assert.equal(MUNICIPALITIES.filter((m) => m.se).length, 4);
  });

  test('every municipality in the sample data is in the table, under the right region', () => {
    for (const p of PROVIDERS) {
      for (const a of p.addresses ?? []) if (a.municipality) assert.ok(municipality(a.municipality.code), `${p.id}: ${a.municipality.code}`);
      for (const area of p.areas ?? []) if (area.type === 'Municipality') assert.ok(municipality(area.code), `${p.id}: ${area.code}`);
    }
  });
});
