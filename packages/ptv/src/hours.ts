/**
 * PTV service hours → the shape `@auta/core`'s opening-hours functions read (PTV's v11
 * shape). Older answers (v7–v8) name the types `Standard`, `Exception` and `Special`;
 * v8 renamed them `DaysOfTheWeek`, `Exceptional` and `OverMidnight` without changing what
 * they mean (vrk-kpa/ptv-releases, open API change log), so they map one to one.
 */
import { WEEKDAY_NAMES } from '@auta/provider-finder/data.js';
import type { MapContext } from './context.js';
import { isObject, list, localized, own, str, type Json } from './json.js';

const HOUR_TYPES: Readonly<Record<string, string>> = {
  DaysOfTheWeek: 'DaysOfTheWeek',
  Exceptional: 'Exceptional',
  OverMidnight: 'OverMidnight',
  Standard: 'DaysOfTheWeek',
  Exception: 'Exceptional',
  Special: 'OverMidnight',
};

const TIME = /^([01]\d|2[0-4]):[0-5]\d(:[0-5]\d)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}/;
const isDay = (d: unknown): d is string => typeof d === 'string' && (WEEKDAY_NAMES as readonly string[]).includes(d);

/** The weekday of a PTV date (`2026-12-24T00:00:00`), by the calendar, not by a time zone. */
function weekdayOf(date: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return undefined;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return WEEKDAY_NAMES[(day + 6) % 7];
}

export function mapServiceHours(value: unknown, base: string, ctx: MapContext): Json[] {
  const hours: Json[] = [];
  list(value).forEach((h, i) => {
    const path = `${base}[${i}]`;
    if (!isObject(h)) return ctx.problem(path, 'hours', 'not an object; left out');
    const type = HOUR_TYPES[String(own(h, 'serviceHourType'))];
    if (!type) return ctx.problem(`${path}.serviceHourType`, 'hours', `${JSON.stringify(own(h, 'serviceHourType') ?? null).slice(0, 30)} is not a service-hour type; these hours are left out`);
    const entry: Json = { serviceHourType: type };
    ctx.ledger.use(`${path}.serviceHourType`);
    for (const key of ['validFrom', 'validTo'] as const) {
      const d = str(own(h, key));
      if (d && DATE.test(d)) {
        entry[key] = d.replace(/\.\d+(?=Z|$)/, '');
        ctx.ledger.use(`${path}.${key}`);
      } else if (d) ctx.problem(`${path}.${key}`, 'hours', `${d.slice(0, 30)} is not a date; left out`);
    }
    // `validForNow: true` is PTV's way of saying "no end date", which an absent validTo says too.
    ctx.ledger.use(`${path}.validForNow`);
    for (const key of ['isClosed', 'isAlwaysOpen', 'isReservation'] as const) {
      if (typeof own(h, key) === 'boolean') {
        if (own(h, key)) entry[key] = true;
        ctx.ledger.use(`${path}.${key}`);
      }
    }
    const info = localized(own(h, 'additionalInformation'));
    if (info) entry.additionalInformation = info;
    ctx.ledger.use(`${path}.additionalInformation`);
    const opening: Json[] = [];
    list(own(h, 'openingHour')).forEach((o, j) => {
      const at = `${path}.openingHour[${j}]`;
      if (!isObject(o)) return ctx.problem(at, 'hours', 'not an object; left out');
      let dayFrom = own(o, 'dayFrom');
      let dayTo = own(o, 'dayTo');
      // Exceptional hours for one date come without weekdays: the date says which day it is.
      if (!isDay(dayFrom) && (dayFrom === null || dayFrom === undefined || dayFrom === '') && typeof entry.validFrom === 'string') {
        dayFrom = weekdayOf(entry.validFrom);
        if ((dayTo === null || dayTo === undefined || dayTo === '') && typeof entry.validTo === 'string' && entry.validTo.slice(0, 10) !== entry.validFrom.slice(0, 10)) dayTo = weekdayOf(entry.validTo);
      }
      const from = own(o, 'from');
      const to = own(o, 'to');
      if (!isDay(dayFrom) || typeof from !== 'string' || !TIME.test(from) || typeof to !== 'string' || !TIME.test(to)) {
        return ctx.problem(at, 'hours', `needs dayFrom (Monday…Sunday), from and to (HH:MM:SS); got ${JSON.stringify({ dayFrom, from, to }).slice(0, 80)}; left out`);
      }
      opening.push({ dayFrom, ...(isDay(dayTo) ? { dayTo } : {}), from, to });
      // `isExtra` marks a second period on the same day, which is simply another entry here.
      ctx.ledger.use(`${at}.dayFrom`, `${at}.dayTo`, `${at}.from`, `${at}.to`, `${at}.isExtra`);
    });
    if (opening.length > 50) {
      ctx.problem(`${path}.openingHour`, 'hours', `${opening.length} periods; the first 50 kept`);
      opening.length = 50;
    }
    if (opening.length) entry.openingHour = opening;
    hours.push(entry);
  });
  if (hours.length > 100) {
    ctx.problem(base, 'hours', `${hours.length} service hours; the first 100 kept`);
    hours.length = 100;
  }
  return hours;
}
