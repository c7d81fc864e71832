import { CHANNEL_KINDS, channelPartStyles, channelParts, validateChannels, type AltChannel, type ChannelKind, type When } from '@auta/alt-channel';
import { AutaElement, baseStyles, headingLevel, headingTag, safeUrl, warner } from '@auta/core';
import { minuteClock, openingStatus, parseFinnishDateTime } from '@auta/core/hours.js';
import { jsonAttribute, withAvailability, type ChannelAvailability } from '@auta/core/channels.js';
import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { unavailableCatalog, type UnavailableMessages, type UnavailableReason } from './service-unavailable-messages.js';
import { loadUnavailableCopy } from './copy.js';
import { serviceUnavailableStyles } from './service-unavailable.styles.js';
import { helpSharedStyles } from './shared.styles.js';
import type { HelpBlockActionDetail } from './help.js';

const REASONS: readonly UnavailableReason[] = ['maintenance', 'fault', 'closed', 'seasonal'];
const warn = warner('auta-service-unavailable');

/** Whether a channel serves right now: the queue the host reports, else the service hours in Finnish time. */
export function isOpenNow(c: AltChannel, now: Date): boolean {
  if (c.availability) return c.availability.state !== 'closed';
  if (!c.serviceHours?.length) return false;
  const s = openingStatus(c.serviceHours, now).state;
  return s === 'open' || s === 'always-open';
}

/**
 * The channels with those open right now first; within each group the notice's fixed
 * order. On this one page the order follows the clock on purpose: a person who cannot do
 * the errand online needs the way that answers now, and this page is not one of a set
 * whose help must stay in place (SC 3.2.6 is about help repeated across pages).
 */
export function orderOpenFirst(channels: readonly AltChannel[], now: Date): AltChannel[] {
  const rank = (c: AltChannel) => (isOpenNow(c, now) ? 0 : 1) * 10 + CHANNEL_KINDS.indexOf(c.kind);
  return [...channels].sort((a, b) => rank(a) - rank(b));
}

/**
 * @summary The page to show when an e-service is unavailable: planned maintenance, a
 * fault, a permanent closure or the season it is closed; when it works again; what
 * happened to saved answers and deadlines; the other ways with the ones open right now
 * first; and a reference code for customer service.
 *
 * Serve it from the agency's own static fallback page: the light-DOM content (heading,
 * status, the other ways with `tel:` links) is the page without JavaScript. With
 * JavaScript and `channels` data, the other ways are rendered from the data with "open
 * now" in Finnish time, those open now first.
 *
 * @slot heading - Optional: your own heading (an `h1` for a page of its own).
 * @slot status - HTML-first: what happened and when it works again; replaces the sentences made from `from`, `until` and `updated-at`.
 * @slot saved - HTML-first: what happened to saved answers and deadlines.
 * @slot other-ways - HTML-first: the other ways to do the errand; shown when no `channels` data is given (and always without JavaScript).
 * @slot reference - HTML-first: the reference code for customer service.
 * @slot - Anything else, after the other ways.
 *
 * @csspart base - The page content: an article named by its heading.
 * @csspart heading - The heading.
 * @csspart status - What happened, since when, until when.
 * @csspart updated - When the notice was last updated.
 * @csspart saved - Saved answers and deadlines.
 * @csspart other-ways - The other ways, open ones first.
 * @csspart channel - One way to do the errand.
 * @csspart channel-heading - The heading of one channel.
 * @csspart link - Every link.
 * @csspart phone-link - A phone number's `tel:` link.
 * @csspart reference - The reference code.
 *
 * @cssprop --auta-unavailable-accent - Border colour of the status box (3:1 against its surface). Default: the warning border colour.
 * @cssprop --auta-unavailable-surface - Background of the status box. Default: the warning surface colour.
 *
 * @event {CustomEvent<HelpBlockActionDetail>} auta-help-action - A link was used. `detail: { mechanism: 'other-ways', channel, href }`. The element sends nothing anywhere.
 */
export class AutaServiceUnavailable extends AutaElement<UnavailableMessages> {
  static override styles = [...baseStyles, channelPartStyles, helpSharedStyles, serviceUnavailableStyles];

  protected readonly catalog = unavailableCatalog;
  protected override readonly loadCopy = loadUnavailableCopy;

  static override properties: PropertyDeclarations = {
    reason: { reflect: true },
    service: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    from: {},
    until: {},
    updatedAt: { attribute: 'updated-at' },
    opens: {},
    replacementHref: { attribute: 'replacement-href' },
    savedAnswers: { attribute: 'saved-answers' },
    deadlines: {},
    deadline: {},
    reference: {},
    channels: { converter: jsonAttribute('channels', warn) },
    availability: { attribute: false },
    finderHref: { attribute: 'finder-href' },
    now: { attribute: false },
    slottedHeading: { state: true },
  };

  /** `maintenance` (planned), `fault`, `closed` (for good) or `seasonal` (open only part of the year). */
  reason: UnavailableReason = 'fault';

  /** The e-service's name in the page's language: `Asumistuen verkkoasiointi`. */
  service = '';

  /** Level of the heading, 1 to 5 (a page of its own: 1); the sections one level below. */
  headingLevel = 1;

  /** Since when, ISO date-time (`2026-05-12T18:00+03:00`, or Finnish wall-clock time without a zone). */
  from?: string;

  /** Until when; leave it out when it is not known yet, and the page says so. */
  until?: string;

  /** When the notice was last updated, ISO date-time. */
  updatedAt?: string;

  /** Seasonal: when the service opens next, ISO date-time. */
  opens?: string;

  /** Closed: the new service that replaces it. */
  replacementHref?: string;

  /** What happened to answers saved in the e-service: `kept` or `lost`; unset says nothing (or your `saved` slot does). */
  savedAnswers?: 'kept' | 'lost';

  /** Deadlines: `unchanged` or `extended` (to `deadline`, ISO date). */
  deadlines?: 'unchanged' | 'extended';

  /** The new deadline when `deadlines="extended"`, ISO date (`2026-05-20`) or date-time. */
  deadline?: string;

  /** A code to give to customer service, e.g. `KATKO-2605`. */
  reference?: string;

  /** The other ways, as the notice's channel data; as an attribute, JSON. */
  channels?: AltChannel[];

  /** The queue right now per channel kind, as the contact centre reports it; set it again when it changes. */
  availability?: Partial<Record<ChannelKind, ChannelAvailability>>;

  /** Where to find digital support (the provider finder's page). */
  finderHref?: string;

  /** The clock for "open now" (tests, stories, server rendering); the real time when unset. */
  now?: Date;

  private slottedHeading?: string;

  private valid: AltChannel[] = [];

  private readonly parts = channelParts({
    lang: () => this.resolvedLang,
    msg: (key, ...args) => (this.msg as (k: string, ...a: unknown[]) => string)(key, ...args),
    warn,
    finderLink: () => (this.finderHref ? safeUrl(this.finderHref) : undefined),
  });

  constructor() {
    super();
    // "Open now" as of now: rendered again at each minute boundary, by the page's one clock.
    minuteClock(this);
    if (!isServer) this.addEventListener('click', this.onClick);
  }


  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('channels') || changed.has('availability')) {
      this.valid = withAvailability(validateChannels(this.channels, warn), this.availability, warn);
    }
    if (changed.has('reason') && !REASONS.includes(this.reason)) warn(`reason: "${String(this.reason).slice(0, 40)}" is not ${REASONS.join(', ')}; shown as a fault`);
  }

  private onClick = (e: MouseEvent): void => {
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (!link) return;
    let channel = link.closest<HTMLElement>('[data-channel]')?.dataset.channel;
    if (!channel) {
      let child: Element | null = link;
      while (child && child.parentElement !== this) child = child.parentElement;
      if (child?.slot !== 'other-ways') return;
      channel = link.closest<HTMLElement>('[data-auta-help]')?.dataset.autaHelp;
    }
    const detail: HelpBlockActionDetail = { mechanism: 'other-ways', href: link.getAttribute('href')! };
    if (channel) detail.channel = channel;
    this.dispatchEvent(new CustomEvent<HelpBlockActionDetail>('auta-help-action', { bubbles: true, composed: true, detail }));
  };

  private onHeadingSlot(e: Event): void {
    const text = (e.target as HTMLSlotElement)
      .assignedElements()
      .map((el) => el.textContent?.trim())
      .join(' ');
    this.slottedHeading = text || undefined;
  }

  /** A date-time attribute written out in the page's language (`When`); undefined, with a warning, when it is not one. */
  private time(value: string | undefined, name: string): When | undefined {
    if (!value) return undefined;
    // A date alone (a deadline) is the end of that day, written without a time.
    const parsed = parseFinnishDateTime(/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00` : value);
    if (!parsed) warn(`${name}: "${value.slice(0, 80)}" is not a date and time such as 2026-05-12T18:00+03:00; left out`);
    return this.parts.when(parsed);
  }

  private status(reason: UnavailableReason): TemplateResult {
    const updated = this.time(this.updatedAt, 'updated-at');
    let lines: unknown;
    if (reason === 'closed') {
      const href = this.replacementHref ? safeUrl(this.replacementHref) : undefined;
      lines = html`<p>${this.msg('closedFor')}</p>
        ${href ? html`<p class="action" data-channel="replacement"><a part="link" href=${href}>${this.msg('replacementLink')}</a></p>` : nothing}`;
    } else if (reason === 'seasonal') {
      lines = html`<p>${this.msg('seasonalOpens', this.time(this.opens, 'opens'))}</p>`;
    } else {
      lines = html`<p>${this.msg('since', reason, this.time(this.from, 'from'))}</p>
        <p class="back">${this.msg('back', this.time(this.until, 'until'))}</p>`;
    }
    return html`<div part="status" class="status-box">
      ${lines}${updated ? html`<p part="updated" class="updated">${this.msg('updated', updated)}</p>` : nothing}
    </div>`;
  }

  private saved(): TemplateResult | typeof nothing {
    const saved = this.savedAnswers === 'kept' ? 'savedKept' : this.savedAnswers === 'lost' ? 'savedLost' : undefined;
    const deadline =
      this.deadlines === 'unchanged'
        ? this.msg('deadlinesUnchanged')
        : this.deadlines === 'extended'
          ? this.msg('deadlinesExtended', this.time(this.deadline, 'deadline'))
          : undefined;
    if (!saved && !deadline) return nothing;
    return html`<div part="saved" class="saved">${saved ? html`<p>${this.msg(saved)}</p>` : nothing}${deadline ? html`<p>${deadline}</p>` : nothing}</div>`;
  }

  private otherWays(sub: StaticValue, channelTag: StaticValue, now: Date): TemplateResult {
    const finder = this.finderHref ? safeUrl(this.finderHref) : undefined;
    const list = [...this.valid];
    if (finder && !list.some((c) => c.kind === 'digital-support')) list.push({ kind: 'digital-support', url: finder });
    return staticHtml`<section part="other-ways" class="other-ways" aria-labelledby="other-ways-heading">
      <${sub} id="other-ways-heading" class="section-heading">${this.msg('otherWaysHeading')}</${sub}>
      <p>${this.msg('otherWaysIntro')}</p>
      ${orderOpenFirst(list, now).map(
        (c) => staticHtml`<div part="channel" class="channel${isOpenNow(c, now) ? ' open-now' : ''}" data-channel=${c.kind}>
          <${channelTag} part="channel-heading" class="channel-heading">${this.msg(c.kind)}</${channelTag}>
          ${c.name && c.kind !== 'mail' ? html`<p class="name">${this.parts.text(c.name)}</p>` : nothing}
          ${c.description ? html`<p>${this.parts.text(c.description)}</p>` : nothing}
          ${this.parts.body(c, now)}${this.parts.expectations(c)}
        </div>`,
      )}
    </section>`;
  }

  override render(): TemplateResult {
    const now = this.now ?? new Date();
    const reason = REASONS.includes(this.reason) ? this.reason : 'fault';
    // Held to 5: the sections below the page's heading need a level of their own.
    const level = Math.min(headingLevel(this.headingLevel, 1), 5);
    const tag = headingTag(level);
    const sub = headingTag(level + 1);
    const channelTag = headingTag(level + 2);
    const code = this.reference?.trim();
    const dataWays = this.valid.length > 0 || !!(this.finderHref && safeUrl(this.finderHref));
    return staticHtml`<article
      part="base"
      class="base ${reason}"
      aria-labelledby=${this.slottedHeading ? nothing : 'heading'}
      aria-label=${this.slottedHeading ?? nothing}
      lang=${this.contentLang ?? nothing}
    >
      <slot name="heading" @slotchange=${this.onHeadingSlot}><${tag} part="heading" class="heading" id="heading">${this.msg('heading', reason, this.service.trim())}</${tag}></slot>
      <slot name="status">${this.status(reason)}</slot>
      <slot name="saved">${this.saved()}</slot>
      ${dataWays ? this.otherWays(sub, channelTag, now) : html`<slot name="other-ways"></slot>`}
      <slot name="reference">${code
        ? html`<p part="reference" class="reference">${this.msg('reference')} <strong class="code">${code}</strong></p>`
        : nothing}</slot>
      <slot></slot>
    </article>`;
  }
}
