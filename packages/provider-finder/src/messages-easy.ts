import type { LevelCatalog, plural as Plural } from '@auta/core';
import type { languageName as LanguageName, ProviderFinderMessages } from './messages.js';
import { cardEasy, type CardKey } from './messages-easy-card.js';

/*
 * Easy-to-read copy of `<auta-provider-finder>` and `<auta-provider-card>`: selkokieli
 * (Selkokeskus), lättläst (Centrum för lättläst) and easy English. Short sentences, one thing
 * in a sentence, common words, the reader spoken to directly, a count said with its noun
 * ("3 paikkaa", not "(3)"). DVV's names for the kinds of digital support (etätuki, lähituki,
 * koulutus; fjärrstöd, närstöd, utbildning) and the term list's words ("Avoinna nyt",
 * "Aukioloajat", "asioida muulla tavalla") stay, with a few plain words after them where the
 * term alone says little. The card's keys are in messages-easy-card.ts.
 *
 * A lazy chunk: the elements load it only when the easy level is asked for (messages.ts).
 * It imports nothing from outside the chunk at run time, so that it is a file of its own in the
 * CDN build too: core's `plural` and the language names come in as arguments.
 */
type FinderEasy = Omit<ProviderFinderMessages, CardKey>;

export function providerFinder(plural: typeof Plural, languageName: typeof LanguageName): LevelCatalog<ProviderFinderMessages> {
  const fiPlaces = (n: number) => plural('fi', n, { one: `${n} paikka`, other: `${n} paikkaa` });
  const svPlaces = (n: number) => plural('sv', n, { one: `${n} ställe`, other: `${n} ställen` });
  const enPlaces = (n: number) => plural('en', n, { one: `${n} place`, other: `${n} places` });

  const fi: FinderEasy = {
    searchLabel: 'Hae paikkaa',
    searchHint: 'Kirjoita esimerkiksi kirjaston nimi, kunnan nimi tai postinumero.',
    searchButton: 'Näytä paikat',
    filtersHeading: 'Valitse, mitä näytetään',
    filtersToggle: (active) =>
      active === 0 ? 'Valitse, mitä näytetään' : `Valitse, mitä näytetään (${plural('fi', active, { one: `${active} valinta`, other: `${active} valintaa` })})`,
    areaLabel: 'Kunta tai maakunta',
    areaAll: 'Koko Suomi',
    areaRegions: 'Maakunnat',
    areaMunicipalities: 'Kunnat',
    optionCount: (name, count) => `${name}, ${fiPlaces(count)}`,
    formsLegend: 'Millaista apua tarvitset?',
    formGroupRemote: 'Etätuki: apua puhelimessa tai internetissä',
    formGroupNear: 'Lähituki: apua paikan päällä',
    formGroupTraining: 'Koulutus: opi käyttämään laitteita',
    languagesLegend: 'Millä kielellä haluat apua?',
    accessibilityLegend: 'Esteettömyys',
    otherLegend: 'Muuta',
    free: 'Ilmainen',
    openNow: 'Avoinna nyt',
    clearFilters: 'Poista valinnat',
    sortLabel: 'Järjestä paikat',
    sortRelevance: 'Parhaiten sopivat ensin',
    sortName: 'Nimen mukaan',
    sortDistance: 'Lähimmät ensin',
    nearMe: 'Etsi paikat läheltäni',
    locating: 'Etsitään, missä olet…',
    locationInUse: 'Lähimmät paikat näkyvät ensin.',
    forgetLocation: 'Älä enää käytä sijaintiani',
    locationProblem: (p) =>
      p === 'denied'
        ? 'Sijaintiasi ei voi käyttää. Kirjoita kuntasi nimi hakukenttään.'
        : p === 'timeout'
          ? 'Sijaintisi etsiminen kesti liian kauan. Yritä uudelleen. Voit myös kirjoittaa kuntasi nimen hakukenttään.'
          : p === 'unsupported'
            ? 'Tämä selain ei voi kertoa, missä olet. Kirjoita kuntasi nimi hakukenttään.'
            : 'Sijaintiasi ei löytynyt. Kirjoita kuntasi nimi hakukenttään.',
    placeSuggestion: (name) => `Näytä vain ${name}`,
    resultsLabel: 'Löytyneet paikat',
    found: (total) => `Löytyi ${fiPlaces(total)}.`,
    showing: (shown, total) => `Näet ${plural('fi', shown, { one: `${shown} paikan`, other: `${shown} paikkaa` })}. Paikkoja on yhteensä ${total}.`,
    showMore: 'Näytä lisää paikkoja',
    loading: 'Haetaan paikkoja…',
    updating: 'Haetaan uusia tuloksia…',
    errorHeading: 'Paikkoja ei voitu näyttää',
    loadProblem: (p) =>
      p === 'timeout'
        ? 'Palvelu vastasi liian hitaasti.'
        : p === 'network'
          ? 'Yhteys palveluun ei toiminut. Tarkista, että internet toimii.'
          : p === 'http'
            ? 'Palvelu ei toimi nyt.'
            : 'Paikkojen tiedoissa on virhe. Siksi niitä ei voi näyttää.',
    retry: 'Yritä uudelleen',
    altChannels: 'Asioi muulla tavalla',
    emptyHeading: 'Paikkoja ei löytynyt',
    emptyText: 'Kokeile toista sanaa. Tarkista myös, että sana on kirjoitettu oikein.',
    emptyWithFilters: 'Voit myös poistaa valintoja. Silloin näet enemmän paikkoja.',
    remoteHeading: 'Apua puhelimessa, chatissa tai videolla',
    remoteText: 'Nämä palvelut auttavat koko Suomessa:',
    partial: (skipped) =>
      plural('fi', skipped, {
        one: 'Yhtä paikkaa ei voi näyttää. Sen tiedoissa on virhe.',
        other: `${skipped} paikkaa ei voi näyttää. Niiden tiedoissa on virheitä.`,
      }),
    sampleNote: 'Nämä paikat ovat keksittyjä. Ne ovat vain esimerkki.',
    searchedFor: (text) => `Näet tulokset sanalle ${text}`,
  };

  const sv: FinderEasy = {
    searchLabel: 'Sök ett ställe',
    searchHint: 'Skriv till exempel namnet på ett bibliotek, namnet på en kommun eller ett postnummer.',
    searchButton: 'Visa ställen',
    filtersHeading: 'Välj vad du vill se',
    filtersToggle: (active) => (active === 0 ? 'Välj vad du vill se' : `Välj vad du vill se (${active} val)`),
    areaLabel: 'Kommun eller landskap',
    areaAll: 'Hela Finland',
    areaRegions: 'Landskap',
    areaMunicipalities: 'Kommuner',
    optionCount: (name, count) => `${name}, ${svPlaces(count)}`,
    formsLegend: 'Vilken hjälp behöver du?',
    formGroupRemote: 'Fjärrstöd: hjälp per telefon eller på internet',
    formGroupNear: 'Närstöd: hjälp på plats',
    formGroupTraining: 'Utbildning: lär dig använda telefon och dator',
    languagesLegend: 'På vilket språk vill du ha hjälp?',
    accessibilityLegend: 'Tillgänglighet',
    otherLegend: 'Annat',
    free: 'Gratis',
    openNow: 'Öppet nu',
    clearFilters: 'Ta bort dina val',
    sortLabel: 'Ordna ställena',
    sortRelevance: 'Bäst passande först',
    sortName: 'Efter namn',
    sortDistance: 'Närmaste först',
    nearMe: 'Hitta ställen nära mig',
    locating: 'Vi letar var du är…',
    locationInUse: 'De närmaste ställena visas först.',
    forgetLocation: 'Använd inte min position mer',
    locationProblem: (p) =>
      p === 'denied'
        ? 'Vi kan inte använda din position. Skriv namnet på din kommun i sökfältet.'
        : p === 'timeout'
          ? 'Det tog för lång tid att hitta din position. Försök igen. Du kan också skriva namnet på din kommun i sökfältet.'
          : p === 'unsupported'
            ? 'Den här webbläsaren kan inte säga var du är. Skriv namnet på din kommun i sökfältet.'
            : 'Vi hittade inte din position. Skriv namnet på din kommun i sökfältet.',
    placeSuggestion: (name) => `Visa bara ${name}`,
    resultsLabel: 'Ställen som hittades',
    found: (total) => `Vi hittade ${svPlaces(total)}.`,
    showing: (shown, total) => `Du ser ${svPlaces(shown)}. Det finns ${svPlaces(total)} i allt.`,
    showMore: 'Visa fler ställen',
    loading: 'Vi hämtar ställen…',
    updating: 'Vi hämtar nya resultat…',
    errorHeading: 'Vi kunde inte visa ställena',
    loadProblem: (p) =>
      p === 'timeout'
        ? 'Tjänsten svarade för långsamt.'
        : p === 'network'
          ? 'Vi fick ingen kontakt med tjänsten. Kontrollera att internet fungerar.'
          : p === 'http'
            ? 'Tjänsten fungerar inte nu.'
            : 'Det finns ett fel i uppgifterna om ställena. Därför kan vi inte visa dem.',
    retry: 'Försök igen',
    altChannels: 'Uträtta ärendet på annat sätt',
    emptyHeading: 'Vi hittade inga ställen',
    emptyText: 'Pröva ett annat ord. Kontrollera också att ordet är rätt skrivet.',
    emptyWithFilters: 'Du kan också ta bort några val. Då ser du fler ställen.',
    remoteHeading: 'Hjälp per telefon, chatt eller video',
    remoteText: 'De här tjänsterna hjälper i hela Finland:',
    partial: (skipped) =>
      plural('sv', skipped, {
        one: 'Vi kan inte visa ett ställe. Det finns fel i uppgifterna om det.',
        other: `Vi kan inte visa ${skipped} ställen. Det finns fel i uppgifterna om dem.`,
      }),
    sampleNote: 'De här ställena är påhittade. De är bara exempel.',
    searchedFor: (text) => `Du ser resultat för ordet ${text}`,
  };

  const en: FinderEasy = {
    searchLabel: 'Search for a place',
    searchHint: 'For example, write the name of a library, the name of a town or a postcode.',
    searchButton: 'Show places',
    filtersHeading: 'Choose what you want to see',
    filtersToggle: (active) =>
      active === 0 ? 'Choose what you want to see' : `Choose what you want to see (${plural('en', active, { one: `${active} choice`, other: `${active} choices` })})`,
    areaLabel: 'Town or region',
    areaAll: 'All of Finland',
    areaRegions: 'Regions',
    areaMunicipalities: 'Towns and municipalities',
    optionCount: (name, count) => `${name}, ${enPlaces(count)}`,
    formsLegend: 'What help do you need?',
    formGroupRemote: 'Remote: help by phone or on the internet',
    formGroupNear: 'In person: help at a place near you',
    formGroupTraining: 'Training: learn to use a phone or computer',
    languagesLegend: 'What language do you want help in?',
    accessibilityLegend: 'Accessibility',
    otherLegend: 'Other',
    free: 'Free',
    openNow: 'Open now',
    clearFilters: 'Remove your choices',
    sortLabel: 'Order of the places',
    sortRelevance: 'Best match first',
    sortName: 'By name',
    sortDistance: 'Nearest first',
    nearMe: 'Find places near me',
    locating: 'Finding where you are…',
    locationInUse: 'The nearest places are shown first.',
    forgetLocation: 'Stop using my location',
    locationProblem: (p) =>
      p === 'denied'
        ? 'We cannot use your location. Write the name of your town in the search box.'
        : p === 'timeout'
          ? 'It took too long to find your location. Try again. You can also write the name of your town in the search box.'
          : p === 'unsupported'
            ? 'This browser cannot tell where you are. Write the name of your town in the search box.'
            : 'We could not find your location. Write the name of your town in the search box.',
    placeSuggestion: (name) => `Show only ${name}`,
    resultsLabel: 'Places found',
    found: (total) => `We found ${enPlaces(total)}.`,
    showing: (shown, total) => `You can see ${enPlaces(shown)}. There are ${enPlaces(total)} in all.`,
    showMore: 'Show more places',
    loading: 'Getting the places…',
    updating: 'Getting new results…',
    errorHeading: 'We could not show the places',
    loadProblem: (p) =>
      p === 'timeout'
        ? 'The service answered too slowly.'
        : p === 'network'
          ? 'We could not connect to the service. Check that your internet works.'
          : p === 'http'
            ? 'The service is not working now.'
            : 'There is a mistake in the details of the places. So we cannot show them.',
    retry: 'Try again',
    altChannels: 'Do this another way',
    emptyHeading: 'We found no places',
    emptyText: 'Try another word. Also check that the word is spelt right.',
    emptyWithFilters: 'You can also remove some choices. Then you can see more places.',
    remoteHeading: 'Help by phone, chat or video',
    remoteText: 'These services help people all over Finland:',
    partial: (skipped) =>
      plural('en', skipped, {
        one: 'We cannot show 1 place. There is a mistake in its details.',
        other: `We cannot show ${skipped} places. There are mistakes in their details.`,
      }),
    sampleNote: 'These places are made up. They are only an example.',
    searchedFor: (text) => `You see results for the word ${text}`,
  };

  const card = cardEasy(languageName);
  return { fi: { ...fi, ...card.fi }, sv: { ...sv, ...card.sv }, en: { ...en, ...card.en } };
}
