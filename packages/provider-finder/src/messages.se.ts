import { plural } from '@auta/core';
import { languageName, type ProviderFinderMessages } from './messages.js';

/*
 * Northern Sámi (davvisámegiella, `se`) copy of `<auta-provider-finder>` and
 * `<auta-provider-card>`: a DRAFT awaiting review by a native speaker
 * (docs/content/northern-sami.md). Standard level only; the easy-to-read level falls back
 * to these texts.
 *
 * Terms: Sámediggi's Northern Sámi pages (samediggi.fi/?lang=dav), the Giellatekno/Divvun
 * dictionaries (sátnegirji.org: "girjerádju" library, "gielda" municipality, "eanangoddi"
 * region, "digidoarja" digital support, "hehttehisvuohta" freedom from barriers), the
 * Ombudsman for Equality's Northern Sámi page for the Sámi languages' names
 * (yhdenvertaisuusvaltuutettu.fi/se: davvisámegiella, anárašgiella, nuortalašgiella).
 * Counts use `Intl.PluralRules('se')`: `one`, `two` (the verb in the dual) and `other`.
 */

/* Languages by name in Northern Sámi (lower case, as in running text); others: the Finnish name. */
const LANGUAGE_NAMES: Record<string, string> = {
  fi: 'suomagiella',
  sv: 'ruoŧagiella',
  en: 'eaŋgalsgiella',
  se: 'davvisámegiella',
  smn: 'anárašgiella',
  sms: 'nuortalašgiella',
  fse: 'suoma seavagiella',
  fss: 'suomaruoŧŧelaš seavagiella',
  ru: 'ruoššagiella',
  et: 'esttegiella',
  ar: 'arábagiella',
  so: 'somáligiella',
  uk: 'ukrainagiella',
  fa: 'persiagiella',
  ku: 'kurdigiella',
  zh: 'kiinnágiella',
  de: 'duiskkagiella',
  fr: 'fránskkagiella',
  es: 'spánskkagiella',
};

const TOWN = 'Čále du gieldda nama ohcanguttii.';

export const providerFinder: ProviderFinderMessages = {
  searchLabel: 'Oza',
  searchHint: 'Ovdamearkka dihte girjerádjosa namma, gielda dahje poastanummir.',
  searchButton: 'Čájet bohtosiid',
  filtersHeading: 'Ráddje ohcama',
  filtersToggle: (active) => (active === 0 ? 'Ráddje ohcama' : `Ráddje ohcama (${active} válljejuvvon)`),
  areaLabel: 'Gielda dahje eanangoddi',
  areaAll: 'Olles Suopma',
  areaRegions: 'Eanangottit',
  areaMunicipalities: 'Gielddat',
  optionCount: (name, count) => `${name} (${count})`,
  formsLegend: 'Doarjaga hápmi',
  formGroupRemote: 'Gáiddusdoarja',
  formGroupNear: 'Lagašdoarja',
  formGroupTraining: 'Skuvlen',
  languagesLegend: 'Giella',
  accessibilityLegend: 'Lanjaid hehttehisvuohta',
  otherLegend: 'Eará',
  free: 'Nuvttá',
  openNow: 'Rabas dál',
  clearFilters: 'Sihko ráddjemiid',
  sortLabel: 'Ortnet',
  sortRelevance: 'Heivvoleamosat vuos',
  sortName: 'Nama mielde',
  sortDistance: 'Lagamusat vuos',
  nearMe: 'Geavat mu sajádaga',
  locating: 'Du sajádat ohccojuvvo…',
  locationInUse: 'Bohtosat leat ortnegis gaskka mielde du sajádagas.',
  forgetLocation: 'Heaitte geavaheames mu sajádaga',
  locationProblem: (p) =>
    p === 'denied'
      ? 'Du sajádat ii juogaduvvon, danin bohtosat eai leat ortnegis gaskka mielde. Sáhtát čállit du gieldda nama ohcanguttii.'
      : p === 'timeout'
        ? 'Sajádaga ohcan bisttii menddo guhká. Geahččal ođđasit dahje čále du gieldda nama ohcanguttii.'
        : p === 'unsupported'
          ? `Dát neahttalohkki ii sáhte muitalit du sajádaga. ${TOWN}`
          : `Du sajádat ii gávdnon. ${TOWN}`,
  placeSuggestion: (name) => `Čájet dušše ${name}`,
  resultsLabel: 'Ohcanbohtosat',
  // Northern Sámi verbs have a dual: lea (one), leaba (two), leat (more).
  found: (total) => plural('se', total, { one: `Bohtosiin lea ${total} báiki`, two: `Bohtosiin leaba ${total} báikki`, other: `Bohtosiin leat ${total} báikki` }),
  showing: (shown, total) =>
    plural('se', shown, {
      one: `Čájehuvvo ${shown} báiki, oktiibuot ${total}.`,
      two: `Čájehuvvoba ${shown} báikki, oktiibuot ${total}.`,
      other: `Čájehuvvojit ${shown} báikki, oktiibuot ${total}.`,
    }),
  showMore: 'Čájet eanet báikkiid',
  loading: 'Doarjjabáikkit viežžojuvvojit…',
  updating: 'Bohtosat ođasmahttojuvvojit…',
  errorHeading: 'Báikkiid ii sáhttán viežžat',
  loadProblem: (p) =>
    p === 'timeout'
      ? 'Bálvalus ii vástidan áiggis.'
      : p === 'network'
        ? 'Oktavuohta bálvalussii ii lihkostuvvan. Dárkkis interneahttaoktavuođa.'
        : p === 'http'
          ? 'Bálvalus ii doaimma dál.'
          : 'Báikkiid listu lea billašuvvan, iige dan sáhte čájehit.',
  retry: 'Geahččal ođđasit',
  altChannels: 'Eará vuogit doaimmahit ášši',
  emptyHeading: 'Báikkit eai gávdnon',
  emptyText: 'Geahččal eará sániiguin dahje dárkkis čállinvuogi.',
  emptyWithFilters: 'Sáhtát maiddái sihkkut ráddjemiid, de oainnát eanet báikkiid.',
  remoteHeading: 'Veahkki telefovnnas, chatas dahje videos miehtá Suoma',
  remoteText: 'Dát bálvalusat veahkehit beroškeahttá das, gos ásat:',
  partial: (skipped) =>
    plural('se', skipped, {
      one: 'Ovtta báikki ii sáhttán čájehit, go dan dieđuin leat meattáhusat.',
      other: `${skipped} báikki ii sáhttán čájehit, go daid dieđuin leat meattáhusat.`,
    }),
  sampleNote: 'Ovdamearkadieđut: báikkit leat hutkojuvvon.',
  kind: (k) =>
    ({
      library: 'Girjerádju',
      'citizen-advice': 'Álbmotrávvehus',
      'service-point': 'Almmolaš bálvalanbáiki',
      organisation: 'Searvi',
      'adult-education': 'Álbmotallaskuvla',
      municipality: 'Gielda',
      authority: 'Eiseváldi',
      company: 'Fitnodat',
    })[k],
  form: (f) =>
    ({
      phone: 'telefovdna',
      chat: 'chat',
      video: 'videoriŋgen',
      'service-point': 'rávvagat bálvalanbáikkis',
      'peer-group': 'ovttadássásaš doarja',
      'at-home': 'ruktui buktojuvvon doarja',
      'device-training': 'rusttegiid bagadeapmi',
      course: 'kurssat',
    })[f],
  feature: (f) =>
    ({
      stepFree: 'hehttehis johtin',
      inductionLoop: 'induktiosilmmukka',
      accessibleToilet: 'hehttehis wc',
      parking: 'hehttehis biilabáiki',
    })[f],
  language: (code) => LANGUAGE_NAMES[code] ?? languageName(code, 'fi'),
  formsLabel: 'Doarja',
  languagesLabel: 'Gielat',
  addressLabel: 'Čujuhus',
  phoneLabel: 'Telefovdna',
  emailLabel: 'Šleađgapoasta',
  webLabel: 'Neahttasiidu',
  webDefault: 'Neahttasiidu',
  accessibilityLabel: 'Hehttehisvuohta',
  today: (hours, closed) => (closed ? 'Odne gitta.' : `Odne ${hours}.`),
  distance: (text) => text,
  away: (text) => `${text} duohken`,
  nationwide: 'Bálvala olles Suoma',
  freeOfCharge: 'Nuvttá',
  hoursDetails: 'Rahpasanáiggit ja spiehkastagat',
  weekHeading: 'Rahpasanáiggit',
  exceptionsHeading: 'Spiehkastagat',
  noHours: 'Rahpasanáiggit eai leat dieđus.',
  chargeFree: 'nuvttá riŋgen',
  chargeCharged: 'mávssolaš riŋgen',
  sample: 'Ovdamearka',
  searchedFor: (text) => `Čájehuvvojit bohtosat ohcamii ${text}`,
};
