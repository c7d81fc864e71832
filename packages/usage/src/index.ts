export {
  ACTING_AS,
  ACTIONS,
  CHANNELS,
  FIELDS,
  LANGS,
  LANGUAGE_LEVELS,
  OUTCOMES,
  PATTERNS,
  PROVIDER_KINDS,
  REGION_CODES,
  SCHEMA_ID,
  SCHEMA_VERSION,
  allowed,
  checkRecord,
  isoWeek,
  usageRecordSchema,
  type RecordCheck,
  type UsageRecord,
} from './record.js';
export { EVENT_MAPPINGS, USAGE_EVENTS, recordsFor, type DetailPick, type EventContext, type EventMapping } from './events.js';
export { createUsageCollector, type UsageCollector, type UsageCollectorOptions } from './collector.js';
