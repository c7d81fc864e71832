import { allowed, checkRecord, type ACTIONS, type PATTERNS, type UsageRecord } from './record.js';

type Pattern = (typeof PATTERNS)[number];
type Action = (typeof ACTIONS)[number];

/**
 * How a record field is read from an event's detail: a dotted path whose value is kept
 * only when it is an allowed value of the field (anything else, free text included, is
 * dropped); `only` takes a list's value when the list has exactly one; `map` translates a
 * value first (`true` → `helped`).
 */
export type DetailPick = string | { path: string; only?: true; map?: Readonly<Record<string, string>> };

export interface EventMapping {
  /** The pattern; or by the tag name of the element that fired the event. */
  pattern: Pattern | { byTag: Readonly<Record<string, Pattern>>; otherwise: Pattern };
  /** The action; or from a detail value. */
  action: Action | { path: string; map: Readonly<Record<string, Action>> };
  /** Record fields read from the detail. */
  fields?: Readonly<Partial<Record<keyof UsageRecord, DetailPick>>>;
  /** Record fields that are always set for this event. */
  set?: Readonly<Partial<UsageRecord>>;
  /** One record per value of a list in the detail (a feedback form's ways of help). */
  each?: { path: string; field: keyof UsageRecord };
}

/**
 * Every `auta-*` event of every element, and the record it becomes. A new event is added
 * here, in one line; the test reads the custom-elements manifest and fails for an event
 * that has no line.
 */
export const EVENT_MAPPINGS: Readonly<Record<string, EventMapping>> = {
  'auta-help-action': {
    pattern: {
      byTag: { 'auta-alt-channel-notice': 'alt-channel', 'auta-help': 'help', 'auta-service-unavailable': 'service-unavailable' },
      otherwise: 'help',
    },
    action: 'use-channel',
    fields: { channel: 'channel' },
  },
  'auta-on-behalf-change': { pattern: 'on-behalf', action: 'choose', fields: { actingAs: 'actingAs' } },
  'auta-on-behalf-submit': { pattern: 'on-behalf', action: 'continue', fields: { actingAs: 'actingAs' } },
  'auta-on-behalf-skip': { pattern: 'on-behalf', action: 'choose', fields: { actingAs: 'actingAs' } },
  'auta-acting-as-switch': { pattern: 'acting-as', action: 'switch', fields: { actingAs: 'actingAs' } },
  'auta-search': {
    pattern: 'provider-finder',
    action: 'search',
    fields: {
      municipality: { path: 'filters.municipalities', only: true },
      region: { path: 'filters.regions', only: true },
      channel: { path: 'filters.forms', only: true },
      providerKind: { path: 'filters.kinds', only: true },
    },
  },
  'auta-provider-select': {
    pattern: 'provider-finder',
    action: { path: 'action', map: { phone: 'contact-provider', web: 'contact-provider', email: 'contact-provider', details: 'open-details' } },
    fields: { channel: { path: 'action', map: { phone: 'phone', web: 'web', email: 'email' } }, providerKind: 'kind', providerOpen: 'open' },
  },
  'auta-help-feedback-answer': { pattern: 'help-feedback', action: 'answer', fields: { outcome: { path: 'helped', map: { true: 'helped', false: 'not-helped' } } } },
  'auta-help-feedback-submit': {
    pattern: 'help-feedback',
    action: 'submit',
    fields: { outcome: { path: 'helped', map: { true: 'helped', false: 'not-helped' } } },
    each: { path: 'channels', field: 'channel' },
  },
  'auta-accessibility-feedback-submit': { pattern: 'accessibility-feedback', action: 'submit', set: { outcome: 'reported' } },
};

/** The event names the helper listens to. */
export const USAGE_EVENTS: readonly string[] = Object.keys(EVENT_MAPPINGS);

/** What the record needs besides the detail. */
export interface EventContext {
  /** Tag name of the element that fired the event. */
  tagName: string;
  week: string;
  lang: UsageRecord['lang'];
  languageLevel: UsageRecord['languageLevel'];
  /** The host's own area, when it knows one (a municipality's site). */
  municipality?: string;
  region?: UsageRecord['region'];
}

function read(detail: unknown, path: string): unknown {
  let value: unknown = detail;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function pick(detail: unknown, how: DetailPick): unknown {
  const spec = typeof how === 'string' ? { path: how } : how;
  let value = read(detail, spec.path);
  if (spec.only) value = Array.isArray(value) && value.length === 1 ? value[0] : undefined;
  if (spec.map) value = typeof value === 'string' || typeof value === 'boolean' ? spec.map[String(value)] : undefined;
  return value;
}

/**
 * The records an event becomes (usually one; none for an event without a mapping).
 * Every field passes `allowed()`, so a record holds only enumerated values and codes,
 * whatever the detail carries.
 */
export function recordsFor(type: string, detail: unknown, context: EventContext): UsageRecord[] {
  const mapping = EVENT_MAPPINGS[type];
  if (!mapping) return [];
  const pattern = typeof mapping.pattern === 'string' ? mapping.pattern : (mapping.pattern.byTag[context.tagName] ?? mapping.pattern.otherwise);
  const action = typeof mapping.action === 'string' ? mapping.action : mapping.action.map[String(read(detail, mapping.action.path))];
  if (!action) return [];
  const record: Record<string, unknown> = { version: 1, week: context.week, pattern, action, lang: context.lang, languageLevel: context.languageLevel };
  if (context.municipality !== undefined) record.municipality = context.municipality;
  if (context.region !== undefined) record.region = context.region;
  for (const [field, how] of Object.entries(mapping.fields ?? {}) as Array<[keyof UsageRecord, DetailPick]>) {
    const value = pick(detail, how);
    if (value !== undefined && allowed(field, value)) record[field] = value;
  }
  Object.assign(record, mapping.set);
  // Only fields whose values are allowed survive: drop anything the context got wrong too.
  for (const [field, value] of Object.entries(record)) if (!allowed(field as keyof UsageRecord, value)) delete record[field];
  const each = mapping.each;
  const list = each ? read(detail, each.path) : undefined;
  const values = each && Array.isArray(list) ? [...new Set(list.filter((v) => allowed(each.field, v)))] : [];
  const records = each && values.length ? values.map((v) => ({ ...record, [each.field]: v })) : [record];
  // A record missing a required field (a context that was not valid) is not handed out.
  return records.filter((r) => checkRecord(r).ok) as unknown as UsageRecord[];
}
