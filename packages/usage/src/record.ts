/**
 * The help-usage record, version 1: one table (`FIELDS`) names every field a record may
 * have, with its allowed values. The JSON Schema (`usageRecordSchema()`, published as
 * `schema/usage-record.v1.schema.json`), the validator (`checkRecord`) and the browser
 * helper all read this table, so they cannot drift apart.
 *
 * Privacy by construction: every field is an enumerated value, a fixed-shape code or a
 * boolean. There is no free-text field, no identifier, no time finer than an ISO week and
 * no place finer than a municipality, so a record cannot carry a name, a message or a
 * coordinate, whatever an event's detail holds.
 */

export const SCHEMA_VERSION = 1;
export const SCHEMA_ID = 'https://auta.example/schema/usage-record.v1.schema.json';

/** The Auta pattern the record is about. */
export const PATTERNS = [
  'alt-channel',
  'help',
  'service-unavailable',
  'on-behalf',
  'acting-as',
  'provider-finder',
  'help-feedback',
  'accessibility-feedback',
] as const;

/** What the person did. */
export const ACTIONS = ['use-channel', 'choose', 'continue', 'switch', 'search', 'contact-provider', 'open-details', 'answer', 'submit'] as const;

/**
 * Ways of help: the alternative channels (`phone` … `digital-support`), DVV's forms of
 * digital support (`chat` … `course`) and the ways a feedback form asks about (`web`, `other`).
 */
export const CHANNELS = [
  'phone',
  'service-desk',
  'mail',
  'email',
  'digital-support',
  'web',
  'chat',
  'video',
  'service-point',
  'peer-group',
  'at-home',
  'device-training',
  'course',
  'other',
] as const;

/** Kinds of support providers, as in the provider finder's data. */
export const PROVIDER_KINDS = ['library', 'citizen-advice', 'service-point', 'organisation', 'adult-education', 'municipality', 'authority', 'company'] as const;

/** Regions of Finland (maakunta) by Statistics Finland's code; 21 is Åland. */
export const REGION_CODES = ['01', '02', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '21'] as const;

/** Languages of the interface (and Sámi languages, for hosts that add their copy). */
export const LANGS = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const;
export const LANGUAGE_LEVELS = ['standard', 'easy'] as const;
export const ACTING_AS = ['self', 'person', 'organisation'] as const;
export const OUTCOMES = ['helped', 'not-helped', 'reported'] as const;

type Values<T extends readonly string[]> = T[number];

export interface UsageRecord {
  version: typeof SCHEMA_VERSION;
  /** ISO 8601 week, `2026-W49`: the finest time a record carries. */
  week: string;
  pattern: Values<typeof PATTERNS>;
  action: Values<typeof ACTIONS>;
  lang: Values<typeof LANGS>;
  languageLevel: Values<typeof LANGUAGE_LEVELS>;
  channel?: Values<typeof CHANNELS>;
  providerKind?: Values<typeof PROVIDER_KINDS>;
  /** Statistics Finland municipality code, `091`. */
  municipality?: string;
  region?: Values<typeof REGION_CODES>;
  providerOpen?: boolean;
  actingAs?: Values<typeof ACTING_AS>;
  outcome?: Values<typeof OUTCOMES>;
}

type FieldSpec =
  | { kind: 'enum'; values: readonly string[]; required: boolean; description: string }
  | { kind: 'pattern'; pattern: RegExp; required: boolean; description: string; example: string }
  | { kind: 'boolean'; required: boolean; description: string }
  | { kind: 'const'; value: number; required: true; description: string };

/** Every field a record may have; nothing else is allowed. */
export const FIELDS: Readonly<Record<keyof UsageRecord, FieldSpec>> = {
  version: { kind: 'const', value: SCHEMA_VERSION, required: true, description: 'Version of this schema.' },
  week: {
    kind: 'pattern',
    // Weeks 01–53 of years 2000–2099.
    pattern: /^20\d{2}-W(0[1-9]|[1-4]\d|5[0-3])$/,
    required: true,
    description: 'ISO 8601 week of the use, e.g. 2026-W49. No finer time is recorded.',
    example: '2026-W49',
  },
  pattern: { kind: 'enum', values: PATTERNS, required: true, description: 'The Auta pattern the help was given through.' },
  action: { kind: 'enum', values: ACTIONS, required: true, description: 'What the person did.' },
  lang: { kind: 'enum', values: LANGS, required: true, description: 'Language of the interface.' },
  languageLevel: { kind: 'enum', values: LANGUAGE_LEVELS, required: true, description: 'Standard or easy-to-read copy.' },
  channel: { kind: 'enum', values: CHANNELS, required: false, description: 'Way of help used, where known.' },
  providerKind: { kind: 'enum', values: PROVIDER_KINDS, required: false, description: 'Kind of support provider, where known.' },
  municipality: {
    kind: 'pattern',
    pattern: /^\d{3}$/,
    required: false,
    description: 'Statistics Finland municipality code, where known (the host\u2019s area or a search filter; never a location).',
    example: '091',
  },
  region: { kind: 'enum', values: REGION_CODES, required: false, description: 'Region (maakunta) code, where known.' },
  providerOpen: { kind: 'boolean', required: false, description: 'Whether the provider was open at the time, where known.' },
  actingAs: { kind: 'enum', values: ACTING_AS, required: false, description: 'For whom the person was acting (on-behalf patterns).' },
  outcome: { kind: 'enum', values: OUTCOMES, required: false, description: 'Outcome given in a feedback form.' },
};

const FIELD_NAMES = Object.keys(FIELDS) as Array<keyof UsageRecord>;

/** Whether `value` is an allowed value of `field`. */
export function allowed(field: keyof UsageRecord, value: unknown): boolean {
  const spec = FIELDS[field];
  switch (spec.kind) {
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value);
    case 'pattern':
      return typeof value === 'string' && spec.pattern.test(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'const':
      return value === spec.value;
  }
}

export type RecordCheck = { ok: true; record: UsageRecord } | { ok: false; reason: string };

/**
 * Checks a parsed value against the schema. The reason of a refusal names the field and
 * never repeats the value (a bad record may hold what should not be copied anywhere).
 */
export function checkRecord(value: unknown): RecordCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not an object' };
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(FIELDS, key)) return { ok: false, reason: `unknown field` };
  }
  for (const field of FIELD_NAMES) {
    const v = record[field];
    if (v === undefined) {
      if (FIELDS[field].required) return { ok: false, reason: `missing ${field}` };
    } else if (!allowed(field, v)) return { ok: false, reason: `invalid ${field}` };
  }
  return { ok: true, record: record as unknown as UsageRecord };
}

/** The JSON Schema (draft 2020-12) of a record, generated from `FIELDS`. */
export function usageRecordSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) {
    const spec = FIELDS[field];
    const base = { description: spec.description };
    if (spec.kind === 'enum') properties[field] = { ...base, type: 'string', enum: [...spec.values] };
    else if (spec.kind === 'pattern') properties[field] = { ...base, type: 'string', pattern: spec.pattern.source, examples: [spec.example] };
    else if (spec.kind === 'boolean') properties[field] = { ...base, type: 'boolean' };
    else properties[field] = { ...base, const: spec.value };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Auta help-usage record, version 1',
    description:
      'How help with a digital service was used, in one record per action. Every field is an enumerated value, a fixed-shape code or a boolean: no free text, no personal data, no time finer than an ISO week and no place finer than a municipality.',
    type: 'object',
    additionalProperties: false,
    required: FIELD_NAMES.filter((f) => FIELDS[f].required),
    properties,
  };
}

/** ISO 8601 week of a calendar date `YYYY-MM-DD` (the date in Finland, for the collector): `2026-W49`. */
export function isoWeek(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  // The Thursday of the week decides its year.
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
