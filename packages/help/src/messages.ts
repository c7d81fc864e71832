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



const notice = altChannelCatalog;

/**
 * Finnish at the standard level; Swedish and English register themselves from `lang/sv.js`
 * and `lang/en.js`. The channel texts are the notice's, so a phone number reads the same in
 * both. The easy-to-read level arrives with `loadHelpEasy()`.
 */
export const helpCatalog: Catalog<HelpMessages> = { fi: { ...notice.fi, ...fi } };

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
