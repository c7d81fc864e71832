import type { plural as Plural } from '@auta/core';
import type { OnBehalfMessages } from './messages.js';

/*
 * Swedish copy. Data only, with no import at run time (what it needs is handed in): the
 * element loads it as a chunk of its own; `lang/sv.js` registers it for pages and servers
 * that import it up front.
 */
export function onBehalf(plural: typeof Plural): OnBehalfMessages {
  return {
    question: 'För vem uträttar du ärendet?',
    questionHint: '',
    self: 'För mig själv',
    selfHint: 'Du sköter ditt eget ärende. Du behöver ingen fullmakt.',
    person: 'För en annan person',
    personHint:
      'Till exempel din äldre förälder, ditt vuxna barn eller någon annan närstående. Du behöver en fullmakt från personen i Suomi.fi-fullmakter. Därefter väljer du personen som du uträttar ärendet för.',
    organisation: 'För ett företag eller en sammanslutning',
    organisationHint:
      'Till exempel ett företag, ett bostadsaktiebolag eller en förening. Du behöver oftast en fullmakt från företaget eller sammanslutningen i Suomi.fi-fullmakter. Därefter väljer du företaget eller sammanslutningen.',
    mandateThemes: (n) => plural('sv', n, { one: 'Fullmakten ska gälla det här fullmaktsärendet:', other: 'Fullmakten ska gälla de här fullmaktsärendena:' }),
    guardian: 'Om du är vårdnadshavare för ett barn under 18 år kan du oftast uträtta ärenden för barnet utan fullmakt.',
    rolesWithoutMandate: (n) =>
      plural('sv', n, { one: 'Du behöver ingen fullmakt om du har den här rollen:', other: 'Du behöver ingen fullmakt om du har någon av de här rollerna:' }),
    errorPrefix: 'Fel:',
    errorRequired: 'Välj för vem du uträttar ärendet.',
    continue: 'Fortsätt',
    noMandate: 'Jag har ingen fullmakt',
    noMandateRequest:
      'Be den person, det företag eller den sammanslutning som du vill uträtta ärenden för om en fullmakt. Du kan skicka en begäran om fullmakt i Suomi.fi-fullmakter om du har fyllt 18 år. Fullmakten är giltig när fullmaktsgivaren har bekräftat den.',
    noMandateRequestLink: 'Skicka en begäran om fullmakt',
    noMandateOffline:
      'Om fullmaktsgivaren inte själv kan använda e-tjänster kan hen bekräfta begäran om fullmakt på en servicepunkt hos Myndigheten för digitalisering och befolkningsdata (DVV). Fullmakten kan också ges med en ansökan på papper.',
    noMandateServicePointLink: 'Hitta en servicepunkt hos DVV',
    noMandateApplicationLink: 'Fullmakt med ansökan',
    noMandateNoReason: 'Tjänsten säger bara om du kan uträtta ärendet för någon annan. Om du inte kan, berättar tjänsten inte varför.',
    noMandateAltChannel: 'Du kan också sköta ärendet på ett annat sätt.',
    noMandateAltChannelLink: 'Se andra sätt att sköta ärendet',
    lastChoice: 'Du valde det här senast.',
    noMandateThemes: (n) => (n === 1 ? 'Be om fullmakt för det här fullmaktsärendet:' : 'Be om fullmakt för de här fullmaktsärendena:'),
    guardianPathHeading: 'Vårdnadshavare för ett barn under 18 år',
    guardianPath: (choice) =>
      `Du behöver oftast ingen fullmakt. Välj ”${choice}” och sedan barnet. Ett barn under 18 år kan inte ge fullmakt, så ingen begäran om fullmakt behövs.`,
    guardianPathLink: 'Uträtta ärenden för ett barn',
    courtGuardianPathHeading: 'Intressebevakare eller fullmäktig enligt en intressebevakningsfullmakt',
    courtGuardianPath: (choice) =>
      `Du kan oftast sköta din huvudmans ekonomiska ärenden utan separat fullmakt. Välj ”${choice}” och sedan din huvudman. Om det finns flera intressebevakare eller ditt uppdrag gäller bara en del av egendomen, sköt ärendet på ett annat sätt.`,
    courtGuardianPathLink: 'Uträtta ärenden som intressebevakare',
  };
}
