import type { FormMessages } from './feedback-form.js';
import type { LeveledCatalog } from './help-feedback.messages.js';

/** Examples of what did not work, for a person to pick; posted and sent in events as these values. */
export const PROBLEM_KINDS = [
  'screen-reader',
  'keyboard',
  'zoom',
  'contrast',
  'media',
  'form',
  'time-limit',
  'document',
  'language',
  'other',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Default copy of `<auta-accessibility-feedback>` (Act 306/2019, sections 15 and 16). */
export type AccessibilityFeedbackMessages = FormMessages & {
  heading: string;
  intro: string;
  promise: string;
  pageLabel: string;
  pageHint: string;
  errorPage: string;
  problemLegend: string;
  problemHint: string;
  problem: (kind: ProblemKind) => string;
  errorProblem: string;
  descriptionLabel: string;
  contactLabel: string;
  contactHint: string;
  errorEmail: string;
  /** The supervisory authority, named in full. */
  supervisor: string;
  nextStep: (supervisor: string) => string;
  supervisorLink: string;
  thanks: string;
  thanksNoContact: string;
};

const fi: AccessibilityFeedbackMessages = {
  heading: 'Anna palautetta saavutettavuudesta',
  intro:
    'Kerro meille, jos jokin tämän palvelun osa ei toimi sinulle. Voit myös pyytää sisältöä, joka ei ole saavutettavaa, itsellesi sopivassa muodossa.',
  promise: 'Vastaamme kahden viikon kuluessa.',
  pageLabel: 'Millä sivulla tai missä palvelussa ongelma oli?',
  pageHint: 'Esimerkiksi sivun nimi tai verkko-osoite.',
  errorPage: 'Kirjoita, millä sivulla tai missä palvelussa ongelma oli.',
  problemLegend: 'Mikä ei toiminut?',
  problemHint: 'Valitse yksi tai useampi.',
  problem: (k) =>
    ({
      'screen-reader': 'Ruudunlukija ei lukenut sisältöä oikein',
      keyboard: 'Sivua ei voinut käyttää näppäimistöllä',
      zoom: 'Sisältö ei näkynyt kunnolla suurennettuna',
      contrast: 'Teksti erottui huonosti taustasta',
      media: 'Videossa tai äänitteessä ei ollut tekstitystä tai tekstiversiota',
      form: 'Lomakkeen täyttäminen tai virheilmoitukset',
      'time-limit': 'Aikaa ei ollut tarpeeksi',
      document: 'Tiedosto, esimerkiksi PDF, ei ollut saavutettava',
      language: 'Tekstiä oli vaikea ymmärtää',
      other: 'Jokin muu',
    })[k],
  errorProblem: 'Valitse, mikä ei toiminut.',
  descriptionLabel: 'Kerro tarkemmin, mitä yritit tehdä ja mitä tapahtui (vapaaehtoinen)',
  privacy: 'Älä kirjoita viestiin henkilötietojasi, kuten henkilötunnustasi tai terveystietojasi.',
  contactLabel: 'Sähköpostiosoite (vapaaehtoinen)',
  contactHint: 'Kirjoita sähköpostiosoitteesi, jos haluat vastauksen. Käytämme sitä vain tähän palautteeseen vastaamiseen.',
  errorEmail: 'Kirjoita sähköpostiosoite muodossa nimi@example.com.',
  supervisor: 'Liikenne- ja viestintävirasto Traficomin saavutettavuusvalvonta',
  nextStep: (s) => `Jos et saa vastausta kahden viikon kuluessa tai vastaus ei tyydytä sinua, voit tehdä ilmoituksen valvontaviranomaiselle. Valvontaviranomainen on ${s}.`,
  supervisorLink: 'Tee ilmoitus valvontaviranomaiselle',
  submit: 'Lähetä palaute',
  sending: 'Lähetetään…',
  sendFailed: 'Palautteen lähettäminen ei onnistunut. Yritä hetken kuluttua uudelleen.',
  errorPrefix: 'Virhe:',
  errorSummary: 'Korjaa nämä kohdat:',
  thanksHeading: 'Kiitos palautteestasi',
  thanks: 'Vastaamme sinulle kahden viikon kuluessa.',
  thanksNoContact: 'Et antanut sähköpostiosoitetta, joten emme voi vastata sinulle. Käytämme palautettasi palvelun korjaamiseen.',
};

const sv: AccessibilityFeedbackMessages = {
  heading: 'Ge respons om tillgängligheten',
  intro:
    'Berätta för oss om någon del av den här tjänsten inte fungerar för dig. Du kan också be att få innehåll som inte är tillgängligt i en form som passar dig.',
  promise: 'Vi svarar inom två veckor.',
  pageLabel: 'På vilken sida eller i vilken tjänst fanns problemet?',
  pageHint: 'Till exempel sidans namn eller webbadress.',
  errorPage: 'Skriv på vilken sida eller i vilken tjänst problemet fanns.',
  problemLegend: 'Vad fungerade inte?',
  problemHint: 'Välj ett eller flera.',
  problem: (k) =>
    ({
      'screen-reader': 'Skärmläsaren läste inte innehållet rätt',
      keyboard: 'Sidan gick inte att använda med tangentbordet',
      zoom: 'Innehållet syntes inte ordentligt när det förstorades',
      contrast: 'Texten syntes dåligt mot bakgrunden',
      media: 'Videon eller ljudet hade ingen textning eller textversion',
      form: 'Att fylla i formuläret eller felmeddelandena',
      'time-limit': 'Det fanns inte tillräckligt med tid',
      document: 'En fil, till exempel en pdf, var inte tillgänglig',
      language: 'Texten var svår att förstå',
      other: 'Något annat',
    })[k],
  errorProblem: 'Välj vad som inte fungerade.',
  descriptionLabel: 'Berätta mer om vad du försökte göra och vad som hände (frivilligt)',
  privacy: 'Skriv inte dina personuppgifter i meddelandet, till exempel din personbeteckning eller dina hälsouppgifter.',
  contactLabel: 'E-postadress (frivilligt)',
  contactHint: 'Skriv din e-postadress om du vill ha svar. Vi använder den bara för att svara på den här responsen.',
  errorEmail: 'Skriv e-postadressen i formen namn@example.com.',
  supervisor: 'Transport- och kommunikationsverket Traficoms tillgänglighetstillsyn',
  nextStep: (s) => `Om du inte får svar inom två veckor eller inte är nöjd med svaret kan du göra en anmälan till tillsynsmyndigheten. Tillsynsmyndigheten är ${s}.`,
  supervisorLink: 'Gör en anmälan till tillsynsmyndigheten',
  submit: 'Skicka respons',
  sending: 'Skickas…',
  sendFailed: 'Responsen kunde inte skickas. Försök igen om en stund.',
  errorPrefix: 'Fel:',
  errorSummary: 'Rätta de här punkterna:',
  thanksHeading: 'Tack för din respons',
  thanks: 'Vi svarar dig inom två veckor.',
  thanksNoContact: 'Du gav ingen e-postadress, så vi kan inte svara dig. Vi använder din respons för att rätta till tjänsten.',
};

const en: AccessibilityFeedbackMessages = {
  heading: 'Give feedback on accessibility',
  intro:
    'Tell us if any part of this service does not work for you. You can also ask for content that is not accessible in a form that suits you.',
  promise: 'We will answer within two weeks.',
  pageLabel: 'On which page or in which service was the problem?',
  pageHint: 'For example the name or web address of the page.',
  errorPage: 'Enter the page or service where the problem was.',
  problemLegend: 'What did not work?',
  problemHint: 'Select one or more.',
  problem: (k) =>
    ({
      'screen-reader': 'A screen reader did not read the content correctly',
      keyboard: 'The page could not be used with a keyboard',
      zoom: 'Content did not show properly when zoomed in',
      contrast: 'Text was hard to see against the background',
      media: 'A video or recording had no captions or text version',
      form: 'Filling in a form, or its error messages',
      'time-limit': 'There was not enough time',
      document: 'A file, for example a PDF, was not accessible',
      language: 'The text was hard to understand',
      other: 'Something else',
    })[k],
  errorProblem: 'Select what did not work.',
  descriptionLabel: 'Tell us more about what you tried to do and what happened (optional)',
  privacy: 'Do not write your personal details in the message, such as your personal identity code or health information.',
  contactLabel: 'Email address (optional)',
  contactHint: 'Enter your email address if you would like an answer. We use it only to answer this feedback.',
  errorEmail: 'Enter an email address in the form name@example.com.',
  supervisor: 'the accessibility supervision of the Finnish Transport and Communications Agency Traficom',
  nextStep: (s) => `If you do not get an answer within two weeks, or you are not satisfied with the answer, you can report it to the supervisory authority, ${s}.`,
  supervisorLink: 'Report to the supervisory authority',
  submit: 'Send feedback',
  sending: 'Sending…',
  sendFailed: 'Your feedback could not be sent. Please try again in a moment.',
  errorPrefix: 'Error:',
  errorSummary: 'Correct these:',
  thanksHeading: 'Thank you for your feedback',
  thanks: 'We will answer you within two weeks.',
  thanksNoContact: 'You did not give an email address, so we cannot answer you. We will use your feedback to fix the service.',
};

export const accessibilityFeedbackCatalog: LeveledCatalog<AccessibilityFeedbackMessages> = {
  fi,
  sv,
  en,
};
