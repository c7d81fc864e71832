import type { plural as Plural } from '@auta/core';
import type { languageName as LanguageName, ProviderFinderMessages } from './messages.js';

/*
 * Swedish copy. Data only, with no import at run time (what it needs is handed in): the
 * element loads it as a chunk of its own; `lang/sv.js` registers it for pages and servers
 * that import it up front.
 */
export function providerFinder(plural: typeof Plural, languageName: typeof LanguageName): ProviderFinderMessages {
  return {
    searchLabel: 'Sök',
    searchHint: 'Till exempel ett biblioteks namn, en kommun eller ett postnummer.',
    searchButton: 'Visa resultat',
    filtersHeading: 'Avgränsa sökningen',
    filtersToggle: (active) => (active === 0 ? 'Avgränsa sökningen' : `Avgränsa sökningen (${plural('sv', active, { one: `${active} vald`, other: `${active} valda` })})`),
    areaLabel: 'Kommun eller landskap',
    areaAll: 'Hela Finland',
    areaRegions: 'Landskap',
    areaMunicipalities: 'Kommuner',
    optionCount: (name, count) => `${name} (${count})`,
    formsLegend: 'Typ av stöd',
    formGroupRemote: 'Fjärrstöd',
    formGroupNear: 'Närstöd',
    formGroupTraining: 'Utbildning',
    languagesLegend: 'Språk',
    accessibilityLegend: 'Lokalernas tillgänglighet',
    otherLegend: 'Övrigt',
    free: 'Avgiftsfritt',
    openNow: 'Öppet nu',
    clearFilters: 'Ta bort avgränsningarna',
    sortLabel: 'Ordning',
    sortRelevance: 'Bästa träff först',
    sortName: 'Efter namn',
    sortDistance: 'Närmaste först',
    nearMe: 'Använd min position',
    locating: 'Din position söks…',
    locationInUse: 'Resultaten är ordnade efter avståndet från din position.',
    forgetLocation: 'Sluta använda min position',
    locationProblem: (p) =>
      p === 'denied'
        ? 'Din position delades inte, så resultaten är inte ordnade efter avstånd. Du kan skriva namnet på din kommun i sökfältet.'
        : p === 'timeout'
          ? 'Det tog för länge att hitta din position. Försök igen eller skriv namnet på din kommun i sökfältet.'
          : p === 'unsupported'
            ? 'Den här webbläsaren kan inte ange din position. Skriv namnet på din kommun i sökfältet.'
            : 'Din position hittades inte. Skriv namnet på din kommun i sökfältet.',
    placeSuggestion: (name) => `Visa bara ${name}`,
    resultsLabel: 'Sökresultat',
    found: (total) => plural('sv', total, { one: `${total} ställe hittades`, other: `${total} ställen hittades` }),
    showing: (shown, total) => plural('sv', total, { one: `Visar ${shown} av ${total} ställe.`, other: `Visar ${shown} av ${total} ställen.` }),
    showMore: 'Visa fler ställen',
    loading: 'Ställen som ger stöd laddas…',
    updating: 'Resultaten uppdateras…',
    errorHeading: 'Ställena kunde inte laddas',
    loadProblem: (p) =>
      p === 'timeout'
        ? 'Tjänsten svarade inte i tid.'
        : p === 'network'
          ? 'Det gick inte att få kontakt med tjänsten. Kontrollera internetanslutningen.'
          : p === 'http'
            ? 'Tjänsten fungerar inte just nu.'
            : 'Förteckningen över ställen är felaktig och kan inte visas.',
    retry: 'Försök igen',
    altChannels: 'Andra sätt att sköta ärendet',
    emptyHeading: 'Inga ställen hittades',
    emptyText: 'Pröva andra ord eller kontrollera stavningen.',
    emptyWithFilters: 'Du kan också ta bort avgränsningarna för att se fler ställen.',
    remoteHeading: 'Hjälp per telefon, chatt eller video i hela Finland',
    remoteText: 'De här tjänsterna hjälper dig var du än bor:',
    partial: (skipped) =>
      plural('sv', skipped, {
        one: `${skipped} ställe kunde inte visas eftersom dess uppgifter är felaktiga.`,
        other: `${skipped} ställen kunde inte visas eftersom deras uppgifter är felaktiga.`,
      }),
    sampleNote: 'Exempeldata: ställena är påhittade.',
    kind: (k) =>
      ({
        library: 'Bibliotek',
        'citizen-advice': 'Medborgarrådgivning',
        'service-point': 'Servicepunkt',
        organisation: 'Organisation',
        'adult-education': 'Medborgarinstitut',
        municipality: 'Kommun',
        authority: 'Myndighet',
        company: 'Företag',
      })[k],
    form: (f) =>
      ({
        phone: 'telefon',
        chat: 'chatt',
        video: 'videosamtal',
        'service-point': 'rådgivning på en servicepunkt',
        'peer-group': 'kamratstöd',
        'at-home': 'stöd hem',
        'device-training': 'handledning i att använda enheter',
        course: 'kurser',
      })[f],
    feature: (f) =>
      ({
        stepFree: 'entré utan trappsteg',
        inductionLoop: 'hörslinga',
        accessibleToilet: 'tillgänglig toalett',
        parking: 'tillgänglig parkering',
      })[f],
    language: (code) => languageName(code, 'sv'),
    formsLabel: 'Stöd',
    languagesLabel: 'Språk',
    addressLabel: 'Adress',
    phoneLabel: 'Telefon',
    emailLabel: 'E-post',
    webLabel: 'Webbplats',
    webDefault: 'Webbplats',
    accessibilityLabel: 'Tillgänglighet',
    today: (hours, closed) => (closed ? 'I dag stängt.' : `I dag ${hours}.`),
    distance: (text) => text,
    away: (text) => `${text} bort`,
    nationwide: 'Betjänar hela Finland',
    freeOfCharge: 'Avgiftsfritt',
    hoursDetails: 'Öppettider och avvikelser',
    weekHeading: 'Öppettider',
    exceptionsHeading: 'Avvikande öppettider',
    noHours: 'Öppettiderna är inte kända.',
    chargeFree: 'avgiftsfritt samtal',
    chargeCharged: 'avgiftsbelagt samtal',
    sample: 'Exempel',
    searchedFor: (text) => `Visar resultat för ${text}`,
  };
}
