import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { HEADING_TAGS, safeUrl, textWithLang, type Lang, type LocalizedText } from '@auta/core';
import type { OnBehalfMessages } from './messages.js';
import type { MandateTheme, RoleWithoutMandate } from './mandate-themes.js';
import type { ActingAs } from './shared.js';

type Msg = <K extends keyof OnBehalfMessages & string>(key: K, ...args: OnBehalfMessages[K] extends (...a: infer A) => string ? A : []) => string;

/** What the entry's help text is made of; the element passes its state in. */
export interface HelpContext {
  msg: Msg;
  lang: Lang;
  offered: readonly ActingAs[];
  themes: readonly MandateTheme[];
  roles: readonly RoleWithoutMandate[];
  lastChoice: ActingAs | '';
  hideGuardianPath: boolean;
  courtGuardianWithoutMandate: boolean;
  requestMandateUrl: string;
  servicePointUrl: string;
  applicationUrl: string;
  guardianUrl: string;
  courtGuardianUrl: string;
  altChannel: string | undefined;
  noMandateOpen: boolean;
  onToggle: (open: boolean) => void;
}

type LinkKey =
  | 'noMandateRequestLink'
  | 'noMandateServicePointLink'
  | 'noMandateApplicationLink'
  | 'noMandateAltChannelLink'
  | 'guardianPathLink'
  | 'courtGuardianPathLink';

const list = (ctx: HelpContext, lead: string, items: ReadonlyArray<{ id: string; name: LocalizedText }>): TemplateResult =>
  html`<p class="lead">${lead}</p>
    <ul>
      ${items.map((item) => html`<li>${textWithLang(item.name, ctx.lang)}</li>`)}
    </ul>`;

const link = (ctx: HelpContext, href: string, key: LinkKey) => {
  const url = safeUrl(href);
  return url ? html`<li><a href=${url}>${ctx.msg(key)}</a></li>` : nothing;
};

/** The themes a choice needs a mandate for: none for acting for oneself. */
const themesFor = (ctx: HelpContext, option: ActingAs) =>
  option === 'self' ? [] : ctx.themes.filter((t) => !Array.isArray(t.appliesTo) || t.appliesTo.includes(option));

/** What a choice means, what it needs (the mandate themes, the roles that need none), and whether it was the last choice. */
export function renderHint(ctx: HelpContext, option: ActingAs): TemplateResult {
  const themes = themesFor(ctx, option);
  return html`<div class="hint" id="hint-${option}" part="hint">
    ${ctx.lastChoice === option ? html`<p part="last-choice">${ctx.msg('lastChoice')}</p>` : nothing}
    <p>${ctx.msg(`${option}Hint`)}</p>
    ${option === 'person' && !ctx.hideGuardianPath ? html`<p>${ctx.msg('guardian')}</p>` : nothing}
    ${themes.length ? list(ctx, ctx.msg('mandateThemes', themes.length), themes) : nothing}
    ${option === 'organisation' && ctx.roles.length ? list(ctx, ctx.msg('rolesWithoutMandate', ctx.roles.length), ctx.roles) : nothing}
  </div>`;
}

/** A short path for those who act without a mandate by law: a heading, what to do, and the host's link. */
function path(ctx: HelpContext, heading: 'guardianPathHeading' | 'courtGuardianPathHeading', text: 'guardianPath' | 'courtGuardianPath', href: string, key: LinkKey) {
  return html`<section part="path">
    <p><strong>${ctx.msg(heading)}</strong></p>
    <p>${ctx.msg(text, ctx.msg('person'))}</p>
    ${safeUrl(href) ? html`<ul>${link(ctx, href, key)}</ul>` : nothing}
  </section>`;
}

/** "I do not have a mandate": short paths for guardians, then how to get a mandate, online and at a service point. */
export function renderNoMandate(ctx: HelpContext): TemplateResult | typeof nothing {
  if (!ctx.offered.some((o) => o !== 'self')) return nothing;
  const themes = ctx.offered.flatMap((o) => themesFor(ctx, o)).filter((t, i, all) => all.indexOf(t) === i);
  const offline = [link(ctx, ctx.servicePointUrl, 'noMandateServicePointLink'), link(ctx, ctx.applicationUrl, 'noMandateApplicationLink')];
  const forPerson = ctx.offered.includes('person');
  return html`<details class="no-mandate" part="no-mandate" ?open=${ctx.noMandateOpen} @toggle=${(e: Event) => ctx.onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${ctx.msg('noMandate')}</summary>
    ${forPerson && !ctx.hideGuardianPath ? path(ctx, 'guardianPathHeading', 'guardianPath', ctx.guardianUrl, 'guardianPathLink') : nothing}
    ${forPerson && ctx.courtGuardianWithoutMandate
      ? path(ctx, 'courtGuardianPathHeading', 'courtGuardianPath', ctx.courtGuardianUrl, 'courtGuardianPathLink')
      : nothing}
    <p>${ctx.msg('noMandateRequest')}</p>
    ${themes.length ? list(ctx, ctx.msg('noMandateThemes', themes.length), themes) : nothing}
    ${safeUrl(ctx.requestMandateUrl) ? html`<ul>${link(ctx, ctx.requestMandateUrl, 'noMandateRequestLink')}</ul>` : nothing}
    <p>${ctx.msg('noMandateOffline')}</p>
    ${safeUrl(ctx.servicePointUrl) || safeUrl(ctx.applicationUrl) ? html`<ul>${offline}</ul>` : nothing}
    <p>${ctx.msg('noMandateNoReason')}</p>
    ${ctx.altChannel
      ? html`<p>${ctx.msg('noMandateAltChannel')}</p>
          <ul>
            ${link(ctx, ctx.altChannel, 'noMandateAltChannelLink')}
          </ul>`
      : nothing}
    <slot name="no-mandate"></slot>
  </details>`;
}

/** The question, as a heading of `level` (1–6) when the host asks for one, else as text. */
export function question(text: string, level: number): TemplateResult | string {
  const tag = Number.isInteger(level) ? HEADING_TAGS[level - 1] : undefined;
  return tag ? staticHtml`<${tag}>${text}</${tag}>` : text;
}

/** What the group of choices shows besides the help: the element's form state. */
export interface ChoicesState {
  value: string;
  error: boolean;
  questionHint: string;
  headingLevel: number;
  required: boolean;
  disabled: boolean;
  onChange: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** The question and its native radio buttons, each with its hint; the error written out and linked to the group. */
export function renderChoices(ctx: HelpContext, state: ChoicesState): TemplateResult {
  const groupDescription = [state.questionHint ? 'question-hint' : '', state.error ? 'error' : ''].filter(Boolean).join(' ');
  return html`<fieldset
  class="group ${state.error ? 'group--error' : ''}"
  part="fieldset"
  role="radiogroup"
  aria-describedby=${groupDescription || nothing}
  aria-required=${state.required ? 'true' : nothing}
  aria-invalid=${state.error ? 'true' : nothing}
  ?disabled=${state.disabled}
>
  <legend class="legend" part="legend">${question(ctx.msg('question'), state.headingLevel)}</legend>
  ${state.questionHint ? html`<p class="question-hint" id="question-hint">${state.questionHint}</p>` : nothing}
  ${state.error
    ? html`<p class="error" id="error" part="error">
        <span class="visually-hidden">${ctx.msg('errorPrefix')} </span>${ctx.msg('errorRequired')}
      </p>`
    : nothing}
  <div class="options">
    ${ctx.offered.map(
      (option) => html`<div class="option" part="option">
        <input
          class="radio"
          part="radio"
          type="radio"
          id="radio-${option}"
          name="acting-as"
          value=${option}
          ?checked=${state.value === option}
          aria-describedby=${state.error ? `error hint-${option}` : `hint-${option}`}
          aria-invalid=${state.error ? 'true' : nothing}
          @change=${state.onChange}
          @keydown=${state.onKeydown}
        />
        <label class="label" part="label" for="radio-${option}">${ctx.msg(option)}</label>
        ${renderHint(ctx, option)}
      </div>`,
    )}
  </div>
</fieldset>`;
}
