import type { When } from '@auta/alt-channel';
import type { HelpOwnMessages } from './messages.js';
import type { UnavailableOwnMessages } from './service-unavailable-messages.js';

/*
 * Swedish copy of the help block's and the service-unavailable page's own texts. Data only,
 * with no import at run time: the elements load it as a chunk of their own; `lang/sv.js`
 * registers it, with the notice's channel texts, for pages and servers that import it up front.
 */
export const help: HelpOwnMessages = {
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

const svAt = (w: When) => `${w.date} klockan ${w.time}`;

export const unavailable: UnavailableOwnMessages = {
  heading: (reason, service) => {
    const s = service || 'E-tjänsten';
    if (reason === 'maintenance') return `${s} fungerar inte på grund av underhåll`;
    if (reason === 'closed') return `${s} har lagts ned`;
    if (reason === 'seasonal') return `${s} är inte öppen nu`;
    return `${s} fungerar inte just nu`;
  },
  since: (reason, from) =>
    from
      ? reason === 'maintenance'
        ? `Underhållet börjar ${svAt(from)} (finsk tid).`
        : `Felet började ${svAt(from)} (finsk tid).`
      : reason === 'maintenance'
        ? 'Vi utför underhåll på tjänsten.'
        : 'Det är fel på tjänsten. Vi reparerar den.',
  back: (until) => (until ? `Tjänsten fungerar igen ${svAt(until)} (finsk tid).` : 'Vi vet ännu inte när tjänsten fungerar igen.'),
  updated: (at) => `Meddelandet uppdaterades ${svAt(at)}.`,
  savedKept: 'Svaren du har sparat finns kvar. Du kan fortsätta där du slutade när tjänsten fungerar igen.',
  savedLost: 'Om du fyllde i blanketten när avbrottet började har svar som inte sparats gått förlorade. Fyll i dem på nytt när tjänsten fungerar igen.',
  deadlinesUnchanged: 'Tidsfristerna ändras inte. Om din tidsfrist är nära, uträtta ärendet på något av sätten nedan.',
  deadlinesExtended: (until) => (until ? `På grund av avbrottet har tidsfristen förlängts. Den nya tidsfristen är ${until.date}.` : 'På grund av avbrottet har tidsfristen förlängts.'),
  closedFor: 'Den här e-tjänsten finns inte längre.',
  replacementLink: 'Gå till den nya tjänsten',
  seasonalOpens: (opens) => (opens ? `Tjänsten är öppen bara en del av året. Den öppnar nästa gång ${svAt(opens)}.` : 'Tjänsten är öppen bara en del av året.'),
  otherWaysHeading: 'Uträtta ärendet på annat sätt',
  otherWaysIntro: 'Först de sätt som betjänar just nu.',
  reference: 'Om du kontaktar kundtjänsten, uppge den här koden:',
};
