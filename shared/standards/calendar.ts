import Holidays from 'date-holidays';
import { addDays, dayNumber, fromDayNumber, type LocalDate } from '../time/days';

/**
 * Working days for the service standards (DESIGN §4): Monday to Friday and not a bank holiday in
 * England and Wales (date-holidays, GB-ENG, including substitute days such as Monday 28 December 2026
 * for Boxing Day). London time and calendar-day arithmetic are in shared/time; this module alone loads
 * the holiday tables, and only main and the engine import it (the renderer bundle must not: it is
 * megabytes of every country's holidays).
 */
const holidays = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
const DAY = 86_400_000;
/** Bank holidays as day numbers (days since 1 January 1970), per year, so working-day loops use integers. */
const holidayCache = new Map<number, ReadonlySet<number>>();

function bankHolidays(year: number): ReadonlySet<number> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(holidays.getHolidays(year).map((h) => dayNumber(h.date.slice(0, 10))));
    holidayCache.set(year, set);
  }
  return set;
}

/*
 * A day-indexed cache for the engine's hot path (every due item of every open case asks it): a typed
 * array over day numbers from 1 January 1970 to about 2200. A day outside that range is simply not
 * cached. 0 means "not worked out yet".
 */
const CACHED_DAYS = 84_000;
const workingDayCache = new Uint8Array(CACHED_DAYS); // 1 working, 2 not

function workingDayUncached(n: number): boolean {
  const weekday = (((n + 4) % 7) + 7) % 7; // 1 January 1970 was a Thursday; 0 = Sunday
  if (weekday === 0 || weekday === 6) return false;
  return !bankHolidays(new Date(n * DAY).getUTCFullYear()).has(n);
}

function isWorkingDayNumber(n: number): boolean {
  if (n < 0 || n >= CACHED_DAYS) return workingDayUncached(n);
  let v = workingDayCache[n]!;
  if (v === 0) {
    v = workingDayUncached(n) ? 1 : 2;
    workingDayCache[n] = v;
  }
  return v === 1;
}

export function isWorkingDay(date: LocalDate): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

/** The N-th working day after `date` (the day itself is not counted). */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  return fromDayNumber(addWorkingDayNumbers(dayNumber(date), n));
}

/** P4.5: a working day followed by a day the office is closed (a Friday, or the day before a bank holiday). */
export function isLastWorkingDayBeforeBreak(date: LocalDate): boolean {
  return isWorkingDay(date) && !isWorkingDay(addDays(date, 1));
}

/** addWorkingDays on day numbers, for the engine's hot path. */
export function addWorkingDayNumbers(day: number, n: number): number {
  let d = day;
  for (let counted = 0; counted < n; ) {
    d += 1;
    if (isWorkingDayNumber(d)) counted += 1;
  }
  return d;
}
