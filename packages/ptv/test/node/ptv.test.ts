import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distanceKm, loadProviders } from '@auta/provider-finder/data.js';
import { fromPtvServiceChannels, tm35finToWgs84 } from '@auta/ptv';

const here = fileURLToPath(new URL('.', import.meta.url));
const FIXTURE = join(here, '../fixtures/service-channels.json');
const CLI = join(here, '../../src/cli.ts');
const ROOT = join(here, '../../../..');
const fixture = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as unknown;

/**
 * ETRS-TM35FIN forward projection written out independently of proj4: Krüger's series in
 * Karney's form (J. Geodesy 85, 2011), GRS80, central meridian 27° E, scale 0.9996, false
 * easting 500 km. Accurate to well under a millimetre here.
 */
function tm35fin(latDeg: number, lonDeg: number): { northing: number; easting: number } {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const k0 = 0.9996;
  const n = f / (2 - f);
  const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const alpha = [
    n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180,
    (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440,
    (61 * n ** 3) / 240 - (103 * n ** 4) / 140,
    (49561 * n ** 4) / 161280,
  ];
  const e = Math.sqrt(f * (2 - f));
  const phi = (latDeg * Math.PI) / 180;
  const dl = ((lonDeg - 27) * Math.PI) / 180;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - e * Math.atanh(e * Math.sin(phi)));
  const xi1 = Math.atan2(t, Math.cos(dl));
  const eta1 = Math.atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
  let xi = xi1;
  let eta = eta1;
  alpha.forEach((al, j) => {
    const k = 2 * (j + 1);
    xi += al * Math.sin(k * xi1) * Math.cosh(k * eta1);
    eta += al * Math.cos(k * xi1) * Math.sinh(k * eta1);
  });
  return { northing: k0 * A * xi, easting: 500000 + k0 * A * eta };
}

describe('reprojection from ETRS-TM35FIN (EPSG:3067) to WGS84', () => {
  test('a point on the central meridian: 60° N 27° E is exactly E 500 000 m, N 6 651 411.190 m (0.9996 × the GRS80 meridian arc)', () => {
    const p = tm35finToWgs84('6651411.190', '500000.000');
    assert.ok(p);
    assert.ok(distanceKm(p.latitude, p.longitude, 60, 27) * 1000 < 1, `within 1 m: ${JSON.stringify(p)}`);
  });

  test('known places, projected by an independent implementation, come back within 1 m', () => {
    const places: Array<[string, number, number]> = [
      ['Helsinki, Senate Square', 60.16952, 24.95234],
      ['Turku cathedral', 60.45246, 22.27824],
      ['Utsjoki, Nuorgam', 70.08139, 27.88306],
      ['Mariehamn', 60.09726, 19.93481],
      ['Ilomantsi, Virmajärvi', 62.90694, 31.58722],
    ];
    for (const [name, lat, lon] of places) {
      const { northing, easting } = tm35fin(lat, lon);
      const p = tm35finToWgs84(northing.toFixed(3), easting.toFixed(3));
      assert.ok(p, name);
      const metres = distanceKm(p.latitude, p.longitude, lat, lon) * 1000;
      assert.ok(metres < 1, `${name}: ${metres.toFixed(3)} m`);
    }
  });

  test('non-numbers give undefined', () => {
    assert.equal(tm35finToWgs84('', '1'), undefined);
    assert.equal(tm35finToWgs84('abc', '258000'), undefined);
    assert.equal(tm35finToWgs84(undefined, null), undefined);
  });
});

describe('PTV service channels → providers', () => {
  const { providers, problems } = fromPtvServiceChannels(fixture(), { kind: 'library', sample: true });
  const byId = new Map(providers.map((p) => [p.id, p]));
  const problemAt = (index: number, path: string) => problems.find((p) => p.index === index && p.path === path);

  test('a ServiceLocation maps names, summary, languages, areas, address, hours, phones, e-mail, web pages and accessibility', () => {
    const p = byId.get('2f1c6a4e-0000-4000-8000-000000000001');
    assert.ok(p);
    assert.deepEqual(p.name, { fi: 'Pääkirjasto Aallokko (esimerkki)', sv: 'Huvudbiblioteket Aallokko (exempel)', en: 'Aallokko Main Library (example)' });
    assert.deepEqual(p.description, { fi: 'Digituki kirjastossa.', sv: 'Digistöd i biblioteket.' });
    assert.equal(p.kind, 'library');
    assert.deepEqual(p.supportForms, ['service-point']);
    assert.deepEqual(p.languages, ['fi', 'sv', 'en']);
    assert.equal(p.areaType, 'LimitedType');
    assert.deepEqual(p.areas, [{ type: 'Municipality', code: '837', name: { fi: 'Tampere', sv: 'Tammerfors' } }]);
    const a = p.addresses?.[0];
    assert.equal(p.addresses?.length, 1, 'the post office box is left out');
    assert.deepEqual(a?.street, { fi: 'Esimerkinkatu', sv: 'Exempelgatan' });
    assert.equal(a?.postalCode, '33100');
    assert.deepEqual(a?.municipality, { code: '837', name: { fi: 'Tampere', sv: 'Tammerfors' } });
    // E 327 650, N 6 820 720 is in central Tampere.
    assert.ok(a?.latitude && a.longitude && distanceKm(a.latitude, a.longitude, 61.4981, 23.7608) < 2, JSON.stringify(a));
    assert.equal(p.serviceHours?.length, 2);
    assert.deepEqual(p.serviceHours?.[0]?.openingHour, [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00:00', to: '16:00:00' }]);
    assert.deepEqual(p.phoneNumbers, [
      {
        number: '30100200',
        prefixNumber: '+358',
        serviceChargeType: 'Chargeable',
        chargeDescription: { fi: 'Matkapuhelin- tai paikallisverkkomaksu', sv: 'Lokalnätsavgift eller mobilsamtalsavgift' },
        additionalInformation: { fi: 'Neuvonta', sv: 'Rådgivning' },
      },
    ]);
    assert.deepEqual(p.emails, [{ value: 'aallokko@example.fi' }]);
    assert.deepEqual(p.webPages, [{ url: 'https://example.fi/aallokko', name: { fi: 'Kirjaston sivut', sv: 'Bibliotekets sidor' } }]);
    assert.deepEqual(p.accessibility?.description, {
      fi: 'Sisäänkäynnillä ei ole portaita. Ovi aukeaa automaattisesti.',
      sv: 'Ingången saknar trappor. Dörren öppnas automatiskt.',
    });
    assert.equal(p.modified, '2026-01-15T08:30:00Z');
    assert.equal(p.sample, true);
    assert.equal(p.free, undefined, 'cost is not guessed');
  });

  test('a Phone channel gives the phone form, its over-midnight hours and a nationwide area', () => {
    const p = byId.get('2f1c6a4e-0000-4000-8000-000000000002');
    assert.deepEqual(p?.supportForms, ['phone']);
    assert.equal(p?.areaType, 'Nationwide');
    assert.equal(p?.serviceHours?.[0]?.serviceHourType, 'OverMidnight');
    assert.equal(p?.phoneNumbers?.[0]?.serviceChargeType, 'FreeOfCharge');
  });

  test('what cannot be mapped is reported, not guessed', () => {
    assert.match(problemAt(0, 'addresses[1]')?.message ?? '', /post office box/);
    assert.match(problemAt(0, 'phoneNumbers[2].type')?.message ?? '', /Fax/);
    assert.equal(problemAt(2, 'serviceChannelType')?.effect, 'record', 'an EChannel needs forms from the caller');
    assert.match(problemAt(3, 'serviceChannelType')?.message ?? '', /PrintableForm/);
    assert.match(problemAt(4, 'publishingStatus')?.message ?? '', /Draft/);
    assert.match(problemAt(5, 'favouriteColour')?.message ?? '', /unknown PTV field/);
    assert.match(problemAt(5, 'areaType')?.message ?? '', /Everywhere/);
    assert.match(problemAt(5, 'areas[0].type')?.message ?? '', /Galaxy/);
    assert.match(problemAt(5, 'addresses[0].streetAddress.latitude')?.message ?? '', /outside Finland/);
    assert.equal(problemAt(6, '')?.effect, 'record');
    const poiju = byId.get('2f1c6a4e-0000-4000-8000-000000000006');
    assert.equal(poiju?.addresses?.[0]?.latitude, undefined, 'degrees given as metres are left out, the address kept');
    assert.deepEqual(
      poiju?.areas?.map((a) => `${a.type}:${a.code}`),
      ['Region:06', 'Municipality:536'],
    );
  });

  test('with forms from the caller an EChannel converts too; without a kind nothing does', () => {
    const withForms = fromPtvServiceChannels(fixture(), { kind: 'authority', forms: ['chat'] });
    const e = withForms.providers.find((p) => p.id.endsWith('03'));
    assert.deepEqual(e?.supportForms, ['chat']);
    assert.deepEqual(e?.emails, [{ value: 'kaari@example.fi' }]);
    const noKind = fromPtvServiceChannels(fixture());
    assert.equal(noKind.providers.length, 0);
    assert.ok(noKind.problems.some((p) => p.path === '(kind)'));
  });

  test('a plain array and a single channel are read too; garbage is a clear problem', () => {
    const items = (fixture() as { itemList: unknown[] }).itemList;
    assert.equal(fromPtvServiceChannels(items, { kind: 'library' }).providers.length, 3);
    assert.equal(fromPtvServiceChannels(items[0], { kind: 'library' }).providers.length, 1);
    for (const junk of [null, 42, 'x', { hello: 1 }]) {
      const r = fromPtvServiceChannels(junk);
      assert.equal(r.providers.length, 0);
      assert.match(r.problems[0]?.message ?? '', /expected PTV service channels/);
    }
  });

  test('the output is valid provider data', () => {
    const again = loadProviders(JSON.parse(JSON.stringify(providers)), { warn: false });
    assert.equal(again.providers.length, providers.length);
    assert.deepEqual(again.problems, []);
  });
});

describe('auta-ptv CLI', () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--conditions=@auta/source', '--import', 'tsx', CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });

  test('converts a fixture file end to end, with a problems report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'auta-ptv-'));
    const problemsFile = join(dir, 'problems.json');
    const r = run([FIXTURE, '--kind', 'library', '--problems', problemsFile]);
    assert.equal(r.status, 0, r.stderr);
    const providers = JSON.parse(r.stdout) as Array<{ id: string }>;
    assert.deepEqual(
      providers.map((p) => p.id.slice(-2)),
      ['01', '02', '06'],
    );
    assert.match(r.stderr, /3 provider\(s\) converted, 4 channel\(s\) skipped/);
    const problems = JSON.parse(readFileSync(problemsFile, 'utf8')) as Array<{ path: string }>;
    assert.ok(problems.some((p) => p.path === 'favouriteColour'));
    assert.equal(loadProviders(providers, { warn: false }).providers.length, 3);
  });

  test('reads standard input and writes --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'auta-ptv-')), 'providers.json');
    const r = run(['--kind', 'service-point', '--forms', 'chat', '--free', '--out', out], readFileSync(FIXTURE, 'utf8'));
    assert.equal(r.status, 0, r.stderr);
    const providers = JSON.parse(readFileSync(out, 'utf8')) as Array<{ free: boolean; kind: string }>;
    assert.equal(providers.length, 4);
    assert.ok(providers.every((p) => p.free && p.kind === 'service-point'));
  });

  test('--help, wrong usage and unusable input have their own exit codes', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: auta-ptv/);
    assert.equal(run(['--kind', 'castle']).status, 2);
    assert.equal(run(['--colour']).status, 2);
    const bad = run(['--kind', 'library'], '{ not json');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /not valid JSON/);
    assert.equal(run(['/no/such/file.json', '--kind', 'library']).status, 1);
    assert.equal(run(['--kind', 'library'], '[]').status, 1, 'nothing converted');
  });
});
