import { formatPhone, parseTime, safeUrl, WEEKDAYS, type LocalizedText, type ServiceHour } from '@auta/core';

/**
 * The ways to do an errand without the e-service, in the one order they are always shown
 * in. WCAG 2.2 SC 3.2.6 (Consistent Help) asks that help repeated across pages keeps its
 * relative order, so the order is the component's, not the author's: a person who found
 * the phone number first on one page finds it first on the next.
 */
export const CHANNEL_KINDS = ['phone', 'service-desk', 'mail', 'email', 'digital-support'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Text in several languages (`{ fi, sv, en }`), or one string for every language (a street name, a price). */
export type Text = LocalizedText | string;

/** One number of a phone channel; the field names are PTV's `phoneNumbers`. */
export interface PhoneNumber {
  /** The number as people write it: `0295 530 010`, `+358 40 123 4567`. */
  number: string;
  /** PTV splits the country code out (`+358`); it is joined to `number` when given. */
  prefixNumber?: string;
  /** What the call costs, in PTV's terms. Unset is read as `Other`. */
  serviceChargeType?: 'Chargeable' | 'FreeOfCharge' | 'Other';
  /** The price in words, e.g. `{ fi: '0,84 €/min + pvm/mpm' }`; shown as given. */
  chargeDescription?: Text;
  /** E.g. `{ fi: 'Palvelu suomeksi', sv: 'Service på finska' }`. */
  additionalInformation?: Text;
}

/** Ways to call for people who do not hear or speak: text relay, video relay, sign language. */
export type Relay = 'text' | 'video' | 'sign-language';
export const RELAYS: readonly Relay[] = ['text', 'video', 'sign-language'];

/** A visiting or postal address; the field names follow PTV's `streetAddress` and `postOfficeBoxAddress`. */
export interface ChannelAddress {
  street?: Text;
  streetNumber?: string;
  /** `PL 123` / `PB 123` / `PO Box 123`: give the number only. */
  postOfficeBox?: string;
  postalCode: string;
  postOffice: Text;
  /** E.g. the entrance, the floor, "Yhteispalvelupiste". */
  additionalInformation?: Text;
}

/**
 * One way to do the errand. Which fields are shown depends on `kind`; a field that does
 * not belong to the kind is ignored.
 */
export interface AltChannel {
  kind: ChannelKind;
  /** Who answers or where: `Asumistuen palvelunumero`, `Palvelupiste Kamppi`. The sub-heading stays the kind's. */
  name?: Text;
  /** One or two plain sentences about this channel. */
  description?: Text;
  /** phone */
  phoneNumbers?: PhoneNumber[];
  /** phone, service-desk: PTV service hours, in Finnish time. */
  serviceHours?: ServiceHour[];
  /** phone */
  relay?: Relay[];
  /** service-desk (visiting address), mail (postal address). */
  addresses?: ChannelAddress[];
  /** service-desk: whether to book a time, and where. */
  booking?: { required: boolean; url?: string };
  /** service-desk: what to bring, one item each (`{ fi: 'henkilöllisyystodistus' }`). */
  bring?: Text[];
  /** mail: a printable form. */
  formUrl?: string;
  /** email: an e-mail address. */
  email?: string;
  /** email: a secure-message service. */
  secureMessageUrl?: string;
  /** email: how long an answer takes, e.g. `{ fi: '5 arkipäivää', sv: '5 vardagar', en: '5 working days' }`. */
  replyTime?: Text;
  /** digital-support: where to find help with digital services; else the notice's `finder-href`. */
  url?: string;
}

type Warn = (message: string) => void;

const FIELDS: Record<ChannelKind, readonly string[]> = {
  phone: ['phoneNumbers', 'serviceHours', 'relay'],
  'service-desk': ['addresses', 'serviceHours', 'booking', 'bring'],
  mail: ['addresses', 'formUrl'],
  email: ['email', 'secureMessageUrl', 'replyTime'],
  'digital-support': ['url'],
};
const COMMON = ['kind', 'name', 'description'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isText(v: unknown): v is Text {
  if (typeof v === 'string') return v.trim() !== '';
  return isObject(v) && Object.values(v).every((t) => typeof t === 'string') && Object.values(v).some((t) => (t as string).trim() !== '');
}

/** A URL that passes `safeUrl`, else `undefined` with a warning naming the field. */
function url(v: unknown, path: string, warn: Warn): string | undefined {
  const safe = safeUrl(v);
  if (safe === undefined) warn(`${path}: not a safe link (http, https, tel or mailto); shown without it`);
  return safe;
}

function serviceHours(v: unknown, path: string, warn: Warn): ServiceHour[] | undefined {
  if (!Array.isArray(v)) {
    warn(`${path}: not a list of service hours; left out`);
    return undefined;
  }
  const out: ServiceHour[] = [];
  v.forEach((h: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(h) || !['DaysOfTheWeek', 'Exceptional', 'OverMidnight'].includes(h.serviceHourType as string)) {
      warn(`${at}.serviceHourType: not DaysOfTheWeek, Exceptional or OverMidnight; left out`);
      return;
    }
    const hour = { ...h } as unknown as ServiceHour;
    if (h.openingHour !== undefined) {
      const periods = Array.isArray(h.openingHour) ? h.openingHour : [];
      hour.openingHour = periods.filter((o: unknown, j) => {
        const ok =
          isObject(o) &&
          WEEKDAYS.includes(o.dayFrom as never) &&
          (o.dayTo === undefined || WEEKDAYS.includes(o.dayTo as never)) &&
          !Number.isNaN(parseTime(String(o.from))) &&
          !Number.isNaN(parseTime(String(o.to)));
        if (!ok) warn(`${at}.openingHour[${j}]: needs dayFrom (Monday…Sunday) and from/to times (HH:MM); left out`);
        return ok;
      });
    }
    out.push(hour);
  });
  return out;
}

function phoneNumbers(v: unknown, path: string, warn: Warn): PhoneNumber[] {
  const list = Array.isArray(v) ? v : [];
  if (!Array.isArray(v)) warn(`${path}: not a list of phone numbers; left out`);
  const out: PhoneNumber[] = [];
  list.forEach((p: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(p) || typeof p.number !== 'string' || p.number.trim() === '') {
      warn(`${at}.number: missing; left out`);
      return;
    }
    const phone: PhoneNumber = { number: p.number };
    if (typeof p.prefixNumber === 'string') phone.prefixNumber = p.prefixNumber;
    if (!formatPhone(joinPrefix(phone))) warn(`${at}.number: "${p.number}" is not a phone number we can dial; shown as text without a link`);
    if (p.serviceChargeType !== undefined) {
      if (['Chargeable', 'FreeOfCharge', 'Other'].includes(p.serviceChargeType as string)) phone.serviceChargeType = p.serviceChargeType as PhoneNumber['serviceChargeType'];
      else warn(`${at}.serviceChargeType: not Chargeable, FreeOfCharge or Other; left out`);
    }
    for (const key of ['chargeDescription', 'additionalInformation'] as const) {
      if (p[key] === undefined) continue;
      if (isText(p[key])) phone[key] = p[key];
      else warn(`${at}.${key}: not text; left out`);
    }
    out.push(phone);
  });
  return out;
}

/** The number with PTV's separate country code put back: `+358` + `295530010`. */
export function joinPrefix(phone: PhoneNumber): string {
  return phone.prefixNumber && !phone.number.trim().startsWith('+') ? `${phone.prefixNumber}${phone.number.replace(/^0/, '')}` : phone.number;
}

function addresses(v: unknown, path: string, warn: Warn): ChannelAddress[] {
  const list = Array.isArray(v) ? v : [];
  if (!Array.isArray(v)) warn(`${path}: not a list of addresses; left out`);
  const out: ChannelAddress[] = [];
  list.forEach((a: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(a) || typeof a.postalCode !== 'string' || !isText(a.postOffice) || !(isText(a.street) || typeof a.postOfficeBox === 'string')) {
      warn(`${at}: an address needs street (or postOfficeBox), postalCode and postOffice; left out`);
      return;
    }
    const address: ChannelAddress = { postalCode: a.postalCode, postOffice: a.postOffice };
    if (isText(a.street)) address.street = a.street;
    if (typeof a.streetNumber === 'string' || typeof a.streetNumber === 'number') address.streetNumber = String(a.streetNumber);
    if (typeof a.postOfficeBox === 'string') address.postOfficeBox = a.postOfficeBox;
    if (isText(a.additionalInformation)) address.additionalInformation = a.additionalInformation;
    out.push(address);
  });
  return out;
}

/** Whether the channel has anything a person can act on; a heading alone helps nobody. */
function hasContent(c: AltChannel): boolean {
  switch (c.kind) {
    case 'phone':
      return !!c.phoneNumbers?.length;
    case 'service-desk':
      return !!(c.addresses?.length || c.name);
    case 'mail':
      return !!(c.addresses?.length || c.formUrl);
    case 'email':
      return !!(c.email || c.secureMessageUrl);
    default:
      return true;
  }
}

function channel(raw: unknown, i: number, warn: Warn): AltChannel | undefined {
  const at = `channels[${i}]`;
  if (!isObject(raw)) {
    warn(`${at}: not an object; left out`);
    return undefined;
  }
  const kind = raw.kind as ChannelKind;
  if (!CHANNEL_KINDS.includes(kind)) {
    warn(`${at}.kind: "${String(raw.kind)}" is not one of ${CHANNEL_KINDS.join(', ')}; channel left out`);
    return undefined;
  }
  const c: AltChannel = { kind };
  const known = [...COMMON, ...FIELDS[kind]];
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || key === 'kind') continue;
    const path = `${at}.${key}`;
    if (!known.includes(key)) {
      warn(`${path}: not a field of a ${kind} channel; ignored`);
      continue;
    }
    switch (key) {
      case 'name':
      case 'description':
      case 'replyTime':
        if (isText(value)) c[key] = value;
        else warn(`${path}: not text; left out`);
        break;
      case 'phoneNumbers':
        c.phoneNumbers = phoneNumbers(value, path, warn);
        break;
      case 'serviceHours': {
        const hours = serviceHours(value, path, warn);
        if (hours) c.serviceHours = hours;
        break;
      }
      case 'relay':
        if (Array.isArray(value)) {
          c.relay = value.filter((r, j) => {
            const ok = RELAYS.includes(r as Relay);
            if (!ok) warn(`${path}[${j}]: not one of ${RELAYS.join(', ')}; left out`);
            return ok;
          }) as Relay[];
        } else warn(`${path}: not a list; left out`);
        break;
      case 'addresses':
        c.addresses = addresses(value, path, warn);
        break;
      case 'booking':
        if (isObject(value) && typeof value.required === 'boolean') {
          c.booking = { required: value.required };
          if (value.url !== undefined) {
            const href = url(value.url, `${path}.url`, warn);
            if (href) c.booking.url = href;
          }
        } else warn(`${path}: needs { required: true | false }; left out`);
        break;
      case 'bring':
        if (Array.isArray(value)) {
          c.bring = value.filter((b, j) => {
            if (!isText(b)) warn(`${path}[${j}]: not text; left out`);
            return isText(b);
          });
        } else warn(`${path}: not a list; left out`);
        break;
      case 'email': {
        const href = typeof value === 'string' && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value) ? safeUrl(`mailto:${value}`) : undefined;
        if (href) c.email = value as string;
        else warn(`${path}: not an e-mail address; left out`);
        break;
      }
      default: {
        // formUrl, secureMessageUrl, url
        const href = url(value, path, warn);
        if (href) c[key as 'formUrl' | 'secureMessageUrl' | 'url'] = href;
      }
    }
  }
  if (!hasContent(c)) {
    warn(`${at}: nothing to show (no number, address, link or name); left out`);
    return undefined;
  }
  return c;
}

/**
 * Checks channels given as data (a property or a JSON attribute) and puts them in the
 * fixed order. Bad data never hides good data: a wrong field is dropped and the rest of
 * its channel kept; a channel with nothing left to show is dropped; each with a
 * `console.warn` that names the channel by its index and the field.
 */
export function validateChannels(input: unknown, warn: Warn = (m) => console.warn(`[auta] auta-alt-channel-notice: ${m}`)): AltChannel[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) {
    warn('channels: not a list of channels; nothing shown from it');
    return [];
  }
  const valid = input.map((raw, i) => channel(raw, i, warn)).filter((c): c is AltChannel => c !== undefined);
  // Array.prototype.sort is stable, so channels of one kind keep the author's order.
  return valid.sort((a, b) => CHANNEL_KINDS.indexOf(a.kind) - CHANNEL_KINDS.indexOf(b.kind));
}
