/**
 * The validator the loader runs: written for the provider schema alone, so a page with a
 * finder does not carry a general validation library and the schema built with it.
 *
 * It mirrors `schema.ts` (the valibot schema, the single source of truth for the types and
 * the published JSON Schema) rule by rule and gives the same answer: the same output, and
 * the same issues (path, message, what was received) in the same order. A type error stops
 * the checks of the value that has it (and of every value holding it); a failed check does
 * not, so one field can have several issues. `test/node/validator-agreement.test.ts` holds
 * the two to that on the sample data, generated data and the hostile corpus.
 */
import { safeUrl } from '@auta/core';
import { FINLAND_BOUNDS, REGION_CODES } from './geo.js';
import {
  AREA_KINDS,
  AREA_TYPES,
  AUDIENCES,
  CONTROL,
  COUNTRY_PREFIX,
  DATE,
  HTTP_URL,
  LANGUAGE_CODE,
  LANGUAGE_TAG,
  MUNICIPALITY_CODE,
  PHONE_NUMBER,
  POSTAL_CODE,
  PROVIDER_KINDS,
  SERVICE_CHARGE_TYPES,
  SUPPORT_FORMS,
  TIME,
  WEEKDAY_NAMES,
} from './vocabulary.js';

export type IssuePath = Array<string | number>;

/** What is wrong with one value: where (relative to what was checked), what, and what was there. */
export interface Issue {
  path: IssuePath;
  message: string;
  received: string;
}

/** A value's checker: the output, or `BAD` when the value's type is wrong (its checks did not run). */
export type Checker = ((input: unknown, path: IssuePath, issues: Issue[]) => unknown) & { optional?: true };

const BAD = Symbol('bad');

/** How a value is named in an issue: strings quoted, objects by their constructor. */
export function received(input: unknown): string {
  const type = typeof input;
  if (type === 'string') return `"${input as string}"`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return String(input);
  if (type === 'object' || type === 'function') {
    const proto = input ? (Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null) : undefined;
    return proto?.constructor?.name ?? 'null';
  }
  return type;
}

const add = (issues: Issue[], path: IssuePath, message: string, got: string) => issues.push({ path: path.slice(), message, received: got });
const standard = (label: string, expected: string | null, got: string) => `Invalid ${label}: ${expected ? `Expected ${expected} but r` : 'R'}eceived ${got}`;

/* ---------- types ---------- */

const typed =
  (is: (x: unknown) => boolean, expected: string, message?: string): Checker =>
  (x, path, issues) => {
    if (is(x)) return x;
    add(issues, path, message ?? standard('type', expected, received(x)), received(x));
    return BAD;
  };

const notArray = typed(() => false, 'Array');
const notObject = typed(() => false, 'Object');
const string = typed((x) => typeof x === 'string', 'string');
const number = typed((x) => typeof x === 'number' && !Number.isNaN(x), 'number');
const boolean = typed((x) => typeof x === 'boolean', 'boolean');
const picklist = (options: readonly string[], message: string) => typed((x) => options.includes(x as string), '', message);

/** A check on a value of the right type: a message, or nothing when it holds. */
type Rule = (value: never) => [message: string, got: string] | undefined;

/** A type, then its rules: each rule runs (and may add an issue) while the type holds. */
const pipe =
  (type: Checker, ...rules: Rule[]): Checker =>
  (x, path, issues) => {
    const out = type(x, path, issues);
    if (out === BAD) return BAD;
    for (const rule of rules) {
      const issue = rule(out as never);
      if (issue) add(issues, path, issue[0], issue[1]);
    }
    return out;
  };

const maxLength =
  (max: number, message?: string): Rule =>
  (s: { length: number }) =>
    s.length > max ? [message ?? standard('length', `<=${max}`, `${s.length}`), `${s.length}`] : undefined;
const minLength =
  (min: number, message?: string): Rule =>
  (s: { length: number }) =>
    s.length < min ? [message ?? standard('length', `>=${min}`, `${s.length}`), `${s.length}`] : undefined;
const regex =
  (re: RegExp, message: string): Rule =>
  (s: string) =>
    re.test(s) ? undefined : [message, received(s)];
const check =
  <T>(ok: (value: T) => boolean, message: string): Rule =>
  (value: T) =>
    ok(value) ? undefined : [message, received(value)];
const finite: Rule = (x: number) => (Number.isFinite(x) ? undefined : [standard('finite', null, received(x)), received(x)]);
const atLeast =
  (min: number, message: string): Rule =>
  (x: number) =>
    x >= min ? undefined : [message, received(x)];
const atMost =
  (max: number, message: string): Rule =>
  (x: number) =>
    x <= max ? undefined : [message, received(x)];

/* ---------- structures ---------- */

const optional = (inner: Checker): Checker => Object.assign((x: unknown, path: IssuePath, issues: Issue[]) => (x === undefined ? x : inner(x, path, issues)), { optional: true as const });

const array =
  (item: Checker): Checker =>
  (x, path, issues) => {
    if (!Array.isArray(x)) return notArray(x, path, issues);
    const out: unknown[] = [];
    let ok = true;
    for (let i = 0; i < x.length; i++) {
      path.push(i);
      const value = item(x[i], path, issues);
      path.pop();
      if (value === BAD) ok = false;
      out.push(value);
    }
    return ok ? out : BAD;
  };

/** Only the entries' own keys are read into a fresh object, in the entries' order. */
export const object =
  (entries: Record<string, Checker>): Checker =>
  (x, path, issues) => {
    if (!x || typeof x !== 'object') return notObject(x, path, issues);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key in entries) {
      const entry = entries[key]!;
      path.push(key);
      if (key in x) {
        const value = entry((x as Record<string, unknown>)[key], path, issues);
        if (value === BAD) ok = false;
        out[key] = value;
      } else if (!entry.optional) {
        add(issues, path, standard('key', `"${key}"`, 'undefined'), 'undefined');
        ok = false;
      }
      path.pop();
    }
    return ok ? out : BAD;
  };

/** Text by language code (any key when `languageKeys` is false); keys like `__proto__` are never copied. */
const record =
  (text: Checker, languageKeys = true): Checker =>
  (x, path, issues) => {
    if (!x || typeof x !== 'object') return notObject(x, path, issues);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key in x) {
      if (!Object.prototype.hasOwnProperty.call(x, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
      path.push(key);
      if (languageKeys && !LANGUAGE_TAG.test(key)) add(issues, path, 'a language code such as fi, sv, en or se', received(key));
      const value = text((x as Record<string, unknown>)[key], path, issues);
      path.pop();
      if (value === BAD) ok = false;
      out[key] = value;
    }
    return ok ? out : BAD;
  };

/* ---------- the provider schema, as in schema.ts ---------- */

const text = (max: number) => pipe(string, maxLength(max, `at most ${max} characters`), check((s: string) => !CONTROL.test(s), 'control characters are not allowed'));
const fewLanguages = check((t: object) => Object.keys(t).length <= 40, 'at most 40 languages');
const localized = pipe(record(text(5000)), fewLanguages);
const requiredText = (max: number) =>
  pipe(record(text(max)), check((t: Record<string, string>) => Object.values(t).some((s) => s.trim() !== ''), 'needs text in at least one language'), fewLanguages);
const matching = (re: RegExp, message: string) => pipe(string, regex(re, message));
const date = matching(DATE, 'a date YYYY-MM-DD');
const time = matching(TIME, 'a time HH:MM or HH:MM:SS');
const municipalityCode = matching(MUNICIPALITY_CODE, 'a municipality code has three digits, e.g. 091');
const list = (item: Checker, max: number) => optional(pipe(array(item), maxLength(max)));
const oneOf = (options: readonly string[]) => picklist(options, `one of ${options.join(', ')}`);
const unique = (items: readonly unknown[]) => new Set(items).size === items.length;
const day = (example: string) => picklist(WEEKDAY_NAMES, `a weekday in English, e.g. ${example}`);

const serviceHour = object({
  serviceHourType: picklist(['DaysOfTheWeek', 'Exceptional', 'OverMidnight'], 'DaysOfTheWeek, Exceptional or OverMidnight'),
  validFrom: optional(date),
  validTo: optional(date),
  isClosed: optional(boolean),
  isAlwaysOpen: optional(boolean),
  isReservation: optional(boolean),
  additionalInformation: optional(localized),
  openingHour: list(object({ dayFrom: day('Monday'), dayTo: optional(day('Friday')), from: time, to: time }), 50),
});

const area = pipe(
  object({ type: oneOf(AREA_KINDS), code: pipe(string, minLength(1), maxLength(20)), name: optional(localized) }),
  check((a: { type: string; code: string }) => a.type !== 'Municipality' || MUNICIPALITY_CODE.test(a.code), 'a municipality code has three digits, e.g. 091'),
  check((a: { type: string; code: string }) => a.type !== 'Region' || (REGION_CODES as readonly string[]).includes(a.code), 'a region code is 01–21, e.g. 01 for Uusimaa'),
);

const degrees = (min: number, max: number, what: string) => {
  const message = `a ${what} in Finland (WGS84 degrees)`;
  return optional(pipe(number, finite, atLeast(min, message), atMost(max, message)));
};

const address = pipe(
  object({
    type: picklist(['Location', 'Postal'], 'Location (visiting address) or Postal'),
    street: requiredText(200),
    streetNumber: optional(pipe(string, maxLength(30))),
    postalCode: matching(POSTAL_CODE, 'a postal code of five digits'),
    postOffice: requiredText(100),
    municipality: optional(object({ code: municipalityCode, name: requiredText(100) })),
    latitude: degrees(FINLAND_BOUNDS.south, FINLAND_BOUNDS.north, 'latitude'),
    longitude: degrees(FINLAND_BOUNDS.west, FINLAND_BOUNDS.east, 'longitude'),
    additionalInformation: optional(localized),
  }),
  check((a: { latitude?: number; longitude?: number }) => (a.latitude === undefined) === (a.longitude === undefined), 'latitude and longitude come together'),
);

const phoneNumber = object({
  number: matching(PHONE_NUMBER, 'a phone number, digits and spaces'),
  prefixNumber: optional(matching(COUNTRY_PREFIX, 'a country prefix such as +358')),
  serviceChargeType: picklist(SERVICE_CHARGE_TYPES, 'Chargeable, FreeOfCharge or Other'),
  chargeDescription: optional(localized),
  additionalInformation: optional(localized),
});

// valibot's e-mail pattern, so both validators take the same addresses.
const EMAIL = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
const email = object({ value: pipe(string, maxLength(254), regex(EMAIL, 'an e-mail address')) });

const webPage = object({
  url: pipe(string, maxLength(2048), check((u: string) => HTTP_URL.test(u) && safeUrl(u) !== undefined, 'an http or https address')),
  name: optional(localized),
  language: optional(matching(LANGUAGE_CODE, 'an ISO 639 language code, e.g. fi')),
});

/** The accessibility entries, checked one by one when the whole object fails. */
export const ACCESSIBILITY_FIELDS: Record<string, Checker> = {
  stepFree: optional(boolean),
  inductionLoop: optional(boolean),
  accessibleToilet: optional(boolean),
  parking: optional(boolean),
  description: optional(localized),
};

/** The items of the list fields, checked one by one so one bad item does not cost the others. */
export const LIST_ITEMS: Record<string, Checker> = {
  areas: area,
  addresses: address,
  serviceHours: serviceHour,
  phoneNumbers: phoneNumber,
  emails: email,
  webPages: webPage,
  audience: oneOf(AUDIENCES),
};

const { areas, addresses, serviceHours, phoneNumbers, emails, webPages, audience } = LIST_ITEMS as Record<string, Checker>;

/** A provider's fields, in the schema's order. */
export const PROVIDER_FIELDS: Record<string, Checker> = {
  id: pipe(
    string,
    minLength(1, 'an id is needed'),
    maxLength(200),
    check((s: string) => !CONTROL.test(s) && s.trim() === s, 'no spaces around the id and no control characters'),
  ),
  name: requiredText(300),
  description: optional(localized),
  kind: oneOf(PROVIDER_KINDS),
  supportForms: pipe(array(oneOf(SUPPORT_FORMS)), minLength(1, 'at least one form of support'), check(unique, 'each form once')),
  languages: pipe(
    array(matching(LANGUAGE_CODE, 'an ISO 639 language code, e.g. fi, sv, se, fse')),
    minLength(1, 'at least one language'),
    maxLength(60),
    check(unique, 'each language once'),
  ),
  areaType: oneOf(AREA_TYPES),
  areas: list(areas!, 400),
  addresses: list(addresses!, 20),
  serviceHours: list(serviceHours!, 100),
  phoneNumbers: list(phoneNumbers!, 20),
  emails: list(emails!, 20),
  webPages: list(webPages!, 20),
  free: optional(boolean),
  accessibility: optional(object(ACCESSIBILITY_FIELDS)),
  audience: list(audience!, AUDIENCES.length),
  modified: optional(date),
  sample: optional(typed((x) => x === true, 'true')),
};

export const provider = object(PROVIDER_FIELDS);

/* ---------- a search service's answer (`RemoteSource`) ---------- */

let answer: Checker | undefined;

/** `{ items, total, page?, pageSize?, facets?, searchedFor? }`: made on first use, so pages without a remote source do not carry it. */
export function searchAnswer(): Checker {
  if (answer) return answer;
  const atLeast0 = (x: number) => (x >= 0 ? undefined : [standard('value', '>=0', received(x)), received(x)] as [string, string]);
  const count = (min: number) =>
    pipe(
      number,
      (x: number) => (Number.isInteger(x) ? undefined : [standard('integer', null, received(x)), received(x)]),
      (x: number) => (x >= min ? undefined : [standard('value', `>=${min}`, received(x)), received(x)]),
    );
  const facet = optional(array(object({ value: string, count: count(0), label: optional(record(string, false)) })));
  return (answer = object({
    items: array(
      object({
        provider: (x) => x,
        distanceKm: optional(pipe(number, atLeast0)),
        matched: optional(array(typed((x) => x === 'name' || x === 'address' || x === 'description', '("name" | "address" | "description")'))),
      }),
    ),
    total: count(0),
    page: optional(count(1)),
    pageSize: optional(count(1)),
    facets: optional(object({ municipalities: facet, regions: facet, forms: facet, languages: facet, kinds: facet })),
    searchedFor: optional(pipe(string, maxLength(400))),
  }));
}

/** Runs a checker: the output when there is no issue, else the issues. */
export function validate(checker: Checker, input: unknown): { success: true; output: unknown } | { success: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const output = checker(input, [], issues);
  return issues.length ? { success: false, issues } : { success: true, output };
}
