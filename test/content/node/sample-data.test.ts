// Sample data must be unmistakably fictional (docs/patterns/provider-finder/data.md, "The
// sample data is fictional"): reserved example domains only, phone numbers that can reach no
// one with the right area code for the town, example streets, town names as people write
// them, no real institution as a provider. These tests hold the finder's sample, the
// generator, the stories, the guidance and the test fixtures to that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_PROVIDERS } from '../../../packages/provider-finder/src/data/sample.js';
import { municipality } from '../../../packages/provider-finder/src/data/municipalities.js';
import type { Provider } from '../../../packages/provider-finder/src/data/schema.js';
import { generateProviders } from 'auta-tool-sample-data';

/**
 * Domains reserved for examples (RFC 2606, RFC 6761): example.com/.org/.net and their
 * subdomains, the .example, .invalid and .test TLDs, and the loopback names.
 */
export function isReservedHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(^|\.)example\.(com|org|net)$/.test(h) || /\.(example|invalid|test)$/.test(h) || h === 'localhost' || h === '127.0.0.1' || h === 'stand-in';
}

/**
 * Real hosts a sample may name because the element is meant to link to the real thing, each
 * with its reason. Nothing that could pass for a provider's or an agency's own site.
 */
const REAL_HOSTS: Record<string, string> = {
  'www.suomi.fi': 'Suomi.fi e-Authorizations, the real service a mandate request goes to',
  'api.palvelutietovaranto.suomi.fi': 'the PTV open API the adapter reads',
  'cdn.jsdelivr.net': 'the public CDN in the install instructions',
  'www.npmjs.com': 'the package registry',
  'www.w3.org': 'XML namespaces (SVG) in hostile-markup fixtures',
};

/** Host names of the web addresses and e-mail addresses in `text`. */
export function hostsIn(text: string): string[] {
  const out: string[] = [];
  // A host with a dot and a top-level domain of letters; fragments such as `https://${host}`
  // or `https://user:pass@…` (the part after @ is caught below) are not host names.
  for (const m of text.matchAll(/\bhttps?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![a-z0-9.@:-]*@)/gi)) out.push(m[1]!);
  for (const m of text.matchAll(/[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b/gi)) out.push(m[1]!);
  return out;
}

/** Finnish area codes (trunk prefix included), after Traficom's numbering plan; 04x and 050 are mobile. */
const AREA_CODE = /^0(1[3-9]|[235689])/;

/**
 * A sample phone number must reach no one. Finland has no number range set aside for
 * fiction (we found none in Traficom's numbering regulation 32 or its national numbering
 * plan; Sweden's PTS and Britain's Ofcom keep such ranges), so the sample uses numbers the
 * plan gives no one, with the town's real area code:
 * - after 09 or a three-digit area code (013–019), a subscriber part that begins with 0:
 *   the dialled digits (090…, 0130…) start no national range;
 * - after 02, 03, 05, 06 or 08, where a 0 would dial a national range (020, 030, 050, 060…,
 *   080…), a subscriber part that begins with 19: subscriber numbers begin with 2–9, as a
 *   number dialled without its area code must not start like a short number (112, 116 117,
 *   118, 100 …).
 * Returns why a number fails, or null.
 */
export function whyNotFictional(number: string, areaCode?: string): string | null {
  const digits = number.replace(/[\s-]/g, '').replace(/^\+358/, '0');
  if (!/^0\d{6,11}$/.test(digits)) return `"${number}" is not a Finnish number written with its area code`;
  if (/^0(4\d|50)/.test(digits)) return `"${number}" is a mobile number: Finland has no mobile range for fiction`;
  if (/^0(10|20|29|30|39|60|70|71|73|75|80)/.test(digits)) return `"${number}" is a national or service number (${digits.slice(0, 4)}…): it may belong to someone`;
  const area = AREA_CODE.exec(digits);
  if (!area) return `"${number}" has no Finnish area code`;
  const needs = area[0] === '09' || area[0].length === 3 ? '0' : '19';
  if (!digits.slice(area[0].length).startsWith(needs)) return `"${number}" can be a real subscriber's number: after ${area[0]} the subscriber part must begin with ${needs}`;
  if (areaCode && area[0] !== areaCode) return `"${number}" has area code ${area[0]}, but the town's is ${areaCode}`;
  return null;
}

/** The 019 towns (Traficom's area-code map); the rest follow their region. */
const AREA_019 = new Set(['078', '106', '434', '444', '638', '694', '710']);
const REGION_AREA: Record<string, string> = {
  '01': '09', '02': '02', '04': '02', '05': '03', '06': '03', '07': '03', '08': '05', '09': '05', '10': '015', '11': '017',
  '12': '013', '13': '014', '14': '06', '15': '06', '16': '06', '17': '08', '18': '08', '19': '016', '21': '018',
};
export function areaCodeOf(code: string): string | undefined {
  if (AREA_019.has(code)) return '019';
  const row = municipality(code);
  return row ? REGION_AREA[row.region] : undefined;
}

/** Streets that say they are examples; a sample address uses no other. */
const EXAMPLE_STREET = /^(Esimerkki|Malli|Näyte|Harjoitus|Kokeilu)(katu|tie|kuja|polku)$|^(Exempel|Modell|Prov|Övnings|Försöks)(gatan|vägen|gränden|stigen)$/;

/** Real institutions and real main libraries that no sample provider may be named after. */
const REAL_NAMES = [
  /\bOodi\b/i, /\bMetso\b/i, /\bHelmet\b/i, /\bKela\b/i, /\bFPA\b/, /Verohallinto|Skatteförvaltningen/i, /Digi- ja väestötietovirasto|Myndigheten för digitalisering/i,
  /\bDVV\b/, /\bTraficom\b/i, /\bMaistraatti\b|\bMagistrat\b/i, /TE-toimisto|TE-byrå/i, /Kaupunginkirjasto – Keskustakirjasto/i,
];

/** Addresses of real main libraries and city halls that sample data once came close to. */
const REAL_ADDRESSES = [
  /Kaarlenväylä\s*3\b/i, /Vapaudenkatu\s*39\b/i, /Kirjastonkatu\s*13\b/i, /Tulliportinkatu\s*31\b/i, /Pirkankatu\s*2\b/i,
  /Linnankatu\s*2\b/i, /Töölönlahdenkatu\s*4\b/i, /Maaherrankatu\s*12\b/i, /Jorma Eton tie\s*6\b/i, /Koskikatu\s*25\b/i,
];

/** Every way the provider records can fail the rules, one line each. */
export function providerProblems(providers: readonly Provider[]): string[] {
  const problems: string[] = [];
  for (const p of providers) {
    const at = (what: string) => problems.push(`${p.id}: ${what}`);
    if (p.sample !== true) at('not marked sample: true');
    for (const name of Object.values(p.name)) for (const real of REAL_NAMES) if (real.test(name)) at(`named after a real institution: "${name}"`);
    for (const e of p.emails ?? []) for (const h of hostsIn(`mailto:${e.value}`)) if (!isReservedHost(h)) at(`e-mail at ${h}`);
    for (const w of p.webPages ?? []) for (const h of hostsIn(w.url)) if (!isReservedHost(h)) at(`web page at ${h}`);
    const towns = new Set((p.addresses ?? []).map((a) => a.municipality?.code).filter((c): c is string => !!c));
    const area = towns.size === 1 && p.areaType !== 'Nationwide' ? areaCodeOf([...towns][0]!) : undefined;
    for (const n of p.phoneNumbers ?? []) {
      const why = whyNotFictional(n.number, area);
      if (why) at(why);
    }
    for (const a of p.addresses ?? []) {
      const row = a.municipality ? municipality(a.municipality.code) : undefined;
      for (const [lang, street] of Object.entries(a.street)) {
        if (!EXAMPLE_STREET.test(street)) at(`street "${street}" is not an example street`);
        for (const real of REAL_ADDRESSES) if (real.test(`${street} ${a.streetNumber ?? ''}`)) at(`address of a real building: ${street} ${a.streetNumber}`);
        if (lang === 'sv' && street === a.street.fi) at(`Swedish street name equals the Finnish one: "${street}"`);
      }
      for (const office of Object.values(a.postOffice)) {
        if (office.length > 1 && office === office.toUpperCase()) at(`post office in capitals: "${office}" (write the town as people do)`);
        if (row && office !== row.fi && office !== row.sv) at(`post office "${office}" is not the name of ${row.fi}`);
      }
    }
  }
  return problems;
}

test('the rules catch what they are for', () => {
  assert.equal(isReservedHost('example.fi'), false);
  assert.equal(isReservedHost('palvelu.example.com'), true);
  assert.equal(isReservedHost('kunta.example'), true);
  assert.deepEqual(hostsIn('https://example.fi/x, neuvonta@kela.fi, https://user:pass@example.com/'), ['example.fi', 'kela.fi', 'example.com']);
  assert.match(whyNotFictional('09 123 4567') ?? '', /real subscriber/);
  assert.match(whyNotFictional('040 123 4567') ?? '', /mobile/);
  assert.match(whyNotFictional('0295 123 456') ?? '', /national or service/);
  assert.match(whyNotFictional('09 010 2001', '019') ?? '', /area code 09, but the town's is 019/);
  assert.match(whyNotFictional('02 010 5001') ?? '', /national or service/); // dials 0201 05001
  assert.match(whyNotFictional('03 123 4567') ?? '', /real subscriber/);
  assert.equal(whyNotFictional('03 190 4001', '03'), null);
  assert.equal(whyNotFictional('019 010 2001', '019'), null);
  assert.equal(areaCodeOf('444'), '019'); // Lohja
  assert.equal(areaCodeOf('694'), '019'); // Riihimäki, in Kanta-Häme
  assert.equal(areaCodeOf('109'), '03'); // Hämeenlinna
  const bad = structuredClone(SAMPLE_PROVIDERS[0]!) as Provider;
  bad.name = { fi: 'Kaupunginkirjasto Oodi' };
  bad.emails = [{ value: 'neuvonta@example.fi' }];
  bad.phoneNumbers = [{ number: '09 310 85000', serviceChargeType: 'Chargeable' }];
  bad.addresses = [{ ...bad.addresses![0]!, street: { fi: 'Töölönlahdenkatu', sv: 'Tölöviksgatan' }, streetNumber: '4', postOffice: { fi: 'HELSINKI' } }];
  const found = providerProblems([bad]).join('\n');
  for (const expected of [/real institution/, /e-mail at example\.fi/, /real subscriber/, /not an example street/, /real building/, /capitals/]) assert.match(found, expected);
});

test('the finder’s sample providers are fictional', () => {
  assert.ok(SAMPLE_PROVIDERS.length > 30);
  assert.deepEqual(providerProblems(SAMPLE_PROVIDERS), []);
});

test('the generated providers are fictional, with the area code of their town', () => {
  // The seeds the stories and the tests use.
  for (const [count, seed] of [[2000, 7], [3000, 11]] as const) assert.deepEqual(providerProblems(generateProviders(count, seed)).slice(0, 10), []);
});

const files = (dir: string, keep: (f: string) => boolean): string[] =>
  (existsSync(dir) ? readdirSync(dir) : []).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(p).isDirectory() ? files(p, keep) : keep(p) ? [p] : [];
  });

/**
 * Where sample data is written for people to see or copy: the stories, the guidance and its
 * examples, the package READMEs, the test fixtures and tests, the bench's content. Not
 * docs/content (it cites its real sources) and not PTV's recorded exports (real-world shapes).
 */
const textScope = (): string[] => [
  ...files('stories', (f) => /\.(ts|mdx|json)$/.test(f)),
  ...files('docs', (f) => /\.(md|mdx|html|mjs|ts|tsx|vue|json)$/.test(f) && !f.startsWith(join('docs', 'content'))),
  ...readdirSync('packages').filter((pkg) => statSync(join('packages', pkg)).isDirectory()).flatMap((pkg) => [
    ...files(join('packages', pkg), (f) => /README\.md$/.test(f)),
    ...files(join('packages', pkg, 'test'), (f) => /\.(ts|html|json|mjs)$/.test(f) && !f.includes(join('ptv', 'test', 'fixtures'))),
  ]),
  ...files('test', (f) => /\.(ts|txt|html|mjs)$/.test(f) && !f.startsWith(join('test', 'content'))),
  ...files(join('scripts', 'bench', 'fixtures'), (f) => /\.m?js$/.test(f)),
  'README.md',
];

test('sample web and e-mail addresses use reserved example domains', () => {
  const found: string[] = [];
  for (const file of textScope()) {
    const text = readFileSync(file, 'utf8');
    for (const host of hostsIn(text)) if (!isReservedHost(host) && !(host.toLowerCase() in REAL_HOSTS)) found.push(`${file}: ${host}`);
  }
  assert.deepEqual([...new Set(found)], []);
});

/**
 * Numbers shown only to show how a kind of number is written or what it costs (a mobile, a
 * freephone, a premium or a nationwide service number). Finland has no fiction range for these
 * kinds and no form that is sure to be unassigned, so each is listed here on purpose; a sample
 * provider or agency never uses one.
 */
const FORMAT_EXAMPLES = new Set(['0401234567', '040 123 4567', '0400 123 456', '0800123456', '0800 123 456', '0600 123 456', '0700 123 456', '0295530010', '+358295530010', '020 692 204', '+46 8 123 456 78']);

/** The Finnish phone numbers written in `text`: grouped, compact, international or in a tel: link. */
export function phonesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/tel:(\+?\d{5,})/g)) out.push(m[1]!);
  for (const m of text.matchAll(/(?<![\w.,:/+-])(\+358(?: ?\d){6,11}|0\d{1,3}(?: \d{2,4}){1,3}|0\d{8,10})(?![\w.,]\d)/g)) out.push(m[1]!.trim());
  return out;
}

test('sample phone numbers in stories, guidance and READMEs reach no one', () => {
  assert.deepEqual(phonesIn('<a href="tel:+35890103456">09 010 3456</a>, kello 9–16, 00100 Helsinki'), ['+35890103456', '09 010 3456']);
  const scope = [
    ...files('stories', (f) => /\.(ts|mdx)$/.test(f)),
    ...files(join('docs', 'patterns'), (f) => /\.(md|html)$/.test(f)),
    ...readdirSync('packages').map((pkg) => join('packages', pkg, 'README.md')).filter((f) => existsSync(f)),
    'README.md',
  ];
  const found: string[] = [];
  for (const file of scope) {
    for (const n of phonesIn(readFileSync(file, 'utf8'))) {
      if (FORMAT_EXAMPLES.has(n) || /^(112|116 ?\d{3})$/.test(n)) continue;
      const why = whyNotFictional(n);
      if (why) found.push(`${file}: ${why}`);
    }
  }
  assert.deepEqual([...new Set(found)], []);
});
