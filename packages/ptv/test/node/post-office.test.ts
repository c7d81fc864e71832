import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fromPtvServiceChannels } from '@auta/ptv';
import { postOfficeName } from '../../src/address.js';
import { v11Id, v11Page, v11Pages, v8Export } from '../helpers/fixtures.js';

/*
 * PTV passes on Posti's postal-code register, where post offices are in envelope capitals
 * (the v11 fixtures' "VAASA" / "VASA" / "MALAX", as in City-of-Helsinki/smbackend's recorded
 * answer). An address shows them as people write them.
 */
describe('post offices as people write them', () => {
  test('capitals become one capital, for Finnish and Swedish letters, after hyphens too', () => {
    const cases: Array<[string, string]> = [
      ['HELSINKI', 'Helsinki'],
      ['HELSINGFORS', 'Helsingfors'],
      ['JYVÄSKYLÄ', 'Jyväskylä'],
      ['PEDERSÖRE', 'Pedersöre'],
      ['ÅBO', 'Åbo'],
      ['MAARIANHAMINA', 'Maarianhamina'],
      ['KOIVUKYLÄ-HAVUKOSKI', 'Koivukylä-Havukoski'],
      // Posti's own names for large organisations: the second word in lower case, abbreviations kept.
      ['HELSINGIN YLIOPISTO', 'Helsingin yliopisto'],
      ['VTT', 'VTT'],
    ];
    assert.deepEqual(
      cases.map(([caps]) => postOfficeName(caps)),
      cases.map(([, written]) => written),
    );
  });

  test('a name already written in mixed case is kept as it is', () => {
    for (const name of ['Helsinki', 'Pedersöre', 'Koivukylä-Havukoski', 'Helsingin yliopisto', 'MALAX-Maalahti']) assert.equal(postOfficeName(name), name);
  });

  test('the v11 and v8 exports give "Vaasa" / "Vasa" and "Malax", nothing in capitals', () => {
    const { providers } = fromPtvServiceChannels(v11Pages(), { kind: 'library' });
    const offices = providers.flatMap((p) => (p.addresses ?? []).map((a) => a.postOffice));
    assert.ok(offices.length >= 3);
    assert.deepEqual(providers.find((p) => p.id === v11Id(1))?.addresses?.[0]?.postOffice, { fi: 'Vaasa', sv: 'Vasa' });
    assert.ok(offices.some((o) => o?.fi === 'Malax'), JSON.stringify(offices));
    for (const o of offices) for (const name of Object.values(o ?? {})) assert.notEqual(name, name.toUpperCase(), name);
    const v8 = fromPtvServiceChannels([v8Export()], { kind: 'library' }).providers.flatMap((p) => (p.addresses ?? []).map((a) => a.postOffice));
    assert.deepEqual(v8[0], { fi: 'Vaasa', sv: 'Vasa' });
  });

  test('an address whose post office the author wrote in mixed case keeps it', () => {
    const page = v11Page(1);
    const channel = structuredClone(page.itemList[0]!) as { addresses: Array<{ streetAddress: { postOffice: unknown } }> };
    channel.addresses[0]!.streetAddress.postOffice = [
      { value: 'Pedersöre', language: 'fi' },
      { value: 'PEDERSÖRE', language: 'sv' },
    ];
    const { providers } = fromPtvServiceChannels([{ ...page, pageCount: 1, itemList: [channel] }], { kind: 'library' });
    assert.deepEqual(providers[0]?.addresses?.[0]?.postOffice, { fi: 'Pedersöre', sv: 'Pedersöre' });
  });
});
