import { plural, type Catalog } from '@auta/core';

/**
 * Default copy of `<auta-on-behalf-entry>`, in Suomi.fi e-Authorizations' own terms:
 * fi valtuus, valtuusasia, valtuuspyyntö, valtuuttaja; sv fullmakt, fullmaktsärende,
 * begäran om fullmakt, fullmaktsgivare; en mandate, mandate theme, mandate request.
 * An empty string hides the text it stands for (`questionHint` is empty by default).
 * Facts the copy rests on (Suomi.fi e-Authorizations): only an adult (18 or older) gives
 * or asks for a mandate, so a minor is never the example of a person who gives one; a
 * mandate is valid once the assignor has confirmed it; a mandate request can be approved
 * at a DVV service point, and a paper application is the other way.
 */
export type OnBehalfMessages = {
  /** The question; the name of the radio group. */
  question: string;
  /** A hint under the question; empty: none. */
  questionHint: string;
  self: string;
  selfHint: string;
  person: string;
  personHint: string;
  organisation: string;
  organisationHint: string;
  /** Lead-in to the mandate themes the service uses. */
  mandateThemes: (count: number) => string;
  /** Shown under "another person" unless the host sets `hide-guardian-path`. */
  guardian: string;
  /** Lead-in to the roles that work without a mandate (organisations). */
  rolesWithoutMandate: (count: number) => string;
  /** Read before the error message; hidden visually (the colour and position show it). */
  errorPrefix: string;
  errorRequired: string;
  continue: string;
  noMandate: string;
  noMandateRequest: string;
  noMandateRequestLink: string;
  noMandateOffline: string;
  noMandateServicePointLink: string;
  noMandateApplicationLink: string;
  /** Never a reason for a refusal: the service is not told one, and a guess misleads. */
  noMandateNoReason: string;
  noMandateAltChannel: string;
  noMandateAltChannelLink: string;
  /** Under the choice the host says the person made last time (`last-choice`). */
  lastChoice: string;
  /** In the no-mandate help: lead-in to the mandate themes to ask for. */
  noMandateThemes: (count: number) => string;
  /** Short path for guardians of a minor (unless the host sets `hide-guardian-path`). */
  guardianPathHeading: string;
  /** `choice` is the "another person" choice's label, as shown. */
  guardianPath: (choice: string) => string;
  guardianPathLink: string;
  /** Short path for court-appointed guardians and attorneys under a continuing power of attorney. */
  courtGuardianPathHeading: string;
  courtGuardianPath: (choice: string) => string;
  courtGuardianPathLink: string;
};

export const onBehalfCatalog: Catalog<OnBehalfMessages> = {
  fi: {
    question: 'Kenen puolesta asioit?',
    questionHint: '',
    self: 'Omasta puolestani',
    selfHint: 'Hoidat omaa asiaasi. Et tarvitse valtuutta.',
    person: 'Toisen henkilön puolesta',
    personHint:
      'Esimerkiksi ikääntyneen vanhempasi, aikuisen lapsesi tai muun läheisesi puolesta. Tarvitset häneltä valtuuden Suomi.fi-valtuuksissa. Seuraavaksi valitset henkilön, jonka puolesta asioit.',
    organisation: 'Yrityksen tai yhteisön puolesta',
    organisationHint:
      'Esimerkiksi yritys, taloyhtiö tai yhdistys. Tarvitset yleensä siltä valtuuden Suomi.fi-valtuuksissa. Seuraavaksi valitset yrityksen tai yhteisön.',
    mandateThemes: (n) => plural('fi', n, { one: 'Valtuuden pitää koskea tätä valtuusasiaa:', other: 'Valtuuden pitää koskea näitä valtuusasioita:' }),
    guardian: 'Jos olet alaikäisen lapsen huoltaja, voit yleensä asioida hänen puolestaan ilman valtuutta.',
    rolesWithoutMandate: (n) =>
      plural('fi', n, { one: 'Et tarvitse valtuutta, jos sinulla on tämä rooli:', other: 'Et tarvitse valtuutta, jos sinulla on jokin näistä rooleista:' }),
    errorPrefix: 'Virhe:',
    errorRequired: 'Valitse, kenen puolesta asioit.',
    continue: 'Jatka',
    noMandate: 'Minulla ei ole valtuutta',
    noMandateRequest:
      'Pyydä valtuutta siltä henkilöltä, yritykseltä tai yhteisöltä, jonka puolesta haluat asioida. Voit lähettää valtuuspyynnön Suomi.fi-valtuuksissa, jos olet täyttänyt 18 vuotta. Valtuus on voimassa, kun valtuuttaja on vahvistanut sen.',
    noMandateRequestLink: 'Tee valtuuspyyntö',
    noMandateOffline:
      'Jos valtuuttaja ei voi itse käyttää verkkopalveluja, hän voi vahvistaa valtuuspyynnön Digi- ja väestötietoviraston (DVV) palvelupisteessä. Valtuuden voi antaa myös paperisella hakemuksella.',
    noMandateServicePointLink: 'Etsi DVV:n palvelupiste',
    noMandateApplicationLink: 'Valtuuttaminen hakemuksella',
    noMandateNoReason: 'Palvelu kertoo vain, voitko asioida toisen puolesta. Jos et voi, palvelu ei kerro syytä.',
    noMandateAltChannel: 'Voit hoitaa asian myös muulla tavalla.',
    noMandateAltChannelLink: 'Katso muut asiointitavat',
    lastChoice: 'Valitsit tämän viimeksi.',
    noMandateThemes: (n) => (n === 1 ? 'Pyydä valtuutta tähän valtuusasiaan:' : 'Pyydä valtuutta näihin valtuusasioihin:'),
    guardianPathHeading: 'Alaikäisen lapsen huoltaja',
    guardianPath: (choice) =>
      `Et yleensä tarvitse valtuutta. Valitse ”${choice}” ja sen jälkeen lapsi. Alaikäinen ei voi antaa valtuutta, joten valtuuspyyntöä ei tarvita.`,
    guardianPathLink: 'Lapsen puolesta asiointi',
    courtGuardianPathHeading: 'Edunvalvoja tai edunvalvontavaltuutettu',
    courtGuardianPath: (choice) =>
      `Voit yleensä hoitaa päämiehesi raha-asioita ilman erillistä valtuutta. Valitse ”${choice}” ja sen jälkeen päämiehesi. Jos edunvalvojia on useampi tai tehtäväsi koskee vain osaa omaisuudesta, asioi muulla tavalla.`,
    courtGuardianPathLink: 'Edunvalvojana asiointi',
  },
  sv: {
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
  },
  en: {
    question: 'Who are you doing this for?',
    questionHint: '',
    self: 'For myself',
    selfHint: 'You are dealing with your own matter. You do not need a mandate.',
    person: 'For another person',
    personHint:
      'For example your elderly parent, your adult child or someone else close to you. You need a mandate from them in Suomi.fi e-Authorizations. Next you choose the person you are acting for.',
    organisation: 'For a company or organisation',
    organisationHint:
      'For example a company, a housing company or an association. You usually need a mandate from it in Suomi.fi e-Authorizations. Next you choose the company or organisation.',
    mandateThemes: (n) => plural('en', n, { one: 'The mandate must cover this mandate theme:', other: 'The mandate must cover these mandate themes:' }),
    guardian: 'If you are the guardian of a child under 18, you can usually act for the child without a mandate.',
    rolesWithoutMandate: (n) =>
      plural('en', n, { one: 'You do not need a mandate if you have this role:', other: 'You do not need a mandate if you have one of these roles:' }),
    errorPrefix: 'Error:',
    errorRequired: 'Select who you are doing this for.',
    continue: 'Continue',
    noMandate: 'I do not have a mandate',
    noMandateRequest:
      'Ask the person, company or organisation you want to act for to give you a mandate. You can send a mandate request in Suomi.fi e-Authorizations if you are 18 or older. The mandate is valid once the assignor (principal) has confirmed it.',
    noMandateRequestLink: 'Send a mandate request',
    noMandateOffline:
      'If the assignor cannot use e-services, they can confirm the mandate request at a service point of the Digital and Population Data Services Agency (DVV). A mandate can also be given by a paper application.',
    noMandateServicePointLink: 'Find a DVV service point',
    noMandateApplicationLink: 'Giving a mandate by application',
    noMandateNoReason: 'The service only tells you whether you can act for someone. If you cannot, it does not tell you why.',
    noMandateAltChannel: 'You can also do this another way.',
    noMandateAltChannelLink: 'See other ways to do this',
    lastChoice: 'You chose this last time.',
    noMandateThemes: (n) => (n === 1 ? 'Ask for a mandate for this mandate theme:' : 'Ask for a mandate for these mandate themes:'),
    guardianPathHeading: 'Guardian of a child under 18',
    guardianPath: (choice) =>
      `You usually do not need a mandate. Choose “${choice}” and then the child. A child under 18 cannot give a mandate, so no mandate request is needed.`,
    guardianPathLink: 'Acting on behalf of a child',
    courtGuardianPathHeading: 'Court-appointed guardian or attorney under a continuing power of attorney',
    courtGuardianPath: (choice) =>
      `You can usually manage your client’s financial affairs without a separate mandate. Choose “${choice}” and then your client. If there is more than one guardian, or your task covers only part of the property, do this another way.`,
    courtGuardianPathLink: 'Acting as a guardian',
  },
};

/**
 * Loads the easy-to-read copy (messages-easy.ts), a chunk of its own that pages at the
 * standard level never download, into `onBehalfCatalog.easy`. The entry waits for it before
 * it renders at the easy level; a server render at the easy level awaits it first. When the
 * chunk cannot load, the standard text stays (core warns once per key).
 */
export const loadOnBehalfEasy = async (): Promise<unknown> => (onBehalfCatalog.easy ??= await import('./messages-easy.js').then((m) => m.default(plural), () => undefined));
