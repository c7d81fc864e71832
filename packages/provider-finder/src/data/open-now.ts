import { addDays, hoursOn, type HelsinkiTime, type ServiceHour } from '@auta/core/hours.js';

const DAY = 1440;

/**
 * Open at a moment of Finnish wall-clock time: the same answer as core's
 * `openingStatus(...).state` being `open` or `always-open`, built on core's `hoursOn`,
 * but taking the already-computed Finnish time so a search judges thousands of
 * providers against one clock reading.
 */
export function isOpenAt(hours: readonly ServiceHour[] | undefined, t: HelsinkiTime): boolean {
  if (!hours || hours.length === 0) return false;
  const today = hoursOn(hours, t.date);
  const weekly = hours.filter((h) => h.serviceHourType !== 'Exceptional');
  if (!today.exceptional && weekly.length > 0 && weekly.every((h) => h.isAlwaysOpen)) return true;
  if (today.intervals.some((i) => i.start <= t.minutes && t.minutes < i.end)) return true;
  // A period from yesterday that runs past midnight (an evening phone line until 02:00).
  return hoursOn(hours, addDays(t.date, -1)).intervals.some((i) => i.end > DAY && t.minutes < i.end - DAY);
}
