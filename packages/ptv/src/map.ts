/**
 * PTV (Finnish Service Catalogue) open API service channels → Auta providers.
 *
 * Source shape: the open API's `ServiceChannel` (v11), as a paged answer
 * (`{ pageNumber, pageSize, pageCount, itemList }`), a plain array, or one channel. What PTV
 * does not say is not guessed: a provider's kind (PTV has none), forms of support for web
 * channels, and cost come from options, and anything missing or unknown is reported.
 */
import {
  AREA_KINDS,
  PROVIDER_KINDS,
  SUPPORT_FORMS,
  inFinland,
  loadProviders,
  type AreaKind,
  type Provider,
  type ProviderKind,
  type ProviderProblem,
  type SupportForm,
} from '@auta/provider-finder/data.js';
import { tm35finToWgs84 } from './reproject.js';

export interface PtvMappingOptions {
  /** The kind of every provider converted (PTV has no such field), e.g. `library`. */
  kind?: ProviderKind;
  /** Kinds by PTV channel id, for exports that mix kinds; wins over `kind`. */
  kinds?: Readonly<Record<string, ProviderKind>>;
  /**
   * Forms of support added to every provider. Without them a `ServiceLocation` gives
   * `service-point` and a `Phone` channel `phone`; web channels give none.
   */
  forms?: readonly SupportForm[];
  /** Set `free` on every provider (PTV channels do not say what the help costs). */
  free?: boolean;
  /** Convert channels that are not `Published` too. Default false. */
  includeUnpublished?: boolean;
  /** Written as `sample: true` (for fixtures and demos). */
  sample?: boolean;
}

export interface PtvResult {
  providers: Provider[];
  /** `index` is the channel's position in the input; `path` is in PTV's terms. */
  problems: ProviderProblem[];
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const own = (o: Json, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** The channel fields read (mapped) or knowingly left out; anything else is reported. */
const KNOWN_FIELDS = new Set([
  'id', 'sourceId', 'organizationId', 'serviceChannelType', 'serviceChannelNames', 'serviceChannelDescriptions', 'areaType', 'areas',
  'languages', 'webPages', 'webPage', 'serviceHours', 'phoneNumbers', 'supportPhones', 'emails', 'supportEmails', 'addresses',
  'publishingStatus', 'modified', 'displayNameType', 'services', 'isVisibleForAll', 'organizationName', 'accessibilityClassification',
  'requiresAuthentication', 'attachments', 'channelUrls', 'formIdentifier', 'deliveryAddresses', 'signatureQuantity', 'isOnlineAuthenticationRequired',
  'isOnlineSignatureRequired', 'serviceCollections', 'digitalAuthorizations', 'accessibilityStatementWebPageName', 'accessibilityStatementWebPage',
  'wcagLevel', 'accessibilityClassificationLevel', 'ontologyTerms', 'isUsed', 'serviceChannelServices',
]);

const AREA_TYPE_NAMES: Record<string, AreaKind> = {
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
};

/** `[{ language, value }]` → `{ fi: …, sv: … }`; empty values left out. */
function localized(items: unknown, type?: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const item of list(items)) {
    if (!isObject(item)) continue;
    const lang = own(item, 'language');
    const value = own(item, 'value');
    if (type && own(item, 'type') !== undefined && own(item, 'type') !== type) continue;
    if (typeof lang !== 'string' || !/^[a-z]{2,3}$/.test(lang) || typeof value !== 'string' || value.trim() === '') continue;
    out[lang] ??= value.trim();
  }
  return Object.keys(out).length ? out : undefined;
}

function channels(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(own(json, 'itemList'))) return own(json, 'itemList') as unknown[];
  if (isObject(json) && typeof own(json, 'serviceChannelType') === 'string') return [json];
  return undefined;
}

/** Converts a PTV export to providers, reporting every record and field that could not be mapped. */
export function fromPtvServiceChannels(json: unknown, options: PtvMappingOptions = {}): PtvResult {
  const problems: ProviderProblem[] = [];
  const items = channels(json);
  if (!items) {
    problems.push({ index: -1, path: '', message: 'expected PTV service channels: a list, one channel, or a paged answer with itemList', effect: 'record' });
    return { providers: [], problems };
  }
  const mapped: Array<{ index: number; record: Json }> = [];
  items.forEach((item, index) => {
    const record = mapChannel(item, index, options, problems);
    if (record) mapped.push({ index, record });
  });
  // Our own schema has the last word; its problems are renumbered to the PTV positions.
  const checked = loadProviders(
    mapped.map((m) => m.record),
    { warn: false },
  );
  for (const p of checked.problems) {
    const index = p.index >= 0 ? (mapped[p.index]?.index ?? p.index) : -1;
    problems.push({ ...p, index, path: p.path ? `(converted) ${p.path}` : '' });
  }
  return { providers: checked.providers, problems };
}

function mapChannel(item: unknown, index: number, options: PtvMappingOptions, problems: ProviderProblem[]): Json | undefined {
  if (!isObject(item)) {
    problems.push({ index, path: '', message: 'a service channel must be an object', effect: 'record' });
    return undefined;
  }
  const rawId = own(item, 'id');
  const id = typeof rawId === 'string' && rawId.trim() !== '' ? rawId.trim() : undefined;
  const report = (path: string, message: string, effect: 'record' | 'field' = 'field'): void => {
    problems.push({ index, ...(id ? { id } : {}), path, message, effect });
  };
  const skip = (path: string, message: string) => {
    report(path, message, 'record');
    return undefined;
  };

  for (const key of Object.keys(item)) if (!KNOWN_FIELDS.has(key)) report(key.slice(0, 60), 'unknown PTV field, not converted');
  if (!id) return skip('id', 'missing channel id');
  const status = own(item, 'publishingStatus');
  if (status !== undefined && status !== 'Published' && !options.includeUnpublished) return skip('publishingStatus', `not published (${String(status).slice(0, 30)})`);
  const type = own(item, 'serviceChannelType');
  if (type !== 'ServiceLocation' && type !== 'Phone' && type !== 'EChannel' && type !== 'WebPage') {
    return skip('serviceChannelType', `${JSON.stringify(type ?? null).slice(0, 40)} is not converted (ServiceLocation, Phone, EChannel and WebPage are)`);
  }

  const name = localized(own(item, 'serviceChannelNames'), 'Name') ?? localized(own(item, 'serviceChannelNames'));
  if (!name) return skip('serviceChannelNames', 'no name in any language');
  const description = localized(own(item, 'serviceChannelDescriptions'), 'Summary') ?? localized(own(item, 'serviceChannelDescriptions'), 'Description');
  if (!description) report('serviceChannelDescriptions', 'no summary or description');

  const kind = options.kinds?.[id] ?? options.kind;
  if (!kind || !PROVIDER_KINDS.includes(kind)) return skip('(kind)', 'PTV does not say what kind of provider this is: give a kind (CLI --kind)');

  const forms = new Set<SupportForm>(options.forms?.filter((f) => SUPPORT_FORMS.includes(f)));
  if (type === 'ServiceLocation') forms.add('service-point');
  if (type === 'Phone') forms.add('phone');
  if (forms.size === 0) return skip('serviceChannelType', `a ${type} channel says nothing about the form of support: give forms (CLI --forms)`);

  const languages = list(own(item, 'languages')).filter((l): l is string => typeof l === 'string' && /^[a-z]{2,3}$/.test(l));
  if (languages.length === 0) return skip('languages', 'no languages');

  const out: Json = { id, name, kind, supportForms: [...forms], languages: [...new Set(languages)] };
  if (description) out.description = description;

  const areaType = own(item, 'areaType');
  if (areaType === 'Nationwide' || areaType === 'NationwideExceptAlandIslands' || areaType === 'LimitedType') out.areaType = areaType;
  else {
    report('areaType', `${JSON.stringify(areaType ?? null).slice(0, 40)} is not an area type; LimitedType used`);
    out.areaType = 'LimitedType';
  }
  const areas: Json[] = [];
  list(own(item, 'areas')).forEach((a, i) => {
    if (!isObject(a)) return report(`areas[${i}]`, 'not an object');
    const kindOfArea = AREA_TYPE_NAMES[String(own(a, 'type'))];
    const code = own(a, 'code');
    if (!kindOfArea || !AREA_KINDS.includes(kindOfArea)) return report(`areas[${i}].type`, `unknown area type ${JSON.stringify(own(a, 'type') ?? null).slice(0, 40)}`);
    if (typeof code !== 'string') return report(`areas[${i}].code`, 'missing area code');
    const areaName = localized(own(a, 'name'));
    areas.push({ type: kindOfArea, code, ...(areaName ? { name: areaName } : {}) });
    // A region or county lists its municipalities too: keep them, they are what people filter by.
    list(own(a, 'municipalities')).forEach((m) => {
      if (!isObject(m) || typeof own(m, 'code') !== 'string') return;
      const mName = localized(own(m, 'name'));
      areas.push({ type: 'Municipality', code: own(m, 'code'), ...(mName ? { name: mName } : {}) });
    });
  });
  if (areas.length) out.areas = areas;

  const addresses: Json[] = [];
  const accessibility: Record<string, string[]> = {};
  list(own(item, 'addresses')).forEach((a, i) => {
    const path = `addresses[${i}]`;
    if (!isObject(a)) return report(path, 'not an object');
    const addressType = own(a, 'type');
    if (addressType !== 'Location' && addressType !== 'Postal') return report(`${path}.type`, `address type ${JSON.stringify(addressType ?? null).slice(0, 30)} is not converted`);
    for (const entrance of list(own(a, 'entrances'))) {
      if (!isObject(entrance)) continue;
      for (const group of list(own(entrance, 'accessibilitySentences'))) {
        if (!isObject(group)) continue;
        for (const s of list(own(group, 'sentences'))) {
          const text = isObject(s) ? localized(own(s, 'sentence')) : undefined;
          for (const [lang, value] of Object.entries(text ?? {})) (accessibility[lang] ??= []).push(value);
        }
      }
    }
    const street = own(a, 'streetAddress');
    if (!isObject(street)) {
      const subType = own(a, 'subType');
      return report(path, `${subType === 'PostOfficeBox' ? 'post office box' : subType === 'Abroad' ? 'address abroad' : 'address without streetAddress'} is not converted`);
    }
    const municipality = own(street, 'municipality');
    const address: Json = {
      type: addressType,
      street: localized(own(street, 'street')),
      postalCode: own(street, 'postalCode'),
      postOffice: localized(own(street, 'postOffice')),
      municipality: isObject(municipality) ? { code: own(municipality, 'code'), name: localized(own(municipality, 'name')) } : undefined,
    };
    const number = own(street, 'streetNumber');
    if (typeof number === 'string' && number.trim()) address.streetNumber = number.trim();
    const info = localized(own(street, 'additionalInformation'));
    if (info) address.additionalInformation = info;
    const lat = own(street, 'latitude');
    const lon = own(street, 'longitude');
    if (lat !== undefined || lon !== undefined) {
      const point = tm35finToWgs84(lat, lon);
      if (point && inFinland(point.latitude, point.longitude)) Object.assign(address, point);
      else if (point) report(`${path}.streetAddress.latitude`, `coordinates ${JSON.stringify([lat, lon]).slice(0, 60)} fall outside Finland once read as ETRS-TM35FIN metres (degrees given?); left out`);
      else report(`${path}.streetAddress.latitude`, `coordinates ${JSON.stringify([lat, lon]).slice(0, 60)} are not ETRS-TM35FIN metres; left out`);
    } else report(`${path}.streetAddress.latitude`, 'no coordinates: distance sorting will not find this address');
    for (const key of ['street', 'postalCode', 'postOffice', 'municipality'] as const) {
      if (address[key] === undefined) report(`${path}.streetAddress.${key}`, 'missing');
    }
    addresses.push(address);
  });
  if (addresses.length) out.addresses = addresses;
  const sentences = Object.fromEntries(Object.entries(accessibility).map(([lang, texts]) => [lang, texts.join(' ').slice(0, 5000)]));
  if (Object.keys(sentences).length) out.accessibility = { description: sentences };

  const hours: Json[] = [];
  list(own(item, 'serviceHours')).forEach((h, i) => {
    if (!isObject(h)) return report(`serviceHours[${i}]`, 'not an object');
    const entry: Json = { serviceHourType: own(h, 'serviceHourType') };
    for (const key of ['validFrom', 'validTo'] as const) if (typeof own(h, key) === 'string') entry[key] = own(h, key);
    for (const key of ['isClosed', 'isAlwaysOpen', 'isReservation'] as const) if (typeof own(h, key) === 'boolean') entry[key] = own(h, key);
    const info = localized(own(h, 'additionalInformation'));
    if (info) entry.additionalInformation = info;
    const opening = list(own(h, 'openingHour'))
      .filter(isObject)
      .map((o) => ({ dayFrom: own(o, 'dayFrom'), ...(own(o, 'dayTo') ? { dayTo: own(o, 'dayTo') } : {}), from: own(o, 'from'), to: own(o, 'to') }));
    if (opening.length) entry.openingHour = opening;
    hours.push(entry);
  });
  if (hours.length) out.serviceHours = hours;

  // PTV repeats a number once per language; merge them into one with text in each language.
  const phones = new Map<string, Json>();
  list(own(item, 'phoneNumbers')).forEach((p, i) => {
    if (!isObject(p)) return report(`phoneNumbers[${i}]`, 'not an object');
    const phoneType = own(p, 'type');
    if (phoneType !== undefined && phoneType !== 'Phone') return report(`phoneNumbers[${i}].type`, `${String(phoneType).slice(0, 20)} numbers are not converted`);
    const number = own(p, 'number');
    if (typeof number !== 'string' || !number.trim()) return report(`phoneNumbers[${i}].number`, 'missing');
    const prefix = own(p, 'prefixNumber');
    const key = `${typeof prefix === 'string' ? prefix : ''} ${number.trim()}`;
    const lang = typeof own(p, 'language') === 'string' ? (own(p, 'language') as string) : 'fi';
    const entry = phones.get(key) ?? {
      number: number.trim(),
      ...(typeof prefix === 'string' && prefix ? { prefixNumber: prefix } : {}),
      serviceChargeType: own(p, 'serviceChargeType'),
    };
    for (const field of ['chargeDescription', 'additionalInformation'] as const) {
      const text = own(p, field);
      if (typeof text === 'string' && text.trim()) entry[field] = { ...((entry[field] as object) ?? {}), [lang]: text.trim() };
    }
    phones.set(key, entry);
  });
  if (phones.size) out.phoneNumbers = [...phones.values()];

  const emails = new Set<string>();
  for (const field of ['emails', 'supportEmails'] as const) {
    for (const e of list(own(item, field))) if (isObject(e) && typeof own(e, 'value') === 'string') emails.add((own(e, 'value') as string).trim());
  }
  if (emails.size) out.emails = [...emails].map((value) => ({ value }));

  const pages = new Map<string, Json>();
  for (const field of ['webPages', 'webPage'] as const) {
    list(own(item, field)).forEach((w, i) => {
      if (!isObject(w)) return;
      const url = own(w, 'url');
      if (typeof url !== 'string' || !url.trim()) return report(`${field}[${i}].url`, 'missing');
      const entry = pages.get(url.trim()) ?? { url: url.trim() };
      const lang = own(w, 'language');
      const value = own(w, 'value');
      if (typeof lang === 'string' && typeof value === 'string' && value.trim()) entry.name = { ...((entry.name as object) ?? {}), [lang]: value.trim() };
      pages.set(url.trim(), entry);
    });
  }
  if (pages.size) out.webPages = [...pages.values()];

  if (options.free !== undefined) out.free = options.free;
  const modified = own(item, 'modified');
  if (typeof modified === 'string') out.modified = modified.replace(/\.\d+(?=Z|$)/, '');
  if (options.sample) out.sample = true;
  return out;
}
