import type { AltChannelMessages, When } from './messages.js';

/*
 * Swedish copy of the notice. Data only, with no import at run time: the notice loads it as
 * a chunk of its own; `lang/sv.js` registers it for pages and servers that import it up front.
 */
// Numbers up to ten are written out in running text (Språkrådet; GOV.UK style).
const SV_NUMBER = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];

export const altChannel: AltChannelMessages = {
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
