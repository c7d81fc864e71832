import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceKm, type Provider } from '@auta/provider-finder/data.js';
import { fromPtvServiceChannels, type PtvMappingOptions } from '@auta/ptv';
import { v11Id, v11Pages, v8Export } from '../helpers/fixtures.js';

const OPTIONS: PtvMappingOptions = { kind: 'library', formsByType: { EChannel: ['chat'], WebPage: ['chat'] } };

describe('v11 export in three pages', () => {
  const result = fromPtvServiceChannels(v11Pages(), OPTIONS);
  const byId = new Map(result.providers.map((p) => [p.id, p]));
  const get = (n: number): Provider => {
    const p = byId.get(v11Id(n));
    assert.ok(p, `channel ${n} converted`);
    return p;
  };
  const problemsOf = (n: number) => result.problems.filter((p) => p.id === v11Id(n));

  test('every page is read; every channel is converted or named with a reason', () => {
    assert.equal(result.stats.channels, 9);
    assert.equal(result.stats.converted, 7);
    assert.equal(result.stats.skipped, 2);
    const skipped = result.problems.filter((p) => p.effect === 'record').map((p) => [p.id?.slice(-1), p.code]);
    assert.deepEqual(skipped, [
      ['7', 'printable-form'],
      ['8', 'unpublished'],
    ]);
  });

  test('municipality areas come from `municipalities` (the area code is null in real answers)', () => {
    assert.deepEqual(get(1).areas?.map((a) => `${a.type}:${a.code}`), ['Municipality:905', 'Municipality:499']);
    assert.deepEqual(get(1).areas?.[0]?.name, { sv: 'Vasa', en: 'Vaasa', fi: 'Vaasa' });
    assert.deepEqual(get(4).areas?.map((a) => a.code), ['905']);
  });

  test('regions, business regions, hospital districts and wellbeing services counties keep their municipalities', () => {
    assert.deepEqual(get(5).areas?.map((a) => `${a.type}:${a.code}`), [
      'Region:15',
      'Municipality:905',
      'Municipality:499',
      'Municipality:475',
      'Municipality:599',
      'BusinessSubRegion:152',
      'Municipality:399',
    ]);
    assert.deepEqual(get(6).areas?.map((a) => `${a.type}:${a.code}`), ['HospitalDistrict:16', 'Municipality:905', 'WellbeingServicesCounty:15', 'Municipality:287']);
  });

  test('area types: Nationwide, NationwideExceptAlandIslands, LimitedType, and null read as LimitedType when areas are listed', () => {
    assert.equal(get(2).areaType, 'Nationwide');
    assert.equal(get(3).areaType, 'NationwideExceptAlandIslands');
    assert.equal(get(1).areaType, 'LimitedType');
    assert.equal(get(6).areaType, 'LimitedType');
    assert.equal(problemsOf(6).filter((p) => p.path === 'areaType').length, 0, 'null with areas is plain, not a problem');
  });

  test('a located address keeps its point; the post-office box beside it is reported', () => {
    const [a] = get(1).addresses ?? [];
    assert.equal(get(1).addresses?.length, 1);
    assert.ok(a?.latitude && a.longitude && distanceKm(a.latitude, a.longitude, 63.1, 21.6) < 10, JSON.stringify(a));
    assert.deepEqual(a?.municipality, { code: '905', name: { sv: 'Vasa', en: 'Vaasa', fi: 'Vaasa' } });
    assert.deepEqual(a?.additionalInformation, { fi: 'Sisäänkäynti pihan puolelta' });
    assert.match(problemsOf(1).find((p) => p.path === 'addresses[1]')?.message ?? '', /post-office box/);
  });

  test('an address with municipality null keeps its street and point, and the missing municipality is reported', () => {
    const a = get(4).addresses?.[0];
    assert.equal(a?.postalCode, '65170');
    assert.equal(a?.municipality, undefined);
    assert.ok(a?.latitude && a.longitude, 'the point is kept');
    const p = problemsOf(4).find((x) => x.path === 'addresses[0].streetAddress.municipality');
    assert.equal(p?.code, 'municipality');
    assert.equal(p?.effect, 'field');
  });

  test('coordinateState other than Ok, and "0" coordinates, leave the point out saying what PTV said', () => {
    const [first, second] = get(5).addresses ?? [];
    assert.equal(first?.latitude, undefined);
    assert.equal(second?.latitude, undefined);
    assert.equal(first?.street.fi, 'Myllytie', 'the address itself is kept');
    const messages = problemsOf(5).filter((p) => p.code === 'coordinates').map((p) => p.message);
    assert.match(messages[0] ?? '', /NotReceived/);
    assert.match(messages[1] ?? '', /MultipleResultsReceived/);
    const zero = fromPtvServiceChannels(
      { ...v11Pages()[1]!.itemList[1], addresses: [{ ...(v11Pages()[1]!.itemList[1]!.addresses as object[])[0], streetAddress: { ...((v11Pages()[1]!.itemList[1]!.addresses as Array<{ streetAddress: object }>)[0]!.streetAddress), coordinateState: 'Ok' } }] },
      OPTIONS,
    );
    assert.match(zero.problems.find((p) => p.code === 'coordinates')?.message ?? '', /"0"/);
  });

  test('support phones and support e-mails of e-channels and web pages are mapped', () => {
    assert.deepEqual(get(3).phoneNumbers, [
      { number: '20 000 3333', prefixNumber: '+358', serviceChargeType: 'Chargeable', chargeDescription: { fi: 'Paikallisverkkomaksu' }, additionalInformation: { fi: 'Chatin tekninen tuki' } },
    ]);
    assert.deepEqual(get(3).emails, [{ value: 'chat-tuki@example.com' }]);
    assert.equal(get(6).phoneNumbers?.[0]?.number, '40 000 4444');
    assert.deepEqual(get(6).emails, [{ value: 'opas@example.com' }]);
  });

  test('a number given once per language becomes one number with texts in each; a service number loses the country prefix', () => {
    assert.equal(get(1).phoneNumbers?.length, 1);
    assert.deepEqual(get(1).phoneNumbers?.[0]?.additionalInformation, { fi: 'Digituki', sv: 'Digistöd' });
    const [free, other] = get(2).phoneNumbers ?? [];
    assert.deepEqual(free, { number: '0800 000 111', serviceChargeType: 'FreeOfCharge', additionalInformation: { fi: 'Palvelu suomeksi', sv: 'Service på svenska' } });
    assert.equal(other?.serviceChargeType, 'Other');
    assert.match(problemsOf(2).find((p) => p.code === 'phone-charge')?.message ?? '', /does not say what a call costs/);
  });

  test('per-language URLs keep their language; one URL named in two languages keeps both names', () => {
    assert.deepEqual(get(3).webPages, [
      { url: 'https://chat.example.com/fi', language: 'fi' },
      { url: 'https://chat.example.com/sv', language: 'sv' },
    ]);
    assert.deepEqual(get(6).webPages, [
      { url: 'https://opas.example.com/fi', name: { fi: 'Opas' }, language: 'fi' },
      { url: 'https://opas.example.com/sv', name: { sv: 'Guide' }, language: 'sv' },
    ]);
    assert.deepEqual(get(1).webPages, [{ url: 'https://kirjasto.example.com/digituki', name: { fi: 'Digituki', sv: 'Digistöd' } }]);
  });

  test('v11 service hours of each type: days of the week with extra periods, exceptional dates, over midnight, always open, reservation', () => {
    const [week, closed, oneDay] = get(1).serviceHours ?? [];
    assert.deepEqual(week?.openingHour, [
      { dayFrom: 'Monday', dayTo: 'Thursday', from: '09:00:00', to: '12:00:00' },
      { dayFrom: 'Monday', dayTo: 'Thursday', from: '13:00:00', to: '16:00:00' },
      { dayFrom: 'Friday', from: '09:00:00', to: '12:00:00' },
    ]);
    assert.deepEqual(closed, { serviceHourType: 'Exceptional', validFrom: '2026-12-24T00:00:00', validTo: '2026-12-26T00:00:00', isClosed: true, additionalInformation: { fi: 'Joulu', sv: 'Jul' } });
    assert.deepEqual(oneDay?.openingHour, [{ dayFrom: 'Thursday', from: '10:00:00', to: '14:00:00' }], '31 December 2026 is a Thursday');
    assert.deepEqual(get(2).serviceHours?.[1], { serviceHourType: 'OverMidnight', additionalInformation: { fi: 'Päivystys yöllä' }, openingHour: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '18:00:00', to: '02:00:00' }] });
    assert.equal(get(9).serviceHours?.[0]?.isAlwaysOpen, true);
    assert.equal(get(5).serviceHours?.[0]?.isReservation, true);
  });

  test('an EChannel with languages [] takes them from its names and descriptions, and says so', () => {
    assert.deepEqual(get(3).languages, ['fi', 'sv']);
    assert.equal(problemsOf(3).find((p) => p.path === 'languages')?.code, 'languages-inferred');
  });

  test('accessibility sentences are kept as text, grouped as PTV groups them; no flag is guessed from them', () => {
    assert.deepEqual(get(1).accessibility, {
      description: {
        fi: 'Sisäänkäynti: Sisäänkäynnin luona on kaksi porrasta. Ovi avautuu automaattisesti.\nPysäköinti: Invapaikka on 20 metrin päässä.',
        sv: 'Ingången: Vid ingången finns två trappsteg. Dörren öppnas automatiskt.\nParkering: Invaplatsen finns 20 meter bort.',
      },
    });
  });

  test('an "Other" address (a description and a point, no street) is reported, the street address beside it kept', () => {
    assert.equal(get(9).addresses?.length, 1);
    assert.match(problemsOf(9).find((p) => p.path === 'addresses[0]')?.message ?? '', /without a street/);
  });

  test('an unknown field is reported once per path with a count, not once per record', () => {
    const unknown = result.problems.filter((p) => p.code === 'unmapped');
    assert.deepEqual(
      unknown.map((p) => [p.path, p.count]),
      [['futureField.shape', 1]],
    );
    const twice = fromPtvServiceChannels([v11Pages()[2]!.itemList[2], { ...v11Pages()[2]!.itemList[2], id: 'x-2' }], OPTIONS);
    assert.deepEqual(
      twice.problems.filter((p) => p.code === 'unmapped').map((p) => [p.path, p.count]),
      [['futureField.shape', 2]],
    );
  });

  test('the summary counts converted, skipped, field problems and their kinds', () => {
    const { stats } = result;
    assert.equal(stats.fieldProblems, result.problems.filter((p) => p.effect === 'field').reduce((n, p) => n + (p.count ?? 1), 0));
    assert.ok(stats.kinds > 0 && stats.kinds <= stats.fieldProblems);
  });
});

describe('v8 export: the older names', () => {
  const result = fromPtvServiceChannels(v8Export(), { kind: 'library', formsByType: { EChannel: ['video'] } });
  const [lib, video] = result.providers;

  test('converts both channels without problems', () => {
    assert.equal(result.providers.length, 2);
    assert.deepEqual(result.problems, []);
  });

  test('AreaType and WholeCountry; Province, BusinessRegions and HospitalRegions with their municipalities; a municipality area with its own code', () => {
    assert.equal(lib?.areaType, 'LimitedType');
    assert.equal(video?.areaType, 'Nationwide');
    assert.deepEqual(lib?.areas?.map((a) => `${a.type}:${a.code}`), [
      'Region:15',
      'Municipality:905',
      'BusinessSubRegion:152',
      'Municipality:499',
      'HospitalDistrict:16',
      'Municipality:545',
    ]);
  });

  test('Standard, Exception and Special hours become DaysOfTheWeek, Exceptional and OverMidnight', () => {
    assert.deepEqual(lib?.serviceHours?.map((h) => h.serviceHourType), ['DaysOfTheWeek', 'Exceptional', 'OverMidnight']);
    assert.equal(lib?.serviceHours?.[1]?.isClosed, true);
  });

  test('a Visiting street address without coordinateState keeps its point; ShortDescription is the summary; Charged and Free charges', () => {
    assert.equal(lib?.addresses?.[0]?.type, 'Location');
    assert.ok(lib?.addresses?.[0]?.latitude);
    assert.deepEqual(lib?.description, { fi: 'Laiteopastusta kirjastossa.', sv: 'Handledning i biblioteket.' });
    assert.equal(lib?.phoneNumbers?.[0]?.serviceChargeType, 'Chargeable');
    assert.equal(video?.phoneNumbers?.[0]?.serviceChargeType, 'FreeOfCharge');
    assert.deepEqual(video?.webPages, [{ url: 'https://video.example.com/fi', language: 'fi' }]);
  });
});

describe('options: kinds and forms per channel type and per channel id', () => {
  test('forms by type replace the default; forms by id win; global forms add to the default', () => {
    const r = fromPtvServiceChannels(v11Pages(), {
      kind: 'library',
      kindsByType: { Phone: 'citizen-advice' },
      kinds: { [v11Id(1)]: 'service-point' },
      forms: ['device-training'],
      formsByType: { EChannel: ['chat', 'video'], WebPage: ['course'] },
      formsById: { [v11Id(6)]: ['peer-group'] },
    });
    const get = (n: number) => r.providers.find((p) => p.id === v11Id(n));
    assert.deepEqual(get(1)?.supportForms, ['device-training', 'service-point']);
    assert.equal(get(1)?.kind, 'service-point');
    assert.equal(get(2)?.kind, 'citizen-advice');
    assert.deepEqual(get(2)?.supportForms, ['device-training', 'phone']);
    assert.deepEqual(get(3)?.supportForms, ['chat', 'video']);
    assert.deepEqual(get(6)?.supportForms, ['peer-group']);
  });

  test('without forms a web channel is skipped with a reason that says how to give them; without a kind nothing converts', () => {
    const r = fromPtvServiceChannels(v11Pages(), { kind: 'library' });
    assert.match(r.problems.find((p) => p.id === v11Id(3) && p.effect === 'record')?.message ?? '', /^an EChannel channel says nothing about the form of support: .*--forms EChannel=/);
    const none = fromPtvServiceChannels(v11Pages());
    assert.equal(none.providers.length, 0);
    assert.ok(none.problems.some((p) => p.code === 'no-kind'));
  });

  test('a single channel, a plain list and one page are read too; garbage is a clear problem', () => {
    const items = v11Pages()[0]!.itemList;
    assert.equal(fromPtvServiceChannels(items, OPTIONS).providers.length, 3);
    assert.equal(fromPtvServiceChannels(items[0], OPTIONS).providers.length, 1);
    assert.equal(fromPtvServiceChannels(v11Pages()[0], OPTIONS).providers.length, 3);
    for (const junk of [null, 42, 'x', { hello: 1 }]) {
      const r = fromPtvServiceChannels(junk, OPTIONS);
      assert.equal(r.providers.length, 0);
      assert.match(r.problems[0]?.message ?? '', /expected PTV service channels/);
    }
  });

  test('pages missing from a paged export are named', () => {
    const r = fromPtvServiceChannels([v11Pages()[0], v11Pages()[2]], OPTIONS);
    assert.match(r.problems.find((p) => p.code === 'input')?.message ?? '', /2 of 3 pages/);
  });
});
