import { plural } from '@auta/core';
import type { AltChannelMessages, When } from './messages.js';

/*
 * Northern Sámi (davvisámegiella, `se`) copy of the notice: a DRAFT awaiting review by a
 * native speaker (docs/content/northern-sami.md). Standard level only; the easy-to-read
 * level falls back to these texts.
 *
 * Terms: Sámediggi's Northern Sámi pages (samediggi.fi/?lang=dav: dates written 23.9.2023,
 * "bálvalus" service, "digidoarja" digital support); the Giellatekno/Divvun dictionaries
 * (sátnegirji.org: "neahttabálvalus" e-service, "bálvalanbáiki" service point,
 * "persovdnadovddaldat" personal identity code, "Álbmotoajuásahus" Kela); hours and dates
 * come from `@auta/core` (weekdays as CLDR `se-FI` writes them).
 */

// Numbers up to ten written out, in the genitive the postposition "siste" (within) wants.
const GENITIVE = ['', 'ovtta', 'guovtti', 'golmma', 'njealji', 'viđa', 'guđa', 'čieža', 'gávcci', 'ovcci', 'logi'];
// After a numeral above one the noun takes the genitive singular: 1 minuhtta, 2 minuhta.
const minutes = (n: number) => `${n} ${plural('se', n, { one: 'minuhtta', other: 'minuhta' })}`;

export const altChannel: AltChannelMessages = {
  heading: (errand) => (errand ? `${errand} eará láhkai` : 'Doaimmat ášši eará láhkai'),
  outageHeading: (errand) => `${errand || 'Doaimmat ášši'} eará láhkai, go neahttabálvalus ii doaimma`,
  intro: 'Jus it sáhte geavahit neahttabálvalusa, sáhtát doaimmahit ášši maiddái ná.',
  outage: (from, to, sameDay) => {
    const at = (w: When) => `${w.date} diibmu ${w.time}`;
    if (from && to) return `Neahttabálvalus ii doaimma ${at(from)} rájes. Dat doaibmá fas ${sameDay ? `diibmu ${to.time}` : at(to)} (Suoma áigi).`;
    if (from) return `Neahttabálvalus ii doaimma ${at(from)} rájes (Suoma áigi).`;
    if (to) return `Neahttabálvalus ii doaimma. Dat doaibmá fas ${at(to)} (Suoma áigi).`;
    return 'Neahttabálvalus ii doaimma gaskaboddosaččat.';
  },
  outageMeanwhile: 'Dan botta sáhtát doaimmahit ášši ná.',
  phone: 'Telefovnnain',
  'service-desk': 'Bálvalanbáikkis',
  mail: 'Poasttain',
  email: 'Šleađgapoasttain',
  'digital-support': 'Veahkki neahttabálvalusa geavaheapmái',
  phoneHours: 'Telefonáigi',
  deskHours: 'Rahpasanáiggit',
  free: 'Riŋgen lea nuvttá.',
  localCharge: 'Riŋgen máksá báikkálašfierpmádat- dahje mobiilariŋgenmávssu.',
  chargeable: 'Riŋgen lea mávssolaš.',
  foreignCharge: 'Riŋgen máksá nugo olgoriikariŋgen.',
  'relay-text': 'Sáhtát doaimmahit ášši maiddái čálalaš dulkka veahkkin. Dulkka sáhtát diŋgot Álbmotoajuásahusa (Kela) lámisolbmuid dulkonbálvalusas.',
  'relay-video': 'Sáhtát doaimmahit ášši maiddái gáiddusdulkomiin videoin. Dulkka sáhtát diŋgot Álbmotoajuásahusa (Kela) lámisolbmuid dulkonbálvalusas.',
  'relay-sign-language': 'Mii bálvalit maiddái suoma seavagillii.',
  bookingRequired: 'Várre áiggi ovdal go boađát.',
  dropIn: 'Áiggi ii dárbbaš várret ovddalgihtii.',
  bookingLink: 'Várre áiggi',
  bring: 'Váldde fárrui',
  postOfficeBox: (box) => `Poastaboksa ${box}`,
  mailIntro: 'Deavdde skovi ja sádde dan poasttain.',
  formLink: 'Čálit skovi olggos',
  emailWarning: 'Ale sádde persovdnadovddaldaga dahje eará hearkkes dieđuid dábálaš šleađgapoasttain.',
  secureMessageLink: 'Sádde suddjejuvvon dieđu',
  replyTime: 'Vástidanáigi',
  digitalSupportText: 'Sáhtát maiddái bivdit veahki neahttabálvalusa geavaheapmái. Digidoarjaga oažžu ovdamearkka dihte girjerájuin ja bálvalanbáikkiin.',
  digitalSupportLink: 'Oza digidoarjaga du lahka',
  chatHours: 'Chat lea rabas',
  responseDays: (days) => `Mii vástidit ${GENITIVE[days] ?? days} bargobeaivvi siste.`,
  haveReady: 'Leage gárvvisin',
  abroad: 'Olgoriikkas:',
  callbackLink: 'Bivdde, ahte mii riŋget dutnje',
  availabilityOpen: 'Mii bálvalit dál.',
  availabilityBusy: (wait) =>
    wait === undefined ? 'Dál leat olu riŋgejeaddjit, ja soaittát fertet vuordit.' : `Dál leat olu riŋgejeaddjit. Vuordináigi lea sullii ${minutes(wait)}.`,
  availabilityClosed: (next) => (next ? `Gitta dál. Rahpasa ${next.date} diibmu ${next.time} (Suoma áigi).` : 'Gitta dál.'),
  chatLink: 'Rahpa chata',
  contactFormLink: 'Deavdde oktavuođaváldinskovi',
};
