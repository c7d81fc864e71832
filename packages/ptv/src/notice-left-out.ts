/**
 * Channel fields that `auta-ptv channels` knowingly does not carry into the notice's
 * channels, each with the reason its report gives. The notice tells one service's other
 * ways to do the errand, so where a channel serves, who owns it and how the e-service
 * itself works are not its business; the finder's mapping (`left-out.ts`) keeps what the
 * finder can use of them.
 */
import { LEFT_OUT } from './left-out.js';

/** The printable form's fields the notice uses itself (see notice.ts): never "left out". */
const USED_BY_THE_NOTICE = new Set(['deliveryAddress', 'deliveryAddresses', 'channelUrls']);

export const NOTICE_LEFT_OUT: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(LEFT_OUT).filter(([field]) => !USED_BY_THE_NOTICE.has(field))),
  formIdentifier: 'the form number; the notice links the form itself',
  formReceiver: 'who receives the form; the delivery address says where it goes',
  webPage: "the e-service's own address; the notice stands in for the e-service",
  areaType: 'where a channel serves; the notice shows the service\'s channels to everyone who reads the page',
  areas: 'where a channel serves; the notice shows the service\'s channels to everyone who reads the page',
  languages: 'the languages of the channel; the notice gives each phone number its own language',
  accessibilitySentences: 'the premises\' accessibility sentences; the notice has no field for them (the finder keeps them)',
  accessibilityClassification: 'the web accessibility of an e-service; the notice offers other ways than the e-service',
  displayNameType: 'which name PTV displays; the notice uses the name of type Name',
  modified: 'when PTV last changed the channel; the notice has no date',
  webPages: 'the web pages of the channel; the notice links the e-service itself, forms and bookings only',
};
