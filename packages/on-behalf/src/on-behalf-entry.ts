import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AnnouncerController, AutaElement, baseStyles, buttonStyles, pickText, safeUrl, type LocalizedText } from '@auta/core';
import { onBehalfCatalog, type OnBehalfMessages } from './messages.js';
import { onBehalfStyles } from './on-behalf-entry.styles.js';

/** Whom the user acts for. */
export type ActingAs = 'self' | 'person' | 'organisation';

/** Every choice, in the order they are offered by default. */
export const ACTING_AS: readonly ActingAs[] = ['self', 'person', 'organisation'];

/** A Suomi.fi e-Authorizations mandate theme (valtuusasia, fullmaktsärende) the service uses. */
export interface MandateTheme {
  /** The theme's code in e-Authorizations, or any stable id. */
  id: string;
  /** The theme's name in each language. */
  name: LocalizedText;
  /** Which choices the theme applies to; both when left out. */
  appliesTo?: Array<'person' | 'organisation'>;
}

/** A role that lets a person act for an organisation without a mandate. */
export interface RoleWithoutMandate {
  id: string;
  /** E.g. fi "kaupparekisteriin merkitty toimitusjohtaja", en "managing director entered in the Trade Register". */
  name: LocalizedText;
}

export interface OnBehalfEventDetail {
  actingAs: ActingAs;
}

declare global {
  interface HTMLElementEventMap {
    'auta-on-behalf-change': CustomEvent<OnBehalfEventDetail>;
    'auta-on-behalf-submit': CustomEvent<OnBehalfEventDetail>;
  }
}

const isActingAs = (v: unknown): v is ActingAs => (ACTING_AS as readonly unknown[]).includes(v);

const TAG = 'auta-on-behalf-entry';
const warn = (text: string) => console.warn(`[auta] ${TAG}: ${text}`);

/** A plain object keyed by language codes (`fi`, `sv`, `en`, `se` …) with some text; not an array. */
const hasText = (t: unknown): t is LocalizedText =>
  typeof t === 'object' &&
  t !== null &&
  !Array.isArray(t) &&
  Object.entries(t).some(([lang, v]) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang) && typeof v === 'string' && v.trim() !== '');

/** The link attributes a host writes; each refused link is reported once, naming the attribute. */
const LINK_ATTRIBUTES = {
  requestMandateUrl: 'request-mandate-url',
  servicePointUrl: 'service-point-url',
  applicationUrl: 'application-url',
  altChannelHref: 'alt-channel-href',
} as const;

/** Keeps the entries with an id and a name; warns about the others, naming the field. */
function validEntries<T extends { id: string; name: LocalizedText }>(list: unknown, field: string): T[] {
  if (list == null) return [];
  if (!Array.isArray(list)) {
    warn(`${field} is not an array; ignored.`);
    return [];
  }
  return list.filter((item, i): item is T => {
    const entry = item as Partial<T> | null;
    if (typeof entry?.id !== 'string' || entry.id.trim() === '') warn(`${field}[${i}] skipped: "id" is missing.`);
    else if (!hasText(entry.name)) warn(`${field}[${i}] skipped: "name" has no text in any language.`);
    else return true;
    return false;
  });
}

/**
 * The entry an e-service shows before it starts: is the user acting for themselves, for
 * another person or for a company or organisation (Suomi.fi e-Authorizations). One group
 * of native radio buttons with a hint for each choice, a "continue" button, and help for
 * users who have no mandate. It is form-associated: its choice submits with the form
 * under its `name`, and `required` blocks submitting with no choice, with the error
 * written out and linked to the group. The element never calls any service: the host
 * routes the user on `auta-on-behalf-submit` or the form's own submit.
 *
 * The `value` attribute is the default choice (a returning user's earlier answer, WCAG
 * 3.3.7); the `value` property is the current choice. Resetting the form goes back to the
 * default, as native radio buttons do.
 *
 * @summary Act for myself, another person or an organisation, before an e-service starts.
 *
 * @slot no-mandate - The authority's own words at the end of the "I do not have a mandate" help (e.g. its contact details).
 *
 * @csspart fieldset - The group of choices.
 * @csspart legend - The question.
 * @csspart option - One choice: its radio button, label and hint.
 * @csspart radio - A radio button.
 * @csspart label - A choice's label.
 * @csspart hint - What a choice means and what the user needs for it.
 * @csspart error - The error message, shown after a submit with no choice.
 * @csspart continue - The continue button.
 * @csspart no-mandate - The "I do not have a mandate" disclosure.
 *
 * @cssprop --auta-on-behalf-gap - Space between the choices (default 1rem).
 * @cssprop --auta-on-behalf-radio-size - Size of the radio buttons (default 1.75rem; keep at least 1.5rem).
 * @cssprop --auta-on-behalf-legend-size - Font size of the question (default 1.375rem).
 * @cssprop --auta-on-behalf-error-color - Colour of the error text and bar (default `--auta-color-danger`).
 *
 * @event {CustomEvent<OnBehalfEventDetail>} auta-on-behalf-change - The user chose. detail: { actingAs }
 * @event {CustomEvent<OnBehalfEventDetail>} auta-on-behalf-submit - The user went on with a choice (continue outside a form, or the owning form submitted). detail: { actingAs }
 */
export class AutaOnBehalfEntry extends AutaElement<OnBehalfMessages> {
  static formAssociated = true;
  static override styles = [...baseStyles, buttonStyles, onBehalfStyles];

  protected readonly catalog = onBehalfCatalog;
  private readonly announcer = new AnnouncerController(this);
  private readonly internals: ElementInternals;

  /** Name under which the choice is submitted with the form. */
  @property({ reflect: true }) name = '';

  private current: ActingAs | '' = '';

  /** The choice: `self`, `person`, `organisation`, or `''` for none. */
  @property({ attribute: false })
  get value(): ActingAs | '' {
    return this.current;
  }
  set value(value: ActingAs | '') {
    // Once set, a later change of the default (the attribute) no longer overrides it.
    this.dirty = true;
    this.setCurrent(value);
  }

  /** The choice to start from (the `value` attribute): a returning user's earlier answer; also what a form reset returns to. */
  @property({ attribute: 'value' }) defaultValue: ActingAs | '' = '';

  /** A choice must be made before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The choices offered, in order: attribute `options="self person organisation"` (the default). */
  @property({
    converter: {
      fromAttribute: (v: string | null) => (v ?? '').split(/\s+/).filter(Boolean),
      toAttribute: (v: string[]) => v.join(' '),
    },
  })
  options: string[] = [...ACTING_AS];

  /** Makes the question a heading of this level (1–6), e.g. `1` when it is the page's only question; none by default. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 0;

  /** Hides the continue button, when the host's form has its own. */
  @property({ type: Boolean, attribute: 'hide-continue' }) hideContinue = false;

  /** The mandate themes the service uses; shown under "another person" and "organisation". */
  @property({ attribute: false }) mandateThemes: MandateTheme[] = [];

  /** Roles that let a person act for an organisation without a mandate. */
  @property({ attribute: false }) rolesWithoutMandate: RoleWithoutMandate[] = [];

  /** Says that guardians of a minor can usually act for the child without a mandate. */
  @property({ type: Boolean, attribute: 'guardian-without-mandate' }) guardianWithoutMandate = false;

  /** Where to send a mandate request (Suomi.fi e-Authorizations). */
  @property({ attribute: 'request-mandate-url' }) requestMandateUrl = '';

  /** Where to find a service point that registers mandates. */
  @property({ attribute: 'service-point-url' }) servicePointUrl = '';

  /** Instructions for giving a mandate by paper application. */
  @property({ attribute: 'application-url' }) applicationUrl = '';

  /**
   * Link to the page's alternative-channel notice. Without it, an `auta-alt-channel-notice`
   * with an `id` in the same document is linked.
   */
  @property({ attribute: 'alt-channel-href' }) altChannelHref = '';

  @state() private showError = false;
  @state() private formDisabled = false;
  @state() private noMandateOpen = false;

  private offered: ActingAs[] = [...ACTING_AS];
  private themes: MandateTheme[] = [];
  private roles: RoleWithoutMandate[] = [];
  /** The user (or the host through `value`) has chosen; a changed default no longer applies. */
  private dirty = false;
  private ownForm: HTMLFormElement | null = null;
  /** `checkValidity()` fires `invalid` too; that one must not show the error. */
  private silent = false;
  /** Our own `reportValidity()`: take focus even if another field is invalid first. */
  private reporting = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.onInvalid);
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether a choice is made when one is required; fires `invalid` when not, without showing anything. */
  checkValidity(): boolean {
    this.silent = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.silent = false;
    }
  }

  /** As `checkValidity()`, and when invalid shows the error, moves focus to the group and announces it. */
  reportValidity(): boolean {
    this.reporting = true;
    try {
      return this.internals.reportValidity();
    } finally {
      this.reporting = false;
    }
  }

  /** Focuses the chosen radio button, else the first. */
  override focus(options?: FocusOptions): void {
    const radios = this.radios();
    (radios.find((r) => r.checked) ?? radios[0])?.focus(options);
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.ownForm?.removeEventListener('submit', this.onFormSubmit);
    this.ownForm = form;
    form?.addEventListener('submit', this.onFormSubmit);
  }

  formResetCallback(): void {
    this.dirty = false;
    this.setCurrent(this.defaultValue);
    this.showError = false;
  }

  /** Back/forward navigation and autofill give the user's earlier choice back (WCAG 3.3.7). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string' && isActingAs(state)) this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('options')) {
      const list = Array.isArray(this.options) ? this.options : [];
      const known = list.filter((o, i): o is ActingAs => {
        if (!isActingAs(o)) warn(`options: "${String(o)}" is not one of ${ACTING_AS.join(', ')}; skipped.`);
        return isActingAs(o) && list.indexOf(o) === i;
      });
      this.offered = known.length ? known : [...ACTING_AS];
    }
    if (changed.has('mandateThemes')) this.themes = validEntries<MandateTheme>(this.mandateThemes, 'mandateThemes');
    if (changed.has('rolesWithoutMandate')) this.roles = validEntries<RoleWithoutMandate>(this.rolesWithoutMandate, 'rolesWithoutMandate');
    if (changed.has('defaultValue') && !this.dirty) this.current = this.defaultValue;
    const valid = (v: unknown, field: string) => {
      if (v === '' || (isActingAs(v) && this.offered.includes(v))) return true;
      warn(`${field}: "${String(v)}" is not one of the options offered (${this.offered.join(', ')}); no choice is made.`);
      return false;
    };
    for (const [prop, attribute] of Object.entries(LINK_ATTRIBUTES) as Array<[keyof typeof LINK_ATTRIBUTES, string]>) {
      const url = this[prop];
      if (changed.has(prop) && url && safeUrl(url) === undefined) {
        warn(`${attribute}: "${url.slice(0, 80)}" is not a safe link (http, https, tel, mailto or relative); it is not shown.`);
      }
    }
    if (!valid(this.defaultValue, 'value attribute')) {
      // The default copied into the current value is the same problem: report it once.
      if (this.current === this.defaultValue) this.current = '';
      this.defaultValue = '';
    }
    if (!valid(this.current, 'value')) this.current = '';
    if (this.current !== '') this.showError = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  private syncForm(): void {
    if (isServer) return;
    // Set here, not bound: once clicked, a radio no longer follows its `checked` attribute,
    // and a `.checked` binding would be written out as `checked="false"` by the server.
    for (const radio of this.radios()) radio.checked = radio.value === this.value;
    // Nothing chosen submits nothing, as with unchecked native radio buttons.
    this.internals.setFormValue(this.value || null, this.value);
    if (this.required && this.value === '') {
      this.internals.setValidity({ valueMissing: true }, this.msg('errorRequired'), this.radios()[0]);
    } else {
      this.internals.setValidity({});
    }
  }

  private radios(): HTMLInputElement[] {
    return this.renderRoot ? [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')] : [];
  }

  private onInvalid = (event: Event): void => {
    if (this.silent) return;
    // The words on the page replace the browser's bubble (GOV.UK's error message pattern).
    event.preventDefault();
    this.showError = true;
    const form = this.internals.form;
    // Of several invalid fields the first takes focus, as the browser does.
    const first = form
      ? [...form.elements].find((el) => {
          const control = el as HTMLInputElement;
          return control.willValidate && control.validity && !control.validity.valid;
        })
      : this;
    const takeFocus = this.reporting || first === this;
    void this.updateComplete.then(() => {
      if (takeFocus) {
        // The focused radio's description carries the error, so focus is the announcement.
        this.focus({ preventScroll: true });
        this.renderRoot.querySelector('fieldset')?.scrollIntoView({ block: 'nearest' });
      } else {
        this.announcer.announce(`${this.msg('errorPrefix')} ${this.msg('errorRequired')}`);
      }
    });
  };

  private onFormSubmit = (): void => {
    if (this.value !== '' && !this.isDisabled) this.dispatchEvent(new CustomEvent('auta-on-behalf-submit', this.eventInit()));
  };

  private eventInit(): CustomEventInit<OnBehalfEventDetail> {
    return { detail: { actingAs: this.value as ActingAs }, bubbles: true, composed: true };
  }

  private setCurrent(value: ActingAs | ''): void {
    const old = this.current;
    this.current = value;
    this.requestUpdate('value', old);
  }

  private onChange(event: Event): void {
    const radio = event.target as HTMLInputElement;
    if (!isActingAs(radio.value)) return;
    this.value = radio.value;
    this.dispatchEvent(new CustomEvent('auta-on-behalf-change', this.eventInit()));
  }

  private onRadioKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const form = this.internals.form;
    if (!form) {
      if (!this.hideContinue) this.continue();
      return;
    }
    // Implicit submission as a native field does it: through the form's default button
    // (its first submit button), unless our own continue button comes first.
    const defaultButton = [...form.elements].find(
      (el): el is HTMLButtonElement | HTMLInputElement =>
        (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && ['submit', 'image'].includes(el.type),
    );
    const oursFirst =
      !this.hideContinue && (!defaultButton || !!(this.compareDocumentPosition(defaultButton) & Node.DOCUMENT_POSITION_FOLLOWING));
    if (oursFirst || !defaultButton) form.requestSubmit();
    else if (!defaultButton.disabled) defaultButton.click();
  }

  /** What the continue button does: submit the owning form, or without a form check the choice and fire `auta-on-behalf-submit`. */
  private continue(): void {
    if (this.isDisabled) return;
    const form = this.internals.form;
    if (form) {
      form.requestSubmit();
      return;
    }
    // Outside a form there is nowhere to go without a choice, `required` or not.
    if (this.value === '') {
      this.showError = true;
      this.onInvalid(new Event('invalid', { cancelable: true }));
      return;
    }
    this.dispatchEvent(new CustomEvent('auta-on-behalf-submit', this.eventInit()));
  }

  private linkedAltChannel(): string | undefined {
    if (this.altChannelHref) return safeUrl(this.altChannelHref);
    if (isServer || !this.isConnected) return undefined;
    // A fragment link reaches only the document's own tree, not into a shadow root.
    const root = this.getRootNode();
    if (!(root instanceof Document)) return undefined;
    const id = root.querySelector('auta-alt-channel-notice[id]')?.id;
    return id ? safeUrl(`#${id}`) : undefined;
  }

  private localized(text: LocalizedText): TemplateResult | string {
    const picked = pickText(text, this.resolvedLang);
    if (!picked) return '';
    return picked.lang === this.resolvedLang ? picked.text : html`<span lang=${picked.lang}>${picked.text}</span>`;
  }

  private renderList(lead: string, items: Array<{ id: string; name: LocalizedText }>): TemplateResult {
    return html`<p class="lead">${lead}</p>
      <ul>
        ${items.map((item) => html`<li>${this.localized(item.name)}</li>`)}
      </ul>`;
  }

  private renderHint(option: ActingAs): TemplateResult {
    const themes = option === 'self' ? [] : this.themes.filter((t) => !Array.isArray(t.appliesTo) || t.appliesTo.includes(option));
    return html`<div class="hint" id="hint-${option}" part="hint">
      <p>${this.msg(`${option}Hint`)}</p>
      ${option === 'person' && this.guardianWithoutMandate ? html`<p>${this.msg('guardian')}</p>` : nothing}
      ${themes.length ? this.renderList(this.msg('mandateThemes', themes.length), themes) : nothing}
      ${option === 'organisation' && this.roles.length ? this.renderList(this.msg('rolesWithoutMandate', this.roles.length), this.roles) : nothing}
    </div>`;
  }

  private renderLink(href: string, key: 'noMandateRequestLink' | 'noMandateServicePointLink' | 'noMandateApplicationLink' | 'noMandateAltChannelLink') {
    const url = safeUrl(href);
    return url ? html`<li><a href=${url}>${this.msg(key)}</a></li>` : nothing;
  }

  private renderNoMandate(): TemplateResult | typeof nothing {
    if (!this.offered.some((o) => o !== 'self')) return nothing;
    const altChannel = this.linkedAltChannel();
    const offlineLinks = [this.renderLink(this.servicePointUrl, 'noMandateServicePointLink'), this.renderLink(this.applicationUrl, 'noMandateApplicationLink')];
    return html`<details
      class="no-mandate"
      part="no-mandate"
      ?open=${this.noMandateOpen}
      @toggle=${(e: Event) => (this.noMandateOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${this.msg('noMandate')}</summary>
      <p>${this.msg('noMandateRequest')}</p>
      ${safeUrl(this.requestMandateUrl) ? html`<ul>${this.renderLink(this.requestMandateUrl, 'noMandateRequestLink')}</ul>` : nothing}
      <p>${this.msg('noMandateOffline')}</p>
      ${safeUrl(this.servicePointUrl) || safeUrl(this.applicationUrl) ? html`<ul>${offlineLinks}</ul>` : nothing}
      <p>${this.msg('noMandateNoReason')}</p>
      ${altChannel
        ? html`<p>${this.msg('noMandateAltChannel')}</p>
            <ul>
              ${this.renderLink(altChannel, 'noMandateAltChannelLink')}
            </ul>`
        : nothing}
      <slot name="no-mandate"></slot>
    </details>`;
  }

  private renderQuestion(): TemplateResult | string {
    const text = this.msg('question');
    switch (this.headingLevel) {
      case 1:
        return html`<h1>${text}</h1>`;
      case 2:
        return html`<h2>${text}</h2>`;
      case 3:
        return html`<h3>${text}</h3>`;
      case 4:
        return html`<h4>${text}</h4>`;
      case 5:
        return html`<h5>${text}</h5>`;
      case 6:
        return html`<h6>${text}</h6>`;
      default:
        return text;
    }
  }

  override render() {
    const questionHint = this.msg('questionHint');
    const error = this.showError && this.value === '';
    const groupDescription = [questionHint ? 'question-hint' : '', error ? 'error' : ''].filter(Boolean).join(' ');
    return html`<div lang=${ifDefined(this.contentLang)}>
      <fieldset
        class="group ${error ? 'group--error' : ''}"
        part="fieldset"
        role="radiogroup"
        aria-describedby=${groupDescription || nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${error ? 'true' : nothing}
        ?disabled=${this.isDisabled}
      >
        <legend class="legend" part="legend">${this.renderQuestion()}</legend>
        ${questionHint ? html`<p class="question-hint" id="question-hint">${questionHint}</p>` : nothing}
        ${error
          ? html`<p class="error" id="error" part="error">
              <span class="visually-hidden">${this.msg('errorPrefix')} </span>${this.msg('errorRequired')}
            </p>`
          : nothing}
        <div class="options">
          ${this.offered.map(
            (option) => html`<div class="option" part="option">
              <input
                class="radio"
                part="radio"
                type="radio"
                id="radio-${option}"
                name="acting-as"
                value=${option}
                ?checked=${this.value === option}
                aria-describedby=${error ? `error hint-${option}` : `hint-${option}`}
                aria-invalid=${error ? 'true' : nothing}
                @change=${this.onChange}
                @keydown=${this.onRadioKeydown}
              />
              <label class="label" part="label" for="radio-${option}">${this.msg(option)}</label>
              ${this.renderHint(option)}
            </div>`,
          )}
        </div>
      </fieldset>
      ${this.renderNoMandate()}
      ${this.hideContinue
        ? nothing
        : html`<div class="actions">
            <button class="button" part="continue" type="button" ?disabled=${this.isDisabled} @click=${this.continue}>${this.msg('continue')}</button>
          </div>`}
      ${this.announcer.region()}
    </div>`;
  }
}
