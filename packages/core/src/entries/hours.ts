// @auta/core/hours.js: opening hours in PTV's shape, "open now", and dates, times and
// weekdays written in Finland's time zone as people write them in fi, sv and en, and how a
// screen reader should say them (`spokenForm`, `aloud`).
export {
  addDays,
  describeStatus,
  describeWeek,
  formatDate,
  formatDayRange,
  formatIntervals,
  formatTime,
  helsinkiTime,
  hoursOn,
  openingStatus,
  parseTime,
  upcomingExceptions,
  weekdayName,
  type DayHours,
  type ExceptionLine,
  type HelsinkiTime,
  type Interval,
  type OpeningStatus,
  type WeekLine,
} from '../hours.js';
export { minuteClock } from '../clock.js';
export { parseFinnishDateTime, type FinnishDateTime } from '../finnish-time.js';
export { aloud, spokenForm } from '../spoken.js';
export { WEEKDAYS, type OpeningHour, type ServiceHour, type Weekday } from '../types.js';
