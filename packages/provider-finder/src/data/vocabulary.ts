/**
 * The provider format's vocabulary: the lists of allowed values and the patterns of its
 * text fields. Plain constants, no validator: the search index, the finder's filters and
 * both validators (`schema.ts`, `validate.ts`) read them from here.
 */
export const PROVIDER_KINDS = [
  'library',
  'citizen-advice',
  'service-point',
  'organisation',
  'adult-education',
  'municipality',
  'authority',
  'company',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/**
 * DVV's forms of digital support: remote (phone, chat, video), near (advice at a service
 * point, peer group, support at home) and training (device training, courses).
 */
export const SUPPORT_FORMS = ['phone', 'chat', 'video', 'service-point', 'peer-group', 'at-home', 'device-training', 'course'] as const;
export type SupportForm = (typeof SUPPORT_FORMS)[number];

export const AUDIENCES = [
  'everyone',
  'seniors',
  'immigrants',
  'young-people',
  'families',
  'jobseekers',
  'entrepreneurs',
  'people-with-disabilities',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** PTV's `areaType`. */
export const AREA_TYPES = ['Nationwide', 'NationwideExceptAlandIslands', 'LimitedType'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/** PTV's area kinds; `WellbeingServicesCounty` is the newer one (hyvinvointialue). */
export const AREA_KINDS = ['Municipality', 'Region', 'BusinessSubRegion', 'HospitalDistrict', 'WellbeingServicesCounty'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** PTV's `serviceChargeType` for phone numbers. */
export const SERVICE_CHARGE_TYPES = ['Chargeable', 'FreeOfCharge', 'Other'] as const;
export type ServiceChargeType = (typeof SERVICE_CHARGE_TYPES)[number];

/** Accessibility features of the premises that the finder can filter by. */
export const ACCESSIBILITY_FEATURES = ['stepFree', 'inductionLoop', 'accessibleToilet', 'parking'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/**
 * Languages the finder knows by name. Others are allowed (any ISO 639-1 or 639-3 code).
 * `se` Northern Sámi, `smn` Inari Sámi, `sms` Skolt Sámi (ISO 639-1/-3, as PTV uses them);
 * `fse` Finnish Sign Language and `fss` Finland-Swedish Sign Language (ISO 639-3).
 */
export const KNOWN_LANGUAGES = ['fi', 'sv', 'en', 'se', 'smn', 'sms', 'fse', 'fss', 'ru', 'et', 'ar', 'so', 'uk', 'fa', 'ku', 'zh', 'de', 'fr', 'es'] as const;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const LANGUAGE_CODE = /^[a-z]{2,3}$/;
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const MUNICIPALITY_CODE = /^\d{3}$/;
export const POSTAL_CODE = /^\d{5}$/;
export const DATE = /^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
// PTV writes times as `08:00:00`; quarter hours in PTV itself, any minute accepted here.
export const TIME = /^([01]\d|2[0-4]):[0-5]\d(:[0-5]\d)?$/;
// A control character in data is never meant; it only hides text from a reader.
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const PHONE_NUMBER = /^[0-9 ()+-]{3,25}$/;
export const COUNTRY_PREFIX = /^\+\d{1,4}$/;
export const HTTP_URL = /^https?:/i;
