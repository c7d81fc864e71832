import type { Catalog } from '@auta/core';
import { altChannelCatalog, type ChannelMessages } from '@auta/alt-channel';

/**
 * The help block's own texts. The texts inside a channel (charges, hours, response time,
 * queue) are the notice's, so a phone number reads the same in both.
 */
export type HelpOwnMessages = {
  heading: string;
  'customer-service': string;
  'self-help': string;
  'digital-support': string;
  'other-ways': string;
  /** Sub-headings of the customer-service channels. */
  'channel-phone': string;
  'channel-chat': string;
  'channel-contact-form': string;
  'channel-secure-message': string;
  'channel-email': string;
  instructions: string;
  faq: string;
  digitalSupportIntro: string;
  nearestSupport: string;
  otherWaysText: string;
  otherWaysLink: string;
};
export type HelpMessages = ChannelMessages & HelpOwnMessages;


const fi: HelpOwnMessages = {
  heading: 'Tarvitsetko apua?',
  'customer-service': 'Asiakaspalvelu',
  'self-help': 'Ohjeet ja usein kysytyt kysymykset',
  'digital-support': 'Apua verkkopalvelun käyttöön',
  'other-ways': 'Muut tavat asioida',
  'channel-phone': 'Puhelin',
  'channel-chat': 'Chat',
  'channel-contact-form': 'Yhteydenottolomake',
  'channel-secure-message': 'Suojattu viesti',
  'channel-email': 'Sähköposti',
  instructions: 'Lue ohjeet',
  faq: 'Usein kysytyt kysymykset',
  digitalSupportIntro: 'Digituki neuvoo verkkopalvelujen käytössä esimerkiksi kirjastoissa ja asiointipisteissä. Neuvonta on maksutonta.',
  nearestSupport: 'Lähin digituki:',
  otherWaysText: 'Voit asioida myös puhelimitse, asiointipisteessä tai postitse.',
  otherWaysLink: 'Katso muut tavat asioida',
};



const notice = altChannelCatalog;

/**
 * Finnish at the standard level; Swedish and English register themselves from `lang/sv.js`
 * and `lang/en.js`. The channel texts are the notice's, so a phone number reads the same in
 * both. The easy-to-read level arrives with `loadHelpEasy()`.
 */
export const helpCatalog: Catalog<HelpMessages> = { fi: { ...notice.fi, ...fi } };
