import { formatPhone, type FormattedPhone } from './phone.js';
import { parseTime } from './hours.js';
import { memo } from './memo.js';
import { safeUrl } from './safe-url.js';
import { WEEKDAYS, type LocalizedText, type OpeningHour, type ServiceHour } from './types.js';

/**
 * Every kind of contact channel an Auta element shows. Each element shows a subset, in an
 * order of its own that it documents (WCAG 2.2 SC 3.2.6 Consistent Help): the notice shows
 * the ways to do the errand without the e-service, the help block the authority's own
 * customer service.
 */
export const CONTACT_CHANNEL_KINDS = ['phone', 'chat', 'contact-form', 'secure-message', 'service-desk', 'mail', 'email', 'digital-support'] as const;
export type ContactChannelKind = (typeof CONTACT_CHANNEL_KINDS)[number];

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
  /**
   * The number to call from outside Finland, in international form (`+358 29 553 0010`).
   * Service numbers (0800, 0295, 020 …) often cannot be reached from abroad, so it is
   * never guessed from `number`: give it when the service answers calls from abroad.
   */
  abroadNumber?: string;
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
 * Whether a queue or chat is answering right now, as the host knows it (from its contact
 * centre's queue system). `busy` with `waitMinutes` is the estimated wait; `closed` with
 * `nextOpening` (ISO date-time, `2026-05-13T09:00+03:00` or Finnish wall-clock time) says
 * when it opens.
 */
export interface ChannelAvailability {
  state: 'open' | 'busy' | 'closed';
  waitMinutes?: number;
  nextOpening?: string;
}
export const AVAILABILITY_STATES: readonly ChannelAvailability['state'][] = ['open', 'busy', 'closed'];

/** How long an answer takes: written out (`{ fi: '5 arkipäivää' }`) or in working days, which each language words. */
export type ResponseTime = Text | { workingDays: number };

/**
 * One contact channel. Which fields are shown depends on `kind`; a field that does not
 * belong to the kind is dropped with a warning.
 */
export interface ContactChannel {
  kind: ContactChannelKind;
  /** Who answers or where: `Asumistuen palvelunumero`, `Palvelupiste Kamppi`. */
  name?: Text;
  /** One or two plain sentences about this channel. */
  description?: Text;
  /** How long an answer takes: "Vastaamme kahden arkipäivän kuluessa." Any kind. */
  responseTime?: ResponseTime;
  /** What to have ready (any kind), one item each: `{ fi: 'hakemuksen viitenumero' }`. */
  haveReady?: Text[];
  /** phone */
  phoneNumbers?: PhoneNumber[];
  /** phone, chat, service-desk: PTV service hours, in Finnish time. */
  serviceHours?: ServiceHour[];
  /** phone, chat: the queue right now; the host updates it while the page is open. */
  availability?: ChannelAvailability;
  /** phone, chat: where to ask for a call back or book a phone appointment. */
  callbackUrl?: string;
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
  /** email: how long an answer takes; `responseTime` is the newer name and wins. */
  replyTime?: Text;
  /** chat, contact-form, secure-message, digital-support: where the channel is. */
  url?: string;
}

export type Warn = (message: string) => void;

const FIELDS: Record<ContactChannelKind, string> = {
  phone: 'phoneNumbers serviceHours availability callbackUrl relay',
  chat: 'url serviceHours availability callbackUrl',
  'contact-form': 'url',
  'secure-message': 'url',
  'service-desk': 'addresses serviceHours booking bring',
  mail: 'addresses formUrl',
  email: 'email secureMessageUrl replyTime',
  'digital-support': 'url',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** A non-empty string, or an object of strings with at least one that is not empty. */
export function isText(v: unknown): v is Text {
  const values = isObject(v) ? Object.values(v) : [v];
  return values.length > 0 && values.every(isString) && values.some((t) => (t as string).trim() !== '');
}

/**
 * Keeps the items of a list that `check` accepts. `check` calls `fail(why)` for an item it
 * cannot use, which warns naming the item (`channels[2].phoneNumbers[0].number: …`).
 * A value that is not a list at all is warned about and dropped.
 */
export function validList<T>(v: unknown, path: string, warn: Warn, check: (item: unknown, at: string, fail: (why: string) => undefined) => T | undefined): T[] {
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
    hour.openingHour = validList(h.openingHour, `${at}.openingHour`, warn, (o, _, no) =>
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

/**
 * A phone number's links: the number (`formatPhone` of `joinPrefix`) and the number from
 * abroad, `null` where one cannot be dialled. Worked out once per number object: the
 * validator's check and every render of the same data share them.
 */
export function phoneLinks(phone: PhoneNumber): { number: FormattedPhone | null; abroad: FormattedPhone | null } {
  return memo(phone, 'links', () => ({ number: formatPhone(joinPrefix(phone)), abroad: phone.abroadNumber ? formatPhone(phone.abroadNumber) : null }));
}

function phoneNumber(p: unknown, at: string, fail: (why: string) => undefined, warn: Warn): PhoneNumber | undefined {
  if (!isObject(p) || !isString(p.number) || !p.number.trim()) return fail('.number: missing');
  const phone: PhoneNumber = { number: p.number };
  if (isString(p.prefixNumber)) phone.prefixNumber = p.prefixNumber;
  if (!formatPhone(joinPrefix(phone))) warn(`${at}.number: "${p.number.slice(0, 40)}" cannot be dialled; shown as text without a link`);
  const charge = p.serviceChargeType;
  if (['Chargeable', 'FreeOfCharge', 'Other'].includes(charge as string)) phone.serviceChargeType = charge as PhoneNumber['serviceChargeType'];
  else if (charge !== undefined) warn(`${at}.serviceChargeType: not Chargeable, FreeOfCharge or Other; left out`);
  for (const key of ['chargeDescription', 'additionalInformation'] as const) {
    if (isText(p[key])) phone[key] = p[key];
    else if (p[key] !== undefined) warn(`${at}.${key}: not text; left out`);
  }
  if (p.abroadNumber !== undefined) {
    const abroad = isString(p.abroadNumber) && p.abroadNumber.trim().startsWith('+') ? formatPhone(p.abroadNumber) : null;
    if (abroad) phone.abroadNumber = p.abroadNumber as string;
    else warn(`${at}.abroadNumber: not a number in international form (+358 …); left out`);
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

/**
 * Checks a queue's availability as the host sends it; `undefined` (with a warning naming
 * `path`) when it cannot be used. A wait that is not a sensible number of minutes is
 * dropped and the state kept.
 */
export function validateAvailability(value: unknown, path: string, warn: Warn): ChannelAvailability | undefined {
  if (!isObject(value) || !AVAILABILITY_STATES.includes(value.state as never)) {
    warn(`${path}: needs { state: ${AVAILABILITY_STATES.join(' | ')} }; left out`);
    return undefined;
  }
  const out: ChannelAvailability = { state: value.state as ChannelAvailability['state'] };
  const wait = value.waitMinutes;
  if (typeof wait === 'number' && Number.isFinite(wait) && wait >= 0 && wait < 24 * 60) out.waitMinutes = Math.round(wait);
  else if (wait !== undefined) warn(`${path}.waitMinutes: not a number of minutes below a day; left out`);
  if (isString(value.nextOpening) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value.nextOpening)) out.nextOpening = value.nextOpening;
  else if (value.nextOpening !== undefined) warn(`${path}.nextOpening: not a date and time such as 2026-05-12T18:00+03:00; left out`);
  return out;
}

/**
 * The host's live availability (`{ phone: { state: 'busy', waitMinutes: 5 } }`) laid onto
 * validated channels of the same kind; an invalid entry is named and left out. One rule for
 * every element that shows channels with their queue.
 */
export function withAvailability<C extends { kind: string }>(channels: readonly C[], availability: Partial<Record<string, unknown>> | undefined, warn: Warn): C[] {
  return channels.map((c) => {
    const live = availability?.[c.kind];
    const checked = live && validateAvailability(live, `availability.${c.kind}`, warn);
    return checked ? { ...c, availability: checked } : c;
  });
}

function responseTime(value: unknown): ResponseTime | undefined {
  if (isObject(value) && 'workingDays' in value) {
    const days = value.workingDays;
    return typeof days === 'number' && Number.isInteger(days) && days > 0 && days <= 60 ? { workingDays: days } : undefined;
  }
  return isText(value) ? value : undefined;
}

/** Whether the channel has anything a person can act on; a heading alone helps nobody. */
function hasContent(c: ContactChannel): unknown {
  switch (c.kind) {
    case 'phone':
      return c.phoneNumbers?.length;
    case 'service-desk':
      return c.addresses?.length || c.name;
    case 'mail':
      return c.addresses?.length || c.formUrl;
    case 'email':
      return c.email || c.secureMessageUrl;
    case 'digital-support':
      return true;
    default:
      return c.url;
  }
}

function channel(raw: unknown, at: string, fail: (why: string) => undefined, warn: Warn, kinds: readonly ContactChannelKind[]): ContactChannel | undefined {
  if (!isObject(raw)) return fail(': not an object');
  const kind = raw.kind as ContactChannelKind;
  if (!kinds.includes(kind)) return fail(`.kind: "${String(raw.kind).slice(0, 40)}" is not ${kinds.join(', ')}`);
  const c: ContactChannel = { kind };
  const known = `name description responseTime haveReady ${FIELDS[kind]}`.split(' ');
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
        c.phoneNumbers = validList(value, path, warn, (p, a, no) => phoneNumber(p, a, no, warn));
        break;
      case 'serviceHours':
        c.serviceHours = validList(value, path, warn, (h, a, no) => serviceHour(h, a, no, warn));
        break;
      case 'addresses':
        c.addresses = validList(value, path, warn, address);
        break;
      case 'relay':
        c.relay = validList(value, path, warn, (r, _, no) => (RELAYS.includes(r as Relay) ? (r as Relay) : no(`: not ${RELAYS.join(', ')}`)));
        break;
      case 'bring':
      case 'haveReady':
        c[key] = validList(value, path, warn, (b, _, no) => (isText(b) ? b : no(': not text')));
        break;
      case 'availability': {
        const a = validateAvailability(value, path, warn);
        if (a) c.availability = a;
        break;
      }
      case 'responseTime': {
        const r = responseTime(value);
        if (r) c.responseTime = r;
        else drop('not text or { workingDays: 1…60 }');
        break;
      }
      case 'booking':
        if (isObject(value) && typeof value.required === 'boolean') {
          c.booking = { required: value.required };
          if (value.url !== undefined) {
            const href = safeUrl(value.url);
            if (href) c.booking.url = href;
            else warn(`${path}.url: not a safe link (http, https, tel, mailto or relative); left out`);
          }
        } else drop('needs { required: true | false }');
        break;
      case 'email':
        if (isString(value) && value.length < 255 && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)) c.email = value;
        else drop('not an e-mail address');
        break;
      case 'formUrl':
      case 'secureMessageUrl':
      case 'callbackUrl':
      case 'url': {
        const href = safeUrl(value);
        if (href) c[key] = href;
        else drop('not a safe link (http, https, tel, mailto or relative)');
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
 * Checks channels given as data (a property or a JSON attribute), keeps those of `kinds`
 * and puts them in the order of `kinds`. Bad data never hides good data: a wrong field is
 * dropped and the rest of its channel kept; a channel with nothing left to show is
 * dropped; each with a warning that names the channel by its index and the field.
 */
export function validateChannels(input: unknown, warn: Warn, kinds: readonly ContactChannelKind[] = CONTACT_CHANNEL_KINDS): readonly ContactChannel[] {
  if (input === undefined || input === null) return [];
  const check = () =>
    validList(input, 'channels', warn, (raw, at, no) => channel(raw, at, no, warn, kinds))
      // Array.prototype.sort is stable, so channels of one kind keep the author's order.
      .sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
  // Once per data object and set of kinds (and so warned about once): a page of notices with
  // one set of channels checks it once. The answer is shared; read it, do not change it.
  return typeof input === 'object' ? memo(input, kinds.join(), check) : check();
}

/** A property converter for JSON attributes: bad JSON is warned about and gives `undefined`. */
export function jsonAttribute(name: string, warn: Warn) {
  return {
    fromAttribute(value: string | null): unknown {
      if (!value) return undefined;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        warn(`${name}: the attribute is not valid JSON; nothing shown from it`);
        return undefined;
      }
    },
  };
}
