import type { Lang } from './lang.js';
import { memo } from './memo.js';
import { WEEKDAYS, type ServiceHour, type Weekday } from './types.js';

const DAY = 1440;
const ZONE = 'Europe/Helsinki';

/** A calendar date and wall-clock time in Finland. `weekday` 0 is Monday. */
export interface HelsinkiTime {
  date: string;
  weekday: number;
  minutes: number;
}

let partsFormat: Intl.DateTimeFormat | undefined;
// The last minute asked for: every element on a page asks for the same one.
let last: [number, HelsinkiTime] | undefined;

/**
 * The date, weekday and minute of the day in Finland at `instant`, wherever the user is.
 * Worked out once a minute; the answer is shared: read it, do not change it.
 */
export function helsinkiTime(instant: Date): HelsinkiTime {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (last?.[0] !== minute) {
    // Swedish writes a date and time as ISO 8601 does: `2026-05-12 10:30`.
    partsFormat ??= new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' });
    const [date, time] = partsFormat.format(instant).split(' ') as [string, string];
    last = [minute, { date, weekday: weekdayOf(date), minutes: parseTime(time) }];
  }
  return last[1];
}

function weekdayOf(isoDate: string): number {
  return (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Adds days to a `YYYY-MM-DD` date by the calendar, untouched by daylight-saving time. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `HH:MM[:SS]` → minutes from midnight; `24:00` is the end of the day. NaN when malformed. */
export function parseTime(time: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return NaN;
  return h * 60 + min;
}

/** A period open on one date, in minutes from that date's midnight; `end` > 1440 runs into the next day. */
export interface Interval {
  start: number;
  end: number;
}

export interface DayHours {
  intervals: Interval[];
  /** The day follows an `Exceptional` entry (holiday, closed day). */
  exceptional: boolean;
  reservation: boolean;
  note?: ServiceHour['additionalInformation'];
}

/** Whether `date` is inside the entry's dates; an exceptional entry without `validTo` is for its one day. */
function covers(h: ServiceHour, date: string): boolean {
  const to = h.validTo ?? (h.serviceHourType === 'Exceptional' ? h.validFrom : undefined);
  return (!h.validFrom || h.validFrom.slice(0, 10) <= date) && (!to || to.slice(0, 10) >= date);
}

const dayIndex = (day: Weekday | undefined) => (day ? WEEKDAYS.indexOf(day) : -1);

/**
 * The opening periods on one date. An `Exceptional` entry for the date replaces the
 * weekly hours; weekly hours with a date range (summer hours) replace those without one.
 */
export function hoursOn(hours: readonly ServiceHour[], date: string): DayHours {
  const weekday = weekdayOf(date);
  const exceptional = hours.filter((h) => h.serviceHourType === 'Exceptional' && covers(h, date));
  let applicable = exceptional;
  if (applicable.length === 0) {
    const regular = hours.filter((h) => h.serviceHourType !== 'Exceptional' && covers(h, date));
    const dated = regular.filter((h) => h.validFrom || h.validTo);
    applicable = dated.length > 0 ? dated : regular;
  }
  const intervals: Interval[] = [];
  for (const h of applicable) {
    if (h.isClosed) continue;
    if (h.isAlwaysOpen) {
      intervals.push({ start: 0, end: DAY });
      continue;
    }
    for (const o of h.openingHour ?? []) {
      const from = parseTime(o.from);
      let to = parseTime(o.to);
      if (Number.isNaN(from) || Number.isNaN(to)) continue;
      const first = dayIndex(o.dayFrom);
      if (h.serviceHourType === 'OverMidnight') {
        // One period from dayFrom at `from` to dayTo at `to` (usually the next morning).
        if (first !== weekday) continue;
        const span = o.dayTo ? (dayIndex(o.dayTo) - first + 7) % 7 : to <= from ? 1 : 0;
        intervals.push({ start: from, end: span * DAY + to });
        continue;
      }
      if (h.serviceHourType === 'DaysOfTheWeek') {
        const last = o.dayTo ? dayIndex(o.dayTo) : first;
        const inRange = first <= last ? weekday >= first && weekday <= last : weekday >= first || weekday <= last;
        if (!inRange) continue;
      }
      if (to <= from) to += DAY;
      intervals.push({ start: from, end: to });
    }
  }
  intervals.sort((a, b) => a.start - b.start);
  const note = applicable.find((h) => h.additionalInformation)?.additionalInformation;
  return {
    intervals,
    exceptional: exceptional.length > 0,
    reservation: applicable.some((h) => h.isReservation),
    ...(note ? { note } : {}),
  };
}

/**
 * The opening periods `offset` days from `date` (-1 is the day before), each worked out
 * once per hours and date: "open now" is then a look at a precomputed day, every minute.
 */
function dayFrom(hours: readonly ServiceHour[], date: string, offset: number): DayHours {
  const days = memo(hours, date, (): DayHours[] => []);
  return (days[offset + 1] ??= hoursOn(hours, addDays(date, offset)));
}

export type OpeningStatus =
  | { state: 'always-open' }
  // `closes.minutes` 1440 is the end of that day: midnight, "kello 24".
  | { state: 'open'; closes: { dayOffset: number; minutes: number } | null; reservation: boolean }
  | { state: 'closed'; opens: { date: string; dayOffset: number; minutes: number } | null }
  | { state: 'unknown' };

/**
 * Open now, and until when; or closed, and when it opens next (looking two weeks
 * ahead). Computed on Finnish wall-clock time, so daylight-saving changes and a user in
 * another time zone do not move the answer.
 */
export function openingStatus(hours: readonly ServiceHour[] | undefined, now: Date = new Date()): OpeningStatus {
  if (!hours || hours.length === 0) return { state: 'unknown' };
  const t = helsinkiTime(now);
  const today = dayFrom(hours, t.date, 0);
  const yesterday = dayFrom(hours, t.date, -1);
  const weekly = hours.filter((h) => h.serviceHourType !== 'Exceptional');
  if (!today.exceptional && weekly.length > 0 && weekly.every((h) => h.isAlwaysOpen)) return { state: 'always-open' };
  const current =
    today.intervals.find((i) => i.start <= t.minutes && t.minutes < i.end) ??
    yesterday.intervals
      .filter((i) => i.end > DAY && t.minutes < i.end - DAY)
      .map((i) => ({ start: i.start - DAY, end: i.end - DAY }))[0];
  if (current) {
    // Follow periods that continue without a break (open until 24:00, open again at 00:00).
    let end = current.end;
    let offset = 0;
    for (let guard = 0; guard < 8 && end >= DAY; guard++) {
      const next = dayFrom(hours, t.date, offset + 1).intervals.find((i) => i.start === end - DAY);
      if (!next) break;
      offset += 1;
      end = next.end;
    }
    // `end` counts from the midnight that starts day `offset`; closing at midnight ends the day
    // before ("sulkeutuu kello 24", not "huomenna kello 0"), so minutes run from 1 to 1440.
    return {
      state: 'open',
      closes: offset > 6 ? null : { dayOffset: offset + Math.floor(--end / DAY), minutes: (end % DAY) + 1 },
      reservation: today.reservation,
    };
  }
  for (let offset = 0; offset <= 14; offset++) {
    const date = addDays(t.date, offset);
    const next = dayFrom(hours, t.date, offset).intervals.find((i) => offset > 0 || i.start > t.minutes);
    if (next) return { state: 'closed', opens: { date, dayOffset: offset, minutes: next.start } };
  }
  return { state: 'closed', opens: null };
}

/* ---------- words ---------- */

/**
 * Core's Finnish words of hours and dates, written in a language that has no words of its own
 * here: `@auta/core/lang/se.js` adds Northern Sámi, whose cases map one to one onto the Finnish
 * ones (`maanantaista` → `mánnodagas`), so pages without Sámi do not load its words.
 */
export const FROM_FINNISH: Partial<Record<Lang, (fi: string) => string>> = {};

/** The word for `lang` among the three, or the Finnish one written in `lang` by `FROM_FINNISH` (Sámi). */
const pick3 = (lang: Lang, fi: string, sv: string, en: string) => (lang === 'sv' ? sv : lang === 'en' ? en : FROM_FINNISH[lang]?.(fi) ?? fi);

const FI = 'maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai'.split(' ');
const SV = 'måndag tisdag onsdag torsdag fredag lördag söndag'.split(' ');
const EN = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
/** Wednesday is the one Finnish weekday whose stem changes: keskiviikosta, keskiviikkoon, keskiviikkoisin. */
const WEDNESDAY: Record<string, string> = { sta: 'keskiviikosta', hin: 'keskiviikkoon', sin: 'keskiviikkoisin' };

/** A Finnish weekday in a case: `sta` elative, `hin` illative, `na` essive, `sin` habitual. */
const fiDay = (weekday: number, suffix: 'sta' | 'hin' | 'na' | 'sin') => (weekday === 2 && WEDNESDAY[suffix]) || FI[weekday]! + suffix;

/** A weekday written out: `maanantai`, `måndag`, `Monday`. 0 is Monday. */
export function weekdayName(weekday: number, lang: Lang): string {
  return pick3(lang, FI[weekday]!, SV[weekday]!, EN[weekday]!);
}

/**
 * A time as written in each language: fi/sv `9`, `9.30`; en `9am`, `9:30am`, `midday`,
 * `midnight`. `end`: the time ends a period, so midnight is `24` in Finnish and Swedish
 * ("kello 18–24", as Kielitoimisto writes it). `alone`: the time stands by itself, not in a
 * range, so midnight as a start is `0.00` ("kello 0.00"), not a lone `0`: Kielikello,
 * "Kellonaikojen merkitseminen" (Kotus, https://kielikello.fi/kellonaikojen-merkitseminen/)
 * writes the hour after midnight with zeros ("kello 0.15"). English says midnight either way.
 */
export function formatTime(minutes: number, lang: Lang, end = false, alone = false): string {
  const m = ((minutes % DAY) + DAY) % DAY;
  const h = m === 0 && end ? 24 : Math.floor(m / 60);
  const min = m % 60;
  const mm = String(min).padStart(2, '0');
  if (lang !== 'en') return min || (alone && !h) ? `${h}.${mm}` : `${h}`;
  if (m === 0) return 'midnight';
  if (m === 720) return 'midday';
  return `${h % 12 || 12}${min === 0 ? '' : `:${mm}`}${h < 12 ? 'am' : 'pm'}`;
}

const closedWord = (lang: Lang) => pick3(lang, 'suljettu', 'stängt', 'closed');

/** A list of periods on one day: `kello 9–12 ja 13–16`, `klockan 9–16`, `9am to 4pm`; or closed. */
export function formatIntervals(intervals: readonly Interval[], lang: Lang): string {
  if (intervals.length === 0) return closedWord(lang);
  if (intervals.some((i) => i.start === 0 && i.end >= DAY)) return pick3(lang, 'ympäri vuorokauden', 'dygnet runt', 'open 24 hours');
  const ranges = intervals.map((i) => formatTime(i.start, lang) + (lang === 'en' ? ' to ' : '–') + formatTime(i.end, lang, true));
  return pick3(lang, 'kello ', 'klockan ', '') + ranges.join(pick3(lang, ' ja ', ' och ', ' and '));
}

/**
 * Days written out: `maanantaista perjantaihin`, `lauantaisin`, `lauantaisin ja sunnuntaisin`;
 * `måndag till fredag`, `lördagar och söndagar`; `Monday to Friday`, `Saturdays and Sundays`.
 */
export function formatDayRange(first: number, last: number, lang: Lang): string {
  const each = (d: number) => pick3(lang, fiDay(d, 'sin'), `${SV[d]}ar`, `${EN[d]}s`);
  if (first === last) return each(first);
  if (last === first + 1) return each(first) + pick3(lang, ' ja ', ' och ', ' and ') + each(last);
  return pick3(lang, `${fiDay(first, 'sta')} ${fiDay(last, 'hin')}`, `${SV[first]} till ${SV[last]}`, `${EN[first]} to ${EN[last]}`);
}

/**
 * A line of hours as one phrase, as each language writes it: `Maanantaista perjantaihin
 * kello 9–16`, `Lauantaisin ja sunnuntaisin suljettu`; `Måndag till fredag klockan 9–16`,
 * `Lördagar och söndagar stängt`; `Monday to Friday, 9am to 4pm`, `Closed on Saturdays and
 * Sundays`. `on`: English puts "on" before the days when closed (not before a range).
 */
function hoursLine(days: string, hours: string, lang: Lang, on: boolean): string {
  if (lang === 'en') return hours === closedWord(lang) ? `Closed ${on ? 'on ' : ''}${days}` : `${days}, ${hours}`;
  return `${days.charAt(0).toUpperCase()}${days.slice(1)} ${hours}`;
}

export interface WeekLine {
  /** Days written out, e.g. `maanantaista perjantaihin`. */
  days: string;
  /** Hours on those days, e.g. `kello 9–16`. */
  hours: string;
  /** The whole line, e.g. `Maanantaista perjantaihin kello 9–16`: show this one. */
  text: string;
  first: number;
  last: number;
}

/**
 * The week's regular hours as lines that group consecutive days with the same hours:
 * `maanantaista perjantaihin: kello 9–16`, `lauantaisin: kello 10–14`, `sunnuntaisin: suljettu`.
 * Takes the weekly hours that apply in the week of `on`.
 */
export function describeWeek(hours: readonly ServiceHour[], lang: Lang, on: Date = new Date()): WeekLine[] {
  const t = helsinkiTime(on);
  const monday = addDays(t.date, -t.weekday);
  // Once per hours, language and week.
  return memo(hours, lang + monday, () => {
    const weekly = hours.filter((h) => h.serviceHourType !== 'Exceptional');
    if (weekly.length === 0) return [];
    const days = Array.from({ length: 7 }, (_, i) => formatIntervals(hoursOn(weekly, addDays(monday, i)).intervals, lang));
    const lines: WeekLine[] = [];
    for (let i = 0; i < 7; ) {
      let j = i;
      while (j + 1 < 7 && days[j + 1] === days[i]) j++;
      const dayRange = formatDayRange(i, j, lang);
      lines.push({ days: dayRange, hours: days[i]!, text: hoursLine(dayRange, days[i]!, lang, j <= i + 1), first: i, last: j });
      i = j + 1;
    }
    return lines;
  });
}

export interface ExceptionLine {
  date: string;
  /** The date written out: `torstai 24.12.2026`, `torsdag 24.12.2026`, `Thursday 24 December 2026`. */
  label: string;
  hours: string;
  /** The whole line, e.g. `Torstaina 24.12.2026 suljettu`, `Closed on Thursday 24 December 2026`. */
  text: string;
  note?: ServiceHour['additionalInformation'];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date written out with its weekday, in the language's own order. */
export function formatDate(isoDate: string, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(pick3(lang, 'fi-FI', 'sv-FI', 'en-GB'), {
      weekday: 'long',
      day: 'numeric',
      month: lang === 'en' ? 'long' : 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, f);
  }
  const date = f.format(new Date(`${isoDate}T12:00:00Z`)).replace(/^(\p{L}+),?/u, '$1');
  return pick3(lang, date, date, date);
}

/** Exceptional days (holidays, closures) from `from` on, up to `days` ahead, in date order. */
export function upcomingExceptions(hours: readonly ServiceHour[], lang: Lang, from: Date = new Date(), days = 30): ExceptionLine[] {
  // Only days inside an exceptional entry's range can be exceptional: most hours have none,
  // and a page of cards should not look at every day of the coming month for each.
  const exceptional = hours.filter((h) => h.serviceHourType === 'Exceptional');
  if (exceptional.length === 0) return [];
  const start = helsinkiTime(from).date;
  const end = addDays(start, days);
  const outside = (h: ServiceHour) => !!h.validFrom && ((h.validTo ?? h.validFrom).slice(0, 10) < start || h.validFrom.slice(0, 10) > end);
  if (exceptional.every(outside)) return [];
  const lines: ExceptionLine[] = [];
  for (let i = 0; i <= days; i++) {
    const date = addDays(start, i);
    const day = hoursOn(hours, date);
    if (!day.exceptional) continue;
    const label = formatDate(date, lang);
    const text = formatIntervals(day.intervals, lang);
    lines.push({ date, label, hours: text, text: hoursLine(label, text, lang, true), ...(day.note ? { note: day.note } : {}) });
  }
  return lines;
}

function when(dayOffset: number, date: string, lang: Lang): string {
  const weekday = weekdayOf(date);
  if (dayOffset === 0) return pick3(lang, 'tänään', 'i dag', 'today');
  if (dayOffset === 1) return pick3(lang, 'huomenna', 'i morgon', 'tomorrow');
  if (dayOffset < 7) return pick3(lang, fiDay(weekday, 'na'), `på ${SV[weekday]}`, `on ${EN[weekday]}`);
  return pick3(lang, '', 'på ', 'on ') + formatDate(date, lang);
}

/**
 * The status as one plain sentence: `Avoinna nyt, sulkeutuu kello 16.` /
 * `Stängt nu, öppnar i morgon klockan 9.` / `Closed now, opens on Monday at 9am.`
 */
export function describeStatus(status: OpeningStatus, lang: Lang, now: Date = new Date()): string {
  // A day ends at 24 and starts at 0.00 (`formatTime`, `alone`).
  const at = (minutes: number, end?: boolean) => pick3(lang, 'kello ', 'klockan ', 'at ') + formatTime(minutes, lang, end, true);
  switch (status.state) {
    case 'always-open':
      return pick3(lang, 'Avoinna ympäri vuorokauden.', 'Öppet dygnet runt.', 'Open 24 hours.');
    case 'unknown':
      return pick3(lang, 'Aukioloaikoja ei ole kerrottu.', 'Öppettiderna är inte kända.', 'Opening hours not given.');
    case 'open': {
      const open = pick3(lang, 'Avoinna nyt', 'Öppet nu', 'Open now');
      if (!status.closes) return `${open}.`;
      const day = status.closes.dayOffset === 0 ? '' : `${when(status.closes.dayOffset, addDays(helsinkiTime(now).date, status.closes.dayOffset), lang)} `;
      return `${open}, ${pick3(lang, 'sulkeutuu', 'stänger', 'closes')} ${day}${at(status.closes.minutes, true)}.`;
    }
    case 'closed': {
      const closed = pick3(lang, 'Suljettu nyt', 'Stängt nu', 'Closed now');
      if (!status.opens) return `${closed}.`;
      return `${closed}, ${pick3(lang, 'avautuu', 'öppnar', 'opens')} ${when(status.opens.dayOffset, status.opens.date, lang)} ${at(status.opens.minutes)}.`;
    }
  }
}
