import type { AltChannelMessages, When } from './messages.js';

/*
 * English copy of the notice. Data only, with no import at run time: the notice loads it as
 * a chunk of its own; `lang/en.js` registers it for pages and servers that import it up front.
 */
// Numbers up to ten are written out in running text (Språkrådet; GOV.UK style).
const EN_NUMBER = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export const altChannel: AltChannelMessages = {
  heading: (errand) => (errand ? `${errand} another way` : 'Other ways to do this'),
  outageHeading: (errand) => (errand ? `${errand} another way during the outage` : 'Other ways to do this during the outage'),
  intro: 'If you cannot use the e-service, you can also do this another way.',
  outage: (from, to, sameDay) => {
    const at = (w: When) => `${w.date} at ${w.time}`;
    if (from && to) {
      return sameDay
        ? `The e-service is unavailable on ${from.date} from ${from.time} to ${to.time} (Finnish time).`
        : `The e-service is unavailable from ${at(from)} to ${at(to)} (Finnish time).`;
    }
    if (from) return `The e-service is unavailable from ${at(from)} (Finnish time).`;
    if (to) return `The e-service is unavailable. It will work again on ${at(to)} (Finnish time).`;
    return 'The e-service is unavailable for now.';
  },
  outageMeanwhile: 'In the meantime, you can do this another way.',
  phone: 'By phone',
  'service-desk': 'At a service point',
  mail: 'By post',
  email: 'By email',
  'digital-support': 'Help using the e-service',
  phoneHours: 'Phone lines are open',
  deskHours: 'Opening hours',
  free: 'The call is free.',
  localCharge: 'You pay your operator’s local network or mobile call charge.',
  chargeable: 'There is a charge for the call.',
  foreignCharge: 'International call charges apply.',
  'relay-text': 'You can also use a speech-to-text interpreter. You can book one from Kela’s interpreting service for people with disabilities.',
  'relay-video': 'You can also use remote interpreting by video. You can book an interpreter from Kela’s interpreting service for people with disabilities.',
  'relay-sign-language': 'We also serve you in Finnish Sign Language.',
  bookingRequired: 'Book a time before you come.',
  dropIn: 'You can come without an appointment.',
  bookingLink: 'Book a time',
  bring: 'Bring',
  postOfficeBox: (box) => `PO Box ${box}`,
  mailIntro: 'Fill in the form and send it by post.',
  formLink: 'Print the form',
  emailWarning: 'Do not send your personal identity code or other sensitive details by ordinary email.',
  secureMessageLink: 'Send a secure message',
  replyTime: 'Reply time',
  digitalSupportText: 'You can also ask for help using the e-service. Digital support is given, for example, in libraries and service points.',
  digitalSupportLink: 'Find digital support near you',
  chatHours: 'Chat is open',
  responseDays: (days) => `We answer within ${EN_NUMBER[days] ?? days} working ${days === 1 ? 'day' : 'days'}.`,
  haveReady: 'Have ready',
  abroad: 'From outside Finland:',
  callbackLink: 'Ask us to call you back',
  availabilityOpen: 'We are answering now.',
  availabilityBusy: (wait) =>
    wait === undefined ? 'We are busy now and you may have to wait.' : `We are busy now. The estimated wait is about ${wait} ${wait === 1 ? 'minute' : 'minutes'}.`,
  availabilityClosed: (next) => (next ? `Closed now. Opens on ${next.date} at ${next.time} (Finnish time).` : 'Closed now.'),
  chatLink: 'Open the chat',
  contactFormLink: 'Fill in the contact form',
};
