import { memo, safeUrl } from '@auta/core';
import { isText, validList, validateChannels, type ContactChannel, type ContactChannelKind, type Text, type Warn } from '@auta/core/channels.js';

/**
 * The help mechanisms of `<auta-help>`, in the one order they are always shown in, whatever
 * the host gives and in whichever order: people who found the phone number first on one
 * page find it first on the next (WCAG 2.2 SC 3.2.6 Consistent Help). Human contact comes
 * first, then self-help, then help from others, then the ways around the e-service.
 */
export const HELP_MECHANISMS = ['customer-service', 'self-help', 'digital-support', 'other-ways'] as const;
export type HelpMechanism = (typeof HELP_MECHANISMS)[number];

/** The customer-service channels, in their fixed order inside the block: the quickest answer first. */
export const CUSTOMER_SERVICE_KINDS = ['phone', 'chat', 'contact-form', 'secure-message', 'email'] as const satisfies readonly ContactChannelKind[];
export type CustomerServiceKind = (typeof CUSTOMER_SERVICE_KINDS)[number];
export type CustomerServiceChannel = ContactChannel & { kind: CustomerServiceKind };

/** Self-help, in its fixed order: the instructions for this errand, then the common questions. */
export const SELF_HELP_KINDS = ['instructions', 'faq'] as const;
export type SelfHelpKind = (typeof SELF_HELP_KINDS)[number];

/** A page of self-help. `label` replaces the default link text ("Lue ohjeet", "Usein kysytyt kysymykset"). */
export interface SelfHelpLink {
  kind: SelfHelpKind;
  url: string;
  label?: Text;
}

/** The nearest place that gives digital support, as one line: its name, and a link or a phone number. */
export interface NearestSupport {
  name: Text;
  url?: string;
  phone?: string;
  /** E.g. the address and the hours in one short phrase. */
  description?: Text;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateCustomerService(input: unknown, warn: Warn): CustomerServiceChannel[] {
  return validateChannels(input, warn, CUSTOMER_SERVICE_KINDS) as CustomerServiceChannel[];
}

/** Checks self-help links: kind, a safe URL, an optional label; sorted into the fixed order. */
export function validateSelfHelp(input: unknown, warn: Warn): readonly SelfHelpLink[] {
  if (input === undefined || input === null) return [];
  // Once per data object, as the channels (`validateChannels`).
  return typeof input === 'object' ? memo(input, 'self-help', () => checkSelfHelp(input, warn)) : checkSelfHelp(input, warn);
}

function checkSelfHelp(input: unknown, warn: Warn): SelfHelpLink[] {
  const valid = validList(input, 'self-help', warn, (raw, _, fail) => {
    if (!isObject(raw) || !SELF_HELP_KINDS.includes(raw.kind as SelfHelpKind)) return fail(`.kind: not ${SELF_HELP_KINDS.join(', ')}`);
    const url = safeUrl(raw.url);
    if (!url) return fail('.url: not a safe link (http, https, tel, mailto or relative)');
    const link: SelfHelpLink = { kind: raw.kind as SelfHelpKind, url };
    if (isText(raw.label)) link.label = raw.label;
    else if (raw.label !== undefined) warn(`${_}.label: not text; the default label is used`);
    return link;
  });
  return valid.sort((a, b) => SELF_HELP_KINDS.indexOf(a.kind) - SELF_HELP_KINDS.indexOf(b.kind));
}

/** Checks the nearest-support line: a name, and a safe link or a phone number. */
export function validateNearestSupport(input: unknown, warn: Warn): NearestSupport | undefined {
  if (input === undefined || input === null) return undefined;
  if (!isObject(input) || !isText(input.name)) {
    warn('nearest-support: needs a name; left out');
    return undefined;
  }
  const out: NearestSupport = { name: input.name };
  if (input.url !== undefined) {
    const url = safeUrl(input.url);
    if (url) out.url = url;
    else warn('nearest-support.url: not a safe link (http, https, tel, mailto or relative); left out');
  }
  if (typeof input.phone === 'string' && input.phone.trim()) out.phone = input.phone;
  if (isText(input.description)) out.description = input.description;
  return out;
}
