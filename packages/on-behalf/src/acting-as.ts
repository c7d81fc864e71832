import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { AnnouncerController, AutaElement, baseStyles, buttonStyles, safeUrl, textWithLang, warner, type Lang, type LocalizedText } from '@auta/core';
import { actingAsCatalog, type ActingAsMessages } from './acting-as.messages.js';
import { actingAsStyles } from './acting-as.styles.js';
import { businessId, hasIdentityCode, isoDate, withoutIdentityCodes } from './personal-data.js';
import { hasText, isActingAs, type ActingAs } from './shared.js';

/**
 * On what basis the user acts: their own matter, a mandate in Suomi.fi e-Authorizations,
 * as the guardian of a minor, as a court-appointed guardian (edunvalvoja), under a
 * continuing power of attorney (edunvalvontavaltuutus), or as a representative of an
 * organisation entered in a register (the Trade Register, for example).
 */
export type ActingAsBasis =
  | 'self'
  | 'mandate'
  | 'guardian-of-minor'
  | 'court-appointed-guardian'
  | 'continuing-power-of-attorney'
  | 'registered-representative';

export const ACTING_AS_BASES: readonly ActingAsBasis[] = [
  'self',
  'mandate',
  'guardian-of-minor',
  'court-appointed-guardian',
  'continuing-power-of-attorney',
  'registered-representative',
];

/** Detail of `auta-acting-as-switch`: what kind of party and basis are in force; never a name or an identifier. */
export interface ActingAsSwitchDetail {
  actingAs: ActingAs | '';
  basis: ActingAsBasis | '';
}

declare global {
  interface HTMLElementEventMap {
    'auta-acting-as-switch': CustomEvent<ActingAsSwitchDetail>;
  }
}

const TAG = 'auta-acting-as';
const warn = warner(TAG);

const BASIS_KEY: Record<Exclude<ActingAsBasis, 'self'>, keyof ActingAsMessages & `basis${string}`> = {
  mandate: 'basisMandate',
  'guardian-of-minor': 'basisGuardian',
  'court-appointed-guardian': 'basisCourtGuardian',
  'continuing-power-of-attorney': 'basisContinuingPower',
  'registered-representative': 'basisRepresentative',
};

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
/** 14.3.1950 in Finnish and Swedish, 14 March 1950 in English: a calendar date, in no time zone. */
function formatDay(iso: string, lang: Lang): string {
  let f = dayFormats.get(lang);
  if (!f) {
    const locale = lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-GB' : 'fi-FI';
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: lang === 'en' ? 'long' : 'numeric', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(lang, f);
  }
  return f.format(new Date(`${iso}T12:00:00Z`));
}

/**
 * The "acting as" line for an e-service's header: whom the user is acting for (a person's
 * name, or an organisation's name and business ID), on what basis, and a "switch" action
 * that lets the host start the selection again. It never shows a personal identity code:
 * anything shaped like one is left out with a console warning; a person is told apart at
 * most by a birth date, when the host gives one.
 *
 * Everything comes from attributes, so a server can render it (`@lit-labs/ssr`) and it
 * reads without JavaScript; with `switch-href` the switch is a link to the host's own
 * selection page, which works without JavaScript too. Light-DOM content written inside the
 * element is shown until it upgrades, then replaced (there is no slot for it).
 *
 * When the party changes while the page is open, the new line is announced politely, once.
 * After a full-page return from the selection, the host sets `changed` to have it
 * announced once on load.
 *
 * @summary Whom the user is acting for, on what basis, with a switch.
 *
 * @csspart base - The line: a region landmark named "Who you are acting for", so that it is easy to find.
 * @csspart text - The words of the line.
 * @csspart lead - "You are acting on behalf of …".
 * @csspart name - The person's or organisation's name.
 * @csspart identifier - The birth date or business ID after the name.
 * @csspart basis - On what basis, with the mandate theme and end date.
 * @csspart switch - The switch button or link.
 *
 * @cssprop --auta-acting-as-background - Background of the line (default `--auta-color-surface-subtle`).
 * @cssprop --auta-acting-as-border-color - Colour of the line's start border (default `--auta-color-accent`).
 *
 * @event {CustomEvent<ActingAsSwitchDetail>} auta-acting-as-switch - The user asked to switch; cancelable (stops the `switch-href` link). detail: { actingAs, basis }
 */
export class AutaActingAs extends AutaElement<ActingAsMessages> {
  static override styles = [...baseStyles, buttonStyles, actingAsStyles];

  protected readonly catalog = actingAsCatalog;
  private readonly announcer = new AnnouncerController(this);

  static override properties: PropertyDeclarations = {
    actingAs: { attribute: 'acting-as', reflect: true },
    partyName: { attribute: 'party-name' },
    businessId: { attribute: 'business-id' },
    birthDate: { attribute: 'birth-date' },
    basis: { reflect: true },
    mandateTheme: { attribute: 'mandate-theme' },
    mandateEnd: { attribute: 'mandate-end' },
    switchHref: { attribute: 'switch-href' },
    hideSwitch: { type: Boolean, attribute: 'hide-switch' },
    changed: { type: Boolean },
  };

  /** Whom the user acts for: `self`, `person` or `organisation`; nothing is shown without it. */
  actingAs: ActingAs | '' = '';

  /** The person's or organisation's name, as text. Never an identity code (one is left out). */
  partyName = '';

  /** An organisation's business ID (Y-tunnus), `1234567-1`; shown only for an organisation, and only when its check digit is right. */
  businessId = '';

  /** A person's birth date, `1950-03-14`, when the host chooses to tell same-named people apart; never the identity code. */
  birthDate = '';

  /** On what basis the user acts. */
  basis: ActingAsBasis | '' = '';

  /** The mandate theme (valtuusasia) the mandate covers: text, or `{ fi, sv, en }` as a property. */
  mandateTheme: string | LocalizedText = '';

  /** The last day the mandate holds, `2027-12-31`. */
  mandateEnd = '';

  /** The host's page that starts the selection again; the switch is then a link, which works without JavaScript. */
  switchHref = '';

  /** No switch: the host knows there is nothing to switch to (the person can act only for themselves). */
  hideSwitch = false;

  /** The party has just changed (the host's return from the selection): say the line once when the page loads. */
  changed = false;

  /** The line as last rendered, and whether `changed` has been announced. */
  private party = '';
  private toldChanged = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('actingAs') && this.actingAs && !isActingAs(this.actingAs)) {
      warn(`acting-as: "${String(this.actingAs)}" is not one of self, person, organisation; nothing is shown.`);
    }
    if (changed.has('basis') && this.basis && !(BASIS_KEY as Record<string, unknown>)[this.basis] && this.basis !== 'self') {
      warn(`basis: "${String(this.basis)}" is not one of the bases; it is not shown.`);
    }
    if (changed.has('partyName') && hasIdentityCode(this.partyName)) warn('party-name holds a personal identity code; it is left out. Pass the name only.');
    if (changed.has('businessId') && this.businessId && !businessId(this.businessId)) {
      warn(`business-id: "${withoutIdentityCodes(this.businessId).slice(0, 20)}" is not a business ID such as 1234567-1; it is not shown.`);
    }
    if (changed.has('birthDate') && this.birthDate && !isoDate(this.birthDate)) warn('birth-date is not a date such as 1950-03-14; it is not shown.');
    if (changed.has('mandateEnd') && this.mandateEnd && !isoDate(this.mandateEnd)) warn(`mandate-end: "${this.mandateEnd.slice(0, 20)}" is not a date such as 2027-12-31; it is not shown.`);
    if (changed.has('switchHref') && this.switchHref && !safeUrl(this.switchHref)) warn('switch-href is not a safe link; the switch is a button instead.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (isServer) return;
    // The party, not the words: a change of language is not news.
    const party = isActingAs(this.actingAs)
      ? JSON.stringify([this.actingAs, this.name, this.businessId, this.birthDate, this.basis, this.mandateTheme, this.mandateEnd])
      : '';
    const before = this.party;
    this.party = party;
    if (!party || party === before) return;
    // On load the line is part of the page, not news: only a change while the page is open
    // is announced, or, once, a line the host marks as `changed` (its return from the selection).
    if (before === '' && !(this.changed && !this.toldChanged)) return;
    this.toldChanged = true;
    // A short wait: a host that sets the name, basis and theme one by one is announced once.
    this.announcer.announce(`${this.msg('changed')} ${this.lineText()}`, 150);
  }

  /** The line's words, as a screen reader gets them. */
  private lineText(): string {
    return (this.renderRoot.querySelector('.text')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  private get name(): string {
    return withoutIdentityCodes(this.partyName);
  }

  private onSwitch(event: Event): void {
    const detail: ActingAsSwitchDetail = {
      actingAs: isActingAs(this.actingAs) ? this.actingAs : '',
      basis: this.knownBasis ?? '',
    };
    const go = this.dispatchEvent(new CustomEvent('auta-acting-as-switch', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!go) event.preventDefault();
  }

  private get knownBasis(): ActingAsBasis | undefined {
    return this.basis === 'self' || (BASIS_KEY as Record<string, unknown>)[this.basis] ? (this.basis as ActingAsBasis) : undefined;
  }

  private renderIdentifier(): TemplateResult | typeof nothing {
    const lang = this.resolvedLang;
    let text = '';
    if (this.actingAs === 'person' && isoDate(this.birthDate)) text = this.msg('birthDate', formatDay(isoDate(this.birthDate)!, lang));
    const id = this.actingAs === 'organisation' ? businessId(this.businessId) : undefined;
    if (id) text = this.msg('businessId', id);
    return text ? html`<span class="identifier" part="identifier">, ${text}</span>` : nothing;
  }

  private theme(): TemplateResult | string {
    const theme = this.mandateTheme;
    if (typeof theme === 'string') return withoutIdentityCodes(theme);
    if (!hasText(theme)) return '';
    const clean = Object.fromEntries(Object.entries(theme).map(([l, t]) => [l, typeof t === 'string' ? withoutIdentityCodes(t) : t]));
    const text = textWithLang(clean, this.resolvedLang);
    // A theme that was only an identity code has no text left: no dash, no empty <bdi>.
    return text === nothing ? '' : text;
  }

  private renderBasis(): TemplateResult | typeof nothing {
    const basis = this.knownBasis;
    if (!basis || basis === 'self' || this.actingAs === 'self') return nothing;
    const theme = basis === 'mandate' ? this.theme() : '';
    const end = basis === 'mandate' ? isoDate(this.mandateEnd) : undefined;
    return html`<span class="basis" part="basis"
      >${this.msg('basisLabel')} ${this.msg(BASIS_KEY[basis])}${theme ? html` – <bdi>${theme}</bdi>` : nothing}.${end
        ? ` ${this.msg('validUntil', formatDay(end, this.resolvedLang))}.`
        : nothing}</span
    >`;
  }

  private renderSwitch(): TemplateResult | typeof nothing {
    if (this.hideSwitch) return nothing;
    const href = safeUrl(this.switchHref);
    const label = this.msg('switchLabel');
    const text = this.msg('switch');
    return href
      ? html`<a class="button button--secondary switch" part="switch" href=${href} aria-label=${label} @click=${this.onSwitch}>${text}</a>`
      : html`<button class="button button--secondary switch" part="switch" type="button" aria-label=${label} @click=${this.onSwitch}>${text}</button>`;
  }

  override render() {
    const actingAs = isActingAs(this.actingAs) ? this.actingAs : undefined;
    const name = this.name;
    return html`<div class="wrap" lang=${this.contentLang ?? nothing}>
      ${actingAs
        ? html`<section class="line" part="base" aria-label=${this.msg('label')}>
            <p class="text" part="text">
              <span class="who"
                ><span class="lead" part="lead">${this.msg(actingAs)}${actingAs === 'self' && name ? ':' : nothing}</span>${name
                  ? html` <strong class="name" part="name"><bdi>${name}</bdi></strong>${this.renderIdentifier()}`
                  : nothing}<span class="visually-hidden">.</span></span
              >
              ${this.renderBasis()}
            </p>
            ${this.renderSwitch()}
          </section>`
        : nothing}
      ${this.announcer.region()}
    </div>`;
  }
}
