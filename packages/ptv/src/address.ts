/**
 * PTV addresses (v8–v11) read once into one shape that both mappings use: the finder's
 * provider addresses and the notice's visiting and postal addresses.
 *
 * Shapes seen in real answers: `type` Location (v11) or Visiting (v8) or Postal; `subType`
 * Single / Street, PostOfficeBox, Abroad / Foreign, Other / NoAddress; `streetAddress`
 * with `municipality: null` when PTV could not place it; coordinates as ETRS-TM35FIN
 * strings with `coordinateState` (Ok, NotReceived, EmptyInputReceived,
 * MultipleResultsReceived, WrongFormatReceived) and `"0"` when geocoding gave nothing.
 */
import { inFinland } from '@auta/provider-finder/data.js';
import { municipalityCode } from './areas.js';
import type { MapContext } from './context.js';
import { isObject, list, localized, own, str, type Json } from './json.js';
import { tm35finToWgs84 } from './reproject.js';

export interface ReadAddress {
  path: string;
  /** The path of the object holding the fields (`….streetAddress`, `….postOfficeBoxAddress`). */
  holderPath?: string;
  type: 'Location' | 'Postal';
  /** `street`, `box` (post-office box), `abroad` or `other` (a description and maybe a point). */
  form: 'street' | 'box' | 'abroad' | 'other';
  street?: Record<string, string>;
  streetNumber?: string;
  postOfficeBox?: string;
  postalCode?: string;
  postOffice?: Record<string, string>;
  municipality?: { code: string; name?: Record<string, string> };
  additionalInformation?: Record<string, string>;
  point?: { latitude: number; longitude: number };
  /** Accessibility sentences of the entrances, grouped as PTV groups them. */
  accessibility: Array<{ group?: Record<string, string>; sentences: Array<Record<string, string>> }>;
}

const TYPES: Readonly<Record<string, 'Location' | 'Postal'>> = { Location: 'Location', Visiting: 'Location', Postal: 'Postal' };
const FORMS: Readonly<Record<string, ReadAddress['form']>> = {
  Single: 'street',
  Street: 'street',
  PostOfficeBox: 'box',
  Abroad: 'abroad',
  Foreign: 'abroad',
  Other: 'other',
  NoAddress: 'other',
};

/**
 * A post office as people write it. PTV passes on Posti's postal-code register, which writes
 * post offices in envelope capitals ("HELSINKI", "JYVÄSKYLÄ", "MALAX"); an address shows
 * "Helsinki". A name in capitals is written in lower case with a capital first letter and one
 * after each hyphen, as compound place names are ("Koivukylä-Havukoski" style); after a space
 * the next word stays in lower case, as in Posti's own names for large organisations
 * ("00014 Helsingin yliopisto"); a word without vowels is an abbreviation and stays ("VTT").
 * A name that already has lower-case letters is the author's own and is kept as it is.
 */
export function postOfficeName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .split(' ')
    .map((word, i) =>
      /[AEIOUYÅÄÖ]/.test(word)
        ? word
            .toLowerCase()
            .split('-')
            .map((part, j) => (i === 0 || j > 0 ? part.charAt(0).toUpperCase() + part.slice(1) : part))
            .join('-')
        : word,
    )
    .join(' ');
}

/** The point of an address, or a problem saying why there is none. */
function readPoint(holder: Json, path: string, ctx: MapContext): ReadAddress['point'] {
  const lat = own(holder, 'latitude');
  const lon = own(holder, 'longitude');
  const state = own(holder, 'coordinateState');
  ctx.ledger.use(`${path}.coordinateState`);
  // Latitude and longitude go together: a problem named at the latitude covers both.
  const none = (message: string): undefined => {
    ctx.problem(`${path}.latitude`, 'coordinates', message, [`${path}.longitude`]);
    return undefined;
  };
  const blank = (x: unknown) => x === undefined || x === null || x === '';
  if (typeof state === 'string' && state.toLowerCase() !== 'ok') {
    return none(`PTV's geocoding says ${state.slice(0, 40)}: no map point for this address; distance sorting will not find it`);
  }
  if (blank(lat) && blank(lon)) return none('no coordinates: distance sorting will not find this address');
  if (Number(lat) === 0 || Number(lon) === 0) return none('coordinates "0": PTV had no point for this address; left out');
  const point = tm35finToWgs84(lat, lon);
  if (!point) return none(`coordinates ${JSON.stringify([lat, lon]).slice(0, 60)} are not ETRS-TM35FIN metres; left out`);
  if (!inFinland(point.latitude, point.longitude)) {
    return none(`coordinates ${JSON.stringify([lat, lon]).slice(0, 60)} fall outside Finland once read as ETRS-TM35FIN metres (degrees given?); left out`);
  }
  ctx.ledger.use(`${path}.latitude`, `${path}.longitude`);
  return point;
}

function readEntrances(a: Json, path: string, ctx: MapContext): ReadAddress['accessibility'] {
  const groups: ReadAddress['accessibility'] = [];
  list(own(a, 'entrances')).forEach((e, i) => {
    const at = `${path}.entrances[${i}]`;
    if (!isObject(e)) return;
    ctx.ledger.leave(`${at}.isMainEntrance`, 'the finder keeps one point per address');
    ctx.ledger.leave(`${at}.coordinates`, 'the finder keeps one point per address');
    list(own(e, 'accessibilitySentences')).forEach((g, j) => {
      const gat = `${at}.accessibilitySentences[${j}]`;
      if (!isObject(g)) return;
      const sentences = list(own(g, 'sentences'))
        .map((s) => (isObject(s) ? localized(own(s, 'sentence')) : undefined))
        .filter((s): s is Record<string, string> => s !== undefined);
      const group = localized(own(g, 'sentenceGroup'));
      if (sentences.length) groups.push({ ...(group ? { group } : {}), sentences });
      ctx.ledger.use(gat);
    });
  });
  return groups;
}

/** Reads one address; `undefined` (with a problem) when it is not an address at all. */
export function readAddress(a: unknown, path: string, ctx: MapContext): ReadAddress | undefined {
  if (!isObject(a)) {
    ctx.problem(path, 'address', 'not an object; left out');
    return undefined;
  }
  const type = TYPES[String(own(a, 'type'))] ?? (own(a, 'type') === undefined ? 'Location' : undefined);
  if (!type) {
    ctx.problem(path, 'address', `address type ${JSON.stringify(own(a, 'type')).slice(0, 30)} is not Location, Visiting or Postal; left out`);
    return undefined;
  }
  const streetAddress = own(a, 'streetAddress');
  const box = own(a, 'postOfficeBoxAddress');
  const other = own(a, 'otherAddress');
  const subType = own(a, 'subType');
  const form = FORMS[String(subType)] ?? (isObject(streetAddress) ? 'street' : isObject(box) ? 'box' : isObject(other) ? 'other' : 'abroad');
  ctx.ledger.use(`${path}.type`, `${path}.subType`);
  const country = own(a, 'country');
  if (typeof country === 'string' && country !== 'FI' && form !== 'abroad') ctx.problem(`${path}.country`, 'address', `country ${country.slice(0, 5)}: not an address in Finland`);
  else ctx.ledger.use(`${path}.country`);
  const out: ReadAddress = { path, type, form, accessibility: readEntrances(a, path, ctx) };

  const holderKey = form === 'street' ? 'streetAddress' : form === 'box' ? 'postOfficeBoxAddress' : form === 'other' ? 'otherAddress' : undefined;
  const holder = holderKey ? own(a, holderKey) : undefined;
  if (form === 'abroad') {
    out.additionalInformation = localized(own(a, 'locationAbroad')) ?? localized(own(a, 'foreignAddress'));
    ctx.ledger.use(`${path}.locationAbroad`, `${path}.foreignAddress`);
    return out;
  }
  if (!isObject(holder)) {
    ctx.problem(path, 'address', `a ${String(subType)} address without ${holderKey}; left out`);
    return undefined;
  }
  const hp = `${path}.${holderKey}`;
  out.holderPath = hp;
  out.additionalInformation = localized(own(holder, 'additionalInformation'));
  ctx.ledger.use(`${hp}.additionalInformation`);
  if (form === 'other') {
    out.point = readPoint(holder, hp, ctx);
    return out;
  }
  out.street = localized(own(holder, 'street'));
  out.streetNumber = str(own(holder, 'streetNumber'));
  out.postOfficeBox = localized(own(holder, 'postOfficeBox'))?.fi ?? Object.values(localized(own(holder, 'postOfficeBox')) ?? {})[0];
  const postal = str(own(holder, 'postalCode'));
  if (postal && /^\d{5}$/.test(postal)) out.postalCode = postal;
  else if (postal) ctx.problem(`${hp}.postalCode`, 'address', `${postal.slice(0, 12)} is not a postal code of five digits`);
  const postOffice = localized(own(holder, 'postOffice'));
  if (postOffice) out.postOffice = Object.fromEntries(Object.entries(postOffice).map(([lang, name]) => [lang, postOfficeName(name)]));
  ctx.ledger.use(`${hp}.street`, `${hp}.streetNumber`, `${hp}.postOfficeBox`, `${hp}.postOffice`);
  if (out.postalCode) ctx.ledger.use(`${hp}.postalCode`);
  const m = own(holder, 'municipality');
  if (isObject(m)) {
    const code = municipalityCode(own(m, 'code'));
    if (code) {
      const name = localized(own(m, 'name'));
      out.municipality = { code, ...(name ? { name } : {}) };
      ctx.ledger.use(`${hp}.municipality`);
    } else ctx.problem(`${hp}.municipality.code`, 'municipality', `${JSON.stringify(own(m, 'code') ?? null).slice(0, 20)} is not a municipality code of the current classification; the address is kept without it`);
  } else {
    // A real case: PTV sends `municipality: null` for addresses its register could not
    // place. The street, postal code and point still find the place; only the municipality
    // filter will not.
    ctx.problem(`${hp}.municipality`, 'municipality', 'PTV gives no municipality for this address; the address and its point are kept, the municipality filter will not find it by address');
  }
  if (form === 'street') out.point = readPoint(holder, hp, ctx);
  else ctx.ledger.leave(`${hp}.latitude`, 'a post-office box has no place on a map');
  return out;
}
