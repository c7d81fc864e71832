import type { LevelCatalog } from '@auta/core';
import type { AccessibilityFeedbackMessages } from './accessibility-feedback.messages.js';
import type { HelpFeedbackMessages } from './help-feedback.messages.js';

/*
 * Easy-to-read copy of the two feedback forms (selkokieli, lättläst, easy English): short
 * sentences, common words, one thing at a time. A chunk of its own, loaded only at the easy
 * level by `loadFeedbackEasy()`. It imports nothing at run time, so that it is a file of its
 * own in every build: the standard copy that a form keeps at both levels is handed in.
 */
type Standard<M> = Record<'fi' | 'sv' | 'en', M>;

export function helpFeedback(help: Standard<HelpFeedbackMessages>): LevelCatalog<HelpFeedbackMessages> {
  return {
    fi: {
      ...help.fi,
      question: 'Saitko apua?',
      yes: 'Kyllä',
      no: 'En',
      errorHelped: 'Valitse kyllä tai en.',
      missingLegend: 'Mikä puuttui? Tämä on vapaaehtoista.',
      missingHint: 'Voit valita monta.',
      missing: (k) =>
        ({
          information: 'En löytänyt tietoa',
          contact: 'En saanut ketään kiinni',
          language: 'Apua ei ollut minun kielelläni',
          accessibility: 'En voinut käyttää palvelua',
          time: 'Apua ei ollut silloin, kun tarvitsin',
          other: 'Jokin muu',
        })[k],
      channelLegend: 'Mistä hait apua? Tämä on vapaaehtoista.',
      channelHint: 'Voit valita monta.',
      channel: (k) =>
        ({
          web: 'Netistä',
          phone: 'Puhelimella',
          chat: 'Chatista',
          'service-desk': 'Asiointipisteestä',
          'digital-support': 'Digituesta, esimerkiksi kirjastosta',
          email: 'Sähköpostilla',
          other: 'Muualta',
        })[k],
      messageLabel: 'Kerro lisää. Tämä on vapaaehtoista.',
      privacy: 'Älä kirjoita viestiin henkilötietojasi. Älä kirjoita nimeäsi tai osoitettasi.',
      submit: 'Lähetä',
      sendFailed: 'Lähettäminen ei onnistunut. Yritä myöhemmin uudelleen.',
      errorSummary: 'Korjaa nämä:',
      thanksHeading: 'Kiitos!',
      thanks: 'Vastauksesi auttaa meitä.',
    },
    sv: {
      ...help.sv,
      question: 'Fick du hjälp?',
      errorHelped: 'Välj ja eller nej.',
      missingLegend: 'Vad saknades? Du behöver inte svara.',
      missingHint: 'Du kan välja flera.',
      channelLegend: 'Var sökte du hjälp? Du behöver inte svara.',
      messageLabel: 'Berätta mer. Du behöver inte svara.',
      privacy: 'Skriv inte dina personuppgifter. Skriv inte ditt namn eller din adress.',
      submit: 'Skicka',
      thanksHeading: 'Tack!',
      thanks: 'Ditt svar hjälper oss.',
    },
    en: {
      ...help.en,
      question: 'Did you get help?',
      errorHelped: 'Choose yes or no.',
      missingLegend: 'What was missing? You do not have to answer.',
      missingHint: 'You can choose more than one.',
      channelLegend: 'Where did you look for help? You do not have to answer.',
      channelHint: 'You can choose more than one.',
      messageLabel: 'Tell us more. You do not have to.',
      privacy: 'Do not write things about you. Do not write your name or address.',
      submit: 'Send',
      thanksHeading: 'Thank you!',
      thanks: 'Your answer helps us.',
    },
  };
}

export function accessibilityFeedback(access: Standard<AccessibilityFeedbackMessages>): LevelCatalog<AccessibilityFeedbackMessages> {
  return {
    fi: {
      ...access.fi,
      heading: 'Kerro, jos sivu ei toimi sinulle',
      intro: 'Voit kertoa meille, jos et voi käyttää tätä palvelua. Voit myös pyytää tiedot muussa muodossa.',
      promise: 'Vastaamme kahden viikon sisällä.',
      pageLabel: 'Millä sivulla ongelma oli?',
      pageHint: 'Kirjoita sivun nimi tai osoite.',
      errorPage: 'Kirjoita sivun nimi tai osoite.',
      problemLegend: 'Mikä ei toiminut?',
      problemHint: 'Voit valita monta.',
      errorProblem: 'Valitse, mikä ei toiminut.',
      descriptionLabel: 'Kerro lisää. Tämä on vapaaehtoista.',
      privacy: 'Älä kirjoita viestiin henkilötietojasi.',
      contactLabel: 'Sähköposti. Tämä on vapaaehtoista.',
      contactHint: 'Kirjoita sähköpostisi, jos haluat vastauksen. Käytämme sitä vain vastaukseen.',
      nextStep: (s) => `Etkö saanut vastausta kahdessa viikossa? Voit ottaa yhteyttä valvontaviranomaiseen. Se on ${s}.`,
      supervisorLink: 'Ota yhteyttä valvontaviranomaiseen',
      submit: 'Lähetä',
      thanksHeading: 'Kiitos!',
      thanks: 'Vastaamme sinulle kahden viikon sisällä.',
      thanksNoContact: 'Et antanut sähköpostia. Siksi emme voi vastata sinulle.',
    },
    sv: {
      ...access.sv,
      heading: 'Berätta om sidan inte fungerar för dig',
      intro: 'Du kan berätta för oss om du inte kan använda tjänsten. Du kan också be om innehållet i en annan form.',
      promise: 'Vi svarar inom två veckor.',
      pageLabel: 'På vilken sida fanns problemet?',
      pageHint: 'Skriv sidans namn eller adress.',
      problemHint: 'Du kan välja flera.',
      descriptionLabel: 'Berätta mer. Du behöver inte svara.',
      privacy: 'Skriv inte dina personuppgifter.',
      contactLabel: 'E-post. Du behöver inte svara.',
      contactHint: 'Skriv din e-post om du vill ha svar. Vi använder den bara för svaret.',
      nextStep: (s) => `Fick du inget svar inom två veckor? Du kan kontakta tillsynsmyndigheten. Det är ${s}.`,
      supervisorLink: 'Kontakta tillsynsmyndigheten',
      submit: 'Skicka',
      thanksHeading: 'Tack!',
      thanksNoContact: 'Du gav ingen e-post. Därför kan vi inte svara dig.',
    },
    en: {
      ...access.en,
      heading: 'Tell us if this page does not work for you',
      intro: 'You can tell us if you cannot use this service. You can also ask for the content in another form.',
      pageLabel: 'Which page was the problem on?',
      pageHint: 'Write the name or address of the page.',
      problemHint: 'You can choose more than one.',
      descriptionLabel: 'Tell us more. You do not have to.',
      privacy: 'Do not write things about you.',
      contactLabel: 'Email. You do not have to give it.',
      contactHint: 'Write your email if you want an answer. We use it only for the answer.',
      nextStep: (s) => `No answer in two weeks? You can contact the authority that checks this: ${s}.`,
      supervisorLink: 'Contact the authority',
      submit: 'Send',
      thanksHeading: 'Thank you!',
      thanksNoContact: 'You did not give an email. So we cannot answer you.',
    },
  };
}
