import { copyLoader, plural, type Catalog } from '@auta/core';

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

/**
 * Finnish at the standard level; Swedish and English register themselves from `lang/sv.js` and
 * `lang/en.js`; the easy-to-read level arrives with `loadOnBehalfEasy()`.
 */
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
};

/**
 * Loads the easy-to-read copy (messages-easy.ts), a chunk of its own that pages at the
 * standard level never download, into `onBehalfCatalog.easy`. The entry waits for it before
 * it renders at the easy level; a server render at the easy level awaits it first.
 * A plain import: it rejects when the chunk cannot load, and `copyLoader` decides what the
 * element does then (the standard text, core's warning once per text, another try at the next update).
 */
export const loadOnBehalfEasy = async (): Promise<unknown> => (onBehalfCatalog.easy ??= (await import('./messages-easy.js')).onBehalf(plural));

/** Loads the Swedish or English copy (messages.sv.ts, messages.en.ts: data only, each exporting `onBehalf`); a plain import. */
const loadLanguage = async (lang: 'sv' | 'en'): Promise<unknown> =>
  (onBehalfCatalog[lang] ??= (await (lang === 'sv' ? import('./messages.sv.js') : import('./messages.en.js'))).onBehalf(plural));

/** What `<auta-on-behalf-entry>` loads before it speaks a language or level. */
export const loadOnBehalfCopy = copyLoader(onBehalfCatalog, { sv: loadLanguage, en: loadLanguage, easy: loadOnBehalfEasy });
