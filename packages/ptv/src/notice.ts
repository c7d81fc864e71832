/**
 * A PTV service and its channels → the `channels` data of `<auta-alt-channel-notice>`
 * (the ways to do the errand without the e-service; the shape is `AltChannel` of
 * `@auta/alt-channel`): phone lines with their charges and hours, service points with
 * their visiting address, hours and whether to book, printable forms with their delivery
 * address for the mail channel, and e-mail. The same rules as for the finder: nothing is
 * dropped silently; each channel and field is used, left out with a reason
 * (`notice-left-out.ts`) or named in the problems — a test walks every field.
 */
import { readAddress, type ReadAddress } from './address.js';
import { mapEmails, mapPhones, mapWebPages } from './contacts.js';
import type { MapContext, PtvProblem } from './context.js';
import { mapServiceHours } from './hours.js';
import { readChannelList } from './input.js';
import { Ledger, isObject, list, localized, normalizePath, own, str, type Json } from './json.js';
import { NOTICE_LEFT_OUT } from './notice-left-out.js';

/** One channel of the notice, as `validateChannels` of `@auta/alt-channel` accepts it. */
export type NoticeChannel = Json & { kind: 'phone' | 'service-desk' | 'mail' | 'email' | 'digital-support' };

export interface NoticeResult {
  channels: NoticeChannel[];
  problems: PtvProblem[];
  /** Fields knowingly not carried into the notice, with the reason and how often they came. */
  leftOut: Array<{ path: string; reason: string; count: number }>;
  /** With `trace`: what happened to each used channel's fields. */
  traces?: Array<{ index: number; used: string[]; leftOut: string[] }>;
}

export interface NoticeOptions {
  /** Keep, per channel, the paths used and left out (the nothing-lost test walks them). */
  trace?: boolean;
}

const LEFT_OUT_ENTRIES = Object.entries(NOTICE_LEFT_OUT);

function noticeAddress(a: ReadAddress): Json | undefined {
  if (!a.postalCode || !a.postOffice) return undefined;
  if (a.form === 'box' && a.postOfficeBox) {
    // The notice writes "PL"/"PB"/"PO Box" itself: give the number only.
    const box = a.postOfficeBox.replace(/^(PL|PB|PO\s*Box|P\.O\.\s*Box)\s*/i, '');
    return { postOfficeBox: box, postalCode: a.postalCode, postOffice: a.postOffice, ...(a.additionalInformation ? { additionalInformation: a.additionalInformation } : {}) };
  }
  if (a.form === 'street' && a.street) {
    return {
      street: a.street,
      ...(a.streetNumber ? { streetNumber: a.streetNumber } : {}),
      postalCode: a.postalCode,
      postOffice: a.postOffice,
      ...(a.additionalInformation ? { additionalInformation: a.additionalInformation } : {}),
    };
  }
  return undefined;
}

function serviceChannelIds(service: unknown): string[] | undefined {
  if (!isObject(service)) return undefined;
  return list(own(service, 'serviceChannels'))
    .map((c) => (isObject(c) && isObject(own(c, 'serviceChannel')) ? str(own(own(c, 'serviceChannel') as Json, 'id')) : undefined))
    .filter((id): id is string => id !== undefined);
}

/**
 * What the shared address reader marks as used for the finder but the notice does not
 * show: the municipality (the notice writes the post office), the map point and the
 * entrances' accessibility sentences (the notice has no field for them).
 */
function leaveWhatTheNoticeDoesNotShow(a: ReadAddress, ctx: MapContext): void {
  const hp = a.holderPath;
  if (hp) {
    ctx.ledger.leave(`${hp}.municipality`, 'the municipality of an address; the notice writes the post office');
    if (a.point) {
      ctx.ledger.leave(`${hp}.latitude`, 'the map point of an address; the notice shows the address, not a map');
      ctx.ledger.leave(`${hp}.longitude`, 'the map point of an address; the notice shows the address, not a map');
    }
  }
  if (a.accessibility.length) ctx.ledger.leave(`${a.path}.entrances`, "the premises' accessibility sentences; the notice has no field for them (the finder keeps them)");
}

/** Why a channel gives no notice channel: the problem's code and message. */
type Skip = [code: string, message: string];

/** One published, linked channel → its notice channels (a phone line and its e-mail are two), or why none. */
function mapChannel(item: Json, ctx: MapContext): NoticeChannel[] | Skip {
  const names = own(item, 'serviceChannelNames');
  const name = localized(names, 'Name') ?? localized(names);
  list(names).forEach((_, i) => ctx.ledger.use(`serviceChannelNames[${i}]`));
  const descriptions = own(item, 'serviceChannelDescriptions');
  const summaryType = localized(descriptions, 'Summary') ? 'Summary' : 'ShortDescription';
  const description = localized(descriptions, summaryType);
  list(descriptions).forEach((d, i) => {
    if (isObject(d) && own(d, 'type') === summaryType) ctx.ledger.use(`serviceChannelDescriptions[${i}]`);
    else ctx.ledger.leave(`serviceChannelDescriptions[${i}]`, `the notice shows the short description (${summaryType})`);
  });
  const base = { ...(name ? { name } : {}), ...(description ? { description } : {}) };
  const hours = mapServiceHours(own(item, 'serviceHours'), 'serviceHours', ctx);
  const emails = mapEmails(item, ctx).map((e) => ({ kind: 'email' as const, email: e.value as string }));
  const type = own(item, 'serviceChannelType');

  if (type === 'Phone') {
    const phoneNumbers = mapPhones(item, ctx);
    if (!phoneNumbers.length) return ['no-number', 'a phone channel without a number that can be called'];
    return [{ kind: 'phone', ...base, phoneNumbers, ...(hours.length ? { serviceHours: hours } : {}) }, ...emails];
  }
  if (type === 'ServiceLocation') {
    const addresses: Json[] = [];
    list(own(item, 'addresses')).forEach((raw, i) => {
      const a = readAddress(raw, `addresses[${i}]`, ctx);
      if (!a) return;
      const address = a.type === 'Location' ? noticeAddress(a) : undefined;
      if (address) {
        addresses.push(address);
        leaveWhatTheNoticeDoesNotShow(a, ctx);
      }
      else ctx.problem(a.path, 'address', a.type === 'Postal' ? "a service point's postal address: the notice shows where to visit; give a mail channel for post" : 'not a visiting address with a street; left out');
    });
    if (!addresses.length && !name) return ['no-address', 'a service point without a visiting address or a name'];
    // PTV says a visit needs booking (`isReservation`) but has no field for the booking link itself.
    const booking = hours.some((h) => h.isReservation === true) ? { booking: { required: true } } : {};
    // The notice's service-desk channel has no phone field: the numbers are named, not dropped silently.
    if (mapPhones(item, { ...ctx, problem: () => {} }).length) ctx.problem('phoneNumbers', 'not-in-notice', "a service point's numbers are not shown by the notice; give them as a Phone channel of the service");
    return [{ kind: 'service-desk', ...base, ...(addresses.length ? { addresses } : {}), ...(hours.length ? { serviceHours: hours } : {}), ...booking }, ...emails];
  }
  if (type === 'PrintableForm') {
    const urls = mapWebPages(item, ctx, ['channelUrls']);
    const deliveries = own(item, 'deliveryAddress') !== undefined ? ['deliveryAddress'] : list(own(item, 'deliveryAddresses')).length ? ['deliveryAddresses[0]'] : [];
    const read = deliveries[0] ? readAddress(deliveries[0] === 'deliveryAddress' ? own(item, 'deliveryAddress') : list(own(item, 'deliveryAddresses'))[0], deliveries[0], ctx) : undefined;
    const address = read ? noticeAddress(read) : undefined;
    if (read && address) leaveWhatTheNoticeDoesNotShow(read, ctx);
    if (read && !address) ctx.problem(deliveries[0]!, 'address', 'the delivery address has no street or post-office box with postal code and post office; left out');
    list(own(item, 'deliveryAddresses')).slice(1).forEach((_, i) => ctx.problem(`deliveryAddresses[${i + 1}]`, 'not-in-notice', 'the notice shows one delivery address; the first is used'));
    if (!urls.length && !address) return ['no-form', 'a printable form without a form address or a delivery address'];
    // The notice takes one form address; the first (PTV's order) is used and the others named.
    urls.slice(1).forEach((u, i) => ctx.problem(`channelUrls[${i + 1}]`, 'not-in-notice', `the notice shows one form; ${String(u.url)} is not shown`));
    return [{ kind: 'mail', ...base, ...(urls[0] ? { formUrl: urls[0].url as string } : {}), ...(address ? { addresses: [address] } : {}) }, ...emails];
  }
  if (type === 'EChannel' || type === 'WebPage') {
    // The e-service (or its web page) is what the notice stands in for; its help desk is an alternative.
    const phoneNumbers = mapPhones(item, ctx);
    if (!phoneNumbers.length && !emails.length) return ['no-alternative', `a ${type} is the online way itself; it has no support phone or e-mail to offer as another way`];
    return [...(phoneNumbers.length ? [{ kind: 'phone' as const, ...base, phoneNumbers, ...(hours.length ? { serviceHours: hours } : {}) }] : []), ...emails];
  }
  return ['channel-type', `${JSON.stringify(type ?? null).slice(0, 40)} is not a PTV channel type`];
}

/**
 * The notice's channels for `service` from `channels` (a list, a page or pages of PTV
 * service channels). Channels the service does not link to are left out and named.
 */
export function noticeChannelsFromPtv(service: unknown, channelsJson: unknown, options: NoticeOptions = {}): NoticeResult {
  const problems: PtvProblem[] = [];
  const linked = serviceChannelIds(service);
  if (!linked) problems.push({ index: -1, path: '', code: 'input', message: 'the service is not a PTV service object; every channel given is used', effect: 'field' });
  const { channels: items, problems: inputProblems } = readChannelList(channelsJson);
  for (const message of inputProblems) problems.push({ index: -1, path: '', code: 'input', message, effect: 'record' });
  const out: NoticeChannel[] = [];
  const found = new Set<string>();
  const unmapped = new Map<string, { count: number; ids: string[] }>();
  const leftOut = new Map<string, { path: string; reason: string; count: number }>();
  const traces: NonNullable<NoticeResult['traces']> = [];

  items.forEach((item, index): void => {
    const id = isObject(item) ? str(own(item, 'id')) : undefined;
    const skip = (code: string, message: string): void => void problems.push({ index, ...(id ? { id } : {}), path: '', code, message, effect: 'record' });
    if (!isObject(item) || !id) return skip('record', 'not a service channel with an id');
    if (linked && !linked.includes(id)) return skip('not-linked', 'the service does not link to this channel');
    found.add(id);
    const status = own(item, 'publishingStatus');
    if (status !== undefined && status !== null && status !== 'Published') return skip('unpublished', `not published (${String(status).slice(0, 30)})`);
    const ledger = new Ledger();
    ledger.use('id', 'publishingStatus', 'serviceChannelType');
    const ctx: MapContext = {
      ledger,
      problem: (path, code, message, alsoPaths) => {
        ledger.report(path);
        for (const also of alsoPaths ?? []) ledger.report(also);
        problems.push({ index, id, path, code, message, effect: 'field', ...(alsoPaths ? { alsoPaths } : {}) });
      },
    };
    const mapped = mapChannel(item, ctx);
    if (typeof mapped[0] === 'string') return skip(...(mapped as Skip));
    out.push(...(mapped as NoticeChannel[]));
    // Whatever the mapping neither used nor reported is left out with its reason, or named once per path.
    for (const [field, reason] of LEFT_OUT_ENTRIES) if (own(item, field) !== undefined && !ledger.covered(field)) ledger.leave(field, reason);
    // Counted per channel: a list with three unknown items is one channel with the field.
    for (const path of new Set(ledger.uncovered(item).map(normalizePath))) {
      const entry = unmapped.get(path) ?? { count: 0, ids: [] };
      entry.count++;
      if (entry.ids.length < 3) entry.ids.push(id);
      unmapped.set(path, entry);
    }
    for (const [path, reason] of ledger.leftOut) {
      const entry = leftOut.get(normalizePath(path)) ?? { path: normalizePath(path), reason, count: 0 };
      entry.count++;
      leftOut.set(entry.path, entry);
    }
    if (options.trace) traces.push({ index, used: ledger.used, leftOut: [...ledger.leftOut.keys()] });
  });
  for (const [path, { count, ids }] of unmapped) {
    problems.push({ index: -1, path, code: 'unmapped', count, effect: 'field', message: `a field the notice does not know, in ${count} channel(s) (e.g. ${ids.join(', ')}); not used` });
  }
  for (const id of linked ?? []) if (!found.has(id)) problems.push({ index: -1, id, path: '', code: 'missing-channel', message: 'the service links to this channel, but it is not among the channels given', effect: 'record' });
  return { channels: out, problems, leftOut: [...leftOut.values()], ...(options.trace ? { traces } : {}) };
}
