import type { Catalog, Lang, LevelCatalog } from '@auta/core';
import { altChannelCatalog, loadAltChannelEasy, type ChannelMessages } from '@auta/alt-channel';

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

const sv: HelpOwnMessages = {
  heading: 'Behöver du hjälp?',
  'customer-service': 'Kundtjänst',
  'self-help': 'Anvisningar och vanliga frågor',
  'digital-support': 'Hjälp att använda e-tjänsten',
  'other-ways': 'Andra sätt att uträtta ärendet',
  'channel-phone': 'Telefon',
  'channel-chat': 'Chatt',
  'channel-contact-form': 'Kontaktformulär',
  'channel-secure-message': 'Skyddat meddelande',
  'channel-email': 'E-post',
  instructions: 'Läs anvisningarna',
  faq: 'Vanliga frågor',
  digitalSupportIntro: 'Digitalt stöd ger råd om e-tjänster till exempel på bibliotek och servicepunkter. Rådgivningen är avgiftsfri.',
  nearestSupport: 'Närmaste digitala stöd:',
  otherWaysText: 'Du kan också uträtta ärendet per telefon, vid en servicepunkt eller per post.',
  otherWaysLink: 'Se andra sätt att uträtta ärendet',
};

const en: HelpOwnMessages = {
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

const notice = altChannelCatalog;

/**
 * fi, sv and en at the standard level. The channel texts are the notice's, so a phone
 * number reads the same in both. The easy-to-read level arrives with `loadHelpEasy()`.
 */
export const helpCatalog: Catalog<HelpMessages> = {
  en: { ...notice.en, ...en },
  fi: { ...notice.fi, ...fi },
  sv: { ...notice.sv, ...sv },
};

/**
 * Loads the easy-to-read copy of `<auta-help>` into `helpCatalog.easy`: its own texts from
 * the help chunk (messages-easy.ts), the channel texts from the notice's easy chunk. Neither
 * is downloaded at the standard level. When the help chunk cannot load, `easy` stays unset
 * and the standard text stays (core warns once per key); when only the notice's cannot, the
 * channel texts are the standard ones, with the same warning.
 */
export async function loadHelpBlockEasy(): Promise<unknown> {
  if (helpCatalog.easy) return helpCatalog.easy;
  const [own] = await Promise.all([import('./messages-easy.js').catch(() => undefined), loadAltChannelEasy()]);
  if (!own) return undefined;
  const channel = (lang: Lang): Partial<ChannelMessages> => notice.easy?.[lang] ?? {};
  return (helpCatalog.easy ??= {
    en: { ...channel('en'), ...own.helpEasy.en },
    fi: { ...channel('fi'), ...own.helpEasy.fi },
    sv: { ...channel('sv'), ...own.helpEasy.sv },
  } as LevelCatalog<HelpMessages>);
}
