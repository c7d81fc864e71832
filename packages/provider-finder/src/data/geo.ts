import type { LocalizedText } from '@auta/core';
import { REGION_TABLE } from './municipality-regions.js';

/**
 * A box around Finland (WGS84 degrees), a little wider than the land and sea borders:
 * Bogskär 59.5° N, Nuorgam 70.1° N, Märket 19.1° E, Virmajärvi 31.6° E. A coordinate
 * outside it is a mistake in the data (swapped latitude and longitude, or unprojected
 * ETRS-TM35FIN metres), not a place in Finland.
 */
export const FINLAND_BOUNDS = { south: 59.3, north: 70.2, west: 19.0, east: 31.7 } as const;

/**
 * Finland's regions (maakunta) by Statistics Finland's code. Codes 03 and 20 are no longer
 * in use (merged into 02 and 01).
 */
export const REGIONS: Readonly<Record<string, LocalizedText>> = Object.freeze({
  '01': { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' },
  '02': { fi: 'Varsinais-Suomi', sv: 'Egentliga Finland', en: 'Southwest Finland' },
  '04': { fi: 'Satakunta', sv: 'Satakunta', en: 'Satakunta' },
  '05': { fi: 'Kanta-Häme', sv: 'Egentliga Tavastland', en: 'Kanta-Häme' },
  '06': { fi: 'Pirkanmaa', sv: 'Birkaland', en: 'Pirkanmaa' },
  '07': { fi: 'Päijät-Häme', sv: 'Päijänne-Tavastland', en: 'Päijät-Häme' },
  '08': { fi: 'Kymenlaakso', sv: 'Kymmenedalen', en: 'Kymenlaakso' },
  '09': { fi: 'Etelä-Karjala', sv: 'Södra Karelen', en: 'South Karelia' },
  '10': { fi: 'Etelä-Savo', sv: 'Södra Savolax', en: 'South Savo' },
  '11': { fi: 'Pohjois-Savo', sv: 'Norra Savolax', en: 'North Savo' },
  '12': { fi: 'Pohjois-Karjala', sv: 'Norra Karelen', en: 'North Karelia' },
  '13': { fi: 'Keski-Suomi', sv: 'Mellersta Finland', en: 'Central Finland' },
  '14': { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten', en: 'South Ostrobothnia' },
  '15': { fi: 'Pohjanmaa', sv: 'Österbotten', en: 'Ostrobothnia' },
  '16': { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten', en: 'Central Ostrobothnia' },
  '17': { fi: 'Pohjois-Pohjanmaa', sv: 'Norra Österbotten', en: 'North Ostrobothnia' },
  '18': { fi: 'Kainuu', sv: 'Kajanaland', en: 'Kainuu' },
  '19': { fi: 'Lappi', sv: 'Lappland', en: 'Lapland' },
  '21': { fi: 'Ahvenanmaa', sv: 'Åland', en: 'Åland' },
});
export const REGION_CODES = Object.freeze(Object.keys(REGIONS));

// Sorted: Object.keys puts the integer-like keys ("10" … "21") before "01" … "09".
const REGION_ORDER = [...REGION_CODES].sort();

/**
 * The region of a municipality, for the region filter: a provider whose address is in
 * the municipality is in its region. Every municipality of Statistics Finland's current
 * classification (see `municipality-regions.ts`).
 */
export const MUNICIPALITY_REGION: Readonly<Record<string, string>> = {};
for (let i = 0, code = 0; i < REGION_TABLE.length; i += 2) {
  code += REGION_TABLE.charCodeAt(i) - 40;
  (MUNICIPALITY_REGION as Record<string, string>)[String(code).padStart(3, '0')] = REGION_ORDER[REGION_TABLE.charCodeAt(i + 1) - 97]!;
}
Object.freeze(MUNICIPALITY_REGION);

export const EARTH_RADIUS_KM = 6371.0088;
export const RAD = Math.PI / 180;

/**
 * Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km, the
 * IUGG value). Accurate to about 0.5 % against the ellipsoid, plenty for "nearest first".
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** True when the point is inside `FINLAND_BOUNDS`. */
export function inFinland(lat: number, lon: number): boolean {
  return lat >= FINLAND_BOUNDS.south && lat <= FINLAND_BOUNDS.north && lon >= FINLAND_BOUNDS.west && lon <= FINLAND_BOUNDS.east;
}
