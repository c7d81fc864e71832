import { AutaElement, baseStyles, headingLevel, headingTag, pickText, safeUrl, type LocalizedText, type PickedText } from '@auta/core';
import { formatPhone } from '@auta/core/phone.js';
import {
  describeStatus,
  describeWeek,
  formatIntervals,
  helsinkiTime,
  hoursOn,
  openingStatus,
  upcomingExceptions,
} from '@auta/core/hours.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { ACCESSIBILITY_FEATURES, type Provider } from './data/index.js';
import { capitalize, formatDistance, loadProviderFinderCopy, providerFinderCatalog, type ProviderFinderMessages } from './messages.js';
import { providerCardStyles } from './provider-card.styles.js';

/** What was used on a result: its phone number, web page, e-mail address or its details. */
export type ProviderAction = 'phone' | 'web' | 'email' | 'details';

/** Detail of `auta-provider-select`. */
export interface ProviderSelectDetail {
  id: string;
  /** The provider's name as shown (in the UI language, or the language it fell back to). */
  name: string;
  action: ProviderAction;
}

declare global {
  interface HTMLElementEventMap {
    'auta-provider-select': CustomEvent<ProviderSelectDetail>;
  }
}


const warnedChargeable = new Set<string>();

/** A caller must know what a chargeable call costs: the data should say (PTV `chargeDescription`). */
function warnChargeable(number: string): void {
  if (warnedChargeable.has(number)) return;
  warnedChargeable.add(number);
  console.warn(`[auta] auta-provider-card: ${number} is Chargeable but has no chargeDescription; add what a call costs, so callers know before they call.`);
}

/**
 * @summary One place or line that helps with digital services: name, what help it gives,
 * where and when, and how to get in touch.
 *
 * Shows a provider of `@auta/provider-finder`'s data format. Text comes in the UI language
 * when the data has it, else in another language marked with its own `lang`, so screen
 * readers pronounce it right. The heading carries the name, so screen-reader users can
 * move from result to result by heading. The week's hours and upcoming exceptions open in
 * place. All data is shown as text; every link passes `safeUrl`.
 *
 * @csspart card - The card.
 * @csspart heading - The provider's name.
 * @csspart status - "Open now" / "Closed now" and when that changes.
 * @csspart details - The disclosure with the week's hours and exceptions.
 * @csspart link - Phone, e-mail and web links.
 * @csspart phone-link - A phone number's `tel:` link.
 *
 * @cssprop --auta-card-border - Border colour of the card. Default: the border colour.
 * @cssprop --auta-card-surface - Background of the card. Default: the surface colour.
 * @cssprop --auta-card-heading-size - Font size of the provider's name. Default: 1.25rem.
 *
 * @event {CustomEvent<ProviderSelectDetail>} auta-provider-select - A phone number, e-mail or web link of the provider was used, or its hours were opened. `detail: { id, name, action }` with `action` `phone`, `web`, `email` or `details`. Bubbles and is composed. The element itself sends nothing anywhere.
 */
export class AutaProviderCard extends AutaElement<ProviderFinderMessages> {
  static override styles = [...baseStyles, providerCardStyles];

  protected readonly catalog = providerFinderCatalog;
  protected override readonly loadCopy = loadProviderFinderCopy;

  static override properties: PropertyDeclarations = {
    provider: { attribute: false },
    distanceKm: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    hoursOpen: { state: true },
  };

  /** The provider to show (the finder's data format). */
  provider?: Provider;

  /** Distance from the person's location in kilometres, when known. */
  distanceKm?: number;

  /** Level of the card's heading, 2 to 6. */
  headingLevel = 2;

  /** The moment "open now" is judged at. Default: the current time. */
  now?: Date;

  /* The week and a month of exceptions are worked out only once the details are opened:
     twenty cards re-render on every keystroke, and most are never opened. */
  private hoursOpen = false;

  /** Moves focus to the card's heading (after "show more", so focus lands on the first new result). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private select(action: ProviderAction, name: string) {
    if (!this.provider) return;
    this.dispatchEvent(
      new CustomEvent<ProviderSelectDetail>('auta-provider-select', {
        detail: { id: this.provider.id, name, action },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private text(t: LocalizedText | undefined): PickedText | undefined {
    return pickText(t, this.resolvedLang);
  }

  /** Provider text in an element that says its language when it differs from the UI's. */
  private say(picked: PickedText | undefined): TemplateResult | typeof nothing {
    if (!picked) return nothing;
    return picked.lang === this.resolvedLang ? html`${picked.text}` : html`<span lang=${picked.lang}>${picked.text}</span>`;
  }


  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('provider') && changed.get('provider') !== undefined) this.hoursOpen = false;
  }

  override render() {
    const p = this.provider;
    if (!p) return nothing;
    const lang = this.resolvedLang;
    const now = this.now ?? new Date();
    const name = this.text(p.name) ?? { text: p.id, lang };
    const heading = headingTag(headingLevel(this.headingLevel));
    const description = this.text(p.description);
    const address = p.addresses?.find((a) => a.type === 'Location') ?? p.addresses?.[0];
    const hours = p.serviceHours ?? [];
    const status = openingStatus(hours, now);
    const today = hours.length ? hoursOn(hours, helsinkiTime(now).date) : undefined;
    const features = ACCESSIBILITY_FEATURES.filter((f) => p.accessibility?.[f] === true);
    const accessText = this.text(p.accessibility?.description);
    const phones = (p.phoneNumbers ?? []).flatMap((n) => {
      const formatted = formatPhone(`${n.prefixNumber ?? ''}${n.number}`);
      return formatted ? [{ ...formatted, data: n }] : [];
    });
    const webs = (p.webPages ?? []).flatMap((w) => {
      const href = safeUrl(w.url);
      return href && /^https?:/i.test(href) ? [{ href, name: this.text(w.name) }] : [];
    });
    const emails = (p.emails ?? []).flatMap((e) => {
      const href = safeUrl(`mailto:${e.value}`);
      return href ? [{ href, value: e.value }] : [];
    });
    const kindLine = [this.msg('kind', p.kind)];
    if (address?.municipality) kindLine.push(this.text(address.municipality.name)?.text ?? '');

    return staticHtml`
      <article part="card" class="card" aria-labelledby="name">
        <${heading} part="heading" class="heading" id="name" tabindex="-1">${this.say(name)}</${heading}>
        <p class="meta">
          <span>${kindLine.filter(Boolean).join(' · ')}</span>
          ${Number.isFinite(this.distanceKm)
            ? html`<span class="distance">${this.msg('away', formatDistance(this.distanceKm!, lang))}</span>`
            : nothing}
          ${p.sample ? html`<span class="tag">${this.msg('sample')}</span>` : nothing}
        </p>
        ${description ? html`<p class="description">${this.say(description)}</p>` : nothing}
        ${hours.length
          ? html`<p part="status" class="status ${status.state === 'open' || status.state === 'always-open' ? 'open' : ''}">
              ${describeStatus(status, lang, now)}
              ${today && status.state !== 'always-open' ? html`<span class="today">${this.msg('today', formatIntervals(today.intervals, lang), today.intervals.length === 0)}</span>` : nothing}
            </p>`
          : nothing}
        <dl class="facts">
          <div>
            <dt>${this.msg('formsLabel')}</dt>
            <dd>${capitalize(p.supportForms.map((f) => this.msg('form', f)).join(', '))}</dd>
          </div>
          <div>
            <dt>${this.msg('languagesLabel')}</dt>
            <dd>${capitalize(p.languages.map((l) => this.msg('language', l)).join(', '))}</dd>
          </div>
          ${address
            ? html`<div>
                <dt>${this.msg('addressLabel')}</dt>
                <dd>
                  ${this.say(this.text(address.street))}${address.streetNumber ? ` ${address.streetNumber}` : ''},
                  ${address.postalCode} ${this.say(this.text(address.postOffice))}
                  ${address.additionalInformation ? html`<br />${this.say(this.text(address.additionalInformation))}` : nothing}
                </dd>
              </div>`
            : p.areaType !== 'LimitedType'
              ? html`<div><dt>${this.msg('addressLabel')}</dt><dd>${this.msg('nationwide')}</dd></div>`
              : nothing}
          ${phones.length
            ? html`<div>
                <dt>${this.msg('phoneLabel')}</dt>
                ${phones.map(
                  (ph) => html`<dd>
                    <a part="link phone-link" class="phone" href=${ph.href} @click=${() => this.select('phone', name.text)}>${ph.display}</a>
                    ${this.phoneNote(ph.data.serviceChargeType, ph.data.chargeDescription, ph.kind, ph.data.number)}
                  </dd>`,
                )}
              </div>`
            : nothing}
          ${emails.length
            ? html`<div>
                <dt>${this.msg('emailLabel')}</dt>
                ${emails.map((e) => html`<dd><a part="link" href=${e.href} @click=${() => this.select('email', name.text)}>${e.value}</a></dd>`)}
              </div>`
            : nothing}
          ${webs.length
            ? html`<div>
                <dt>${this.msg('webLabel')}</dt>
                ${webs.map(
                  (w) => html`<dd>
                    <a part="link" href=${w.href} @click=${() => this.select('web', name.text)}>${w.name ? this.say(w.name) : this.linkText(w.href)}</a>
                  </dd>`,
                )}
              </div>`
            : nothing}
          ${features.length || accessText
            ? html`<div>
                <dt>${this.msg('accessibilityLabel')}</dt>
                <dd>
                  ${capitalize(features.map((f) => this.msg('feature', f)).join(', '))}${features.length && accessText ? '. ' : ''}${this.say(accessText)}
                </dd>
              </div>`
            : nothing}
          ${p.free ? html`<div><dt class="visually-hidden">${this.msg('otherLegend')}</dt><dd>${this.msg('freeOfCharge')}</dd></div>` : nothing}
        </dl>
        ${hours.length ? this.renderHours(hours, now) : nothing}
      </article>
    `;
  }

  private phoneNote(charge: string, description: LocalizedText | undefined, kind: string, number: string) {
    const text = this.text(description);
    if (text) return html`<span class="note">(${this.say(text)})</span>`;
    if (charge === 'FreeOfCharge' || kind === 'free') return html`<span class="note">(${this.msg('chargeFree')})</span>`;
    if (charge === 'Chargeable') {
      warnChargeable(number);
      return html`<span class="note">(${this.msg('chargeCharged')})</span>`;
    }
    return nothing;
  }

  /** A bare address as link text: the host name and path, without the scheme. */
  private linkText(href: string): string {
    try {
      const u = new URL(href);
      return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
    } catch {
      return this.msg('webDefault');
    }
  }

  private renderHours(hours: NonNullable<Provider['serviceHours']>, now: Date) {
    return html`
      <details part="details" class="details" ?open=${this.hoursOpen} @toggle=${this.onToggle}>
        <summary>${this.msg('hoursDetails')}</summary>
        ${this.hoursOpen ? this.renderHoursBody(hours, now) : nothing}
      </details>
    `;
  }

  private onToggle(e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    if (open === this.hoursOpen) return;
    this.hoursOpen = open;
    if (open) this.select('details', this.text(this.provider!.name)?.text ?? '');
  }

  private renderHoursBody(hours: NonNullable<Provider['serviceHours']>, now: Date) {
    const lang = this.resolvedLang;
    const week = describeWeek(hours, lang, now);
    const exceptions = upcomingExceptions(hours, lang, now, 30);
    return html`
        <div class="details-body">
          <p class="label">${this.msg('weekHeading')}</p>
          ${week.length
            ? html`<ul class="hours">
                ${week.map((l) => html`<li>${l.text}</li>`)}
              </ul>`
            : html`<p>${this.msg('noHours')}</p>`}
          ${exceptions.length
            ? html`<p class="label">${this.msg('exceptionsHeading')}</p>
                <ul class="hours">
                  ${exceptions.map((x) => html`<li>${x.text}${x.note ? html` (${this.say(this.text(x.note))})` : nothing}</li>`)}
                </ul>`
            : nothing}
          ${this.hoursNotes(hours)}
        </div>
    `;
  }

  private hoursNotes(hours: NonNullable<Provider['serviceHours']>) {
    const notes = hours
      .filter((h) => h.serviceHourType !== 'Exceptional' && h.additionalInformation)
      .map((h) => this.text(h.additionalInformation))
      .filter((t): t is PickedText => t !== undefined);
    return notes.length ? notes.map((n) => html`<p class="note">${this.say(n)}</p>`) : nothing;
  }
}
