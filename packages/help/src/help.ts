import { channelPartStyles, channelParts } from '@auta/alt-channel';
import { AutaElement, baseStyles, headingLevel, headingTag, safeUrl, warner } from '@auta/core';
import { jsonAttribute, withAvailability, type ChannelAvailability } from '@auta/core/channels.js';
import { minuteClock } from '@auta/core/hours.js';
import { formatPhone } from '@auta/core/phone.js';
import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { helpStyles } from './help.styles.js';
import { helpSharedStyles } from './shared.styles.js';
import {
  HELP_MECHANISMS,
  validateCustomerService,
  validateNearestSupport,
  validateSelfHelp,
  type CustomerServiceChannel,
  type CustomerServiceKind,
  type HelpMechanism,
  type NearestSupport,
  type SelfHelpLink,
} from './mechanisms.js';
import { helpCatalog, type HelpMessages } from './messages.js';
import { loadHelpCopy } from './copy.js';

/** Detail of `<auta-help>`'s `auta-help-action`. */
export interface HelpBlockActionDetail {
  /** Which help mechanism the link belongs to. */
  mechanism: HelpMechanism;
  /** The channel or link kind inside it (`phone`, `chat`, `faq`, `finder`, `nearest-support` …), when known. */
  channel?: string;
  /** The link's `href`, as written. */
  href: string;
}

const warn = warner('auta-help');

/**
 * @summary The authority's help block for every page of an e-service: customer service,
 * self-help, digital support and the other ways to do the errand, always in that order.
 *
 * Put the same block on every page, in the same place. Whatever the host gives, in data or
 * in its own HTML, and in whichever order, the block shows the mechanisms in one fixed
 * order (WCAG 2.2 SC 3.2.6 Consistent Help): customer service (phone, chat, contact form,
 * secure message, email), self-help (instructions, then common questions), digital
 * support, other ways. A mechanism with nothing to show is left out; the others keep
 * their relative order.
 *
 * @slot heading - Optional: your own heading; replaces "Tarvitsetko apua?".
 * @slot customer-service - HTML-first: your customer-service contacts (readable and working without JavaScript).
 * @slot self-help - HTML-first: links to instructions and common questions.
 * @slot digital-support - HTML-first: where to get digital support.
 * @slot other-ways - HTML-first: a link to the other ways, or an embedded `<auta-alt-channel-notice>`.
 *
 * @csspart base - The block: a region named by its heading.
 * @csspart heading - The block's heading.
 * @csspart mechanism - One help mechanism rendered from data.
 * @csspart mechanism-heading - The heading of one mechanism.
 * @csspart channel - One customer-service channel.
 * @csspart channel-heading - The heading of one channel.
 * @csspart link - Every link.
 * @csspart phone-link - A phone number's `tel:` link.
 * @csspart status - "Open now" / "Closed now" from the service hours.
 * @csspart availability - The queue right now, as the host reports it.
 * @csspart response-time - How long an answer takes.
 * @csspart hours - The week's hours written out.
 *
 * @cssprop --auta-help-accent - Colour of the block's top border. Default: the accent colour.
 * @cssprop --auta-help-surface - Background of the block. Default: the subtle surface colour.
 *
 * @event {CustomEvent<HelpBlockActionDetail>} auta-help-action - A help link was used (mouse, touch or keyboard). `detail: { mechanism, channel, href }`. Links inside an embedded `<auta-alt-channel-notice>` fire the notice's own event instead. The element sends nothing anywhere.
 */
export class AutaHelp extends AutaElement<HelpMessages> {
  static override styles = [...baseStyles, channelPartStyles, helpSharedStyles, helpStyles];

  protected readonly catalog = helpCatalog;
  protected override readonly loadCopy = loadHelpCopy;

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    channels: { converter: jsonAttribute('channels', warn) },
    selfHelp: { attribute: 'self-help', converter: jsonAttribute('self-help', warn) },
    finderHref: { attribute: 'finder-href' },
    nearestSupport: { attribute: 'nearest-support', converter: jsonAttribute('nearest-support', warn) },
    otherWaysHref: { attribute: 'other-ways-href' },
    availability: { attribute: false },
    now: { attribute: false },
    slottedHeading: { state: true },
  };

  /** Level of the block's heading, 2 to 6; mechanisms one level below, channels two. */
  headingLevel = 2;

  /** Customer-service channels as data (`ContactChannel` of `@auta/core`: phone, chat, contact-form, secure-message, email); as an attribute, JSON. */
  channels?: CustomerServiceChannel[];

  /** Self-help links, `[{ kind: 'instructions' | 'faq', url, label? }]`; as an attribute, JSON. */
  selfHelp?: SelfHelpLink[];

  /** Where to find digital support, e.g. the provider finder's page; by default the first `<auta-provider-finder>` with an `id` on the page. */
  finderHref?: string;

  /** One line about the nearest digital support, `{ name, url?, phone?, description? }`; as an attribute, JSON. */
  nearestSupport?: NearestSupport;

  /** The page that lists the other ways to do the errand (where the `<auta-alt-channel-notice>` is). */
  otherWaysHref?: string;

  /** The queue right now per channel, as the contact centre reports it: `{ chat: { state: 'busy', waitMinutes: 5 } }`. Set it again when it changes. */
  availability?: Partial<Record<CustomerServiceKind, ChannelAvailability>>;

  /** The clock for "open now" (tests, stories, server rendering); the real time when unset. */
  now?: Date;

  private slottedHeading?: string;

  private valid: CustomerServiceChannel[] = [];
  private links: readonly SelfHelpLink[] = [];
  private nearest?: NearestSupport;

  private readonly parts = channelParts({
    lang: () => this.resolvedLang,
    msg: (key, ...args) => (this.msg as (k: string, ...a: unknown[]) => string)(key, ...args),
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
      this.valid = withAvailability(validateCustomerService(this.channels, warn), this.availability, warn);
    }
    if (changed.has('selfHelp')) this.links = validateSelfHelp(this.selfHelp, warn);
    if (changed.has('nearestSupport')) this.nearest = validateNearestSupport(this.nearestSupport, warn);
    for (const [prop, name] of [
      ['finderHref', 'finder-href'],
      ['otherWaysHref', 'other-ways-href'],
    ] as const) {
      const value = this[prop];
      if (changed.has(prop) && value && safeUrl(value) === undefined) warn(`${name}: "${String(value).slice(0, 80)}" is not a safe link (http, https, tel, mailto or relative); it is not shown.`);
    }
  }

  private onClick = (e: MouseEvent): void => {
    const path = e.composedPath();
    const link = path.find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (!link) return;
    // An embedded notice counts its own links with its own event.
    if (path.slice(0, path.indexOf(this)).some((n) => n instanceof HTMLElement && n.localName === 'auta-alt-channel-notice')) return;
    let mechanism = link.closest<HTMLElement>('[data-mechanism]')?.dataset.mechanism;
    let channel = link.closest<HTMLElement>('[data-channel]')?.dataset.channel;
    if (!mechanism) {
      let child: Element | null = link;
      while (child && child.parentElement !== this) child = child.parentElement;
      mechanism = child?.slot;
      channel = link.closest<HTMLElement>('[data-auta-help]')?.dataset.autaHelp;
    }
    if (!HELP_MECHANISMS.includes(mechanism as HelpMechanism)) return;
    const detail: HelpBlockActionDetail = { mechanism: mechanism as HelpMechanism, href: link.getAttribute('href')! };
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

  private finderLink(): string | undefined {
    if (this.finderHref !== undefined) return safeUrl(this.finderHref);
    if (isServer) return undefined;
    const finder = this.ownerDocument.querySelector('auta-provider-finder[id]');
    return finder ? `#${encodeURIComponent(finder.id)}` : undefined;
  }

  private mechanism(name: HelpMechanism, tag: StaticValue, body: unknown): TemplateResult {
    return staticHtml`<div part="mechanism" class="mechanism" data-mechanism=${name}>
      <${tag} part="mechanism-heading" class="mechanism-heading">${this.msg(name)}</${tag}>
      ${body}
    </div>`;
  }

  private channel(c: CustomerServiceChannel, tag: StaticValue, now: Date): TemplateResult {
    return staticHtml`<div part="channel" class="channel" data-channel=${c.kind}>
      <${tag} part="channel-heading" class="channel-heading">${this.msg(`channel-${c.kind}`)}</${tag}>
      ${c.name ? html`<p class="name">${this.parts.text(c.name)}</p>` : nothing}
      ${c.description ? html`<p>${this.parts.text(c.description)}</p>` : nothing}
      ${this.parts.body(c, now)}${this.parts.expectations(c)}
    </div>`;
  }

  private nearestLine(n: NearestSupport): TemplateResult {
    const phone = n.phone ? formatPhone(n.phone) : null;
    const name = this.parts.text(n.name);
    return html`<p class="nearest" data-channel="nearest-support">
      ${this.msg('nearestSupport')} ${n.url ? html`<a part="link" href=${n.url}>${name}</a>` : html`<strong>${name}</strong>`}${n.description
        ? html`, ${this.parts.text(n.description)}`
        : nothing}${phone ? html`, <a part="link phone-link" href=${phone.href}>${phone.display}</a>` : nothing}
    </p>`;
  }

  /** The data-rendered body of each mechanism; `nothing` when the host gave nothing for it. */
  private bodies(sub: StaticValue, channelTag: StaticValue, now: Date): Record<HelpMechanism, unknown> {
    const finder = this.finderLink();
    const otherWays = this.otherWaysHref ? safeUrl(this.otherWaysHref) : undefined;
    return {
      'customer-service': this.valid.length ? this.mechanism('customer-service', sub, this.valid.map((c) => this.channel(c, channelTag, now))) : nothing,
      'self-help': this.links.length
        ? this.mechanism(
            'self-help',
            sub,
            html`<ul class="links">
              ${this.links.map(
                (l) => html`<li data-channel=${l.kind}><a part="link" href=${l.url}>${l.label ? this.parts.text(l.label) : this.msg(l.kind)}</a></li>`,
              )}
            </ul>`,
          )
        : nothing,
      'digital-support':
        finder || this.nearest
          ? this.mechanism(
              'digital-support',
              sub,
              html`<p>${this.msg('digitalSupportIntro')}</p>
                ${this.nearest ? this.nearestLine(this.nearest) : nothing}
                ${finder ? html`<p class="action" data-channel="finder"><a part="link" href=${finder}>${this.msg('digitalSupportLink')}</a></p>` : nothing}`,
            )
          : nothing,
      'other-ways': otherWays
        ? this.mechanism(
            'other-ways',
            sub,
            html`<p>${this.msg('otherWaysText')}</p>
              <p class="action" data-channel="other-ways"><a part="link" href=${otherWays}>${this.msg('otherWaysLink')}</a></p>`,
          )
        : nothing,
    };
  }

  override render(): TemplateResult {
    const now = this.now ?? new Date();
    const level = headingLevel(this.headingLevel);
    const bodies = this.bodies(headingTag(level + 1), headingTag(level + 2), now);
    const tag = headingTag(level);
    return staticHtml`<section
      part="base"
      class="base"
      aria-labelledby=${this.slottedHeading ? nothing : 'heading'}
      aria-label=${this.slottedHeading ?? nothing}
      lang=${this.contentLang ?? nothing}
    >
      <slot name="heading" @slotchange=${this.onHeadingSlot}><${tag} part="heading" class="heading" id="heading">${this.msg('heading')}</${tag}></slot>
      ${HELP_MECHANISMS.map((m) => html`<slot name=${m}>${bodies[m]}</slot>`)}
    </section>`;
  }
}
