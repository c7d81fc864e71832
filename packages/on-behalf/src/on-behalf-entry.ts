import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { AnnouncerController, baseStyles, buttonStyles, warner } from '@auta/core';
import { mandateThemesFromAttribute, type MandateTheme, type RoleWithoutMandate } from './mandate-themes.js';
import type { mandateThemesFromPtv as MandateThemesFromPtv, PtvDigitalAuthorization } from './mandate-themes-ptv.js';
import { loadOnBehalfCopy, onBehalfCatalog, type OnBehalfMessages } from './messages.js';
import { AutaFormField, LINK_ATTRIBUTES, firstInvalid, optionsAttribute, lastChoiceFirst, offeredChoice, linkedAltChannel, parseOptions, submitImplicitly, warnUnsafeLinks } from './on-behalf-form.js';
import { renderChoices, renderNoMandate, type HelpContext } from './on-behalf-help.js';
import { onBehalfStyles } from './on-behalf-entry.styles.js';
import { ACTING_AS, isActingAs, validEntries, type ActingAs, type OnBehalfEventDetail } from './shared.js';
export { ACTING_AS, type ActingAs, type OnBehalfEventDetail } from './shared.js';
export type { MandateTheme, RoleWithoutMandate } from './mandate-themes.js';

const warn = warner('auta-on-behalf-entry');
let fromPtv: typeof MandateThemesFromPtv | undefined; // once loaded

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
 * @csspart last-choice - "You chose this last time", under the choice the host passes as `last-choice`.
 * @csspart path - A short path in the no-mandate help: guardians of a minor, court-appointed guardians.
 *
 * @cssprop --auta-on-behalf-gap - Space between the choices (default 1rem).
 * @cssprop --auta-on-behalf-radio-size - Size of the radio buttons (default 1.75rem; keep at least 1.5rem).
 * @cssprop --auta-on-behalf-legend-size - Font size of the question (default 1.375rem).
 * @cssprop --auta-on-behalf-error-color - Colour of the error text and bar (default `--auta-color-danger`).
 *
 * @event {CustomEvent<OnBehalfEventDetail>} auta-on-behalf-change - The user chose. detail: { actingAs }
 * @event {CustomEvent<OnBehalfEventDetail>} auta-on-behalf-submit - The user went on with a choice (continue outside a form, or the owning form submitted). detail: { actingAs }
 * @event {CustomEvent<OnBehalfEventDetail>} auta-on-behalf-skip - With `skip-single` and one choice offered: the entry shows nothing and took that choice. detail: { actingAs }
 */
export class AutaOnBehalfEntry extends AutaFormField<OnBehalfMessages> {
  static override styles = [...baseStyles, buttonStyles, onBehalfStyles];

  protected readonly catalog = onBehalfCatalog;
  protected override readonly loadCopy = loadOnBehalfCopy;
  private readonly announcer = new AnnouncerController(this);

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    value: { attribute: false },
    defaultValue: { attribute: 'value' },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    options: { converter: optionsAttribute },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideContinue: { type: Boolean, attribute: 'hide-continue' },
    mandateThemes: { attribute: 'mandate-themes', converter: { fromAttribute: mandateThemesFromAttribute } },
    ptvDigitalAuthorizations: { attribute: false },
    lastChoice: { attribute: 'last-choice' },
    skipSingle: { type: Boolean, attribute: 'skip-single' },
    rolesWithoutMandate: { attribute: false },
    hideGuardianPath: { type: Boolean, attribute: 'hide-guardian-path' },
    courtGuardianWithoutMandate: { type: Boolean, attribute: 'court-guardian-without-mandate' },
    guardianUrl: { attribute: 'guardian-url' },
    courtGuardianUrl: { attribute: 'court-guardian-url' },
    requestMandateUrl: { attribute: 'request-mandate-url' },
    servicePointUrl: { attribute: 'service-point-url' },
    applicationUrl: { attribute: 'application-url' },
    altChannelHref: { attribute: 'alt-channel-href' },
    showError: { state: true },
    formDisabled: { state: true },
    noMandateOpen: { state: true },
  };

  /** Name under which the choice is submitted with the form. */
  name = '';

  private current: ActingAs | '' = '';

  /** The choice: `self`, `person`, `organisation`, or `''` for none. */
  get value(): ActingAs | '' {
    return this.current;
  }
  set value(value: ActingAs | '') {
    // Once set, a later change of the default (the attribute) no longer overrides it.
    this.dirty = true;
    this.setCurrent(value);
  }

  /** The choice to start from (the `value` attribute): a returning user's earlier answer; also what a form reset returns to. */
  defaultValue: ActingAs | '' = '';

  /** A choice must be made before the form submits. */
  required = false;

  disabled = false;

  /** The choices offered, in order: attribute `options="self person organisation"` (the default). */
  options: string[] = [...ACTING_AS];

  /** Makes the question a heading of this level (1–6), e.g. `1` when it is the page's only question; none by default. */
  headingLevel = 0;

  /** Hides the continue button, when the host's form has its own. */
  hideContinue = false;

  /**
   * The mandate themes the service needs, said before login under "another person" and
   * "organisation" and in the no-mandate help. Attribute `mandate-themes`: plain names
   * separated by semicolons, or a JSON array of `{ id, name: { fi, sv, en } }`.
   */
  mandateThemes: MandateTheme[] = [];

  /** The same, as PTV lists them for the service (a service–channel connection's `digitalAuthorizations`); used when `mandateThemes` is empty. */
  ptvDigitalAuthorizations: PtvDigitalAuthorization[] = [];

  /**
   * The choice the person made last time, as the host remembers it server-side: offered
   * first and marked, not chosen for them (`value` chooses). Nothing is stored in the browser.
   */
  lastChoice: ActingAs | '' = '';

  /**
   * When only one choice is offered, show nothing and take that choice: the entry fires
   * `auta-on-behalf-skip` and submits the choice with its form. Better still, the host
   * leaves the entry out (docs/patterns/on-behalf/usage.md, "Skip and remember").
   */
  skipSingle = false;

  /** Roles that let a person act for an organisation without a mandate. */
  rolesWithoutMandate: RoleWithoutMandate[] = [];

  /** Hides the guardians-of-a-minor line and short path (shown by default): for a service where guardians, too, need a mandate. */
  hideGuardianPath = false;

  /** Gives court-appointed guardians and continuing-power-of-attorney holders their short path in the no-mandate help. */
  courtGuardianWithoutMandate = false;

  /** Instructions for guardians of a minor (e.g. Suomi.fi's page on acting on behalf of a child). */
  guardianUrl = '';

  /** Instructions for court-appointed guardians. */
  courtGuardianUrl = '';

  /** Where to send a mandate request (Suomi.fi e-Authorizations). */
  requestMandateUrl = '';

  /** Where to find a service point that registers mandates. */
  servicePointUrl = '';

  /** Instructions for giving a mandate by paper application. */
  applicationUrl = '';

  /**
   * Link to the page's alternative-channel notice. Without it, an `auta-alt-channel-notice`
   * with an `id` in the same document is linked.
   */
  altChannelHref = '';

  private showError = false;
  private formDisabled = false;
  private noMandateOpen = false;

  /** The choices the host lists, and the order they are offered in (the last choice first). */
  private listed: ActingAs[] = [...ACTING_AS];
  private offered: ActingAs[] = [...ACTING_AS];
  private skipSaid = false;
  private themes: MandateTheme[] = [];
  private roles: RoleWithoutMandate[] = [];
  /** The user (or the host through `value`) has chosen; a changed default no longer applies. */
  private dirty = false;
  private ownForm: HTMLFormElement | null = null;

  // An update first loads the lazy chunks it needs: the PTV mapping when PTV's authorisations
  // are given, then (through loadCopy) the copy of the language and level in force.
  protected override async scheduleUpdate(): Promise<void> {
    if (this.ptvDigitalAuthorizations?.length) fromPtv ??= (await import('./mandate-themes-ptv.js')).mandateThemesFromPtv;
    await super.scheduleUpdate();
  }

  constructor() {
    super();
    this.addEventListener('invalid', this.onInvalid);
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

  /** Back/forward navigation and autofill give the user's earlier choice back (WCAG 3.3.7); a File or FormData is never a choice. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (isActingAs(state)) this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('options')) this.listed = parseOptions(this.options, warn);
    if (changed.has('options') || changed.has('lastChoice')) this.offered = lastChoiceFirst(this.listed, this.lastChoice);
    if (changed.has('mandateThemes') || changed.has('ptvDigitalAuthorizations')) {
      const own = validEntries<MandateTheme>(this.mandateThemes, 'mandateThemes', warn);
      this.themes = own.length ? own : (fromPtv?.(this.ptvDigitalAuthorizations) ?? []);
    }
    if (changed.has('rolesWithoutMandate')) this.roles = validEntries<RoleWithoutMandate>(this.rolesWithoutMandate, 'rolesWithoutMandate', warn);
    if (changed.has('defaultValue') && !this.dirty) this.current = this.defaultValue;
    if (this.skipped && !this.dirty && this.current === '') this.current = this.offered[0]!;
    const links = Object.entries(LINK_ATTRIBUTES) as Array<[keyof typeof LINK_ATTRIBUTES, string]>;
    warnUnsafeLinks(Object.fromEntries(links.map(([prop, attribute]) => [attribute, { url: this[prop], changed: changed.has(prop) }])), warn);
    if (!offeredChoice(this.defaultValue, this.offered, 'value attribute', warn)) {
      // The default copied into the current value is the same problem: report it once.
      if (this.current === this.defaultValue) this.current = '';
      this.defaultValue = '';
    }
    if (!offeredChoice(this.current, this.offered, 'value', warn)) this.current = '';
    if (this.current !== '') this.showError = false;
  }

  /** Whether the entry is skipped: `skip-single` with only one choice offered. */
  get skipped(): boolean {
    return this.skipSingle && this.offered.length === 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
    if (!isServer && this.skipped && !this.skipSaid) {
      this.skipSaid = true;
      this.dispatchEvent(new CustomEvent('auta-on-behalf-skip', this.eventInit()));
    }
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
    const takeFocus = this.reporting || (form ? firstInvalid(form) : this) === this;
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
    if (form) submitImplicitly(this, form, !this.hideContinue);
    else if (!this.hideContinue) this.continue();
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

  private helpContext(): HelpContext {
    const { hideGuardianPath, courtGuardianWithoutMandate, requestMandateUrl, servicePointUrl, applicationUrl, guardianUrl, courtGuardianUrl } = this;
    const urls = { requestMandateUrl, servicePointUrl, applicationUrl, guardianUrl, courtGuardianUrl };
    return {
      ...{ msg: this.msg.bind(this) as HelpContext['msg'], lang: this.resolvedLang, offered: this.offered, themes: this.themes, roles: this.roles },
      ...{ lastChoice: this.lastChoice, hideGuardianPath, courtGuardianWithoutMandate, ...urls, altChannel: linkedAltChannel(this, this.altChannelHref) },
      ...{ noMandateOpen: this.noMandateOpen, onToggle: (open: boolean) => (this.noMandateOpen = open) },
    };
  }

  override render() {
    // Skipped: nothing to show, the choice still submits; the live region stays for a later change.
    if (this.skipped) return html`<div>${this.announcer.region()}</div>`;
    const help = this.helpContext();
    const questionHint = this.msg('questionHint');
    const error = this.showError && this.value === '';
    return html`<div lang=${this.contentLang ?? nothing}>
      ${renderChoices(help, {
        value: this.value,
        error,
        questionHint,
        headingLevel: this.headingLevel,
        required: this.required,
        disabled: this.isDisabled,
        onChange: (e) => this.onChange(e),
        onKeydown: (e) => this.onRadioKeydown(e),
      })}
      ${renderNoMandate(help)}
      ${this.hideContinue
        ? nothing
        : html`<div class="actions">
            <button class="button" part="continue" type="button" ?disabled=${this.isDisabled} @click=${this.continue}>${this.msg('continue')}</button>
          </div>`}
      ${this.announcer.region()}
    </div>`;
  }
}
