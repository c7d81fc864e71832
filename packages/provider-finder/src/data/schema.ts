/**
 * The provider data format: one valibot schema is the single source of truth. The
 * TypeScript types below are inferred from it and the published JSON Schema
 * (`schema/providers.schema.json`) is generated from it. The loader runs `validate.ts`, a
 * validator written for this one schema (a few KB instead of valibot and the schema in
 * every page with a finder); a test holds the two to the same answers, issue by issue.
 *
 * Field names follow the PTV (Palvelutietovaranto) open API where a mapping exists
 * (`serviceHours`, `phoneNumbers`, `serviceChargeType`, `areaType`, `areas`, `addresses`,
 * `webPages`, `streetNumber`, `postOffice`), so `@auta/ptv` stays a thin mapping.
 */
import * as v from 'valibot';
import { safeUrl } from '@auta/core';
import { FINLAND_BOUNDS, REGION_CODES } from './geo.js';
// The lists and patterns the validator in `validate.ts` checks against too: one vocabulary.
import * as vocab from './vocabulary.js';

export type {
  AccessibilityFeature,
  AreaKind,
  AreaType,
  Audience,
  ProviderKind,
  ServiceChargeType,
  SupportForm,
} from './vocabulary.js';

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `at most ${max} characters`),
    v.check((s) => !vocab.CONTROL.test(s), 'control characters are not allowed'),
  );

/** Text in several languages: `{ "fi": "…", "sv": "…", "en": "…" }`. Keys are language codes. */
export const LocalizedTextSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(vocab.LANGUAGE_TAG, 'a language code such as fi, sv, en or se')), text(5000)),
  v.check((t) => Object.keys(t).length <= 40, 'at most 40 languages'),
  v.description('Text by language code, e.g. { "fi": "Kirjasto", "sv": "Bibliotek", "en": "Library" }.'),
);

/** Like `LocalizedTextSchema`, but at least one language must have non-blank text. */
const RequiredText = (max: number) =>
  v.pipe(
    v.record(v.pipe(v.string(), v.regex(vocab.LANGUAGE_TAG, 'a language code such as fi, sv, en or se')), text(max)),
    v.check((t) => Object.values(t).some((s) => s.trim() !== ''), 'needs text in at least one language'),
    v.check((t) => Object.keys(t).length <= 40, 'at most 40 languages'),
  );

export const OpeningHourSchema = v.object({
  dayFrom: v.picklist(vocab.WEEKDAY_NAMES, 'a weekday in English, e.g. Monday'),
  dayTo: v.optional(v.picklist(vocab.WEEKDAY_NAMES, 'a weekday in English, e.g. Friday')),
  from: v.pipe(v.string(), v.regex(vocab.TIME, 'a time HH:MM or HH:MM:SS')),
  to: v.pipe(v.string(), v.regex(vocab.TIME, 'a time HH:MM or HH:MM:SS')),
});

/** Service hours in PTV's shape (the shape `@auta/core`'s opening-hours functions read). */
export const ServiceHourSchema = v.object({
  serviceHourType: v.picklist(['DaysOfTheWeek', 'Exceptional', 'OverMidnight'] as const, 'DaysOfTheWeek, Exceptional or OverMidnight'),
  validFrom: v.optional(v.pipe(v.string(), v.regex(vocab.DATE, 'a date YYYY-MM-DD'))),
  validTo: v.optional(v.pipe(v.string(), v.regex(vocab.DATE, 'a date YYYY-MM-DD'))),
  isClosed: v.optional(v.boolean()),
  isAlwaysOpen: v.optional(v.boolean()),
  isReservation: v.optional(v.boolean()),
  additionalInformation: v.optional(LocalizedTextSchema),
  openingHour: v.optional(v.pipe(v.array(OpeningHourSchema), v.maxLength(50))),
});

export const AreaSchema = v.pipe(
  v.object({
    type: v.picklist(vocab.AREA_KINDS, `one of ${vocab.AREA_KINDS.join(', ')}`),
    code: v.pipe(v.string(), v.minLength(1), v.maxLength(20)),
    name: v.optional(LocalizedTextSchema),
  }),
  v.check((a) => a.type !== 'Municipality' || vocab.MUNICIPALITY_CODE.test(a.code), 'a municipality code has three digits, e.g. 091'),
  v.check((a) => a.type !== 'Region' || (REGION_CODES as readonly string[]).includes(a.code), 'a region code is 01–21, e.g. 01 for Uusimaa'),
);

const latitude = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(FINLAND_BOUNDS.south, 'a latitude in Finland (WGS84 degrees)'),
  v.maxValue(FINLAND_BOUNDS.north, 'a latitude in Finland (WGS84 degrees)'),
);
const longitude = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(FINLAND_BOUNDS.west, 'a longitude in Finland (WGS84 degrees)'),
  v.maxValue(FINLAND_BOUNDS.east, 'a longitude in Finland (WGS84 degrees)'),
);

export const AddressSchema = v.pipe(
  v.object({
    type: v.picklist(['Location', 'Postal'] as const, 'Location (visiting address) or Postal'),
    street: RequiredText(200),
    streetNumber: v.optional(v.pipe(v.string(), v.maxLength(30))),
    postalCode: v.pipe(v.string(), v.regex(vocab.POSTAL_CODE, 'a postal code of five digits')),
    postOffice: RequiredText(100),
    /**
     * Left out only when the source cannot say (PTV sends `municipality: null` for
     * addresses its register could not place); the address is then not found by the
     * municipality filter, but still by text and distance.
     */
    municipality: v.optional(
      v.object({
        code: v.pipe(v.string(), v.regex(vocab.MUNICIPALITY_CODE, 'a municipality code has three digits, e.g. 091')),
        name: RequiredText(100),
      }),
    ),
    latitude: v.optional(latitude),
    longitude: v.optional(longitude),
    additionalInformation: v.optional(LocalizedTextSchema),
  }),
  v.check((a) => (a.latitude === undefined) === (a.longitude === undefined), 'latitude and longitude come together'),
);

export const PhoneNumberSchema = v.object({
  number: v.pipe(v.string(), v.regex(vocab.PHONE_NUMBER, 'a phone number, digits and spaces')),
  /** Country prefix, `+358` for Finland; none when `number` is written in national form. */
  prefixNumber: v.optional(v.pipe(v.string(), v.regex(vocab.COUNTRY_PREFIX, 'a country prefix such as +358'))),
  serviceChargeType: v.picklist(vocab.SERVICE_CHARGE_TYPES, 'Chargeable, FreeOfCharge or Other'),
  chargeDescription: v.optional(LocalizedTextSchema),
  additionalInformation: v.optional(LocalizedTextSchema),
});

export const EmailSchema = v.object({
  value: v.pipe(v.string(), v.maxLength(254), v.email('an e-mail address')),
});

export const WebPageSchema = v.object({
  url: v.pipe(
    v.string(),
    v.maxLength(2048),
    v.check((u) => vocab.HTTP_URL.test(u) && safeUrl(u) !== undefined, 'an http or https address'),
  ),
  name: v.optional(LocalizedTextSchema),
  /** The language of the page at this address, when it has one (PTV lists addresses per language). */
  language: v.optional(v.pipe(v.string(), v.regex(vocab.LANGUAGE_CODE, 'an ISO 639 language code, e.g. fi'))),
});

export const AccessibilitySchema = v.object({
  stepFree: v.optional(v.boolean()),
  inductionLoop: v.optional(v.boolean()),
  accessibleToilet: v.optional(v.boolean()),
  parking: v.optional(v.boolean()),
  description: v.optional(LocalizedTextSchema),
});

const uniqueList = <T>(items: readonly T[]) => new Set(items).size === items.length;

/**
 * One support provider. Required: `id`, `name`, `kind`, `supportForms`, `languages`,
 * `areaType`. Everything else is optional, and an invalid optional field (or one invalid
 * item of a list) is dropped by the loader while the rest of the record is kept.
 */
export const ProviderSchema = v.object({
  id: v.pipe(
    v.string(),
    v.minLength(1, 'an id is needed'),
    v.maxLength(200),
    v.check((s) => !vocab.CONTROL.test(s) && s.trim() === s, 'no spaces around the id and no control characters'),
    v.description('Stable identifier, e.g. the PTV service channel id.'),
  ),
  name: v.pipe(RequiredText(300), v.description('Name in fi/sv/en (and other languages).')),
  description: v.optional(v.pipe(LocalizedTextSchema, v.description('What help is on offer, in plain language.'))),
  kind: v.picklist(vocab.PROVIDER_KINDS, `one of ${vocab.PROVIDER_KINDS.join(', ')}`),
  supportForms: v.pipe(
    v.array(v.picklist(vocab.SUPPORT_FORMS, `one of ${vocab.SUPPORT_FORMS.join(', ')}`)),
    v.minLength(1, 'at least one form of support'),
    v.check(uniqueList, 'each form once'),
  ),
  languages: v.pipe(
    v.array(v.pipe(v.string(), v.regex(vocab.LANGUAGE_CODE, 'an ISO 639 language code, e.g. fi, sv, se, fse'))),
    v.minLength(1, 'at least one language'),
    v.maxLength(60),
    v.check(uniqueList, 'each language once'),
    v.description('Languages help is given in: ISO 639-1 or 639-3 codes (fi, sv, en, se, smn, sms, fse, fss …).'),
  ),
  areaType: v.picklist(vocab.AREA_TYPES, `one of ${vocab.AREA_TYPES.join(', ')}`),
  areas: v.optional(v.pipe(v.array(AreaSchema), v.maxLength(400))),
  addresses: v.optional(v.pipe(v.array(AddressSchema), v.maxLength(20))),
  serviceHours: v.optional(v.pipe(v.array(ServiceHourSchema), v.maxLength(100))),
  phoneNumbers: v.optional(v.pipe(v.array(PhoneNumberSchema), v.maxLength(20))),
  emails: v.optional(v.pipe(v.array(EmailSchema), v.maxLength(20))),
  webPages: v.optional(v.pipe(v.array(WebPageSchema), v.maxLength(20))),
  free: v.optional(v.pipe(v.boolean(), v.description('The help is free of charge. Leave out when not known.'))),
  accessibility: v.optional(AccessibilitySchema),
  audience: v.optional(v.pipe(v.array(v.picklist(vocab.AUDIENCES, `one of ${vocab.AUDIENCES.join(', ')}`)), v.maxLength(vocab.AUDIENCES.length))),
  modified: v.optional(v.pipe(v.string(), v.regex(vocab.DATE, 'a date YYYY-MM-DD'))),
  sample: v.optional(v.pipe(v.literal(true), v.description('Fictional example data, not a real provider.'))),
});

/** The published file: a plain array of providers, or an object with `providers`. */
export const ProvidersFileSchema = v.union([
  v.array(ProviderSchema),
  v.object({
    $schema: v.optional(v.string()),
    providers: v.array(ProviderSchema),
  }),
]);

export type Provider = v.InferOutput<typeof ProviderSchema>;
/** A provider as a host writes it (before defaults are filled in): what the finder's `providers` takes. */
export type ProviderInput = v.InferInput<typeof ProviderSchema>;
export type ProviderAddress = v.InferOutput<typeof AddressSchema>;
export type ProviderArea = v.InferOutput<typeof AreaSchema>;
export type ProviderPhoneNumber = v.InferOutput<typeof PhoneNumberSchema>;
export type ProviderEmail = v.InferOutput<typeof EmailSchema>;
export type ProviderWebPage = v.InferOutput<typeof WebPageSchema>;
export type ProviderAccessibility = v.InferOutput<typeof AccessibilitySchema>;
export type ProviderServiceHour = v.InferOutput<typeof ServiceHourSchema>;
