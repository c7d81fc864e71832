/**
 * Northern Sámi (`se`) words for hours and dates, a draft awaiting a native speaker's
 * review (docs/content/northern-sami.md). Importing this module makes core write hours in Sámi
 * (`FROM_FINNISH.se`) and takes `lang="se"` as Sámi;
 * the elements' own `lang/se.js` modules import it, so a host needs only those.
 *
 * Core writes hours in Finnish and, for Sámi, translates word by word: the Finnish cases
 * map one to one onto Sámi ones (`maanantaista perjantaihin` → `mánnodagas bearjadahkii`,
 * `tiistaina` → `disdaga`, `lauantaisin` → `lávvordagaid`). Dates keep Finland's numbers,
 * the weekday a time adverbial as in Finnish (`tiistaina 12.5.2026` → `disdaga 12.5.2026`;
 * Sámediggi writes dates 23.9.2023). The weekdays are CLDR's `se-FI` words; Chromium's ICU
 * lacks `se` dates, so they are written here, and a Node test holds them equal to
 * `Intl.DateTimeFormat('se-FI')` (test/content/node/northern-sami.test.ts).
 */
import { FROM_FINNISH } from '../hours.js';
import { SUPPORTED_LANGS } from '../lang.js';

// Monday first; per row: the Finnish forms core writes, then the Sámi ones.
const FI = {
  nominative: 'maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai',
  from: 'maanantaista tiistaista keskiviikosta torstaista perjantaista lauantaista sunnuntaista',
  to: 'maanantaihin tiistaihin keskiviikkoon torstaihin perjantaihin lauantaihin sunnuntaihin',
  on: 'maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina',
  every: 'maanantaisin tiistaisin keskiviikkoisin torstaisin perjantaisin lauantaisin sunnuntaisin',
};
const SE: typeof FI = {
  // CLDR se-FI (the forms used in Finland).
  nominative: 'mánnodat disdat gaskavahkku duorastat bearjadat lávvordat sotnabeaivi',
  // Locative "from", illative "to": mánnodagas bearjadahkii.
  from: 'mánnodagas disdagas gaskavahkus duorastagas bearjadagas lávvordagas sotnabeaivvis',
  to: 'mánnodahkii disdahkii gaskavahkkui duorastahkii bearjadahkii lávvordahkii sotnabeaivái',
  // Genitive as a time adverbial: "rahpasa disdaga" (opens on Tuesday).
  on: 'mánnodaga disdaga gaskavahku duorastaga bearjadaga lávvordaga sotnabeaivve',
  // Plural accusative: "lávvordagaid" (on Saturdays).
  every: 'mánnodagaid disdagaid gaskavahkuid duorastagaid bearjadagaid lávvordagaid sotnabeivviid',
};

/** The Sámi word for each Finnish word core writes in hours and dates. */
const WORDS: Record<string, string> = {
  suljettu: 'gitta',
  Suljettu: 'Gitta',
  Avoinna: 'Rabas',
  nyt: 'dál',
  ympäri: 'birra',
  vuorokauden: 'jándora',
  kello: 'diibmu',
  tänään: 'odne',
  huomenna: 'ihttin',
  sulkeutuu: 'giddejuvvo',
  avautuu: 'rahpasa',
  // "Aukioloaikoja ei ole kerrottu." → "Rahpasanáiggit eai leat dieđus."
  Aukioloaikoja: 'Rahpasanáiggit',
  ei: 'eai',
  ole: 'leat',
  kerrottu: 'dieđus',
};
for (const form of Object.keys(FI) as Array<keyof typeof FI>) {
  const se = SE[form].split(' ');
  FI[form].split(' ').forEach((fi, i) => (WORDS[fi] = se[i]!));
}

FROM_FINNISH.se = (fi) => fi.replace(/\p{L}+/gu, (w) => WORDS[w] ?? w);

// `lang="se"` is Northern Sámi from now on (before, it gets English like any language without copy).
if (!SUPPORTED_LANGS.includes('se')) SUPPORTED_LANGS.push('se');
