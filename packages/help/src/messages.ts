import type { Catalog, Lang } from '@auta/core';
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

// Easy-to-read: short sentences, everyday words, the reader addressed directly (Selkokeskus; LL-Center; Plain English Campaign).
const easyFi: HelpOwnMessages = {
  heading: 'Tarvitsetko apua?',
  'customer-service': 'Kysy meiltä',
  'self-help': 'Lue ohjeet',
  'digital-support': 'Apua tietokoneen ja puhelimen käyttöön',
  'other-ways': 'Voit hoitaa asian myös muuten',
  'channel-phone': 'Soita meille',
  'channel-chat': 'Kirjoita meille chatissa',
  'channel-contact-form': 'Lähetä meille lomake',
  'channel-secure-message': 'Lähetä meille turvallinen viesti',
  'channel-email': 'Lähetä meille sähköpostia',
  instructions: 'Ohjeet',
  faq: 'Kysymyksiä ja vastauksia',
  digitalSupportIntro: 'Saat apua esimerkiksi kirjastosta. Apu on ilmaista.',
  nearestSupport: 'Apua saat lähellä täältä:',
  otherWaysText: 'Voit soittaa, käydä meillä tai lähettää kirjeen.',
  otherWaysLink: 'Näin voit hoitaa asian muuten',
};

const easySv: HelpOwnMessages = {
  heading: 'Behöver du hjälp?',
  'customer-service': 'Fråga oss',
  'self-help': 'Läs hur du gör',
  'digital-support': 'Hjälp med dator och telefon',
  'other-ways': 'Du kan göra det på andra sätt',
  'channel-phone': 'Ring oss',
  'channel-chat': 'Skriv till oss i chatten',
  'channel-contact-form': 'Skicka ett formulär till oss',
  'channel-secure-message': 'Skicka ett säkert meddelande till oss',
  'channel-email': 'Skicka e-post till oss',
  instructions: 'Så här gör du',
  faq: 'Frågor och svar',
  digitalSupportIntro: 'Du kan få hjälp till exempel på biblioteket. Hjälpen är gratis.',
  nearestSupport: 'Här får du hjälp nära dig:',
  otherWaysText: 'Du kan ringa, besöka oss eller skicka ett brev.',
  otherWaysLink: 'Så kan du göra på andra sätt',
};

const easyEn: HelpOwnMessages = {
  heading: 'Do you need help?',
  'customer-service': 'Ask us',
  'self-help': 'Read how to do it',
  'digital-support': 'Help with computers and phones',
  'other-ways': 'You can do this in other ways',
  'channel-phone': 'Call us',
  'channel-chat': 'Write to us in the chat',
  'channel-contact-form': 'Send us a form',
  'channel-secure-message': 'Send us a safe message',
  'channel-email': 'Send us an email',
  instructions: 'How to do it',
  faq: 'Questions and answers',
  digitalSupportIntro: 'You can get help, for example, at a library. The help is free.',
  nearestSupport: 'You can get help near you here:',
  otherWaysText: 'You can call us, visit us or send a letter.',
  otherWaysLink: 'Other ways to do this',
};

type ChannelEasy = Partial<Record<Lang, Partial<ChannelMessages>>>;
const notice = altChannelCatalog as typeof altChannelCatalog & { easy?: ChannelEasy };

/**
 * fi, sv and en at both levels. The channel texts are the notice's: its easy level where it
 * has one, else its standard text, so the easy level is complete and never warns.
 */
export const helpCatalog: Catalog<HelpMessages> & { easy: { en: HelpMessages } & Partial<Record<Lang, Partial<HelpMessages>>> } = {
  en: { ...notice.en, ...en },
  fi: { ...notice.fi, ...fi },
  sv: { ...notice.sv, ...sv },
  easy: {
    en: { ...notice.en, ...notice.easy?.en, ...easyEn },
    fi: { ...notice.fi, ...notice.easy?.fi, ...easyFi },
    sv: { ...notice.sv, ...notice.easy?.sv, ...easySv },
  },
};
