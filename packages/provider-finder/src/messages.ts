import { copyLoader, plural, type Catalog } from '@auta/core';
import type { AccessibilityFeature, ProviderKind, SupportForm } from './data/index.js';

/** Why the device location could not be used. */
export type LocationProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** Why the providers could not be loaded or searched (the source's error kinds, without `aborted`). */
export type LoadProblem = 'http' | 'network' | 'timeout' | 'invalid-json' | 'invalid-data';

/**
 * Every text of `<auta-provider-finder>` and `<auta-provider-card>`. A host replaces any
 * of them per language with the `messages` property; the finder hands its overrides on to
 * its cards.
 */
export type ProviderFinderMessages = {
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  filtersHeading: string;
  filtersToggle: (active: number) => string;
  areaLabel: string;
  areaAll: string;
  areaRegions: string;
  areaMunicipalities: string;
  optionCount: (name: string, count: number) => string;
  formsLegend: string;
  formGroupRemote: string;
  formGroupNear: string;
  formGroupTraining: string;
  languagesLegend: string;
  accessibilityLegend: string;
  otherLegend: string;
  free: string;
  openNow: string;
  clearFilters: string;
  sortLabel: string;
  sortRelevance: string;
  sortName: string;
  sortDistance: string;
  nearMe: string;
  locating: string;
  locationInUse: string;
  forgetLocation: string;
  locationProblem: (problem: LocationProblem) => string;
  placeSuggestion: (name: string) => string;
  resultsLabel: string;
  found: (total: number) => string;
  showing: (shown: number, total: number) => string;
  showMore: string;
  loading: string;
  updating: string;
  errorHeading: string;
  loadProblem: (problem: LoadProblem) => string;
  retry: string;
  altChannels: string;
  emptyHeading: string;
  emptyText: string;
  emptyWithFilters: string;
  remoteHeading: string;
  remoteText: string;
  partial: (skipped: number) => string;
  sampleNote: string;
  // Card
  kind: (kind: ProviderKind) => string;
  form: (form: SupportForm) => string;
  feature: (feature: AccessibilityFeature) => string;
  language: (code: string) => string;
  formsLabel: string;
  languagesLabel: string;
  addressLabel: string;
  phoneLabel: string;
  emailLabel: string;
  webLabel: string;
  webDefault: string;
  accessibilityLabel: string;
  /** Today's hours; `closed`: none today (`hours` then says so). */
  today: (hours: string, closed: boolean) => string;
  distance: (text: string) => string;
  away: (text: string) => string;
  nationwide: string;
  freeOfCharge: string;
  hoursDetails: string;
  weekHeading: string;
  exceptionsHeading: string;
  noHours: string;
  chargeFree: string;
  chargeCharged: string;
  sample: string;
  /** After the count, when a word found nothing and its spelling one edit away was searched: the query as searched. */
  searchedFor: (text: string) => string;
};

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/*
 * Languages by name, written as each language writes them (lower case in fi and sv): the
 * national languages, the Sámi languages and the sign languages, where the platform's names
 * (CLDR, through `Intl.DisplayNames`) are missing or differ ("Northern Sami"). Other
 * languages come from the platform, whose names for them are these words ("venäjä",
 * "ryska", "Russian"): a table of them would only repeat it, in every page's download.
 */
const LANGUAGE_NAMES: Record<'fi' | 'sv' | 'en', Record<string, string>> = {
  fi: {
    fi: 'suomi',
    sv: 'ruotsi',
    en: 'englanti',
    se: 'pohjoissaame',
    smn: 'inarinsaame',
    sms: 'koltansaame',
    fse: 'suomalainen viittomakieli',
    fss: 'suomenruotsalainen viittomakieli',
  },
  sv: {
    fi: 'finska',
    sv: 'svenska',
    en: 'engelska',
    se: 'nordsamiska',
    smn: 'enaresamiska',
    sms: 'skoltsamiska',
    fse: 'finskt teckenspråk',
    fss: 'finlandssvenskt teckenspråk',
  },
  en: {
    fi: 'Finnish',
    sv: 'Swedish',
    en: 'English',
    se: 'Northern Sámi',
    smn: 'Inari Sámi',
    sms: 'Skolt Sámi',
    fse: 'Finnish Sign Language',
    fss: 'Finland-Swedish Sign Language',
  },
};

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A language's name in `ui`: our table first, then the browser's own names, else the code. */
export function languageName(code: string, ui: 'fi' | 'sv' | 'en'): string {
  const known = LANGUAGE_NAMES[ui][code];
  if (known) return known;
  let names = displayNames.get(ui);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([ui], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(ui, names);
  }
  return names?.of(code) ?? code;
}


const fi: ProviderFinderMessages = {
  searchLabel: 'Hae',
  searchHint: 'Esimerkiksi kirjaston nimi, kunta tai postinumero.',
  searchButton: 'Näytä tulokset',
  filtersHeading: 'Rajaa hakua',
  filtersToggle: (active) => (active === 0 ? 'Rajaa hakua' : `Rajaa hakua (${plural('fi', active, { one: `${active} valittu`, other: `${active} valittua` })})`),
  areaLabel: 'Kunta tai maakunta',
  areaAll: 'Koko Suomi',
  areaRegions: 'Maakunnat',
  areaMunicipalities: 'Kunnat',
  optionCount: (name, count) => `${name} (${count})`,
  formsLegend: 'Tuen muoto',
  formGroupRemote: 'Etätuki',
  formGroupNear: 'Lähituki',
  formGroupTraining: 'Koulutus',
  languagesLegend: 'Kieli',
  accessibilityLegend: 'Tilojen esteettömyys',
  otherLegend: 'Muut',
  free: 'Maksuton',
  openNow: 'Avoinna nyt',
  clearFilters: 'Poista rajaukset',
  sortLabel: 'Järjestys',
  sortRelevance: 'Osuvimmat ensin',
  sortName: 'Nimen mukaan',
  sortDistance: 'Lähimmät ensin',
  nearMe: 'Käytä sijaintiani',
  locating: 'Haetaan sijaintiasi…',
  locationInUse: 'Tulokset on järjestetty etäisyyden mukaan sijainnistasi.',
  forgetLocation: 'Lopeta sijainnin käyttö',
  locationProblem: (p) =>
    p === 'denied'
      ? 'Sijaintiasi ei jaettu, joten tuloksia ei järjestetty etäisyyden mukaan. Voit kirjoittaa kuntasi nimen hakukenttään.'
      : p === 'timeout'
        ? 'Sijainnin haku kesti liian kauan. Yritä uudelleen tai kirjoita kuntasi nimi hakukenttään.'
        : p === 'unsupported'
          ? 'Tämä selain ei voi kertoa sijaintiasi. Kirjoita kuntasi nimi hakukenttään.'
          : 'Sijaintiasi ei löytynyt. Kirjoita kuntasi nimi hakukenttään.',
  placeSuggestion: (name) => `Näytä vain ${name}`,
  resultsLabel: 'Hakutulokset',
  found: (total) => plural('fi', total, { one: `Löytyi ${total} paikka`, other: `Löytyi ${total} paikkaa` }),
  showing: (shown, total) => plural('fi', shown, { one: `Näytetään ${shown} paikka, yhteensä ${total}.`, other: `Näytetään ${shown} paikkaa, yhteensä ${total}.` }),
  showMore: 'Näytä lisää paikkoja',
  loading: 'Ladataan tukipaikkoja…',
  updating: 'Päivitetään tuloksia…',
  errorHeading: 'Paikkoja ei voitu ladata',
  loadProblem: (p) =>
    p === 'timeout'
      ? 'Palvelu ei vastannut ajoissa.'
      : p === 'network'
        ? 'Yhteyttä palveluun ei saatu. Tarkista internetyhteys.'
        : p === 'http'
          ? 'Palvelu ei juuri nyt toimi.'
          : 'Paikkojen luettelo on viallinen, eikä sitä voi näyttää.',
  retry: 'Yritä uudelleen',
  altChannels: 'Muut tavat hoitaa asia',
  emptyHeading: 'Paikkoja ei löytynyt',
  emptyText: 'Kokeile muita sanoja tai tarkista kirjoitusasu.',
  emptyWithFilters: 'Voit myös poistaa rajaukset, niin näet enemmän paikkoja.',
  remoteHeading: 'Apua puhelimessa, chatissa tai videolla koko Suomessa',
  remoteText: 'Nämä palvelut auttavat asuinpaikasta riippumatta:',
  partial: (skipped) =>
    plural('fi', skipped, {
      // Numeral one as a word: the negative sentence wants the partitive, "yhtä paikkaa".
      one: 'Yhtä paikkaa ei voitu näyttää, koska sen tiedoissa on virheitä.',
      other: `${skipped} paikkaa ei voitu näyttää, koska niiden tiedoissa on virheitä.`,
    }),
  sampleNote: 'Esimerkkiaineisto: paikat ovat keksittyjä.',
  kind: (k) =>
    ({
      library: 'Kirjasto',
      'citizen-advice': 'Kansalaisneuvonta',
      'service-point': 'Asiointipiste',
      organisation: 'Järjestö',
      'adult-education': 'Kansalaisopisto',
      municipality: 'Kunta',
      authority: 'Viranomainen',
      company: 'Yritys',
    })[k],
  form: (f) =>
    ({
      phone: 'puhelin',
      chat: 'chat',
      video: 'videopuhelu',
      'service-point': 'neuvonta palvelupisteessä',
      'peer-group': 'vertaistuki',
      'at-home': 'kotiin vietävä tuki',
      'device-training': 'laiteopastus',
      course: 'kurssit',
    })[f],
  feature: (f) =>
    ({
      stepFree: 'esteetön kulku',
      inductionLoop: 'induktiosilmukka',
      accessibleToilet: 'esteetön wc',
      parking: 'esteetön pysäköinti',
    })[f],
  language: (code) => languageName(code, 'fi'),
  formsLabel: 'Tuki',
  languagesLabel: 'Kielet',
  addressLabel: 'Osoite',
  phoneLabel: 'Puhelin',
  emailLabel: 'Sähköposti',
  webLabel: 'Verkkosivu',
  webDefault: 'Verkkosivu',
  accessibilityLabel: 'Esteettömyys',
  today: (hours, closed) => (closed ? 'Tänään suljettu.' : `Tänään ${hours}.`),
  distance: (text) => text,
  away: (text) => `${text} päässä`,
  nationwide: 'Palvelee koko Suomea',
  freeOfCharge: 'Maksuton',
  hoursDetails: 'Aukioloajat ja poikkeukset',
  weekHeading: 'Aukioloajat',
  exceptionsHeading: 'Poikkeukset',
  noHours: 'Aukioloaikoja ei ole kerrottu.',
  chargeFree: 'maksuton puhelu',
  chargeCharged: 'maksullinen puhelu',
  sample: 'Esimerkki',
  searchedFor: (text) => `Näytetään tulokset haulle ${text}`,
};


/**
 * Finnish at the standard level; Swedish and English register themselves from `lang/sv.js` and
 * `lang/en.js`; the easy-to-read level arrives with `loadProviderFinderEasy()`.
 */
export const providerFinderCatalog: Catalog<ProviderFinderMessages> = { fi };

/**
 * Loads the easy-to-read copy (messages-easy.ts), a chunk of its own that pages at the
 * standard level never download, into `providerFinderCatalog.easy`. The finder and the card
 * wait for it before they render at the easy level; a server render at the easy level awaits
 * it first.
 * A plain import: it rejects when the chunk cannot load, and `copyLoader` decides what the
 * element does then (the standard text, core's warning once per text, another try at the next update).
 */
export const loadProviderFinderEasy = async (): Promise<unknown> =>
  (providerFinderCatalog.easy ??= (await import('./messages-easy.js')).providerFinder(plural, languageName));

/** What the finder and the card load before they speak a language or level. */
export const loadProviderFinderCopy = copyLoader(providerFinderCatalog, {
  sv: (lang) => import('./messages.sv.js').then((m) => (providerFinderCatalog[lang] ??= m.providerFinder(plural, languageName))),
  en: (lang) => import('./messages.en.js').then((m) => (providerFinderCatalog[lang] ??= m.providerFinder(plural, languageName))),
  easy: loadProviderFinderEasy,
});

/** Checkbox labels start with a capital: `Suomi`, `Svenska`; names inside sentences stay lower case. */
export const capitalize = cap;

const distanceFormats = new Map<string, Intl.NumberFormat>();

/**
 * A distance as people say it: under a kilometre in metres (rounded to 50 m), under 10 km
 * with one decimal, beyond that in whole kilometres. Decimal comma in Finnish and Swedish.
 */
export function formatDistance(km: number, lang: string): string {
  const locale = lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB';
  if (km < 1) return `${Math.max(50, Math.round((km * 1000) / 50) * 50)} m`;
  const digits = km < 10 ? 1 : 0;
  // One formatter per language and precision: making one costs more than formatting with it.
  const key = `${locale} ${digits}`;
  let format = distanceFormats.get(key);
  if (!format) distanceFormats.set(key, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return `${format.format(km)} km`;
}
