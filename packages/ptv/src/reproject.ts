import proj4, { type Converter } from 'proj4';

/**
 * ETRS-TM35FIN (EPSG:3067), the projection PTV gives coordinates in: UTM zone 35 on GRS80,
 * with ETRS89 taken as equal to WGS84 (they differ by well under a metre in Finland,
 * less than the precision of an address point).
 */
export const EPSG_3067 = '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

let converter: Converter | undefined;

/**
 * PTV's coordinate strings (`latitude` is the northing, `longitude` the easting, in metres)
 * to WGS84 degrees. Returns `undefined` for anything that is not a pair of numbers.
 */
export function tm35finToWgs84(northing: unknown, easting: unknown): { latitude: number; longitude: number } | undefined {
  const n = typeof northing === 'number' ? northing : typeof northing === 'string' && northing.trim() !== '' ? Number(northing) : NaN;
  const e = typeof easting === 'number' ? easting : typeof easting === 'string' && easting.trim() !== '' ? Number(easting) : NaN;
  if (!Number.isFinite(n) || !Number.isFinite(e)) return undefined;
  converter ??= proj4(EPSG_3067, WGS84);
  const [longitude, latitude] = converter.forward([e, n]) as [number, number];
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  // Six decimals is about 0.1 m: more would only pretend to precision.
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}
