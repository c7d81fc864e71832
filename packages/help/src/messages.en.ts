import type { When } from '@auta/alt-channel';
import type { HelpOwnMessages } from './messages.js';
import type { UnavailableOwnMessages } from './service-unavailable-messages.js';

/*
 * English copy of the help block's and the service-unavailable page's own texts. Data only,
 * with no import at run time: the elements load it as a chunk of their own; `lang/en.js`
 * registers it, with the notice's channel texts, for pages and servers that import it up front.
 */
export const help: HelpOwnMessages = {
  heading: 'Need help?',
  'customer-service': 'Customer service',
  'self-help': 'Guidance and common questions',
  'digital-support': 'Help using the e-service',
  'other-ways': 'Other ways to do this',
  'channel-phone': 'Phone',
  'channel-chat': 'Chat',
  'channel-contact-form': 'Contact form',
  'channel-secure-message': 'Secure message',
  'channel-email': 'Email',
  instructions: 'Read the guidance',
  faq: 'Frequently asked questions',
  digitalSupportIntro: 'Digital support gives advice on e-services, for example in libraries and service points. The advice is free.',
  nearestSupport: 'Nearest digital support:',
  otherWaysText: 'You can also do this by phone, at a service point or by post.',
  otherWaysLink: 'See other ways to do this',
};

const enAt = (w: When) => `${w.date} at ${w.time}`;

export const unavailable: UnavailableOwnMessages = {
  heading: (reason, service) => {
    const s = service || 'The e-service';
    if (reason === 'maintenance') return `${s} is unavailable for maintenance`;
    if (reason === 'closed') return `${s} has closed`;
    if (reason === 'seasonal') return `${s} is not open now`;
    return `${s} is not working at the moment`;
  },
  since: (reason, from) =>
    from
      ? reason === 'maintenance'
        ? `Maintenance starts on ${enAt(from)} (Finnish time).`
        : `The fault started on ${enAt(from)} (Finnish time).`
      : reason === 'maintenance'
        ? 'We are doing maintenance work on the service.'
        : 'There is a fault in the service. We are fixing it.',
  back: (until) => (until ? `The service will work again on ${enAt(until)} (Finnish time).` : 'We do not know yet when the service will work again.'),
  updated: (at) => `Last updated on ${enAt(at)}.`,
  savedKept: 'The answers you saved are safe. You can continue where you left off when the service works again.',
  savedLost: 'If you were filling in the form when the outage began, answers you had not saved were lost. Fill them in again when the service works again.',
  deadlinesUnchanged: 'Deadlines do not change. If your deadline is close, use one of the ways below.',
  deadlinesExtended: (until) => (until ? `Because of the outage, the deadline has been extended. The new deadline is ${until.date}.` : 'Because of the outage, the deadline has been extended.'),
  closedFor: 'This e-service no longer exists.',
  replacementLink: 'Go to the new service',
  seasonalOpens: (opens) => (opens ? `The service is open for only part of the year. It opens next on ${enAt(opens)}.` : 'The service is open for only part of the year.'),
  otherWaysHeading: 'Do it another way',
  otherWaysIntro: 'The ways that are open right now come first.',
  reference: 'If you contact customer service, give them this code:',
};
