import type { plural as Plural } from '@auta/core';
import type { languageName as LanguageName, ProviderFinderMessages } from './messages.js';

/*
 * English copy. Data only, with no import at run time (what it needs is handed in): the
 * element loads it as a chunk of its own; `lang/en.js` registers it for pages and servers
 * that import it up front.
 */
export function providerFinder(plural: typeof Plural, languageName: typeof LanguageName): ProviderFinderMessages {
  return {
    searchLabel: 'Search',
    searchHint: 'For example the name of a library, a town or a postcode.',
    searchButton: 'Show results',
    filtersHeading: 'Filter the results',
    filtersToggle: (active) => (active === 0 ? 'Filter the results' : `Filter the results (${active} selected)`),
    areaLabel: 'Town or region',
    areaAll: 'All of Finland',
    areaRegions: 'Regions',
    areaMunicipalities: 'Towns and municipalities',
    optionCount: (name, count) => `${name} (${count})`,
    formsLegend: 'Kind of help',
    formGroupRemote: 'Remote',
    formGroupNear: 'In person',
    formGroupTraining: 'Training',
    languagesLegend: 'Language',
    accessibilityLegend: 'Accessibility of the premises',
    otherLegend: 'Other',
    free: 'Free of charge',
    openNow: 'Open now',
    clearFilters: 'Clear filters',
    sortLabel: 'Order',
    sortRelevance: 'Best match first',
    sortName: 'By name',
    sortDistance: 'Nearest first',
    nearMe: 'Use my location',
    locating: 'Finding your location…',
    locationInUse: 'Sorted by distance from your location.',
    forgetLocation: 'Stop using my location',
    locationProblem: (p) =>
      p === 'denied'
        ? 'Your location was not shared, so the results are not sorted by distance. You can type the name of your town in the search field instead.'
        : p === 'timeout'
          ? 'Finding your location took too long. Try again, or type the name of your town in the search field.'
          : p === 'unsupported'
            ? 'This browser cannot share your location. Type the name of your town in the search field instead.'
            : 'Your location could not be found. Type the name of your town in the search field instead.',
    placeSuggestion: (name) => `Show only ${name}`,
    resultsLabel: 'Results',
    found: (total) => plural('en', total, { one: `${total} place found`, other: `${total} places found` }),
    showing: (shown, total) => plural('en', total, { one: `Showing ${shown} of ${total} place.`, other: `Showing ${shown} of ${total} places.` }),
    showMore: 'Show more places',
    loading: 'Loading places that give help…',
    updating: 'Updating the results…',
    errorHeading: 'The places could not be loaded',
    loadProblem: (p) =>
      p === 'timeout'
        ? 'The service did not answer in time.'
        : p === 'network'
          ? 'There was no connection to the service. Check your internet connection.'
          : p === 'http'
            ? 'The service is not working right now.'
            : 'The list of places is damaged and cannot be shown.',
    retry: 'Try again',
    altChannels: 'Other ways to do this',
    emptyHeading: 'No places found',
    emptyText: 'Try other words, or check the spelling.',
    emptyWithFilters: 'You can also remove the filters to see more places.',
    remoteHeading: 'Help by phone, chat or video anywhere in Finland',
    remoteText: 'These services help wherever you live:',
    partial: (skipped) =>
      plural('en', skipped, {
        one: `${skipped} place could not be shown because its details are faulty.`,
        other: `${skipped} places could not be shown because their details are faulty.`,
      }),
    sampleNote: 'Example data: these places are made up.',
    kind: (k) =>
      ({
        library: 'Library',
        'citizen-advice': 'Citizen advice',
        'service-point': 'Public service point',
        organisation: 'Organisation',
        'adult-education': 'Adult education centre',
        municipality: 'Municipality',
        authority: 'Public authority',
        company: 'Company',
      })[k],
    form: (f) =>
      ({
        phone: 'phone',
        chat: 'chat',
        video: 'video call',
        'service-point': 'advice at a service point',
        'peer-group': 'peer support',
        'at-home': 'help at home',
        'device-training': 'device training',
        course: 'courses',
      })[f],
    feature: (f) =>
      ({
        stepFree: 'step-free access',
        inductionLoop: 'induction loop',
        accessibleToilet: 'accessible toilet',
        parking: 'accessible parking',
      })[f],
    language: (code) => languageName(code, 'en'),
    formsLabel: 'Help',
    languagesLabel: 'Languages',
    addressLabel: 'Address',
    phoneLabel: 'Phone',
    emailLabel: 'Email',
    webLabel: 'Website',
    webDefault: 'Website',
    accessibilityLabel: 'Accessibility',
    today: (hours, closed) => (closed ? 'Closed today.' : `Today ${hours}.`),
    distance: (text) => text,
    away: (text) => `${text} away`,
    nationwide: 'Serves all of Finland',
    freeOfCharge: 'Free of charge',
    hoursDetails: 'Opening hours and exceptions',
    weekHeading: 'Opening hours',
    exceptionsHeading: 'Exceptions',
    noHours: 'Opening hours have not been given.',
    chargeFree: 'free call',
    chargeCharged: 'chargeable call',
    sample: 'Example',
    searchedFor: (text) => `Showing results for ${text}`,
  };
}
