import { html, isServer, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { AutaFeedbackForm, type FieldError } from './feedback-form.js';
import { HELP_CHANNELS, MISSING_KINDS, helpFeedbackCatalog, type HelpChannel, type HelpFeedbackMessages, type MissingKind } from './help-feedback.messages.js';
import { loadHelpFeedbackCopy } from './easy.js';

/** `auta-help-feedback-answer`: the person answered yes or no. */
export interface HelpFeedbackAnswerDetail {
  helped: boolean;
}

/**
 * `auta-help-feedback-submit`: the answers, as choices only. The free-text message never
 * travels in an event (it may hold what the person was asked not to write); it is posted
 * to the host's `action` or `endpoint`, or read from the form by the host.
 */
export interface HelpFeedbackSubmitDetail {
  helped: boolean;
  missing: MissingKind[];
  channels: HelpChannel[];
  /** Whether the person wrote something in the message field. */
  hasMessage: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'auta-help-feedback-answer': CustomEvent<HelpFeedbackAnswerDetail>;
    'auta-help-feedback-submit': CustomEvent<HelpFeedbackSubmitDetail>;
  }
}

const MESSAGE_MAX = 2000;
const pick = <T extends string>(data: FormData, name: string, allowed: readonly T[]): T[] =>
  data.getAll(name).filter((v): v is T => (allowed as readonly unknown[]).includes(v));

/**
 * @summary "Did you get the help you needed?": yes or no, then what was missing and which
 * way of help the person used; a plain HTML form that works without JavaScript.
 *
 * The form is rendered into the element's light DOM and posts (`method="post"`) to
 * `action` when JavaScript is off; render it on the server with `${renderLight()}` inside
 * the element (`@lit-labs/ssr`). With JavaScript the element shows the follow-up questions
 * after the answer, checks the answer in words, fires its events and posts only to
 * `endpoint`, when the host gives one. Posted fields: `form` (`help-feedback`), `lang`,
 * `helped` (`yes`/`no`), `missing` and `channel` (repeated), `message`.
 *
 * @cssprop --auta-feedback-heading-size - Font size of the heading (default 1.375rem).
 * @cssprop --auta-feedback-control-size - Size of radio buttons and checkboxes (default 1.5rem; keep at least 1.5rem).
 * @cssprop --auta-feedback-error-color - Colour of error text and bars (default `--auta-color-danger`).
 *
 * @event {CustomEvent<HelpFeedbackAnswerDetail>} auta-help-feedback-answer - The person answered yes or no. detail: { helped }
 * @event {CustomEvent<HelpFeedbackSubmitDetail>} auta-help-feedback-submit - The answers were sent (valid). detail: { helped, missing, channels, hasMessage }; never the message itself.
 */
export class AutaHelpFeedback extends AutaFeedbackForm<HelpFeedbackMessages> {
  protected readonly catalog = helpFeedbackCatalog;
  protected override readonly loadCopy = loadHelpFeedbackCopy;
  protected readonly formName = 'help-feedback';

  static override properties: PropertyDeclarations = {
    helped: { state: true },
  };

  /** The answer chosen: decides which follow-up questions are shown. */
  private helped: 'yes' | 'no' | '' = '';

  protected headingText(): string {
    return this.msg('question');
  }

  protected override answersChanged(): void {
    const checked = this.querySelector<HTMLInputElement>('input[name="helped"]:checked');
    this.helped = checked?.value === 'yes' || checked?.value === 'no' ? checked.value : '';
  }

  private onAnswer(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value !== 'yes' && value !== 'no') return;
    this.helped = value;
    this.errors = this.errors.filter((e) => e.field !== 'helped');
    this.dispatchEvent(new CustomEvent<HelpFeedbackAnswerDetail>('auta-help-feedback-answer', { detail: { helped: value === 'yes' }, bubbles: true, composed: true }));
  }

  protected validate(data: FormData): FieldError[] {
    const helped = data.get('helped');
    return helped === 'yes' || helped === 'no' ? [] : [{ field: 'helped', text: this.msg('errorHelped') }];
  }

  protected announceSubmit(data: FormData): void {
    const detail: HelpFeedbackSubmitDetail = {
      helped: data.get('helped') === 'yes',
      missing: data.get('helped') === 'no' ? pick(data, 'missing', MISSING_KINDS) : [],
      channels: pick(data, 'channel', HELP_CHANNELS),
      hasMessage: String(data.get('message') ?? '').trim() !== '',
    };
    this.dispatchEvent(new CustomEvent('auta-help-feedback-submit', { detail, bubbles: true, composed: true }));
  }

  protected thanksText(): string {
    return `${this.msg('thanksHeading')}. ${this.msg('thanks')}`;
  }

  protected renderThanks(): TemplateResult {
    return html`<div class="auta-fb-thanks">
      ${this.heading(this.msg('thanksHeading'), this.fieldId('thanks'), true)}
      <p>${this.msg('thanks')}</p>
    </div>`;
  }

  private renderChoices<T extends string>(name: string, kinds: readonly T[], label: (k: T) => string): TemplateResult[] {
    return kinds.map(
      (kind) => html`<div class="auta-fb-option">
        <input type="checkbox" id=${this.fieldId(`${name}-${kind}`)} name=${name} value=${kind} />
        <label for=${this.fieldId(`${name}-${kind}`)}>${label(kind)}</label>
      </div>`,
    );
  }

  protected renderFields(): TemplateResult {
    const error = this.errorOf('helped');
    // Without JavaScript every question is shown at once; with it, the follow-up after the answer.
    const followUp = isServer || this.helped !== '';
    const missing = isServer || this.helped === 'no';
    return html`<fieldset
        class="auta-fb-field ${error ? 'auta-fb-field--error' : ''}"
        id=${this.fieldId('helped')}
        aria-describedby=${this.describedBy('helped') || nothing}
      >
        <legend class="auta-fb-visually-hidden">${this.msg('question')}</legend>
        ${this.renderError('helped')}
        <div class="auta-fb-choices--inline">
          ${(['yes', 'no'] as const).map(
            (value) => html`<div class="auta-fb-option">
              <input
                type="radio"
                id=${this.fieldId(`helped-${value}`)}
                name="helped"
                value=${value}
                required
                aria-invalid=${error ? 'true' : 'false'}
                @change=${this.onAnswer}
              />
              <label for=${this.fieldId(`helped-${value}`)}>${this.msg(value)}</label>
            </div>`,
          )}
        </div>
      </fieldset>
      ${missing
        ? html`<fieldset class="auta-fb-field" aria-describedby=${this.fieldId('missing-hint')}>
            <legend>${this.msg('missingLegend')}</legend>
            <p class="auta-fb-hint" id=${this.fieldId('missing-hint')}>${this.msg('missingHint')}</p>
            ${this.renderChoices('missing', MISSING_KINDS, (k) => this.msg('missing', k))}
          </fieldset>`
        : nothing}
      ${followUp
        ? html`<fieldset class="auta-fb-field" aria-describedby=${this.fieldId('channel-hint')}>
              <legend>${this.msg('channelLegend')}</legend>
              <p class="auta-fb-hint" id=${this.fieldId('channel-hint')}>${this.msg('channelHint')}</p>
              ${this.renderChoices('channel', HELP_CHANNELS, (k) => this.msg('channel', k))}
            </fieldset>
            <div class="auta-fb-field">
              <label class="auta-fb-label" for=${this.fieldId('message')}>${this.msg('messageLabel')}</label>
              ${this.renderPrivacy()}
              <textarea id=${this.fieldId('message')} name="message" rows="4" maxlength=${MESSAGE_MAX} aria-describedby=${this.fieldId('privacy')}></textarea>
            </div>`
        : nothing}`;
  }
}
