import { resolveLangTag, resolveLanguageLevel } from '@auta/core';
import { helsinkiTime } from '@auta/core/hours.js';
import { recordsFor, USAGE_EVENTS } from './events.js';
import { LANGS, allowed, isoWeek, type UsageRecord } from './record.js';

export interface UsageCollectorOptions {
  /** Receives each batch of records. The collector itself sends nothing anywhere. */
  onRecords: (records: UsageRecord[]) => void;
  /** Where to listen; the document by default. Events bubble and are composed, so one listener hears every element. */
  target?: EventTarget;
  /** Records per batch (default 20). */
  batchSize?: number;
  /** A batch is handed over at the latest this long after its first record (ms, default 10,000). */
  maxWait?: number;
  /** The host's own area, when it has one (a municipality's site); never the person's location. */
  municipality?: string;
  region?: UsageRecord['region'];
  /** The clock, for tests. */
  now?: () => Date;
}

export interface UsageCollector {
  /** Hands the records waiting over now. */
  flush(): void;
  /** Stops listening, after handing over what is waiting. */
  stop(): void;
}

/** The element's language level: what an Auta element knows it to be, else core's resolution from the attributes. */
function languageLevel(el: Element | undefined): UsageRecord['languageLevel'] {
  const known = (el as { resolvedLanguageLevel?: unknown } | undefined)?.resolvedLanguageLevel;
  if (known === 'easy' || known === 'standard') return known;
  return el ? resolveLanguageLevel(el) : 'standard';
}

function language(el: Element | undefined): UsageRecord['lang'] {
  const primary = (el ? resolveLangTag(el) : document.documentElement.lang).toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as UsageRecord['lang']) : 'en';
}

/**
 * Listens to every `auta-*` event the usage record knows and hands the records, in
 * batches, to `onRecords`. No network, no storage: what happens to the records is the
 * host's choice (its own analytics endpoint, a `sendBeacon` on `pagehide`, nothing).
 * Pending records are handed over when the page is hidden, so a closing tab loses none.
 */
export function createUsageCollector(options: UsageCollectorOptions): UsageCollector {
  const target = options.target ?? document;
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? 20));
  const maxWait = Math.max(0, options.maxWait ?? 10_000);
  const now = options.now ?? (() => new Date());
  const municipality = allowed('municipality', options.municipality) ? options.municipality : undefined;
  const region = allowed('region', options.region) ? options.region : undefined;
  let pending: UsageRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    options.onRecords(batch);
  };

  const onEvent = (event: Event) => {
    // The element that fired it, also from inside a shadow root.
    const source = event.composedPath().find((n): n is Element => n instanceof Element && n.localName.startsWith('auta-'));
    const records = recordsFor(event.type, (event as CustomEvent).detail, {
      tagName: source?.localName ?? '',
      week: isoWeek(helsinkiTime(now()).date),
      lang: language(source),
      languageLevel: languageLevel(source),
      municipality,
      region,
    });
    if (!records.length) return;
    pending.push(...records);
    if (pending.length >= batchSize) flush();
    else timer ??= setTimeout(flush, maxWait);
  };

  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  // Capture: a host that stops an event's propagation still has it counted.
  for (const type of USAGE_EVENTS) target.addEventListener(type, onEvent, { capture: true });
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', flush);

  return {
    flush,
    stop() {
      flush();
      for (const type of USAGE_EVENTS) target.removeEventListener(type, onEvent, { capture: true });
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
    },
  };
}
