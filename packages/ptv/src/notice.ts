/**
 * A PTV service and its channels → the `channels` data of `<auta-alt-channel-notice>`
 * (the ways to do the errand without the e-service; the shape is `AltChannel` of
 * `@auta/alt-channel`): phone lines with their charges and hours, service points with
 * their visiting address, hours and whether to book, printable forms with their delivery
 * address for the mail channel, and e-mail. The same rules as for the finder: nothing is
 * dropped silently; each channel and field is used or named in the problems.
 */
import { readAddress, type ReadAddress } from './address.js';
import { mapEmails, mapPhones, mapWebPages } from './contacts.js';
import type { MapContext, PtvProblem } from './context.js';
import { mapServiceHours } from './hours.js';
import { readChannelList } from './input.js';
import { Ledger, isObject, list, localized, own, str, type Json } from './json.js';

/** One channel of the notice, as `validateChannels` of `@auta/alt-channel` accepts it. */
export type NoticeChannel = Json & { kind: 'phone' | 'service-desk' | 'mail' | 'email' | 'digital-support' };

export interface NoticeResult {
  channels: NoticeChannel[];
  problems: PtvProblem[];
}

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
 * The notice's channels for `service` from `channels` (a list, a page or pages of PTV
 * service channels). Channels the service does not link to are left out and named.
 */
export function noticeChannelsFromPtv(service: unknown, channelsJson: unknown): NoticeResult {
  const problems: PtvProblem[] = [];
  const linked = serviceChannelIds(service);
  if (!linked) problems.push({ index: -1, path: '', code: 'input', message: 'the service is not a PTV service object; every channel given is used', effect: 'field' });
  const { channels: items, problems: inputProblems } = readChannelList(channelsJson);
  for (const message of inputProblems) problems.push({ index: -1, path: '', code: 'input', message, effect: 'record' });
  const out: NoticeChannel[] = [];
  const found = new Set<string>();

  items.forEach((item, index): void => {
    const id = isObject(item) ? str(own(item, 'id')) : undefined;
    const skip = (code: string, message: string): void => void problems.push({ index, ...(id ? { id } : {}), path: '', code, message, effect: 'record' });
    if (!isObject(item) || !id) return skip('record', 'not a service channel with an id');
    if (linked && !linked.includes(id)) return skip('not-linked', 'the service does not link to this channel');
    found.add(id);
    const status = own(item, 'publishingStatus');
    if (status !== undefined && status !== null && status !== 'Published') return skip('unpublished', `not published (${String(status).slice(0, 30)})`);
    const ledger = new Ledger();
    const ctx: MapContext = {
      ledger,
      problem: (path, code, message) => problems.push({ index, id, path, code, message, effect: 'field' }),
    };
    const name = localized(own(item, 'serviceChannelNames'), 'Name') ?? localized(own(item, 'serviceChannelNames'));
    const description = localized(own(item, 'serviceChannelDescriptions'), 'Summary') ?? localized(own(item, 'serviceChannelDescriptions'), 'ShortDescription');
    const base = { ...(name ? { name } : {}), ...(description ? { description } : {}) };
    const hours = mapServiceHours(own(item, 'serviceHours'), 'serviceHours', ctx);
    const emails = mapEmails(item, ctx).map((e) => ({ kind: 'email' as const, email: e.value as string }));
    const type = own(item, 'serviceChannelType');

    if (type === 'Phone') {
      const phoneNumbers = mapPhones(item, ctx);
      if (!phoneNumbers.length) return skip('no-number', 'a phone channel without a number that can be called');
      out.push({ kind: 'phone', ...base, phoneNumbers, ...(hours.length ? { serviceHours: hours } : {}) }, ...emails);
    } else if (type === 'ServiceLocation') {
      const addresses: Json[] = [];
      list(own(item, 'addresses')).forEach((raw, i) => {
        const a = readAddress(raw, `addresses[${i}]`, ctx);
        if (!a) return;
        const address = a.type === 'Location' ? noticeAddress(a) : undefined;
        if (address) addresses.push(address);
        else ctx.problem(a.path, 'address', a.type === 'Postal' ? "a service point's postal address: the notice shows where to visit; give a mail channel for post" : 'not a visiting address with a street; left out');
      });
      if (!addresses.length && !name) return skip('no-address', 'a service point without a visiting address or a name');
      const booking = hours.some((h) => h.isReservation === true) ? { booking: { required: true } } : {};
      out.push({ kind: 'service-desk', ...base, ...(addresses.length ? { addresses } : {}), ...(hours.length ? { serviceHours: hours } : {}), ...booking }, ...emails);
      // The notice's service-desk channel has no phone or web-page field: each is named, not dropped silently.
      if (mapPhones(item, { ...ctx, problem: () => {} }).length) ctx.problem('phoneNumbers', 'not-in-notice', "a service point's numbers are not shown by the notice; give them as a Phone channel of the service");
      if (mapWebPages(item, { ...ctx, problem: () => {} }).length) ctx.problem('webPages', 'not-in-notice', "a service point's web pages are not shown by the notice");
    } else if (type === 'PrintableForm') {
      const urls = mapWebPages(item, ctx, ['channelUrls']);
      const delivery = own(item, 'deliveryAddress') ?? list(own(item, 'deliveryAddresses'))[0];
      const read = delivery ? readAddress(delivery, 'deliveryAddress', ctx) : undefined;
      const address = read ? noticeAddress(read) : undefined;
      if (read && !address) ctx.problem('deliveryAddress', 'address', 'the delivery address has no street or post-office box with postal code and post office; left out');
      if (!urls.length && !address) return skip('no-form', 'a printable form without a form address or a delivery address');
      // The notice takes one form address; the first (PTV's order) is used and the others named.
      urls.slice(1).forEach((u) => ctx.problem('channelUrls', 'not-in-notice', `the notice shows one form; ${String(u.url)} is not shown`));
      out.push({ kind: 'mail', ...base, ...(urls[0] ? { formUrl: urls[0].url as string } : {}), ...(address ? { addresses: [address] } : {}) }, ...emails);
    } else if (type === 'EChannel' || type === 'WebPage') {
      // The e-service (or its web page) is what the notice stands in for; its help desk is an alternative.
      const phoneNumbers = mapPhones(item, ctx);
      if (phoneNumbers.length) out.push({ kind: 'phone', ...base, phoneNumbers, ...(hours.length ? { serviceHours: hours } : {}) });
      out.push(...emails);
      if (!phoneNumbers.length && !emails.length) return skip('no-alternative', `a ${type} is the online way itself; it has no support phone or e-mail to offer as another way`);
    } else return skip('channel-type', `${JSON.stringify(type ?? null).slice(0, 40)} is not a PTV channel type`);
  });
  for (const id of linked ?? []) if (!found.has(id)) problems.push({ index: -1, id, path: '', code: 'missing-channel', message: 'the service links to this channel, but it is not among the channels given', effect: 'record' });
  return { channels: out, problems };
}
