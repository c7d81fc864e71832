import type { languageName as LanguageName, ProviderFinderMessages } from './messages.js';

/** The keys `<auta-provider-card>` shows alone; the finder's own keys are in messages-easy.ts. */
export type CardKey =
  | 'kind'
  | 'form'
  | 'feature'
  | 'language'
  | 'formsLabel'
  | 'languagesLabel'
  | 'addressLabel'
  | 'phoneLabel'
  | 'emailLabel'
  | 'webLabel'
  | 'webDefault'
  | 'accessibilityLabel'
  | 'today'
  | 'distance'
  | 'away'
  | 'nationwide'
  | 'freeOfCharge'
  | 'hoursDetails'
  | 'weekHeading'
  | 'exceptionsHeading'
  | 'noHours'
  | 'chargeFree'
  | 'chargeCharged'
  | 'sample';

export type CardEasy = Pick<ProviderFinderMessages, CardKey>;

/*
 * Easy-to-read copy of `<auta-provider-card>` (see messages-easy.ts for the rules it follows).
 * The kinds of place, DVV's names for the kinds of help ("kotiin vietävä tuki") and the
 * headings of the term list ("Aukioloajat", "maksullinen puhelu") stay as they are: the person
 * meets them on the place's own pages too. Languages are named as at the standard level.
 * Imports nothing at run time: it is part of the easy chunk.
 */
export function cardEasy(languageName: typeof LanguageName): Record<'fi' | 'sv' | 'en', CardEasy> {
  const fi: CardEasy = {
    kind: (k) =>
      ({
        library: 'Kirjasto',
        'citizen-advice': 'Kansalaisneuvonta',
        'service-point': 'Asiointipiste',
        organisation: 'Järjestö',
        'adult-education': 'Kansalaisopisto',
        municipality: 'Kunta',
        authority: 'Viranomainen',
        company: 'Yritys',
      })[k],
    form: (f) =>
      ({
        phone: 'puhelin',
        chat: 'chat',
        video: 'videopuhelu',
        'service-point': 'neuvonta palvelupisteessä',
        'peer-group': 'vertaistuki',
        'at-home': 'kotiin vietävä tuki',
        'device-training': 'opastus laitteiden käyttöön',
        course: 'kurssit',
      })[f],
    feature: (f) =>
      ({
        stepFree: 'esteetön kulku',
        inductionLoop: 'induktiosilmukka kuulokojetta varten',
        accessibleToilet: 'esteetön wc',
        parking: 'esteetön pysäköinti',
      })[f],
    language: (code) => languageName(code, 'fi'),
    formsLabel: 'Näin saat apua',
    languagesLabel: 'Kielet',
    addressLabel: 'Osoite',
    phoneLabel: 'Puhelin',
    emailLabel: 'Sähköposti',
    webLabel: 'Verkkosivu',
    webDefault: 'Paikan verkkosivu',
    accessibilityLabel: 'Esteettömyys',
    today: (hours, closed) => (closed ? 'Tänään suljettu.' : `Tänään avoinna ${hours}.`),
    distance: (text) => text,
    away: (text) => `Matkaa ${text}`,
    nationwide: 'Auttaa koko Suomessa',
    freeOfCharge: 'Ilmainen',
    hoursDetails: 'Aukioloajat ja muutokset',
    weekHeading: 'Aukioloajat',
    exceptionsHeading: 'Muutokset aukioloaikoihin',
    noHours: 'Aukioloajoista ei ole tietoa.',
    chargeFree: 'ilmainen puhelu',
    chargeCharged: 'maksullinen puhelu',
    sample: 'Esimerkki',
  };

  const sv: CardEasy = {
    kind: (k) =>
      ({
        library: 'Bibliotek',
        'citizen-advice': 'Medborgarrådgivning',
        'service-point': 'Servicepunkt',
        organisation: 'Organisation',
        'adult-education': 'Medborgarinstitut',
        municipality: 'Kommun',
        authority: 'Myndighet',
        company: 'Företag',
      })[k],
    form: (f) =>
      ({
        phone: 'telefon',
        chat: 'chatt',
        video: 'videosamtal',
        'service-point': 'rådgivning på en servicepunkt',
        'peer-group': 'kamratstöd',
        'at-home': 'stöd hem',
        'device-training': 'hjälp att använda telefon och dator',
        course: 'kurser',
      })[f],
    feature: (f) =>
      ({
        stepFree: 'entré utan trappsteg',
        inductionLoop: 'hörslinga för hörapparat',
        accessibleToilet: 'tillgänglig toalett',
        parking: 'tillgänglig parkering',
      })[f],
    language: (code) => languageName(code, 'sv'),
    formsLabel: 'Så får du hjälp',
    languagesLabel: 'Språk',
    addressLabel: 'Adress',
    phoneLabel: 'Telefon',
    emailLabel: 'E-post',
    webLabel: 'Webbplats',
    webDefault: 'Ställets webbplats',
    accessibilityLabel: 'Tillgänglighet',
    today: (hours, closed) => (closed ? 'I dag stängt.' : `I dag öppet ${hours}.`),
    distance: (text) => text,
    away: (text) => `${text} från dig`,
    nationwide: 'Hjälper i hela Finland',
    freeOfCharge: 'Gratis',
    hoursDetails: 'Öppettider och ändringar',
    weekHeading: 'Öppettider',
    exceptionsHeading: 'Ändrade öppettider',
    noHours: 'Det finns inga uppgifter om öppettiderna.',
    chargeFree: 'gratis samtal',
    chargeCharged: 'avgiftsbelagt samtal',
    sample: 'Exempel',
  };

  const en: CardEasy = {
    kind: (k) =>
      ({
        library: 'Library',
        'citizen-advice': 'Citizen advice',
        'service-point': 'Public service point',
        organisation: 'Organisation',
        'adult-education': 'Adult education centre',
        municipality: 'Municipality',
        authority: 'Public authority',
        company: 'Company',
      })[k],
    form: (f) =>
      ({
        phone: 'phone',
        chat: 'chat',
        video: 'video call',
        'service-point': 'advice at a service point',
        'peer-group': 'peer support',
        'at-home': 'help at home',
        'device-training': 'help to use a phone or computer',
        course: 'courses',
      })[f],
    feature: (f) =>
      ({
        stepFree: 'step-free access',
        inductionLoop: 'induction loop for hearing aids',
        accessibleToilet: 'accessible toilet',
        parking: 'accessible parking',
      })[f],
    language: (code) => languageName(code, 'en'),
    formsLabel: 'How you get help',
    languagesLabel: 'Languages',
    addressLabel: 'Address',
    phoneLabel: 'Phone',
    emailLabel: 'Email',
    webLabel: 'Website',
    webDefault: 'Website of the place',
    accessibilityLabel: 'Accessibility',
    today: (hours, closed) => (closed ? 'Closed today.' : `Open today ${hours}.`),
    distance: (text) => text,
    away: (text) => `${text} from you`,
    nationwide: 'Helps people all over Finland',
    freeOfCharge: 'Free',
    hoursDetails: 'Opening hours and changes',
    weekHeading: 'Opening hours',
    exceptionsHeading: 'Changes to opening hours',
    noHours: 'There is no information about the opening hours.',
    chargeFree: 'free call',
    chargeCharged: 'chargeable call',
    sample: 'Example',
  };

  return { fi, sv, en };
}
