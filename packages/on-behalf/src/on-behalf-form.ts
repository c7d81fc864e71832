import { isServer } from 'lit';
import { AutaElement, safeUrl, type MessageMap } from '@auta/core';
import { ACTING_AS, isActingAs, type ActingAs } from './shared.js';

/** The `options` list as choices: known ones, each once, in the host's order; all three when none is known. */
export function parseOptions(options: unknown, warn: (text: string) => void): ActingAs[] {
  const list: unknown[] = Array.isArray(options) ? options : [];
  const known = list.filter((o, i): o is ActingAs => {
    if (!isActingAs(o)) warn(`options: "${String(o)}" is not one of ${ACTING_AS.join(', ')}; skipped.`);
    return isActingAs(o) && list.indexOf(o) === i;
  });
  return known.length ? known : [...ACTING_AS];
}

/** The last choice first, the others in the host's order (Altinn's users asked not to hunt for it again). */
export const lastChoiceFirst = (listed: readonly ActingAs[], last: unknown): ActingAs[] =>
  isActingAs(last) && listed.includes(last) ? [last, ...listed.filter((o) => o !== last)] : [...listed];

/** Warns once per changed link attribute that `safeUrl` refuses. */
export function warnUnsafeLinks(links: Record<string, { url: string; changed: boolean }>, warn: (text: string) => void): void {
  for (const [attribute, { url, changed }] of Object.entries(links)) {
    if (changed && url && safeUrl(url) === undefined) {
      warn(`${attribute}: "${url.slice(0, 80)}" is not a safe link (http, https, tel, mailto or relative); it is not shown.`);
    }
  }
}

/** The form's first invalid control: of several, that one takes focus, as the browser does. */
export const firstInvalid = (form: HTMLFormElement): Element | undefined =>
  [...form.elements].find((el) => {
    const control = el as HTMLInputElement;
    return control.willValidate && control.validity && !control.validity.valid;
  });

/**
 * Enter on a radio button submits the form as a native field does: through the form's
 * default button (its first submit button), unless the entry's own continue button comes first.
 */
export function submitImplicitly(entry: HTMLElement, form: HTMLFormElement, ownButton: boolean): void {
  const defaultButton = [...form.elements].find(
    (el): el is HTMLButtonElement | HTMLInputElement =>
      (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && ['submit', 'image'].includes(el.type),
  );
  const oursFirst = ownButton && (!defaultButton || !!(entry.compareDocumentPosition(defaultButton) & Node.DOCUMENT_POSITION_FOLLOWING));
  if (oursFirst || !defaultButton) form.requestSubmit();
  else if (!defaultButton.disabled) defaultButton.click();
}

/** The page's alternative-channel notice: the host's link, else a notice with an `id` in the same document. */
export function linkedAltChannel(entry: HTMLElement, href: string): string | undefined {
  if (href) return safeUrl(href);
  if (isServer || !entry.isConnected) return undefined;
  // A fragment link reaches only the document's own tree, not into a shadow root.
  const root = entry.getRootNode();
  if (!(root instanceof Document)) return undefined;
  const id = root.querySelector('auta-alt-channel-notice[id]')?.id;
  return id ? safeUrl(`#${id}`) : undefined;
}

/** The link attributes a host writes; each refused link is reported once, naming the attribute. */
export const LINK_ATTRIBUTES = {
  requestMandateUrl: 'request-mandate-url',
  servicePointUrl: 'service-point-url',
  applicationUrl: 'application-url',
  altChannelHref: 'alt-channel-href',
  guardianUrl: 'guardian-url',
  courtGuardianUrl: 'court-guardian-url',
} as const;

/** Whether `value` is no choice or one of the choices offered; warns, naming `field`, when not. */
export function offeredChoice(value: unknown, offered: readonly ActingAs[], field: string, warn: (text: string) => void): boolean {
  if (value === '' || (isActingAs(value) && offered.includes(value))) return true;
  warn(`${field}: "${String(value)}" is not one of the options offered (${offered.join(', ')}); no choice is made.`);
  return false;
}

/** The `options` attribute: choices separated by spaces (`options="self person"`). */
export const optionsAttribute = {
  fromAttribute: (v: string | null) => (v ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (v: string[]) => v.join(' '),
};

/**
 * What a native form field has, for the on-behalf entry to build on: it is form-associated
 * (ElementInternals), knows its form and validity, and has the two checks a form calls.
 */
export abstract class AutaFormField<M extends MessageMap> extends AutaElement<M> {
  static formAssociated = true;
  protected readonly internals: ElementInternals = this.attachInternals();
  /** `checkValidity()` fires `invalid` too; that one must not show the error. */
  protected silent = false;
  /** Our own `reportValidity()`: take focus even if another field is invalid first. */
  protected reporting = false;

  get form(): HTMLFormElement | null { return this.internals.form; }
  get validity(): ValidityState { return this.internals.validity; }
  get validationMessage(): string { return this.internals.validationMessage; }
  get willValidate(): boolean { return this.internals.willValidate; }

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
}
