/**
 * The loader's own validator (`src/data/validate.ts`) and the valibot schema (`schema.ts`,
 * the source of the types and of the published JSON Schema) give the same answer: the same
 * output for valid input, the same issues (path, message, what was received) in the same
 * order for invalid input. Checked on the sample data, generated data, every field broken in
 * turn, the hostile corpus in every field, and thousands of seeded random mutations.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { FINLAND_BOUNDS } from '@auta/provider-finder/data.js';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';
import { AccessibilitySchema, ProviderSchema } from '../../src/data/schema.js';
import { ACCESSIBILITY_FIELDS, LIST_ITEMS, PROVIDER_FIELDS, provider, validate, type Checker } from '../../src/data/validate.js';
import { generateProviders } from 'auta-tool-sample-data';
import { BAD_URLS, BROKEN_TEXT, POLLUTION_JSON, STRUCTURES, TEXT_INJECTIONS, WRONG_TYPES } from '../../../../test/hardening/fixtures/hostile.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const samples = (): Loose[] => copy(SAMPLE_PROVIDERS) as unknown as Loose[];

/** An issue as both validators can say it: the keys of its path, its message, what was received. */
const valibotAnswer = (schema: v.GenericSchema, input: unknown) => {
  const r = v.safeParse(schema, input);
  if (r.success) return { success: true, output: r.output as unknown };
  return {
    success: false,
    issues: r.issues.map((i) => ({ path: (i.path ?? []).map((p) => (p as { key: string | number }).key), message: i.message, received: i.received })),
  };
};
const ownAnswer = (checker: Checker, input: unknown) => {
  const r = validate(checker, input);
  return r.success ? { success: true, output: r.output } : { success: false, issues: r.issues };
};

/** Every schema the loader runs, beside its counterpart. */
const itemOf = (key: string): v.GenericSchema => {
  const wrapped = (ProviderSchema.entries[key as keyof typeof ProviderSchema.entries] as unknown as { wrapped: { pipe?: unknown[] } }).wrapped;
  return ((wrapped.pipe?.[0] ?? wrapped) as { item: v.GenericSchema }).item;
};
const PAIRS: Array<[string, v.GenericSchema, Checker]> = [
  ['provider', ProviderSchema as unknown as v.GenericSchema, provider],
  ...Object.keys(PROVIDER_FIELDS).map((k): [string, v.GenericSchema, Checker] => [k, ProviderSchema.entries[k as keyof typeof ProviderSchema.entries] as unknown as v.GenericSchema, PROVIDER_FIELDS[k]!]),
  ...Object.keys(LIST_ITEMS).map((k): [string, v.GenericSchema, Checker] => [`${k}[]`, itemOf(k), LIST_ITEMS[k]!]),
  ...Object.keys(ACCESSIBILITY_FIELDS).map((k): [string, v.GenericSchema, Checker] => [
    `accessibility.${k}`,
    AccessibilitySchema.entries[k as keyof typeof AccessibilitySchema.entries] as unknown as v.GenericSchema,
    ACCESSIBILITY_FIELDS[k]!,
  ]),
];

let compared = 0;
let invalid = 0;
function agree(what: string, input: unknown, pairs = PAIRS): void {
  for (const [name, schema, checker] of pairs) {
    const theirs = valibotAnswer(schema, input);
    const ours = ownAnswer(checker, input);
    assert.deepStrictEqual(ours, theirs, `${what}, checked as ${name}`);
    compared++;
    if (!ours.success) invalid++;
  }
}
/** Checks a whole record, and each of its fields (or only `only`) as the loader does when the record fails. */
function agreeRecord(what: string, record: Loose, only?: string): void {
  agree(what, record, PAIRS.slice(0, 1));
  if (record === null || typeof record !== 'object') return;
  for (const [name, schema, checker] of PAIRS.slice(1)) {
    const [key, rest] = name.split(/(?=\[\])|\./);
    if (only !== undefined && key !== only) continue;
    const value = record[key!];
    if (rest === undefined) agree(`${what}.${key}`, value, [[name, schema, checker]]);
    else if (rest === '[]' && Array.isArray(value)) value.forEach((item, i) => agree(`${what}.${key}[${i}]`, item, [[name, schema, checker]]));
    else if (value && typeof value === 'object') agree(`${what}.${name}`, (value as Loose)[rest.slice(1)], [[name, schema, checker]]);
  }
}

/** Places in a record where a broken value goes: the top-level fields and the nested ones the loader reads. */
const PLACES = [
  'id', 'name', 'name.fi', 'description', 'description.sv', 'kind', 'supportForms', 'supportForms.0', 'languages', 'languages.0', 'areaType',
  'areas', 'areas.0', 'areas.0.code', 'addresses', 'addresses.0', 'addresses.0.street', 'addresses.0.street.fi', 'addresses.0.postalCode',
  'addresses.0.municipality', 'addresses.0.municipality.code', 'addresses.0.latitude', 'addresses.0.longitude', 'serviceHours', 'serviceHours.0',
  'serviceHours.0.openingHour', 'serviceHours.0.openingHour.0.from', 'serviceHours.0.openingHour.0.dayFrom', 'phoneNumbers', 'phoneNumbers.0.number',
  'phoneNumbers.0.prefixNumber', 'phoneNumbers.0.serviceChargeType', 'emails', 'emails.0.value', 'webPages', 'webPages.0.url', 'webPages.0.language',
  'free', 'accessibility', 'accessibility.stepFree', 'accessibility.description', 'audience', 'audience.0', 'modified', 'sample',
];

const TEXT_PLACES = ['id', 'name.fi', 'description.sv', 'addresses.0.street.fi', 'addresses.0.postalCode', 'phoneNumbers.0.number', 'emails.0.value', 'webPages.0.url', 'modified'];

/** A copy of a full sample record (every optional list present) with `value` at `path`. */
function broken(path: string, value: unknown): Loose {
  const record = samples().find((p) => p.areas?.length && p.addresses?.length && p.serviceHours?.[0]?.openingHour?.length && p.phoneNumbers?.length && p.webPages?.length) ?? samples()[0]!;
  record.emails ??= [{ value: 'neuvonta@kunta.example' }];
  record.audience ??= ['seniors'];
  record.accessibility ??= { stepFree: true };
  const keys = path.split('.');
  let target: Loose = record;
  for (const k of keys.slice(0, -1)) target = target[k] as Loose;
  target[keys[keys.length - 1]!] = value;
  return record;
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const ODD_VALUES: unknown[] = [
  ...Object.values(FINLAND_BOUNDS).flatMap((x) => [x, x - 1e-9, x + 1e-9]),
  undefined, null, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 59.9, 19.5, 70.2, 90, true, false, '', ' ', 'x',
  '091', '00100', '99', '01', '21', 'fi', 'FI', 'fi-FI', 'Monday', 'Maanantai', '09:00', '24:00', '25:00', '2026-12-03', 'yesterday',
  'https://kunta.example/', 'javascript:alert(1)', 'neuvonta@kunta.example', 'a@b', '+358', '09 010 2001', 'Nationwide', 'library', 'phone', 'seniors',
  'Municipality', 'Region', 'Location', 'Postal', 'Chargeable', 'DaysOfTheWeek', 'x'.repeat(301), ' padded ', 'tab\there', 'bell\u0007',
  [], [1], ['fi', 'fi'], ['phone', 'chat'], ['phone', 'phone'], ['seniors', 'seniors'], {}, { fi: '' }, { fi: 'Kirjasto' }, { fi: '   ', sv: 'Bibliotek' }, { 'not a language': 'x' },
  { type: 'Municipality', code: '091' }, { type: 'Region', code: '99' }, Object.create(null) as object, new Date(0), Object.assign([], { fi: 'x' }),
];

describe('the loader validator agrees with the valibot schema', () => {
  test('on the sample data and on 300 generated providers', () => {
    for (const [i, p] of samples().entries()) agreeRecord(`sample ${i}`, p);
    for (const [i, p] of (copy(generateProviders(300, 5)) as Loose[]).entries()) agreeRecord(`generated ${i}`, p);
  });

  test('with every hostile value in every place', () => {
    // Text goes where text is read; wrong types and broken text everywhere; big structures where a walker could choke.
    const everywhere = [...BROKEN_TEXT, ...WRONG_TYPES];
    const where: Array<[typeof everywhere, readonly string[]]> = [
      [everywhere, PLACES],
      [[...TEXT_INJECTIONS, ...BAD_URLS], TEXT_PLACES],
      [STRUCTURES, ['name', 'description', 'supportForms', 'addresses', 'addresses.0', 'accessibility']],
    ];
    for (const [values, places] of where) {
      for (const { id, value } of values) {
        for (const place of places) agreeRecord(`${id} at ${place}`, broken(place, value), place.split('.')[0]);
        agree(id, value);
      }
    }
    for (const { id, value } of POLLUTION_JSON) {
      const parsed = JSON.parse(value) as unknown;
      agree(`${id} parsed`, parsed);
      agreeRecord(`${id} merged`, { ...broken('id', 'p'), ...(parsed as object) });
      for (const place of PLACES) agreeRecord(`${id} at ${place}`, broken(place, parsed), place.split('.')[0]);
    }
  });

  test('on 1,500 seeded random mutations of the sample data', () => {
    const next = random(20261203);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    for (let n = 0; n < 1500; n++) {
      const record = broken('id', `m${n}`);
      for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
        const place = pick(PLACES);
        try {
          const keys = place.split('.');
          let target: Loose = record;
          for (const key of keys.slice(0, -1)) target = target[key] as Loose;
          if (next() < 0.1) delete target[keys[keys.length - 1]!];
          else target[keys[keys.length - 1]!] = structuredClone(pick(ODD_VALUES));
        } catch {
          // An earlier mutation replaced the parent with a value that has no such child.
        }
      }
      agreeRecord(`mutation ${n}`, record);
    }
  });

  test('the corpus holds both answers in numbers', () => {
    console.log(`# ${compared} comparisons, ${invalid} of them invalid input`);
    assert.ok(compared > 50_000, `${compared} comparisons`);
    assert.ok(invalid > 10_000 && compared - invalid > 10_000, `${invalid} invalid of ${compared}`);
  });
});
