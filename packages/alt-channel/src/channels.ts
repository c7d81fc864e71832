import { formatPhone, parseTime, safeUrl, WEEKDAYS, type LocalizedText, type OpeningHour, type ServiceHour } from '@auta/core';

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

const FIELDS: Record<ChannelKind, string> = {
  phone: 'phoneNumbers serviceHours relay',
  'service-desk': 'addresses serviceHours booking bring',
  mail: 'addresses formUrl',
  email: 'email secureMessageUrl replyTime',
  'digital-support': 'url',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function isText(v: unknown): v is Text {
  const values = isObject(v) ? Object.values(v) : [v];
  return values.every(isString) && values.some((t) => (t as string).trim() !== '');
}

/**
 * Keeps the items of a list that `check` accepts. `check` calls `fail(why)` for an item it
 * cannot use, which warns naming the item (`channels[2].phoneNumbers[0].number: …`).
 * A value that is not a list at all is warned about and dropped.
 */
function list<T>(v: unknown, path: string, warn: Warn, check: (item: unknown, at: string, fail: (why: string) => undefined) => T | undefined): T[] {
  if (!Array.isArray(v)) {
    warn(`${path}: not a list; left out`);
    return [];
  }
  return v.flatMap((item, i) => {
    const at = `${path}[${i}]`;
    const r = check(item, at, (why) => void warn(`${at}${why}; left out`));
    return r === undefined ? [] : [r];
  });
}

const SERVICE_HOUR_TYPES = ['DaysOfTheWeek', 'Exceptional', 'OverMidnight'];
const isTime = (t: unknown) => !Number.isNaN(parseTime(String(t)));
const isDay = (d: unknown) => WEEKDAYS.includes(d as never);

function serviceHour(h: unknown, at: string, fail: (why: string) => undefined, warn: Warn): ServiceHour | undefined {
  if (!isObject(h) || !SERVICE_HOUR_TYPES.includes(h.serviceHourType as string)) return fail(`.serviceHourType: not ${SERVICE_HOUR_TYPES.join(', ')}`);
  const hour = { ...h } as unknown as ServiceHour;
  if (h.openingHour !== undefined) {
    hour.openingHour = list(h.openingHour, `${at}.openingHour`, warn, (o, _, no) =>
      isObject(o) && isDay(o.dayFrom) && (o.dayTo === undefined || isDay(o.dayTo)) && isTime(o.from) && isTime(o.to)
        ? (o as unknown as OpeningHour)
        : no(': needs dayFrom (Monday…Sunday), from and to (HH:MM)'),
    );
  }
  return hour;
}

/** The number with PTV's separate country code put back: `+358` + `295530010`. */
export function joinPrefix(phone: PhoneNumber): string {
  return phone.prefixNumber && !phone.number.trim().startsWith('+') ? `${phone.prefixNumber}${phone.number.replace(/^0/, '')}` : phone.number;
}

function phoneNumber(p: unknown, at: string, fail: (why: string) => undefined, warn: Warn): PhoneNumber | undefined {
  if (!isObject(p) || !isString(p.number) || !p.number.trim()) return fail('.number: missing');
  const phone: PhoneNumber = { number: p.number };
  if (isString(p.prefixNumber)) phone.prefixNumber = p.prefixNumber;
  if (!formatPhone(joinPrefix(phone))) warn(`${at}.number: "${p.number}" cannot be dialled; shown as text without a link`);
  const charge = p.serviceChargeType;
  if (['Chargeable', 'FreeOfCharge', 'Other'].includes(charge as string)) phone.serviceChargeType = charge as PhoneNumber['serviceChargeType'];
  else if (charge !== undefined) warn(`${at}.serviceChargeType: not Chargeable, FreeOfCharge or Other; left out`);
  for (const key of ['chargeDescription', 'additionalInformation'] as const) {
    if (isText(p[key])) phone[key] = p[key];
    else if (p[key] !== undefined) warn(`${at}.${key}: not text; left out`);
  }
  return phone;
}

function address(a: unknown, _: string, fail: (why: string) => undefined): ChannelAddress | undefined {
  if (!isObject(a) || !isString(a.postalCode) || !isText(a.postOffice) || !(isText(a.street) || isString(a.postOfficeBox))) {
    return fail(': needs street (or postOfficeBox), postalCode and postOffice');
  }
  const out: ChannelAddress = { postalCode: a.postalCode, postOffice: a.postOffice };
  if (isText(a.street)) out.street = a.street;
  if (isString(a.streetNumber) || typeof a.streetNumber === 'number') out.streetNumber = String(a.streetNumber);
  if (isString(a.postOfficeBox)) out.postOfficeBox = a.postOfficeBox;
  if (isText(a.additionalInformation)) out.additionalInformation = a.additionalInformation;
  return out;
}

/** Whether the channel has anything a person can act on; a heading alone helps nobody. */
function hasContent(c: AltChannel): unknown {
  const k = c.kind;
  return k === 'phone'
    ? c.phoneNumbers?.length
    : k === 'service-desk'
      ? c.addresses?.length || c.name
      : k === 'mail'
        ? c.addresses?.length || c.formUrl
        : k === 'email'
          ? c.email || c.secureMessageUrl
          : true;
}

function channel(raw: unknown, at: string, fail: (why: string) => undefined, warn: Warn): AltChannel | undefined {
  if (!isObject(raw)) return fail(': not an object');
  const kind = raw.kind as ChannelKind;
  if (!CHANNEL_KINDS.includes(kind)) return fail(`.kind: "${String(raw.kind)}" is not ${CHANNEL_KINDS.join(', ')}`);
  const c: AltChannel = { kind };
  const known = `name description ${FIELDS[kind]}`.split(' ');
  for (const [key, value] of Object.entries(raw)) {
    const path = `${at}.${key}`;
    const drop = (why: string) => warn(`${path}: ${why}; left out`);
    if (value === undefined || key === 'kind') continue;
    if (!known.includes(key)) {
      drop(`not a field of a ${kind} channel`);
      continue;
    }
    switch (key) {
      case 'phoneNumbers':
        c.phoneNumbers = list(value, path, warn, (p, a, no) => phoneNumber(p, a, no, warn));
        break;
      case 'serviceHours':
        c.serviceHours = list(value, path, warn, (h, a, no) => serviceHour(h, a, no, warn));
        break;
      case 'addresses':
        c.addresses = list(value, path, warn, address);
        break;
      case 'relay':
        c.relay = list(value, path, warn, (r, _, no) => (RELAYS.includes(r as Relay) ? (r as Relay) : no(`: not ${RELAYS.join(', ')}`)));
        break;
      case 'bring':
        c.bring = list(value, path, warn, (b, _, no) => (isText(b) ? b : no(': not text')));
        break;
      case 'booking':
        if (isObject(value) && typeof value.required === 'boolean') {
          c.booking = { required: value.required };
          if (value.url !== undefined) {
            const href = safeUrl(value.url);
            if (href) c.booking.url = href;
            else warn(`${path}.url: not a safe link (http, https, tel, mailto); left out`);
          }
        } else drop('needs { required: true | false }');
        break;
      case 'email':
        if (isString(value) && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)) c.email = value;
        else drop('not an e-mail address');
        break;
      case 'formUrl':
      case 'secureMessageUrl':
      case 'url': {
        const href = safeUrl(value);
        if (href) c[key] = href;
        else drop('not a safe link (http, https, tel, mailto)');
        break;
      }
      default:
        // name, description, replyTime
        if (isText(value)) c[key as 'name'] = value;
        else drop('not text');
    }
  }
  return hasContent(c) ? c : fail(': nothing to show (no number, address, link or name)');
}

/**
 * Checks channels given as data (a property or a JSON attribute) and puts them in the
 * fixed order. Bad data never hides good data: a wrong field is dropped and the rest of
 * its channel kept; a channel with nothing left to show is dropped; each with a
 * `console.warn` that names the channel by its index and the field.
 */
export function validateChannels(input: unknown, warn: Warn = (m) => console.warn(`[auta] auta-alt-channel-notice: ${m}`)): AltChannel[] {
  if (input === undefined || input === null) return [];
  const valid = list(input, 'channels', warn, (raw, at, no) => channel(raw, at, no, warn));
  // Array.prototype.sort is stable, so channels of one kind keep the author's order.
  return valid.sort((a, b) => CHANNEL_KINDS.indexOf(a.kind) - CHANNEL_KINDS.indexOf(b.kind));
}
