import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { safeUrl } from '@auta/core';
import { AutaFeedbackForm, type FieldError } from './feedback-form.js';
import { PROBLEM_KINDS, accessibilityFeedbackCatalog, type AccessibilityFeedbackMessages, type ProblemKind } from './accessibility-feedback.messages.js';
import { loadAccessibilityFeedbackCopy } from './easy.js';

/**
 * `auta-accessibility-feedback-submit`: what did not work, as choices only. The page, the
 * description and the email address never travel in an event; they are posted to the
 * host's `action` or `endpoint`, or read from the form by the host.
 */
export interface AccessibilityFeedbackSubmitDetail {
  problems: ProblemKind[];
  /** Whether the person gave an email address for an answer. */
  wantsAnswer: boolean;
  hasDescription: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'auta-accessibility-feedback-submit': CustomEvent<AccessibilityFeedbackSubmitDetail>;
  }
}

const TEXT_MAX = 4000;
/** Something@something.something; what a person can correct, not a full RFC 5322 parser. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * @summary The accessibility feedback channel Act 306/2019 requires: which page or service,
 * what did not work, an optional address for the answer, the promise to answer within two
 * weeks and the supervisory authority as the next step; a plain HTML form first.
 *
 * Put it on (or link it from) the accessibility statement. The form is rendered into the
 * light DOM and posts (`method="post"`) to `action` without JavaScript (server-render it
 * with `${renderLight()}` inside the element). With JavaScript it checks the answers in
 * words, fires `auta-accessibility-feedback-submit` and posts only to `endpoint`, when the
 * host gives one. Posted fields: `form` (`accessibility-feedback`), `lang`, `page`,
 * `problem` (repeated), `description`, `email`.
 *
 * The supervisory authority named by default is the accessibility supervision of the
 * Finnish Transport and Communications Agency Traficom, which took the task over from the
 * Regional State Administrative Agency for Southern Finland (HE 71/2024, in force from
 * 1 January 2025). Check it before relying on it; `messages` replaces the wording.
 *
 * @cssprop --auta-feedback-heading-size - Font size of the heading (default 1.375rem).
 * @cssprop --auta-feedback-control-size - Size of the checkboxes (default 1.5rem; keep at least 1.5rem).
 * @cssprop --auta-feedback-error-color - Colour of error text and bars (default `--auta-color-danger`).
 *
 * @event {CustomEvent<AccessibilityFeedbackSubmitDetail>} auta-accessibility-feedback-submit - The feedback was sent (valid). detail: { problems, wantsAnswer, hasDescription }; never the page, description or address.
 */
export class AutaAccessibilityFeedback extends AutaFeedbackForm<AccessibilityFeedbackMessages> {
  protected readonly catalog = accessibilityFeedbackCatalog;
  protected override readonly loadCopy = loadAccessibilityFeedbackCopy;
  protected readonly formName = 'accessibility-feedback';

  static override properties: PropertyDeclarations = {
    page: {},
    supervisorHref: { attribute: 'supervisor-href' },
    answered: { state: true },
  };

  /** The page or service the feedback is about, filled in for the person (they can change it). */
  page = '';

  /** Link to the supervisory authority's page for reports (shown when safe). */
  supervisorHref = '';

  /** Whether the sent feedback had an email address: decides the thank-you. */
  private answered = false;

  protected headingText(): string {
    return this.msg('heading');
  }

  protected validate(data: FormData): FieldError[] {
    const errors: FieldError[] = [];
    if (String(data.get('page') ?? '').trim() === '') errors.push({ field: 'page', text: this.msg('errorPage') });
    if (!data.getAll('problem').some((v) => (PROBLEM_KINDS as readonly unknown[]).includes(v))) errors.push({ field: 'problem', text: this.msg('errorProblem') });
    const email = String(data.get('email') ?? '').trim();
    if (email && !EMAIL.test(email)) errors.push({ field: 'email', text: this.msg('errorEmail') });
    return errors;
  }

  protected announceSubmit(data: FormData): void {
    const detail: AccessibilityFeedbackSubmitDetail = {
      problems: data.getAll('problem').filter((v): v is ProblemKind => (PROBLEM_KINDS as readonly unknown[]).includes(v)),
      wantsAnswer: String(data.get('email') ?? '').trim() !== '',
      hasDescription: String(data.get('description') ?? '').trim() !== '',
    };
    this.answered = detail.wantsAnswer;
    this.dispatchEvent(new CustomEvent('auta-accessibility-feedback-submit', { detail, bubbles: true, composed: true }));
  }

  protected thanksText(): string {
    return `${this.msg('thanksHeading')}. ${this.msg(this.answered ? 'thanks' : 'thanksNoContact')}`;
  }

  private renderNextStep(): TemplateResult {
    const href = safeUrl(this.supervisorHref);
    return html`<div class="auta-fb-notice">
      <p>${this.msg('nextStep', this.msg('supervisor'))}</p>
      ${href ? html`<p><a href=${href}>${this.msg('supervisorLink')}</a></p>` : nothing}
    </div>`;
  }

  protected renderThanks(): TemplateResult {
    return html`<div class="auta-fb-thanks">
        ${this.heading(this.msg('thanksHeading'), this.fieldId('thanks'), true)}
        <p>${this.msg(this.answered ? 'thanks' : 'thanksNoContact')}</p>
      </div>
      ${this.renderNextStep()}`;
  }

  protected renderFields(): TemplateResult {
    const problemError = this.errorOf('problem');
    return html`<p>${this.msg('intro')}</p>
      <p><strong>${this.msg('promise')}</strong></p>
      <div class="auta-fb-field ${this.errorOf('page') ? 'auta-fb-field--error' : ''}">
        <label class="auta-fb-label" for=${this.fieldId('page')}>${this.msg('pageLabel')}</label>
        <p class="auta-fb-hint" id=${this.fieldId('page-hint')}>${this.msg('pageHint')}</p>
        ${this.renderError('page')}
        <input
          type="text"
          id=${this.fieldId('page')}
          name="page"
          value=${this.page}
          required
          maxlength="500"
          aria-describedby=${this.describedBy('page', 'page-hint')}
          aria-invalid=${this.errorOf('page') ? 'true' : nothing}
        />
      </div>
      <fieldset
        class="auta-fb-field ${problemError ? 'auta-fb-field--error' : ''}"
        id=${this.fieldId('problem')}
        aria-describedby=${this.describedBy('problem', 'problem-hint')}
      >
        <legend>${this.msg('problemLegend')}</legend>
        <p class="auta-fb-hint" id=${this.fieldId('problem-hint')}>${this.msg('problemHint')}</p>
        ${this.renderError('problem')}
        ${PROBLEM_KINDS.map(
          (kind) => html`<div class="auta-fb-option">
            <input
              type="checkbox"
              id=${this.fieldId(`problem-${kind}`)}
              name="problem"
              value=${kind}
              aria-invalid=${problemError ? 'true' : nothing}
              @change=${() => (this.errors = this.errors.filter((e) => e.field !== 'problem'))}
            />
            <label for=${this.fieldId(`problem-${kind}`)}>${this.msg('problem', kind)}</label>
          </div>`,
        )}
      </fieldset>
      <div class="auta-fb-field">
        <label class="auta-fb-label" for=${this.fieldId('description')}>${this.msg('descriptionLabel')}</label>
        ${this.renderPrivacy()}
        <textarea id=${this.fieldId('description')} name="description" rows="5" maxlength=${TEXT_MAX} aria-describedby=${this.fieldId('privacy')}></textarea>
      </div>
      <div class="auta-fb-field ${this.errorOf('email') ? 'auta-fb-field--error' : ''}">
        <label class="auta-fb-label" for=${this.fieldId('email')}>${this.msg('contactLabel')}</label>
        <p class="auta-fb-hint" id=${this.fieldId('email-hint')}>${this.msg('contactHint')}</p>
        ${this.renderError('email')}
        <input
          type="email"
          id=${this.fieldId('email')}
          name="email"
          autocomplete="email"
          maxlength="254"
          aria-describedby=${this.describedBy('email', 'email-hint')}
          aria-invalid=${this.errorOf('email') ? 'true' : nothing}
        />
      </div>
      ${this.renderNextStep()}`;
  }
}
