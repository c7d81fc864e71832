/**
 * Seeded synthetic provider data for tests and benchmarks: realistic names (Finnish
 * compounds such as Pääkirjasto, Digituki, Asiointipiste), real municipality names and
 * codes with approximate coordinates, opening hours, phone numbers that reach no one.
 * Every record is marked `sample: true`.
 *
 *   npx tsx tools/sample-data/generate-providers.ts 100000 > providers.json
 *   npx tsx tools/sample-data/generate-providers.ts 10000 --seed 7 --out /tmp/providers-10k.json
 *
 * `generateProviders(count, seed)` is importable from Node and from browser tests.
 */
import type { Provider, SupportForm, ProviderKind, Audience } from '../../packages/provider-finder/src/data/schema.js';
import { MUNICIPALITIES as EVERY_MUNICIPALITY } from '../../packages/provider-finder/src/data/municipalities.js';
import { MUNICIPALITIES, type Municipality } from './municipalities.js';

/** mulberry32: a small, fast PRNG whose sequence depends only on the seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NICKNAMES = [
  'Lähde', 'Virta', 'Koivu', 'Kallio', 'Aalto', 'Tähti', 'Kide', 'Sarastus', 'Helmi', 'Kumpu', 'Saari', 'Ranta', 'Metsä',
  'Niitty', 'Tuuli', 'Lumo', 'Tammi', 'Pihlaja', 'Kaisla', 'Ruusu', 'Kanerva', 'Vaahtera', 'Otava', 'Revontuli', 'Kuura',
  'Louhi', 'Aamu', 'Ilta', 'Selkä', 'Harju', 'Kivikko', 'Mäntylä', 'Rantala', 'Myllypuro', 'Kaukola', 'Kuusela', 'Pajulahti',
  'Sävel', 'Kipinä', 'Verso', 'Silta', 'Polku', 'Tori', 'Kulma', 'Satama', 'Majakka', 'Puisto', 'Lehto', 'Kaarna', 'Hiekka',
];

type Names = { fi: string; sv: string; en: string };
const KINDS: Array<{ kind: ProviderKind; weight: number; names: Array<(n: string) => Names>; forms: SupportForm[] }> = [
  {
    kind: 'library',
    weight: 30,
    names: [
      (n) => ({ fi: `Pääkirjasto ${n}`, sv: `Huvudbiblioteket ${n}`, en: `${n} Main Library` }),
      (n) => ({ fi: `Kaupunginkirjasto ${n}`, sv: `Stadsbiblioteket ${n}`, en: `${n} City Library` }),
      (n) => ({ fi: `Lähikirjasto ${n}`, sv: `Närbiblioteket ${n}`, en: `${n} Local Library` }),
      (n) => ({ fi: `Kirjastoauto ${n}`, sv: `Biblioteksbussen ${n}`, en: `${n} Mobile Library` }),
    ],
    forms: ['service-point', 'device-training', 'course', 'peer-group'],
  },
  {
    kind: 'citizen-advice',
    weight: 6,
    names: [(n) => ({ fi: `Kansalaisneuvonta ${n}`, sv: `Medborgarrådgivningen ${n}`, en: `${n} Citizen Advice` })],
    forms: ['phone', 'chat', 'service-point', 'video'],
  },
  {
    kind: 'service-point',
    weight: 12,
    names: [
      (n) => ({ fi: `Asiointipiste ${n}`, sv: `Servicepunkten ${n}`, en: `${n} Service Point` }),
      (n) => ({ fi: `Yhteispalvelupiste ${n}`, sv: `Samservicepunkten ${n}`, en: `${n} Joint Service Point` }),
    ],
    forms: ['service-point', 'phone'],
  },
  {
    kind: 'organisation',
    weight: 18,
    names: [
      (n) => ({ fi: `Digituki ${n} ry`, sv: `Digistöd ${n} rf`, en: `${n} Digital Support Association` }),
      (n) => ({ fi: `Vertaistukiryhmä ${n}`, sv: `Kamratstödsgruppen ${n}`, en: `${n} Peer Support Group` }),
      (n) => ({ fi: `Senioridigi ${n}`, sv: `Seniordigi ${n}`, en: `${n} Senior Digital Help` }),
    ],
    forms: ['peer-group', 'at-home', 'device-training', 'phone'],
  },
  {
    kind: 'adult-education',
    weight: 10,
    names: [
      (n) => ({ fi: `Kansalaisopisto ${n}`, sv: `Medborgarinstitutet ${n}`, en: `${n} Adult Education Centre` }),
      (n) => ({ fi: `Työväenopisto ${n}`, sv: `Arbetarinstitutet ${n}`, en: `${n} Workers' Institute` }),
    ],
    forms: ['course', 'device-training'],
  },
  {
    kind: 'municipality',
    weight: 12,
    names: [
      (n) => ({ fi: `Kaupungin digituki ${n}`, sv: `Stadens digistöd ${n}`, en: `${n} City Digital Support` }),
      (n) => ({ fi: `Kunnan asiointipalvelu ${n}`, sv: `Kommunens ärendeservice ${n}`, en: `${n} Municipal Customer Service` }),
    ],
    forms: ['service-point', 'phone', 'at-home'],
  },
  {
    kind: 'authority',
    weight: 6,
    names: [(n) => ({ fi: `Viraston palvelupiste ${n}`, sv: `Myndighetens servicepunkt ${n}`, en: `${n} Agency Service Point` })],
    forms: ['service-point', 'phone', 'chat', 'video'],
  },
  {
    kind: 'company',
    weight: 6,
    names: [
      (n) => ({ fi: `Tietotupa ${n} Oy`, sv: `Tietotupa ${n} Ab`, en: `Tietotupa ${n} Ltd` }),
      (n) => ({ fi: `Mobiilituki ${n} Oy`, sv: `Mobilstöd ${n} Ab`, en: `${n} Mobile Support Ltd` }),
    ],
    forms: ['device-training', 'at-home', 'phone'],
  },
];

const SENTENCES: Record<SupportForm, Names> = {
  phone: { fi: 'Neuvomme puhelimessa sähköisten palvelujen käytössä.', sv: 'Vi ger råd per telefon om e-tjänster.', en: 'We give advice on e-services by phone.' },
  chat: { fi: 'Chatissa saat apua verkkoasiointiin.', sv: 'I chatten får du hjälp med e-tjänster.', en: 'Our chat helps with online services.' },
  video: { fi: 'Voit varata videoneuvonnan.', sv: 'Du kan boka rådgivning per video.', en: 'You can book advice by video.' },
  'service-point': { fi: 'Tule asiointipisteeseen, autamme tunnistautumisessa ja lomakkeissa.', sv: 'Kom till servicepunkten, vi hjälper med identifiering och blanketter.', en: 'Visit us for help with identification and forms.' },
  'peer-group': { fi: 'Vertaisohjaajat neuvovat kädestä pitäen.', sv: 'Kamrathandledare hjälper steg för steg.', en: 'Peer tutors guide you step by step.' },
  'at-home': { fi: 'Digitukihenkilö voi tulla kotiisi.', sv: 'En digistödjare kan komma hem till dig.', en: 'A digital support person can visit your home.' },
  'device-training': { fi: 'Opastamme älypuhelimen ja tabletin käytössä.', sv: 'Vi handleder i att använda smarttelefon och surfplatta.', en: 'We teach how to use smartphones and tablets.' },
  course: { fi: 'Järjestämme kursseja verkkopankista ja Suomi.fi-palveluista.', sv: 'Vi ordnar kurser om nätbank och Suomi.fi-tjänster.', en: 'We run courses on online banking and Suomi.fi services.' },
};

/**
 * Example streets only: names that say they are examples (Esimerkkikatu, Mallitie …), so a
 * generated address can never be a real building. The Swedish name is used only where the
 * municipality is bilingual or Swedish (see `STREET_LANGUAGES`).
 */
const STREETS: Array<{ fi: string; sv: string }> = [
  { fi: 'Esimerkkikatu', sv: 'Exempelgatan' },
  { fi: 'Mallitie', sv: 'Modellvägen' },
  { fi: 'Näytekuja', sv: 'Provgränden' },
  { fi: 'Harjoituspolku', sv: 'Övningsstigen' },
  { fi: 'Kokeilukatu', sv: 'Försöksgatan' },
  { fi: 'Esimerkkitie', sv: 'Exempelvägen' },
  { fi: 'Mallikuja', sv: 'Modellgränden' },
  { fi: 'Näytepolku', sv: 'Provstigen' },
  { fi: 'Harjoituskatu', sv: 'Övningsgatan' },
  { fi: 'Kokeilutie', sv: 'Försöksvägen' },
];

type Hours = NonNullable<Provider['serviceHours']>;
const weekdays = (from: string, to: string, dayTo: 'Friday' | 'Thursday' = 'Friday'): Hours[number] => ({
  serviceHourType: 'DaysOfTheWeek',
  openingHour: [{ dayFrom: 'Monday', dayTo, from, to }],
});
const HOURS: Hours[] = [
  [weekdays('09:00', '16:00')],
  [weekdays('08:00', '20:00'), { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Saturday', from: '10:00', to: '16:00' }] }],
  [weekdays('10:00', '18:00', 'Thursday'), { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Friday', from: '10:00', to: '14:00' }] }],
  [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Tuesday', from: '13:00', to: '15:00' }, { dayFrom: 'Thursday', from: '10:00', to: '12:00' }] }],
  [weekdays('12:00', '15:00'), { serviceHourType: 'Exceptional', validFrom: '2026-12-24', validTo: '2026-12-26', isClosed: true }],
  [{ serviceHourType: 'OverMidnight', openingHour: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '18:00', to: '02:00' }] }, weekdays('09:00', '15:00')],
  [{ serviceHourType: 'DaysOfTheWeek', isAlwaysOpen: true }],
];

const AUDIENCE_POOL: Audience[] = ['seniors', 'immigrants', 'young-people', 'families', 'jobseekers', 'entrepreneurs', 'people-with-disabilities'];
// The municipalities of the Sámi homeland: those with an official Sámi name.
const SAMI_MUNICIPALITIES = new Set(EVERY_MUNICIPALITY.filter((m) => m.se).map((m) => m.code));
const SWEDISH_REGIONS = new Set(['01', '02', '15', '21']);
const AREA_CODE: Record<string, string> = {
  '01': '09', '02': '02', '04': '02', '05': '03', '06': '03', '07': '03', '08': '05', '09': '05', '10': '015', '11': '017',
  '12': '013', '13': '014', '14': '06', '15': '06', '16': '06', '17': '08', '18': '08', '19': '016', '21': '018',
};
/** The towns of Uusimaa and Kanta-Häme whose area code is 019, not their region's (Traficom's area-code map). */
const AREA_019 = new Set(['078', '106', '434', '444', '638', '694', '710']);
/** Area code of a municipality: its region's, but 019 for the towns of the 019 area. */
export function areaCodeOf(code: string, region: string): string {
  return AREA_019.has(code) ? '019' : (AREA_CODE[region] ?? '09');
}
/**
 * Languages of street names and post offices: bilingual municipalities write both, Närpes and
 * Mariehamn Swedish only, the rest Finnish only (Government Decree on the language status of
 * municipalities for 2023–2032; Åland by its Autonomy Act). Only the generator's towns are listed.
 */
const BILINGUAL = new Set(['091', '049', '092', '235', '257', '753', '444', '638', '434', '710', '078', '853', '445', '322', '905', '499', '598', '287', '231', '272']);
const SWEDISH_ONLY = new Set(['545', '478']);
/**
 * A number no one can have: after 09 or a three-digit area code the subscriber part begins
 * with 0 (the digits 090…, 0130… start no national range); after 02, 03, 05, 06 or 08 a 0
 * would dial a national range (020, 030, 050, 060…, 080…), so there it begins with 19.
 */
export function fictionalNumber(area: string, digits: string): string {
  return area === '09' || area.length === 3 ? `${area} 0${digits.slice(0, 2)} ${digits.slice(2)}` : `${area} 19${digits.slice(0, 1)} ${digits.slice(1)}`;
}
function inTownLanguages(code: string, text: { fi: string; sv: string }): { fi?: string; sv?: string } {
  if (SWEDISH_ONLY.has(code)) return { sv: text.sv };
  return BILINGUAL.has(code) ? { fi: text.fi, sv: text.sv } : { fi: text.fi };
}

/** `count` providers from `seed`: the same arguments give the same data, in any runtime. */
export function generateProviders(count: number, seed = 1): Provider[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const weighted = <T extends { weight: number }>(list: readonly T[]): (() => T) => {
    const total = list.reduce((s, x) => s + x.weight, 0);
    return () => {
      let x = rnd() * total;
      for (const item of list) if ((x -= item.weight) < 0) return item;
      return list[list.length - 1]!;
    };
  };
  const pickKind = weighted(KINDS);
  const pickMunicipality = weighted(MUNICIPALITIES);
  const out: Provider[] = [];
  for (let i = 0; i < count; i++) {
    const k = pickKind();
    const muni: Municipality = pickMunicipality();
    const nick = `${pick(NICKNAMES)}${rnd() < 0.3 ? ` ${pick(NICKNAMES)}` : ''}`;
    const names = pick(k.names)(nick);
    const name = { fi: `${names.fi}, ${muni.fi}`, sv: `${names.sv}, ${muni.sv}`, en: `${names.en}, ${muni.fi}` };
    const forms = [...new Set([pick(k.forms), ...k.forms.filter(() => rnd() < 0.35)])];
    const nationwide = (forms.every((f) => f === 'phone' || f === 'chat' || f === 'video') && rnd() < 0.5) || rnd() < 0.04;
    const languages = ['fi'];
    if (SWEDISH_REGIONS.has(muni.region) ? rnd() < 0.6 : rnd() < 0.15) languages.push('sv');
    if (rnd() < 0.4) languages.push('en');
    if (SAMI_MUNICIPALITIES.has(muni.code)) languages.push(...['se', 'smn', 'sms'].filter(() => rnd() < 0.6));
    if (rnd() < 0.03) languages.push('fse');
    if (rnd() < 0.01) languages.push('fss');
    for (const l of ['ru', 'et', 'ar', 'so', 'uk']) if (rnd() < 0.04) languages.push(l);
    const description = {
      fi: forms.map((f) => SENTENCES[f].fi).join(' '),
      sv: forms.map((f) => SENTENCES[f].sv).join(' '),
      en: forms.map((f) => SENTENCES[f].en).join(' '),
    };
    const area = areaCodeOf(muni.code, muni.region);
    const digits = String(Math.floor(rnd() * 100000)).padStart(5, '0');
    const provider: Provider = {
      id: `gen-${seed}-${i}`,
      name,
      description,
      kind: k.kind,
      supportForms: forms,
      languages,
      areaType: nationwide ? 'Nationwide' : 'LimitedType',
      serviceHours: pick(HOURS),
      // Numbers the plan gives no one, with the town's area code (docs/patterns/provider-finder/data.md).
      phoneNumbers: [{ number: fictionalNumber(area, digits), serviceChargeType: rnd() < 0.8 ? 'Chargeable' : 'FreeOfCharge' }],
      emails: [{ value: `${k.kind}.${i}@example.com` }],
      webPages: [{ url: `https://example.com/providers/${i}` }],
      free: rnd() < 0.85,
      sample: true,
    };
    if (!nationwide) {
      const street = pick(STREETS);
      provider.areas = [{ type: 'Municipality', code: muni.code, name: { fi: muni.fi, sv: muni.sv } }];
      provider.addresses = [
        {
          type: 'Location',
          street: inTownLanguages(muni.code, street),
          streetNumber: String(1 + Math.floor(rnd() * 60)),
          postalCode: String(Math.min(99999, Number(muni.postal) + 10 * Math.floor(rnd() * 9))).padStart(5, '0'),
          // Written as people write the town, not in an envelope's capitals.
          postOffice: inTownLanguages(muni.code, { fi: muni.fi, sv: muni.sv }),
          municipality: { code: muni.code, name: { fi: muni.fi, sv: muni.sv } },
          latitude: Math.round((muni.lat + (rnd() - 0.5) * 0.08) * 1e6) / 1e6,
          longitude: Math.round((muni.lon + (rnd() - 0.5) * 0.16) * 1e6) / 1e6,
        },
      ];
      provider.accessibility = { stepFree: rnd() < 0.7, inductionLoop: rnd() < 0.3, accessibleToilet: rnd() < 0.5 };
    }
    const audience = AUDIENCE_POOL.filter(() => rnd() < 0.15);
    provider.audience = audience.length ? audience : ['everyone'];
    out.push(provider);
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const { writeFileSync } = await import('node:fs');
  if (argv.includes('--help')) {
    console.log('Usage: npx tsx tools/sample-data/generate-providers.ts COUNT [--seed N] [--out FILE]');
    return;
  }
  const count = Number(argv.find((a) => /^\d+$/.test(a)) ?? 1000);
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 1;
  const outAt = argv.indexOf('--out');
  const json = JSON.stringify(generateProviders(count, seed));
  if (outAt >= 0 && argv[outAt + 1]) writeFileSync(argv[outAt + 1]!, json);
  else process.stdout.write(json);
}

// Run as a CLI only when started directly under Node, never when imported.
if (typeof process !== 'undefined' && process.argv?.[1]?.endsWith('generate-providers.ts') && import.meta.url.endsWith('/generate-providers.ts')) {
  await main(process.argv.slice(2));
}
