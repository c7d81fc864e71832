/**
 * PTV's `areaType` and `areas` → the provider's `areaType` and `areas`.
 *
 * Real answers (v8–v11, e.g. City-of-Helsinki/smbackend ptv/tests/test_data/
 * municipality_channels.json) give a municipality area as
 * `{ type: "Municipality", code: null, name: null, municipalities: [{ code, name }] }`:
 * the codes are in `municipalities`, not in `code`. Regions, business regions, hospital
 * regions and wellbeing services counties carry their own code and name and list their
 * municipalities too. Every municipality listed becomes a `Municipality` area, because the
 * finder's municipality and region filters read those.
 */
import { AREA_TYPES, MUNICIPALITY_REGION, REGION_CODES, type AreaKind, type AreaType } from '@auta/provider-finder/data.js';
import type { MapContext } from './context.js';
import { isObject, list, localized, own, type Json } from './json.js';

/** Area types by every name PTV has used for them (v11 names and the older v7–v8 ones). */
const AREA_KIND: Readonly<Record<string, AreaKind>> = {
  Municipality: 'Municipality',
  Region: 'Region',
  Province: 'Region',
  BusinessSubRegion: 'BusinessSubRegion',
  BusinessRegions: 'BusinessSubRegion',
  HospitalDistrict: 'HospitalDistrict',
  HospitalRegions: 'HospitalDistrict',
  WellbeingServiceCounty: 'WellbeingServicesCounty',
  WellbeingServiceCounties: 'WellbeingServicesCounty',
  WellbeingServicesCounty: 'WellbeingServicesCounty',
  WellbeingServicesCounties: 'WellbeingServicesCounty',
};

/** `areaType` by every name PTV has used (v7–v8 said WholeCountry … AreaType). */
const AREA_TYPE: Readonly<Record<string, AreaType>> = {
  Nationwide: 'Nationwide',
  NationwideExceptAlandIslands: 'NationwideExceptAlandIslands',
  LimitedType: 'LimitedType',
  WholeCountry: 'Nationwide',
  WholeCountryExceptAlandIslands: 'NationwideExceptAlandIslands',
  AreaType: 'LimitedType',
};

/** A municipality code as the classification writes it (three digits), if PTV's is one. */
export function municipalityCode(code: unknown): string | undefined {
  const c = typeof code === 'number' ? String(code) : typeof code === 'string' ? code.trim() : '';
  if (!/^\d{1,3}$/.test(c)) return undefined;
  const padded = c.padStart(3, '0');
  return MUNICIPALITY_REGION[padded] ? padded : undefined;
}

export interface MappedAreas {
  areaType: AreaType;
  areas: Json[];
}

export function mapAreas(item: Json, ctx: MapContext, hasAddress: boolean): MappedAreas {
  const { ledger } = ctx;
  const raw = own(item, 'areaType');
  ledger.use('areaType');
  const areas: Json[] = [];
  const municipalities = new Set<string>();
  const addMunicipality = (m: unknown, path: string): void => {
    if (!isObject(m)) return ctx.problem(path, 'area', 'not an object; left out');
    const code = municipalityCode(own(m, 'code'));
    if (!code) return ctx.problem(`${path}.code`, 'area-code', `${JSON.stringify(own(m, 'code') ?? null).slice(0, 20)} is not a municipality code of the current classification; left out`);
    ledger.use(`${path}.code`, `${path}.name`);
    if (municipalities.has(code)) return;
    municipalities.add(code);
    const name = localized(own(m, 'name'));
    areas.push({ type: 'Municipality', code, ...(name ? { name } : {}) });
  };

  list(own(item, 'areas')).forEach((a, i) => {
    const path = `areas[${i}]`;
    if (!isObject(a)) return ctx.problem(path, 'area', 'not an object; left out');
    const kind = AREA_KIND[String(own(a, 'type'))];
    if (!kind) return ctx.problem(path, 'area-type', `area type ${JSON.stringify(own(a, 'type') ?? null).slice(0, 40)} is not known; the area is left out`);
    ledger.use(`${path}.type`);
    const code = own(a, 'code');
    if (kind === 'Municipality') {
      // Older answers put the code on the area itself; newer ones only in `municipalities`.
      if (code !== null && code !== undefined) addMunicipality({ code, name: own(a, 'name') }, path);
      else ledger.use(`${path}.code`, `${path}.name`);
    } else if (typeof code === 'string' && code.trim()) {
      const c = code.trim();
      if (kind === 'Region' && !REGION_CODES.includes(c)) {
        ctx.problem(`${path}.code`, 'area-code', `region code ${c.slice(0, 10)} is not one of Statistics Finland's 01–21; the region is left out, its municipalities kept`);
      } else {
        const name = localized(own(a, 'name'));
        areas.push({ type: kind, code: c, ...(name ? { name } : {}) });
        ledger.use(`${path}.code`, `${path}.name`);
      }
    } else ctx.problem(`${path}.code`, 'area-code', `a ${kind} area without a code; its municipalities are kept`);
    list(own(a, 'municipalities')).forEach((m, j) => addMunicipality(m, `${path}.municipalities[${j}]`));
  });

  let areaType = typeof raw === 'string' ? AREA_TYPE[raw] : undefined;
  if (!areaType) {
    // `areaType: null` is what PTV sends when the organisation set no area; with areas
    // listed the meaning is plain, without them the channel is found by its address only.
    if (raw !== null && raw !== undefined) ctx.problem('areaType', 'area-type', `${JSON.stringify(raw).slice(0, 40)} is not an area type (${AREA_TYPES.join(', ')}); LimitedType used`);
    else if (!areas.length && !hasAddress) ctx.problem('areaType', 'no-area', 'no area type, no areas and no address: the finder finds this channel only by its name and text');
    areaType = 'LimitedType';
  }
  if (areas.length > 400) {
    ctx.problem('areas', 'area', `${areas.length} areas; the first 400 kept`);
    areas.length = 400;
  }
  return { areaType, areas };
}
