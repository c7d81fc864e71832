import { AutaElement, baseStyles, headingLevel, headingTag, safeUrl, warner } from '@auta/core';
import { jsonAttribute, withAvailability, type ChannelAvailability } from '@auta/core/channels.js';
import { addDays, minuteClock, parseFinnishDateTime, type FinnishDateTime } from '@auta/core/hours.js';
import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { CHANNEL_KINDS, validateChannels, type AltChannel, type ChannelKind } from './channels.js';
import { channelParts } from './channel-parts.js';
import { altChannelCatalog, loadAltChannelCopy, type AltChannelMessages } from './messages.js';
import { altChannelNoticeStyles } from './alt-channel-notice.styles.js';
import { channelPartStyles } from './channel-parts.styles.js';

/** Detail of `auta-help-action`. */
export interface HelpActionDetail {
  /** The kind of channel whose link was used. */
  channel: ChannelKind;
  /** The link's `href`, as written (`tel:+358295530010`, `https://…`). */
  href: string;
}

export type NoticeVariant = 'inline' | 'callout' | 'outage';

const warn = warner('auta-alt-channel-notice');

/** An outage end as Finnish wall-clock time; a value that is not a date and time is warned about. */
function finnishTime(value: string | undefined, name: string, end?: boolean): FinnishDateTime | undefined {
  if (!value) return undefined;
  const parsed = parseFinnishDateTime(value);
  if (!parsed) warn(`${name}: "${value.slice(0, 80)}" is not a date and time such as 2026-05-12T18:00+03:00; left out`);
  // An end at midnight is the end of the day before, 1440 ("kello 24", "midnight"; Kielikello), not 0 on the next.
  return parsed && end && !parsed.minutes ? { date: addDays(parsed.date, -1), minutes: 1440 } : parsed;
}

/**
 * @summary Tells people how to do this errand without the e-service: by phone, at a
 * service point, by post, by email, or with digital support; always in that order.
 *
 * Channels come as data (`channels`) or as the author's own HTML in named slots, which
 * is readable and whose links work before and without JavaScript. Either way they are
 * shown in one fixed order (WCAG 2.2 SC 3.2.6 Consistent Help). The `outage` variant
 * says when the e-service is down and what to do meanwhile (Act 306/2019).
 *
 * @slot heading - Optional: your own heading, shown before and without JavaScript too; replaces the default heading.
 * @slot intro - Optional: your own first paragraph; replaces the default introduction.
 * @slot - Extra instructions, shown after the introduction.
 * @slot phone - HTML-first: how to do the errand by phone (e.g. a `<section>` with a heading and a `tel:` link).
 * @slot service-desk - HTML-first: how to do it at a service point.
 * @slot mail - HTML-first: how to do it by post or with a printable form.
 * @slot email - HTML-first: how to do it by email or secure message.
 * @slot digital-support - HTML-first: where to get help with the e-service; replaces the default link to the provider finder.
 *
 * @csspart base - The notice: a group named by its heading (a region landmark in the outage variant).
 * @csspart heading - The notice's heading, naming the errand.
 * @csspart outage - The sentence saying when the e-service is down (outage variant).
 * @csspart intro - The introduction.
 * @csspart channel - One way to do the errand.
 * @csspart channel-heading - The heading of one channel.
 * @csspart link - Every link: phone numbers, booking, form, email, secure message, digital support.
 * @csspart phone-link - A phone number's `tel:` link.
 * @csspart status - "Open now" / "Closed now" and when that changes.
 * @csspart hours - The week's opening hours written out.
 *
 * @cssprop --auta-notice-accent - Colour of the callout's left border. Default: the accent colour.
 * @cssprop --auta-notice-surface - Background of the callout. Default: the info surface colour.
 * @cssprop --auta-notice-outage-accent - Border colour of the outage variant (3:1 against its surface). Default: the warning border colour.
 * @cssprop --auta-notice-outage-surface - Background of the outage variant. Default: the warning surface colour.
 * @cssprop --auta-notice-heading-size - Font size of the notice's heading. Default: 1.375rem.
 *
 * @event auta-help-action - A channel's link was used (mouse, touch or keyboard), in data and in HTML-first mode. `detail: { channel, href }`; `channel` is the channel kind. The element itself sends nothing anywhere.
 */
export class AutaAltChannelNotice extends AutaElement<AltChannelMessages> {
  static override styles = [...baseStyles, channelPartStyles, altChannelNoticeStyles];

  protected readonly catalog = altChannelCatalog;
  protected override readonly loadCopy = loadAltChannelCopy;

  static override properties: PropertyDeclarations = {
    errand: {},
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    outageFrom: { attribute: 'outage-from' },
    outageTo: { attribute: 'outage-to' },
    channels: { converter: jsonAttribute('channels', warn) },
    finderHref: { attribute: 'finder-href' },
    availability: { attribute: false },
    now: { attribute: false },
    slottedHeading: { state: true },
  };

  /**
   * The errand, as an imperative phrase in the page's language: `Hae asumistukea`,
   * `Ansök om bostadsbidrag`, `Apply for housing allowance`. The heading becomes
   * "Hae asumistukea muulla tavalla".
   */
  errand = '';

  /** `inline` inside the page's text, `callout` a prominent box, `outage` the e-service is down. */
  variant: NoticeVariant = 'inline';

  /** Level of the notice's heading, 2 to 6; each channel's heading is one level below. */
  headingLevel = 2;

  /** Outage start, ISO date-time: `2026-05-12T18:00+03:00`, or `2026-05-12T18:00` in Finnish time. */
  outageFrom?: string;

  /** Outage end, ISO date-time, as `outage-from`. */
  outageTo?: string;

  /**
   * The channels as data (see `AltChannel`); as an attribute, JSON. Invalid fields are
   * left out with a console warning; the rest is shown, in the fixed order.
   */
  channels?: AltChannel[];

  /**
   * Where to find digital support, e.g. the provider finder's page. By default, the first
   * `<auta-provider-finder>` with an `id` on the page; with neither, no link is shown.
   */
  finderHref?: string;

  /**
   * The queue right now, per channel kind, as the host's contact centre reports it:
   * `{ phone: { state: 'busy', waitMinutes: 10 } }`. Set it again whenever it changes; it
   * replaces the `availability` given in `channels`.
   */
  availability?: Partial<Record<ChannelKind, ChannelAvailability>>;

  /** The clock for "open now" (tests, stories, server rendering); the real time when unset. */
  now?: Date;

  private slottedHeading?: string;

  private valid: AltChannel[] = [];

  // The parts call back for text and language; `msg` stays protected on the element.
  private readonly parts = channelParts({
    lang: () => this.resolvedLang,
    msg: (key, ...args) => (this.msg as (k: string, ...a: unknown[]) => string)(key, ...args),
    finderLink: () => this.finderLink(),
    warn,
  });

  constructor() {
    super();
    // "Open now" as of now: rendered again at each minute boundary, by the page's one clock.
    minuteClock(this);
    // A click is also what Enter on a link fires, so this counts keyboard use too.
    if (!isServer) this.addEventListener('click', this.onClick);
  }


  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('channels') || changed.has('availability')) {
      this.valid = withAvailability(validateChannels(this.channels, warn), this.availability, warn);
    }
    if (changed.has('finderHref') && this.finderHref && safeUrl(this.finderHref) === undefined) {
      warn(`finder-href: "${this.finderHref.slice(0, 80)}" is not a safe link (http, https, tel, mailto or relative); it is not shown.`);
    }
  }

  private onClick = (e: MouseEvent): void => {
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (!link) return;
    // Shadow-DOM channels carry their kind; light-DOM ones sit in a child named by its slot.
    let kind = link.closest<HTMLElement>('[data-channel]')?.dataset.channel;
    if (!kind) {
      let child: Element | null = link;
      while (child && child.parentElement !== this) child = child.parentElement;
      kind = child?.slot;
    }
    if (!CHANNEL_KINDS.includes(kind as ChannelKind)) return;
    this.dispatchEvent(
      new CustomEvent<HelpActionDetail>('auta-help-action', {
        bubbles: true,
        composed: true,
        detail: { channel: kind as ChannelKind, href: link.getAttribute('href')! },
      }),
    );
  };

  private onHeadingSlot(e: Event): void {
    const text = (e.target as HTMLSlotElement)
      .assignedElements()
      .map((el) => el.textContent?.trim())
      .join(' ');
    this.slottedHeading = text || undefined;
  }

  /** The provider finder's address: `finder-href`, else the first finder with an `id` on the page. */
  finderLink(): string | undefined {
    if (this.finderHref !== undefined) return safeUrl(this.finderHref);
    if (isServer) return undefined;
    const finder = this.ownerDocument.querySelector('auta-provider-finder[id]');
    return finder ? `#${encodeURIComponent(finder.id)}` : undefined;
  }

  private channel(c: AltChannel, tag: StaticValue, now: Date): TemplateResult {
    return staticHtml`<div part="channel" class="channel" data-channel=${c.kind}>
      <${tag} part="channel-heading" class="channel-heading">${this.msg(c.kind)}</${tag}>
      ${c.name && c.kind !== 'mail' ? html`<p class="name">${this.parts.text(c.name)}</p>` : nothing}
      ${c.description ? html`<p>${this.parts.text(c.description)}</p>` : nothing}
      ${this.parts.body(c, now)}${this.parts.expectations(c)}
    </div>`;
  }

  override render(): TemplateResult {
    const now = this.now ?? new Date();
    const level = headingLevel(this.headingLevel);
    const tag = headingTag(level);
    const sub = headingTag(level + 1);
    const outage = this.variant === 'outage';
    const variant = outage || this.variant === 'callout' ? this.variant : 'inline';
    const errand = this.errand.trim();
    let outageText: string | typeof nothing = nothing;
    if (outage) {
      const from = finnishTime(this.outageFrom, 'outage-from');
      const to = finnishTime(this.outageTo, 'outage-to', true);
      // `sameDay` is read only when both are given.
      outageText = this.msg('outage', this.parts.when(from), this.parts.when(to), from?.date === to?.date);
    }
    const finder = this.valid.some((c) => c.kind === 'digital-support') ? undefined : this.finderLink();
    return staticHtml`<section
      part="base"
      class="base ${variant}"
      role=${outage ? 'region' : 'group'}
      aria-labelledby=${this.slottedHeading ? nothing : 'heading'}
      aria-label=${this.slottedHeading ?? nothing}
      lang=${this.contentLang ?? nothing}
    >
      <slot name="heading" @slotchange=${this.onHeadingSlot}
        ><${tag} part="heading" class="heading" id="heading">${this.msg(outage ? 'outageHeading' : 'heading', errand)}</${tag}></slot
      >
      ${outage ? html`<p part="outage" class="outage-text">${outageText}</p>` : nothing}
      <slot name="intro"><p part="intro" class="intro">${this.msg(outage ? 'outageMeanwhile' : 'intro')}</p></slot>
      <slot></slot>
      ${CHANNEL_KINDS.map(
        (kind) => html`<slot name=${kind}
            >${kind === 'digital-support' && finder
              ? this.channel({ kind, url: finder }, sub, now)
              : nothing}</slot
          >${this.valid.filter((c) => c.kind === kind).map((c) => this.channel(c, sub, now))}`,
      )}
    </section>`;
  }
}
