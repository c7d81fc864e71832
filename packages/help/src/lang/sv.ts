/**
 * Swedish copy of `<auta-help>` and `<auta-service-unavailable>`, with the notice's
 * Swedish channel texts they show. The elements load this module by themselves the first
 * time they speak Swedish; import it up front where the copy must be there at once — a
 * server render, or a page that wants no second request: `import '@auta/help/lang/sv.js';`
 */
import { altChannelCatalog, type When } from '@auta/alt-channel';
import '@auta/alt-channel/lang/sv.js';
import { helpCatalog, type HelpOwnMessages } from '../messages.js';
import { unavailableCatalog, type UnavailableOwnMessages } from '../service-unavailable-messages.js';

export const helpSv: HelpOwnMessages = {
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

export const unavailableSv: UnavailableOwnMessages = {
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

helpCatalog.sv = { ...altChannelCatalog.sv, ...helpSv };
unavailableCatalog.sv = { ...altChannelCatalog.sv, ...unavailableSv };
