import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceKm } from '@auta/provider-finder/data.js';
import { tm35finToWgs84 } from '@auta/ptv';

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
