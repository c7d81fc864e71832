import { copyLoader, type Catalog } from '@auta/core';

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



/**
 * Finnish at the standard level; Swedish and English register themselves from `lang/sv.js` and
 * `lang/en.js`, the easy-to-read level arrives with `loadAltChannelEasy()`.
 */
export const altChannelCatalog: Catalog<AltChannelMessages> = { fi };

/**
 * Loads the easy-to-read copy (messages-easy.ts), a chunk of its own that pages at the
 * standard level never download, into `altChannelCatalog.easy`. The notice waits for it
 * before it renders at the easy level; a server render at the easy level awaits it first.
 * A plain import: it rejects when the chunk cannot load, and `copyLoader` decides what the
 * element does then. Sámi, when `lang/se.js` added it, has no easy copy yet: core shows its
 * standard copy at both levels.
 */
export const loadAltChannelEasy = async (): Promise<unknown> => (altChannelCatalog.easy ??= (await import('./messages-easy.js')).altChannel);

/**
 * Loads the Swedish or English copy into `altChannelCatalog`. The chunks are data only
 * (messages.sv.ts, messages.en.ts, each exporting `altChannel`), so a bundler that splits code
 * never moves shared modules ahead of the page's own first imports. A plain import, like
 * `loadAltChannelEasy`: it rejects when the chunk cannot load.
 */
export const loadAltChannelLanguage = async (lang: 'sv' | 'en'): Promise<unknown> =>
  (altChannelCatalog[lang] ??= (lang === 'sv' ? await import('./messages.sv.js') : await import('./messages.en.js')).altChannel);

/** What the notice (and the channel parts inside the help elements) loads before it speaks a language or level. */
// The help elements import this module for the channel texts but load copy through their own
// loaders: marked pure, the call is left out of their bundles.
export const loadAltChannelCopy = /* @__PURE__ */ copyLoader(altChannelCatalog, { sv: loadAltChannelLanguage, en: loadAltChannelLanguage, easy: loadAltChannelEasy });
