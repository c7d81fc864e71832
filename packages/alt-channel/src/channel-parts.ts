import { textWithLang, type Lang, type MessageArgs } from '@auta/core';
import {
  describeStatus,
  describeWeek,
  formatDate,
  formatTime,
  openingStatus,
  parseFinnishDateTime,
  upcomingExceptions,
  type FinnishDateTime,
  type ServiceHour,
} from '@auta/core/hours.js';
import {
  joinPrefix,
  phoneLinks,
  type ChannelAddress,
  type ChannelAvailability,
  type ContactChannel,
  type PhoneNumber,
  type Text,
} from '@auta/core/channels.js';
import type { FormattedPhone } from '@auta/core/phone.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { AltChannelMessages, When } from './messages.js';

/** The texts the channel parts use; the notice's catalog has them all, and the help block reuses them. */
export type ChannelMessages = Pick<
  AltChannelMessages,
  | 'phoneHours'
  | 'deskHours'
  | 'chatHours'
  | 'free'
  | 'localCharge'
  | 'chargeable'
  | 'foreignCharge'
  | 'relay-text'
  | 'relay-video'
  | 'relay-sign-language'
  | 'bookingRequired'
  | 'dropIn'
  | 'bookingLink'
  | 'bring'
  | 'postOfficeBox'
  | 'mailIntro'
  | 'formLink'
  | 'emailWarning'
  | 'secureMessageLink'
  | 'replyTime'
  | 'digitalSupportText'
  | 'digitalSupportLink'
  | 'responseDays'
  | 'haveReady'
  | 'abroad'
  | 'callbackLink'
  | 'availabilityOpen'
  | 'availabilityBusy'
  | 'availabilityClosed'
  | 'chatLink'
  | 'contactFormLink'
>;

/** A number as it is dialled from abroad: `+358 9 123 4567`, grouped as the national form is. */
function international(p: FormattedPhone): string {
  return p.kind === 'foreign' ? p.display : `+358 ${p.display.replace(/^0/, '')}`;
}

/** What the parts need from the element that renders them. */
export interface ChannelPartsHost {
  lang(): Lang;
  msg<K extends keyof ChannelMessages & string>(key: K, ...args: MessageArgs<ChannelMessages[K]>): string;
  /** Where digital support is, when a digital-support channel has no `url` of its own. */
  finderLink?(): string | undefined;
  /** The element's console warning, for data that is valid but falls short (a charge without its price). */
  warn?(message: string): void;
}

const warnedChargeable = new Set<string>();

/**
 * Template functions for one contact channel, shared by `<auta-alt-channel-notice>` and
 * `<auta-help>` so that a phone number, its charge, its hours and the expectations
 * (response time, queue, what to have ready, calls from abroad, call back) read the same
 * wherever they appear.
 */
export function channelParts(host: ChannelPartsHost) {
  const lang = () => host.lang();

  /** Data text in the UI language, marked with its own `lang` when it is in another one. */
  const text = (value: Text | undefined) => textWithLang(value, lang());

  const link = (href: string, label: unknown, part = 'link'): TemplateResult => html`<p class="action"><a part=${part} href=${href}>${label}</a></p>`;

  const list = (label: string, items: Text[] | undefined, cls: string): TemplateResult | typeof nothing =>
    items?.length
      ? html`<p class="label">${label}</p>
          <ul class=${cls}>
            ${items.map((b) => html`<li>${text(b)}</li>`)}
          </ul>`
      : nothing;

  /** The status from the timetable and the week written out; with a live queue (`live`), the queue's word replaces the timetable's. */
  const hours = (serviceHours: ServiceHour[] | undefined, label: string, now: Date, live = false): TemplateResult | typeof nothing => {
    if (!serviceHours?.length) return nothing;
    const status = openingStatus(serviceHours, now);
    const lines = [
      ...describeWeek(serviceHours, lang(), now).map((l) => l.text),
      ...upcomingExceptions(serviceHours, lang(), now, 14).map((e) => e.text),
    ];
    return html`${live ? nothing : html`<p part="status" class="status ${status.state}">${describeStatus(status, lang(), now)}</p>`}
      ${lines.length
        ? html`<p class="label">${label}</p>
            <ul part="hours" class="hours">
              ${lines.map((l) => html`<li>${l}</li>`)}
            </ul>`
        : nothing}`;
  };

  /** A Finnish date and time written out in the UI language, for the copy that says when; minute 1440 ends the day ("kello 24"), minute 0 starts it ("kello 0.00"). */
  const when = (value: FinnishDateTime | undefined): When | undefined =>
    value && { date: formatDate(value.date, lang()), time: formatTime(value.minutes, lang(), value.minutes > 0, true) };

  /** The queue as the host last said; it replaces "open now" from the hours, which only knows the timetable. */
  const availability = (a: ChannelAvailability): TemplateResult => {
    const sentence =
      a.state === 'open' ? host.msg('availabilityOpen') : a.state === 'busy' ? host.msg('availabilityBusy', a.waitMinutes) : host.msg('availabilityClosed', when(parseFinnishDateTime(a.nextOpening)));
    return html`<p part="availability" class="status availability ${a.state}">${sentence}</p>`;
  };

  const address = (a: ChannelAddress): TemplateResult => {
    const street = a.postOfficeBox ? host.msg('postOfficeBox', a.postOfficeBox) : html`${text(a.street)}${a.streetNumber ? ` ${a.streetNumber}` : ''}`;
    return html`<p class="address">
      ${street}<br />${a.postalCode} ${text(a.postOffice)}${a.additionalInformation ? html`<br />${text(a.additionalInformation)}` : nothing}
    </p>`;
  };

  const phoneNumber = (p: PhoneNumber): TemplateResult => {
    const { number: formatted, abroad } = phoneLinks(p);
    const description = p.chargeDescription ? text(p.chargeDescription) : undefined;
    const kind = formatted?.kind;
    let charge: 'free' | 'chargeable' | 'foreignCharge' | 'localCharge' | undefined;
    if (p.serviceChargeType === 'FreeOfCharge' || (!p.serviceChargeType && kind === 'free')) charge = 'free';
    else if (p.serviceChargeType === 'Chargeable') {
      charge = description ? undefined : 'chargeable';
      // A caller must know what a chargeable call costs before calling: the host's data should say.
      if (!description && host.warn && !warnedChargeable.has(p.number)) {
        warnedChargeable.add(p.number);
        host.warn(`${p.number} is Chargeable but has no chargeDescription; add what a call costs.`);
      }
    }
    else if (kind === 'free') charge = 'free';
    else if (kind === 'premium') charge = description ? undefined : 'chargeable';
    else if (kind === 'foreign') charge = 'foreignCharge';
    // Service numbers (0295, 020, 029 …), landlines and mobiles: the caller's own operator charge.
    else if (formatted) charge = 'localCharge';
    return html`<div class="phone-number">
      <p class="number">
        ${formatted ? html`<a part="link phone-link" href=${formatted.href}>${formatted.display}</a>` : joinPrefix(p)}
      </p>
      ${p.additionalInformation ? html`<p>${text(p.additionalInformation)}</p>` : nothing}
      ${charge || description
        ? html`<p class="charge">${charge ? host.msg(charge) : nothing}${charge && description ? ' ' : nothing}${description ?? nothing}</p>`
        : nothing}
      ${abroad
        ? html`<p class="abroad">${host.msg('abroad')} <a part="link phone-link" href=${abroad.href}>${international(abroad)}</a></p>`
        : nothing}
    </div>`;
  };

  /** Response time, what to have ready and a call-back link: what a person can expect of any channel. */
  const expectations = (c: ContactChannel): TemplateResult => {
    const r = c.responseTime ?? c.replyTime;
    const response =
      r === undefined
        ? nothing
        : typeof r === 'object' && 'workingDays' in r && typeof r.workingDays === 'number'
          ? html`<p part="response-time" class="response">${host.msg('responseDays', r.workingDays)}</p>`
          : html`<p part="response-time" class="response">${host.msg('replyTime')}: ${text(r as Text)}</p>`;
    return html`${response}${list(host.msg('haveReady'), c.haveReady, 'ready')}${c.callbackUrl ? link(c.callbackUrl, host.msg('callbackLink')) : nothing}`;
  };

  const body = (c: ContactChannel, now: Date): unknown => {
    // A phone line's or a chat's queue as the host reports it, then its hours (whose status the queue replaces).
    const open = (label: 'phoneHours' | 'chatHours') =>
      html`${c.availability ? availability(c.availability) : nothing}${hours(c.serviceHours, host.msg(label), now, !!c.availability)}`;
    switch (c.kind) {
      case 'phone':
        return html`${c.phoneNumbers!.map(phoneNumber)}${open('phoneHours')}
        ${c.relay?.length
          ? html`<ul class="relay">
              ${c.relay.map((r) => html`<li>${host.msg(`relay-${r}`)}</li>`)}
            </ul>`
          : nothing}`;
      case 'chat':
        return html`${link(c.url!, host.msg('chatLink'))}${open('chatHours')}`;
      case 'contact-form':
        return link(c.url!, host.msg('contactFormLink'));
      case 'secure-message':
        return link(c.url!, host.msg('secureMessageLink'));
      case 'service-desk':
        return html`${c.addresses?.map(address)}${hours(c.serviceHours, host.msg('deskHours'), now)}
        ${c.booking ? html`<p>${host.msg(c.booking.required ? 'bookingRequired' : 'dropIn')}</p>` : nothing}
        ${c.booking?.url ? link(c.booking.url, host.msg('bookingLink')) : nothing}${list(host.msg('bring'), c.bring, 'bring')}`;
      case 'mail':
        return html`${c.formUrl ? html`<p>${host.msg('mailIntro')}</p>${link(c.formUrl, host.msg('formLink'))}` : nothing}
        ${c.name ? html`<p class="name">${text(c.name)}</p>` : nothing}${c.addresses?.map(address)}`;
      case 'email':
        return html`${c.email ? html`${link(`mailto:${c.email}`, c.email)}<p>${host.msg('emailWarning')}</p>` : nothing}
        ${c.secureMessageUrl ? link(c.secureMessageUrl, host.msg('secureMessageLink')) : nothing}`;
      default: {
        const href = c.url ?? host.finderLink?.();
        return html`<p>${host.msg('digitalSupportText')}</p>
          ${href ? link(href, host.msg('digitalSupportLink')) : nothing}`;
      }
    }
  };

  return { text, link, when, hours, availability, address, phoneNumber, expectations, body };
}
