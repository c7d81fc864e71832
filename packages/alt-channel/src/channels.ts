import { warner } from '@auta/core';
import { validateChannels as validate, type ContactChannel, type ContactChannelKind, type Warn } from '@auta/core/channels.js';

/**
 * The ways to do an errand without the e-service, in the one order they are always shown
 * in. WCAG 2.2 SC 3.2.6 (Consistent Help) asks that help repeated across pages keeps its
 * relative order, so the order is the component's, not the author's: a person who found
 * the phone number first on one page finds it first on the next.
 */
export const CHANNEL_KINDS = ['phone', 'service-desk', 'mail', 'email', 'digital-support'] as const satisfies readonly ContactChannelKind[];
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * One way to do the errand: the contact-channel shape of `@auta/core`, limited to the
 * kinds the notice shows. The help block (`@auta/help`) takes the same shape.
 */
export type AltChannel = ContactChannel & { kind: ChannelKind };

/**
 * Checks channels given as data and puts them in the notice's fixed order; see
 * `validateChannels` in `@auta/core`.
 */
export function validateChannels(input: unknown, warn: Warn = warner('auta-alt-channel-notice')): AltChannel[] {
  return validate(input, warn, CHANNEL_KINDS) as AltChannel[];
}
