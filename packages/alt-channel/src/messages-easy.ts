import type { LevelCatalog } from '@auta/core';
import type { AltChannelMessages, When } from './messages.js';

/*
 * Easy-to-read copy of the notice: selkokieli (Selkokeskus), lättläst (Centrum för lättläst)
 * and easy English. Short sentences, one thing in a sentence, common words, the reader
 * spoken to directly. Same keys as the standard copy.
 *
 * A lazy chunk: the notice loads it only when the easy level is asked for
 * (`loadAltChannelEasy()` in messages.ts). It imports nothing at run time, so that it is a
 * file of its own in the CDN build too.
 */

const fi: AltChannelMessages = {
  heading: (errand) => (errand ? `${errand} muulla tavalla` : 'Asioi muulla tavalla'),
  outageHeading: (errand) => `${errand || 'Asioi'} muulla tavalla, kun verkkopalvelu ei toimi`,
  intro: 'Voit asioida myös ilman verkkopalvelua.',
  outage: (from, to) => {
    const at = (w: When) => `${w.date} kello ${w.time}`;
    const back = to ? ` Se toimii taas ${at(to)}.` : '';
    if (from) return `Verkkopalvelu ei toimi ${at(from)} alkaen.${back} Ajat ovat Suomen aikaa.`;
    return `Verkkopalvelu ei toimi nyt.${back}${to ? ' Aika on Suomen aikaa.' : ''}`;
  },
  outageMeanwhile: 'Voit asioida näin sillä aikaa.',
  phone: 'Soita',
  'service-desk': 'Käy palvelupisteessä',
  mail: 'Lähetä kirje',
  email: 'Lähetä sähköpostia',
  'digital-support': 'Pyydä apua',
  phoneHours: 'Voit soittaa näinä aikoina',
  deskHours: 'Palvelupiste on auki näinä aikoina',
  free: 'Puhelu on ilmainen.',
  localCharge: 'Puhelu maksaa saman verran kuin tavallinen puhelu.',
  chargeable: 'Puhelu maksaa.',
  foreignCharge: 'Puhelu ulkomaille maksaa enemmän.',
  'relay-text': 'Voit käyttää kirjoitustulkkia. Tulkin saat Kelasta.',
  'relay-video': 'Voit käyttää tulkkia videon kautta. Tulkin saat Kelasta.',
  'relay-sign-language': 'Voit asioida suomalaisella viittomakielellä.',
  bookingRequired: 'Varaa aika ennen kuin tulet.',
  dropIn: 'Voit tulla ilman ajanvarausta.',
  bookingLink: 'Varaa aika',
  bring: 'Ota mukaan',
  postOfficeBox: (box) => `PL ${box}`,
  mailIntro: 'Täytä lomake. Lähetä lomake postissa.',
  formLink: 'Tulosta lomake',
  emailWarning: 'Älä kirjoita henkilötunnusta tavalliseen sähköpostiin. Älä kirjoita sinne muitakaan salaisia asioita.',
  secureMessageLink: 'Lähetä suojattu viesti',
  replyTime: 'Saat vastauksen',
  digitalSupportText: 'Voit pyytää apua verkkopalvelun käyttöön. Apua saat esimerkiksi kirjastosta.',
  digitalSupportLink: 'Etsi apua läheltäsi',
  chatHours: 'Chat on auki',
  responseDays: (days) => `Vastaamme ${days} arkipäivässä.`,
  haveReady: 'Ota esiin',
  abroad: 'Jos soitat ulkomailta:',
  callbackLink: 'Pyydä, että soitamme sinulle',
  availabilityOpen: 'Palvelemme nyt.',
  availabilityBusy: (wait) => (wait === undefined ? 'Nyt moni odottaa vuoroaan. Voit joutua odottamaan.' : `Nyt moni odottaa vuoroaan. Odotat noin ${wait} minuuttia.`),
  availabilityClosed: (next) => (next ? `Nyt on kiinni. Avaamme ${next.date} kello ${next.time}.` : 'Nyt on kiinni.'),
  chatLink: 'Avaa chat',
  contactFormLink: 'Täytä lomake',
};

const sv: AltChannelMessages = {
  heading: (errand) => (errand ? `${errand} på ett annat sätt` : 'Gör ärendet på ett annat sätt'),
  outageHeading: (errand) => `${errand || 'Gör ärendet'} på ett annat sätt när e-tjänsten inte fungerar`,
  intro: 'Du kan göra ärendet utan e-tjänsten också.',
  outage: (from, to) => {
    const at = (w: When) => `${w.date} klockan ${w.time}`;
    const back = to ? ` Den fungerar igen på ${at(to)}.` : '';
    if (from) return `E-tjänsten fungerar inte från ${at(from)}.${back} Tiderna är finsk tid.`;
    return `E-tjänsten fungerar inte nu.${back}${to ? ' Tiden är finsk tid.' : ''}`;
  },
  outageMeanwhile: 'Under tiden kan du göra så här.',
  phone: 'Ring',
  'service-desk': 'Gå till en servicepunkt',
  mail: 'Skicka ett brev',
  email: 'Skicka e-post',
  'digital-support': 'Be om hjälp',
  phoneHours: 'Du kan ringa de här tiderna',
  deskHours: 'Servicepunkten är öppen de här tiderna',
  free: 'Samtalet kostar inget.',
  localCharge: 'Samtalet kostar som ett vanligt samtal.',
  chargeable: 'Samtalet kostar pengar.',
  foreignCharge: 'Ett samtal till utlandet kostar mer.',
  'relay-text': 'Du kan använda en skrivtolk. Tolken får du från FPA.',
  'relay-video': 'Du kan använda en tolk via video. Tolken får du från FPA.',
  'relay-sign-language': 'Du kan använda finlandssvenskt teckenspråk.',
  bookingRequired: 'Boka en tid innan du kommer.',
  dropIn: 'Du kan komma utan att boka tid.',
  bookingLink: 'Boka tid',
  bring: 'Ta med dig',
  postOfficeBox: (box) => `PB ${box}`,
  mailIntro: 'Fyll i blanketten. Skicka blanketten med posten.',
  formLink: 'Skriv ut blanketten',
  emailWarning: 'Skriv inte din personbeteckning i vanlig e-post. Skriv inte andra hemliga saker där heller.',
  secureMessageLink: 'Skicka ett skyddat meddelande',
  replyTime: 'Du får svar',
  digitalSupportText: 'Du kan be om hjälp med e-tjänsten. Du får hjälp till exempel på biblioteket.',
  digitalSupportLink: 'Hitta hjälp nära dig',
  chatHours: 'Chatten är öppen',
  responseDays: (days) => `Vi svarar inom ${days} ${days === 1 ? 'arbetsdag' : 'arbetsdagar'}.`,
  haveReady: 'Ha det här nära',
  abroad: 'Om du ringer från utlandet:',
  callbackLink: 'Be oss ringa dig',
  availabilityOpen: 'Vi svarar nu.',
  availabilityBusy: (wait) => (wait === undefined ? 'Många väntar nu. Du kan behöva vänta.' : `Många väntar nu. Du väntar cirka ${wait} minuter.`),
  availabilityClosed: (next) => (next ? `Stängt nu. Vi öppnar ${next.date} klockan ${next.time}.` : 'Stängt nu.'),
  chatLink: 'Öppna chatten',
  contactFormLink: 'Fyll i formuläret',
};

const en: AltChannelMessages = {
  heading: (errand) => (errand ? `${errand} another way` : 'Other ways to do this'),
  outageHeading: (errand) => (errand ? `${errand} another way while the e-service is not working` : 'Other ways to do this while the e-service is not working'),
  intro: 'You can also do this without the e-service.',
  outage: (from, to) => {
    const at = (w: When) => `${w.date} at ${w.time}`;
    const back = to ? ` It will work again on ${at(to)}.` : '';
    if (from) return `The e-service does not work from ${at(from)}.${back} These are Finnish times.`;
    return `The e-service does not work now.${back}${to ? ' This is Finnish time.' : ''}`;
  },
  outageMeanwhile: 'Until then, you can do this.',
  phone: 'Call us',
  'service-desk': 'Visit a service point',
  mail: 'Send a letter',
  email: 'Send an email',
  'digital-support': 'Ask for help',
  phoneHours: 'You can call at these times',
  deskHours: 'The service point is open at these times',
  free: 'The call is free.',
  localCharge: 'The call costs the same as a normal call.',
  chargeable: 'You pay for the call.',
  foreignCharge: 'A call from abroad costs more.',
  'relay-text': 'You can use a speech-to-text interpreter. Kela can give you one.',
  'relay-video': 'You can use an interpreter by video. Kela can give you one.',
  'relay-sign-language': 'You can use Finnish Sign Language.',
  bookingRequired: 'Book a time before you come.',
  dropIn: 'You can come without booking a time.',
  bookingLink: 'Book a time',
  bring: 'Bring',
  postOfficeBox: (box) => `PO Box ${box}`,
  mailIntro: 'Fill in the form. Send the form by post.',
  formLink: 'Print the form',
  emailWarning: 'Do not write your personal identity code in a normal email. Do not write other secret things there either.',
  secureMessageLink: 'Send a secure message',
  replyTime: 'We will answer',
  digitalSupportText: 'You can ask for help with the e-service. You can get help at a library, for example.',
  digitalSupportLink: 'Find help near you',
  chatHours: 'The chat is open',
  responseDays: (days) => `We answer within ${days} working ${days === 1 ? 'day' : 'days'}.`,
  haveReady: 'Have this ready',
  abroad: 'If you call from outside Finland:',
  callbackLink: 'Ask us to call you',
  availabilityOpen: 'We are answering now.',
  availabilityBusy: (wait) => (wait === undefined ? 'Many people are waiting now. You may have to wait.' : `Many people are waiting now. You wait about ${wait} minutes.`),
  availabilityClosed: (next) => (next ? `Closed now. We open on ${next.date} at ${next.time}.` : 'Closed now.'),
  chatLink: 'Open the chat',
  contactFormLink: 'Fill in the form',
};

export const altChannel: LevelCatalog<AltChannelMessages> = { en, fi, sv };
