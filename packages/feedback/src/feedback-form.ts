import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { AnnouncerController, AutaElement, headingLevel, headingTag, safeUrl, type MessageMap } from '@auta/core';
import { adoptFeedbackStyles } from './feedback.styles.js';

/** One error of a submitted form: the field (its element id) and the words shown. */
export interface FieldError {
  /** The key of the field, e.g. `helped`; its control's id is `${uid}-${field}`. */
  field: string;
  text: string;
}

/** Copy every feedback form has. */
export type FormMessages = MessageMap & {
  errorPrefix: string;
  errorSummary: string;
  submit: string;
  sending: string;
  sendFailed: string;
  privacy: string;
  thanksHeading: string;
};

let instances = 0;

/**
 * What `<auta-help-feedback>` and `<auta-accessibility-feedback>` share: a plain
 * `<form method="post">` rendered into the light DOM.
 *
 * Why light DOM: the form must post to the host's URL with JavaScript off (server-rendered
 * through `renderLight()`), and its labels, hints and error messages must sit in the same
 * tree as the fields they describe (`aria-describedby` cannot cross a shadow root). The
 * styles are one constructable style sheet adopted by the element's tree, scoped to the
 * two tag names, so a strict Content-Security-Policy (no inline styles) holds.
 *
 * With JavaScript the element validates in words, fires its typed `auta-*` event and posts
 * nothing itself unless the host names an `endpoint`. It keeps nothing: no cookies, no
 * storage, no request to anyone but that endpoint.
 */
export abstract class AutaFeedbackForm<M extends FormMessages> extends AutaElement<M> {
  static override properties: PropertyDeclarations = {
    action: {},
    endpoint: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    errors: { state: true },
    sent: { state: true },
    sending: { state: true },
    sendFailed: { state: true },
  };

  /** Where the plain form posts without JavaScript (the form's `action`); the page itself when empty. */
  action = '';

  /**
   * With JavaScript, the URL the element posts the answers to (URL-encoded, as the plain
   * form would, without cookies). Without it the element posts nothing: the host listens to
   * the event, or reads the form in the light DOM.
   */
  endpoint = '';

  /** The level of the form's heading (2–6). */
  headingLevel = 2;

  protected errors: FieldError[] = [];
  protected sent = false;
  protected sending = false;
  protected sendFailed = false;

  protected readonly announcer = new AnnouncerController(this);
  /** Prefix of every id inside, unique in the document (the form lives in the light DOM). */
  protected readonly uid = `auta-fb${++instances}`;
  /** Which form this is, sent as the hidden field `form` so one URL can take both. */
  protected abstract readonly formName: string;

  /** The form's fields as children of the `<form>`. */
  protected abstract renderFields(): TemplateResult;
  /** The errors of the answers given, in the order the fields are shown. */
  protected abstract validate(data: FormData): FieldError[];
  /** Fires the element's `auta-*` event for valid answers. */
  protected abstract announceSubmit(data: FormData): void;
  /** What the person reads after sending. */
  protected abstract renderThanks(): TemplateResult;
  /** The words announced after sending. */
  protected abstract thanksText(): string;
  /** The form's heading text. */
  protected abstract headingText(): string;

  protected fieldId(field: string): string {
    return `${this.uid}-${field}`;
  }

  /** Copy every feedback form has (`msg` cannot see these keys through the generic type). */
  protected common(key: Exclude<keyof FormMessages, number>): string {
    return (this.msg as unknown as (k: string) => string).call(this, key);
  }

  protected errorOf(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.text;
  }

  /** `aria-describedby` for a control: its hints, then its error when it has one. */
  protected describedBy(field: string, ...hints: string[]): string {
    return [...hints.map((h) => this.fieldId(h)), ...(this.errorOf(field) ? [this.fieldId(`${field}-error`)] : [])].join(' ');
  }

  protected override createRenderRoot(): HTMLElement {
    // The server-rendered form (renderLight) is replaced by the live one before the next
    // paint, with what the person already typed carried over.
    const served = this.querySelector<HTMLFormElement>(':scope > form[data-auta-feedback]');
    if (served) {
      this.carried = new FormData(served);
      served.remove();
    }
    return this;
  }

  /** Answers typed into the server-rendered form before the element upgraded. */
  private carried?: FormData;

  override connectedCallback(): void {
    super.connectedCallback();
    adoptFeedbackStyles(this.getRootNode());
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    const form = this.form;
    if (!this.carried || !form) return;
    for (const [name, value] of this.carried) {
      if (typeof value !== 'string' || name === 'form') continue;
      for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`)) {
        if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
          if (control.value === value) control.checked = true;
        } else control.value = value;
      }
    }
    this.carried = undefined;
    this.answersChanged();
  }

  /** The live form; null before the first render and after sending. */
  get form(): HTMLFormElement | null {
    return this.querySelector(':scope > form');
  }

  /** Called when the carried-over answers are restored; subclasses re-read their state. */
  protected answersChanged(): void {}

  /** The endpoint, when it is a safe web address (never `tel:`/`mailto:`). */
  private get postUrl(): string | undefined {
    const url = safeUrl(this.endpoint);
    return url && !/^(tel|mailto):/i.test(url) ? url : undefined;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.errors = this.validate(data);
    this.sendFailed = false;
    if (this.errors.length) {
      await this.updateComplete;
      // One error: straight to the field; several: the summary lists them (GOV.UK error summary).
      if (this.errors.length === 1) this.focusField(this.errors[0]!.field);
      else this.querySelector<HTMLElement>(`#${this.fieldId('summary')}`)?.focus();
      return;
    }
    this.announceSubmit(data);
    const url = this.postUrl;
    if (url) {
      this.sending = true;
      try {
        const response = await fetch(url, {
          method: 'POST',
          body: new URLSearchParams(data as unknown as Record<string, string>),
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          cache: 'no-store',
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
      } catch {
        this.sending = false;
        this.sendFailed = true;
        await this.updateComplete;
        this.querySelector<HTMLElement>(`#${this.fieldId('send-failed')}`)?.focus();
        return;
      }
      this.sending = false;
    }
    this.sent = true;
    await this.updateComplete;
    // The form is gone: focus goes to the thank-you rather than to the page's start.
    this.querySelector<HTMLElement>(`#${this.fieldId('thanks')}`)?.focus();
    this.announcer.announce(this.thanksText());
  }

  /** Focuses the control of a field: its first radio or checkbox, or its input. */
  protected focusField(field: string): void {
    const target = this.querySelector<HTMLElement>(`#${this.fieldId(field)}`);
    const control = target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target;
    control?.focus();
  }

  private onSummaryClick(event: Event, field: string): void {
    event.preventDefault();
    this.focusField(field);
  }

  protected heading(text: string, id: string, focusable = false): TemplateResult {
    const tag = headingTag(headingLevel(this.headingLevel));
    return staticHtml`<${tag} class="auta-fb-heading" id=${id} tabindex=${focusable ? '-1' : nothing}>${text}</${tag}>`;
  }

  /** The written error of a field, in the same tree as the field it is linked from. */
  protected renderError(field: string): TemplateResult | typeof nothing {
    const text = this.errorOf(field);
    return text
      ? html`<p class="auta-fb-error" id=${this.fieldId(`${field}-error`)}><span class="auta-fb-visually-hidden">${this.common('errorPrefix')} </span>${text}</p>`
      : nothing;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (this.errors.length < 2) return nothing;
    return html`<div class="auta-fb-summary" id=${this.fieldId('summary')} role="group" tabindex="-1" aria-labelledby=${this.fieldId('summary-title')}>
      <p class="auta-fb-summary-title" id=${this.fieldId('summary-title')}>${this.common('errorSummary')}</p>
      <ul>
        ${this.errors.map(
          (e) => html`<li><a href="#${this.fieldId(e.field)}" @click=${(ev: Event) => this.onSummaryClick(ev, e.field)}>${e.text}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  protected renderPrivacy(): TemplateResult {
    return html`<p class="auta-fb-privacy" id=${this.fieldId('privacy')}>${this.common('privacy')}</p>`;
  }

  /** On the server: the same form, for the light DOM (`${renderLight()}` inside the element). */
  renderLight(): TemplateResult {
    return this.renderForm();
  }

  private renderForm(): TemplateResult {
    const action = safeUrl(this.action);
    return html`<form
      class="auta-fb-form"
      method="post"
      action=${action ?? nothing}
      data-auta-feedback=${this.formName}
      aria-labelledby=${this.fieldId('heading')}
      ?novalidate=${!isServer}
      lang=${this.contentLang ?? nothing}
      @submit=${this.onSubmit}
    >
      ${this.heading(this.headingText(), this.fieldId('heading'))} ${this.renderSummary()}
      <input type="hidden" name="form" value=${this.formName} />
      <input type="hidden" name="lang" value=${this.resolvedLang} />
      ${this.renderFields()}
      ${this.sendFailed
        ? html`<p class="auta-fb-error" id=${this.fieldId('send-failed')} tabindex="-1">
            <span class="auta-fb-visually-hidden">${this.common('errorPrefix')} </span>${this.common('sendFailed')}
          </p>`
        : nothing}
      <div class="auta-fb-actions">
        <button class="auta-fb-button" type="submit" aria-disabled=${this.sending ? 'true' : nothing}>
          ${this.sending ? this.common('sending') : this.common('submit')}
        </button>
      </div>
    </form>`;
  }

  override render(): TemplateResult {
    // On the server the form goes to the light DOM (renderLight); the shadow root only shows it.
    if (isServer) return html`<slot></slot>`;
    return html`${this.sent ? this.renderThanks() : this.renderForm()}
      <div class="auta-fb-status">${this.announcer.region()}</div>`;
  }
}
