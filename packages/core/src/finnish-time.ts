import { helsinkiTime } from './hours.js';

/** A moment as Finnish wall-clock time: the date (`YYYY-MM-DD`) and minutes after midnight. */
export interface FinnishDateTime {
  date: string;
  minutes: number;
}

/**
 * Reads an ISO date-time as Finnish wall-clock time. With a zone (`Z`, `+03:00`) it is an
 * instant, shown as the time in Finland; without one it already is Finnish time, and is
 * not moved by the time zone of the reader's device. `undefined` when it is not a date
 * and time.
 */
export function parseFinnishDateTime(value: string | undefined | null): FinnishDateTime | undefined {
  if (!value) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  if (m[4]) {
    const instant = new Date(value.trim());
    return Number.isNaN(instant.getTime()) ? undefined : helsinkiTime(instant);
  }
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return minutes < 24 * 60 ? { date: m[1]!, minutes } : undefined;
}
