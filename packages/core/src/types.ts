/** Text in several languages, keyed by language code (`fi`, `sv`, `en`, `se` …). */
export type LocalizedText = Partial<Record<string, string>>;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
/** PTV's weekday names. */
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening period, as PTV's `openingHour`. Times are `HH:MM` (or `HH:MM:SS`) in Finnish time. */
export interface OpeningHour {
  dayFrom: Weekday;
  /** Last day of a range (`DaysOfTheWeek`), or the day an `OverMidnight` period ends. */
  dayTo?: Weekday;
  from: string;
  /** End time; at or before `from` means the period runs past midnight. */
  to: string;
}

/** Service hours, as PTV's `serviceHours`. */
export interface ServiceHour {
  serviceHourType: 'DaysOfTheWeek' | 'Exceptional' | 'OverMidnight';
  /** First day the hours apply (`YYYY-MM-DD`); none: from now on. */
  validFrom?: string;
  /** Last day the hours apply; an `Exceptional` entry without it is one day. */
  validTo?: string;
  isClosed?: boolean;
  isAlwaysOpen?: boolean;
  /** Open only for people who have booked a time. */
  isReservation?: boolean;
  additionalInformation?: LocalizedText;
  openingHour?: OpeningHour[];
}
