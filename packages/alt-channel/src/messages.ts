import type { Catalog } from '@auta/core';

/** A point in Finnish time, written out: `date` with its weekday (`tiistai 12.5.2026`), `time` (`18`, `6pm`). */
export interface When {
  date: string;
  time: string;
}

/**
 * Every text of the notice. Functions take the parts that change (the errand, the dates)
 * so that each language can put them where its grammar wants them.
 */
export type AltChannelMessages = {
  /** The notice's heading; `errand` is an imperative phrase such as "Hae asumistukea", or empty. */
  heading: (errand: string) => string;
  outageHeading: (errand: string) => string;
  intro: string;
  /** The outage period; either end may be missing. `sameDay`: `to.date` equals `from.date`. */
  outage: (from: When | undefined, to: When | undefined, sameDay: boolean) => string;
  outageMeanwhile: string;
  phone: string;
  'service-desk': string;
  mail: string;
  email: string;
  'digital-support': string;
  phoneHours: string;
  deskHours: string;
  free: string;
  localCharge: string;
  chargeable: string;
  foreignCharge: string;
  'relay-text': string;
  'relay-video': string;
  'relay-sign-language': string;
  bookingRequired: string;
  dropIn: string;
  bookingLink: string;
  bring: string;
  postOfficeBox: (box: string) => string;
  mailIntro: string;
  formLink: string;
  emailWarning: string;
  secureMessageLink: string;
  replyTime: string;
  digitalSupportText: string;
  digitalSupportLink: string;
  /** Hours of a chat. */
  chatHours: string;
  /** A response time in working days, e.g. "Vastaamme kahden arkipäivän kuluessa." */
  responseDays: (days: number) => string;
  haveReady: string;
  /** Before the number to call from outside Finland. */
  abroad: string;
  callbackLink: string;
  /** The queue as the host says it is right now. */
  availabilityOpen: string;
  availabilityBusy: (waitMinutes: number | undefined) => string;
  availabilityClosed: (next: When | undefined) => string;
  chatLink: string;
  contactFormLink: string;
};

// Numbers up to ten are written out in running text (Kielitoimiston ohjepankki; Språkrådet; GOV.UK style).
const FI_GENITIVE = ['', 'yhden', 'kahden', 'kolmen', 'neljän', 'viiden', 'kuuden', 'seitsemän', 'kahdeksan', 'yhdeksän', 'kymmenen'];
const SV_NUMBER = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];
const EN_NUMBER = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const fi: AltChannelMessages = {
  heading: (errand) => (errand ? `${errand} muulla tavalla` : 'Asioi muulla tavalla'),
  outageHeading: (errand) => `${errand || 'Asioi'} muulla tavalla käyttökatkon aikana`,
  intro: 'Jos et voi käyttää verkkopalvelua, voit asioida myös näin.',
  outage: (from, to, sameDay) => {
    // `date` comes with the weekday in the essive already: "tiistaina 12.5.2026".
    const at = (w: When) => `${w.date} kello ${w.time}`;
    // Two short sentences, not two essive phrases joined by a dash.
    if (from && to) return `Verkkopalvelu on poissa käytöstä ${at(from)} alkaen. Se on taas käytössä ${sameDay ? `kello ${to.time}` : at(to)} (Suomen aikaa).`;
    if (from) return `Verkkopalvelu on poissa käytöstä ${at(from)} alkaen (Suomen aikaa).`;
    if (to) return `Verkkopalvelu on poissa käytöstä. Se on taas käytössä ${at(to)} (Suomen aikaa).`;
    return 'Verkkopalvelu on tilapäisesti poissa käytöstä.';
  },
  outageMeanwhile: 'Sillä aikaa voit asioida näin.',
  phone: 'Puhelimitse',
  'service-desk': 'Palvelupisteessä',
  mail: 'Postitse',
  email: 'Sähköpostitse',
  'digital-support': 'Apua verkkopalvelun käyttöön',
  phoneHours: 'Puhelinaika',
  deskHours: 'Aukioloajat',
  free: 'Puhelu on maksuton.',
  localCharge: 'Puhelu maksaa paikallisverkko- tai matkapuhelinmaksun.',
  chargeable: 'Puhelu on maksullinen.',
  foreignCharge: 'Puhelu maksaa ulkomaanpuhelun hinnan.',
  'relay-text': 'Voit asioida myös kirjoitustulkin avulla. Tulkin voit tilata Kelan vammaisten tulkkauspalvelusta.',
  'relay-video': 'Voit asioida myös etätulkkauksena videon välityksellä. Tulkin voit tilata Kelan vammaisten tulkkauspalvelusta.',
  'relay-sign-language': 'Palvelemme myös suomalaisella viittomakielellä.',
  bookingRequired: 'Varaa aika ennen kuin tulet.',
  dropIn: 'Voit tulla ilman ajanvarausta.',
  bookingLink: 'Varaa aika',
  bring: 'Ota mukaan',
  postOfficeBox: (box) => `PL ${box}`,
  mailIntro: 'Täytä lomake ja lähetä se postitse.',
  formLink: 'Tulosta lomake',
  emailWarning: 'Älä lähetä henkilötunnusta tai muita arkaluonteisia tietoja tavallisella sähköpostilla.',
  secureMessageLink: 'Lähetä suojattu viesti',
  replyTime: 'Vastausaika',
  digitalSupportText: 'Voit myös pyytää apua verkkopalvelun käyttöön. Digitukea saa esimerkiksi kirjastoista ja palvelupisteistä.',
  digitalSupportLink: 'Etsi digitukea läheltäsi',
  chatHours: 'Chat on avoinna',
  responseDays: (days) => `Vastaamme ${FI_GENITIVE[days] ?? days} arkipäivän kuluessa.`,
  haveReady: 'Pidä valmiina',
  abroad: 'Ulkomailta:',
  callbackLink: 'Pyydä takaisinsoittoa',
  availabilityOpen: 'Palvelemme nyt.',
  availabilityBusy: (wait) =>
    wait === undefined ? 'Nyt on ruuhkaa, ja joudut ehkä odottamaan.' : `Nyt on ruuhkaa. Arvioitu odotusaika on noin ${wait} ${wait === 1 ? 'minuutti' : 'minuuttia'}.`,
  availabilityClosed: (next) => (next ? `Suljettu nyt. Avautuu ${next.date} kello ${next.time}.` : 'Suljettu nyt.'),
  chatLink: 'Avaa chat',
  contactFormLink: 'Täytä yhteydenottolomake',
};

const sv: AltChannelMessages = {
  heading: (errand) => (errand ? `${errand} på annat sätt` : 'Uträtta ärendet på annat sätt'),
  outageHeading: (errand) => `${errand || 'Uträtta ärendet'} på annat sätt under avbrottet`,
  intro: 'Om du inte kan använda e-tjänsten kan du också göra så här.',
  outage: (from, to, sameDay) => {
    const at = (w: When) => `${w.date} klockan ${w.time}`;
    // "Out of use" (the usual calque) would say it is gone for good.
    if (from && to) return `E-tjänsten fungerar inte från ${at(from)} till ${sameDay ? `klockan ${to.time}` : at(to)} (finsk tid).`;
    if (from) return `E-tjänsten fungerar inte från ${at(from)} (finsk tid).`;
    if (to) return `E-tjänsten fungerar inte just nu. Den fungerar igen på ${at(to)} (finsk tid).`;
    return 'E-tjänsten fungerar inte för tillfället.';
  },
  outageMeanwhile: 'Under tiden kan du göra så här.',
  phone: 'Per telefon',
  'service-desk': 'Vid en servicepunkt',
  mail: 'Per post',
  email: 'Per e-post',
  'digital-support': 'Hjälp att använda e-tjänsten',
  phoneHours: 'Telefontid',
  deskHours: 'Öppettider',
  free: 'Samtalet är avgiftsfritt.',
  localCharge: 'Samtalet kostar lokalnätsavgift eller mobilsamtalsavgift.',
  chargeable: 'Samtalet är avgiftsbelagt.',
  foreignCharge: 'Samtalet kostar som ett utlandssamtal.',
  'relay-text': 'Du kan också använda skrivtolkning. Tolken beställer du från FPA:s tolkningstjänst för personer med funktionsnedsättning.',
  'relay-video': 'Du kan också använda distanstolkning via video. Tolken beställer du från FPA:s tolkningstjänst för personer med funktionsnedsättning.',
  'relay-sign-language': 'Vi betjänar också på finlandssvenskt teckenspråk.',
  bookingRequired: 'Boka tid innan du kommer.',
  dropIn: 'Du kan komma utan tidsbokning.',
  bookingLink: 'Boka tid',
  bring: 'Ta med',
  postOfficeBox: (box) => `PB ${box}`,
  mailIntro: 'Fyll i blanketten och skicka den per post.',
  formLink: 'Skriv ut blanketten',
  emailWarning: 'Skicka inte din personbeteckning eller andra känsliga uppgifter med vanlig e-post.',
  secureMessageLink: 'Skicka ett skyddat meddelande',
  replyTime: 'Svarstid',
  digitalSupportText: 'Du kan också be om hjälp att använda e-tjänsten. Digitalt stöd finns till exempel på bibliotek och servicepunkter.',
  digitalSupportLink: 'Hitta digitalt stöd nära dig',
  chatHours: 'Chatten är öppen',
  responseDays: (days) => `Vi svarar inom ${SV_NUMBER[days] ?? days} ${days === 1 ? 'arbetsdag' : 'arbetsdagar'}.`,
  haveReady: 'Ha till hands',
  abroad: 'Från utlandet:',
  callbackLink: 'Be om att bli uppringd',
  availabilityOpen: 'Vi betjänar nu.',
  availabilityBusy: (wait) =>
    wait === undefined ? 'Det är rusning nu och du kan behöva vänta.' : `Det är rusning nu. Den uppskattade väntetiden är cirka ${wait} ${wait === 1 ? 'minut' : 'minuter'}.`,
  availabilityClosed: (next) => (next ? `Stängt nu. Öppnar ${next.date} klockan ${next.time} (finsk tid).` : 'Stängt nu.'),
  chatLink: 'Öppna chatten',
  contactFormLink: 'Fyll i kontaktformuläret',
};

const en: AltChannelMessages = {
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

/** fi, sv and en at the standard level; the easy-to-read level arrives with `loadAltChannelEasy()`. */
export const altChannelCatalog: Catalog<AltChannelMessages> = { en, fi, sv };

/**
 * Loads the easy-to-read copy (messages-easy.ts), a chunk of its own that pages at the
 * standard level never download, into `altChannelCatalog.easy`. The notice waits for it
 * before it renders at the easy level; a server render at the easy level awaits it first.
 * When the chunk cannot load, the standard text stays (core warns once per key). Sámi,
 * when `lang/se.js` added it, has no easy copy yet: its standard copy serves both levels.
 */
export const loadAltChannelEasy = async (): Promise<unknown> =>
  (altChannelCatalog.easy ??= await import('./messages-easy.js').then(
    (m) => (altChannelCatalog.se ? { ...m.altChannelEasy, se: altChannelCatalog.se } : m.altChannelEasy),
    () => undefined,
  ));
