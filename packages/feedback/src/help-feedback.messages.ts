import type { Catalog } from '@auta/core';
import type { FormMessages } from './feedback-form.js';

/** What may have been missing; the values are posted and sent in events (never free text). */
export const MISSING_KINDS = ['information', 'contact', 'language', 'accessibility', 'time', 'other'] as const;
export type MissingKind = (typeof MISSING_KINDS)[number];

/** Which way of help the person used; the values match the usage record's channel kinds. */
export const HELP_CHANNELS = ['web', 'phone', 'chat', 'service-desk', 'digital-support', 'email', 'other'] as const;
export type HelpChannel = (typeof HELP_CHANNELS)[number];

/** Default copy of `<auta-help-feedback>`. */
export type HelpFeedbackMessages = FormMessages & {
  question: string;
  yes: string;
  no: string;
  errorHelped: string;
  missingLegend: string;
  missingHint: string;
  missing: (kind: MissingKind) => string;
  channelLegend: string;
  channelHint: string;
  channel: (kind: HelpChannel) => string;
  messageLabel: string;
  thanks: string;
};

/**
 * A form's catalog: fi, sv and en at the standard level; the easy-to-read level (`easy`)
 * arrives with `loadFeedbackEasy()`.
 */
export type LeveledCatalog<M extends FormMessages> = Catalog<M>;

const fi: HelpFeedbackMessages = {
  question: 'Saitko tarvitsemasi avun?',
  yes: 'Kyllä, sain',
  no: 'En saanut',
  errorHelped: 'Valitse, saitko tarvitsemasi avun.',
  missingLegend: 'Mitä jäi puuttumaan? (vapaaehtoinen)',
  missingHint: 'Voit valita useamman.',
  missing: (k) =>
    ({
      information: 'En löytänyt tarvitsemaani tietoa',
      contact: 'En saanut yhteyttä neuvojaan',
      language: 'Apua ei ollut saatavilla omalla kielelläni',
      accessibility: 'Palvelu ei ollut minulle saavutettava',
      time: 'Apua ei ollut saatavilla silloin, kun tarvitsin',
      other: 'Jokin muu',
    })[k],
  channelLegend: 'Millä tavalla hait apua? (vapaaehtoinen)',
  channelHint: 'Voit valita useamman.',
  channel: (k) =>
    ({
      web: 'Verkkosivujen ohjeista',
      phone: 'Puhelimitse',
      chat: 'Chatissa',
      'service-desk': 'Asiointipisteessä',
      'digital-support': 'Digituesta, esimerkiksi kirjastosta',
      email: 'Sähköpostitse',
      other: 'Muulla tavalla',
    })[k],
  messageLabel: 'Kerro lisää (vapaaehtoinen)',
  privacy: 'Älä kirjoita viestiin henkilötietojasi, kuten nimeäsi, henkilötunnustasi tai osoitettasi.',
  submit: 'Lähetä palaute',
  sending: 'Lähetetään…',
  sendFailed: 'Palautteen lähettäminen ei onnistunut. Yritä hetken kuluttua uudelleen.',
  errorPrefix: 'Virhe:',
  errorSummary: 'Korjaa nämä kohdat:',
  thanksHeading: 'Kiitos palautteestasi',
  thanks: 'Palautteesi auttaa meitä parantamaan neuvontaa.',
};

const sv: HelpFeedbackMessages = {
  question: 'Fick du den hjälp du behövde?',
  yes: 'Ja',
  no: 'Nej',
  errorHelped: 'Välj om du fick den hjälp du behövde.',
  missingLegend: 'Vad saknades? (frivilligt)',
  missingHint: 'Du kan välja flera.',
  missing: (k) =>
    ({
      information: 'Jag hittade inte den information jag behövde',
      contact: 'Jag fick inte kontakt med en rådgivare',
      language: 'Det fanns ingen hjälp på mitt språk',
      accessibility: 'Tjänsten var inte tillgänglig för mig',
      time: 'Det fanns ingen hjälp när jag behövde den',
      other: 'Något annat',
    })[k],
  channelLegend: 'Hur sökte du hjälp? (frivilligt)',
  channelHint: 'Du kan välja flera.',
  channel: (k) =>
    ({
      web: 'I anvisningarna på webbplatsen',
      phone: 'Per telefon',
      chat: 'I chatten',
      'service-desk': 'På en servicepunkt',
      'digital-support': 'Från digitalt stöd, till exempel på biblioteket',
      email: 'Per e-post',
      other: 'På något annat sätt',
    })[k],
  messageLabel: 'Berätta mer (frivilligt)',
  privacy: 'Skriv inte dina personuppgifter i meddelandet, till exempel ditt namn, din personbeteckning eller din adress.',
  submit: 'Skicka respons',
  sending: 'Skickas…',
  sendFailed: 'Responsen kunde inte skickas. Försök igen om en stund.',
  errorPrefix: 'Fel:',
  errorSummary: 'Rätta de här punkterna:',
  thanksHeading: 'Tack för din respons',
  thanks: 'Din respons hjälper oss att förbättra rådgivningen.',
};

const en: HelpFeedbackMessages = {
  question: 'Did you get the help you needed?',
  yes: 'Yes',
  no: 'No',
  errorHelped: 'Select whether you got the help you needed.',
  missingLegend: 'What was missing? (optional)',
  missingHint: 'You can select more than one.',
  missing: (k) =>
    ({
      information: 'I did not find the information I needed',
      contact: 'I could not reach an adviser',
      language: 'There was no help in my language',
      accessibility: 'The service was not accessible to me',
      time: 'There was no help when I needed it',
      other: 'Something else',
    })[k],
  channelLegend: 'How did you look for help? (optional)',
  channelHint: 'You can select more than one.',
  channel: (k) =>
    ({
      web: 'Instructions on the website',
      phone: 'By phone',
      chat: 'In a chat',
      'service-desk': 'At a service point',
      'digital-support': 'Digital support, for example at a library',
      email: 'By email',
      other: 'Another way',
    })[k],
  messageLabel: 'Tell us more (optional)',
  privacy: 'Do not write your personal details in the message, such as your name, personal identity code or address.',
  submit: 'Send feedback',
  sending: 'Sending…',
  sendFailed: 'Your feedback could not be sent. Please try again in a moment.',
  errorPrefix: 'Error:',
  errorSummary: 'Correct these:',
  thanksHeading: 'Thank you for your feedback',
  thanks: 'Your feedback helps us improve our advice.',
};

export const helpFeedbackCatalog: LeveledCatalog<HelpFeedbackMessages> = {
  fi,
  sv,
  en,
};
