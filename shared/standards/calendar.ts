import Holidays from 'date-holidays';

/**
 * Working-day and London-time arithmetic for the service standards (DESIGN §4).
 * A working day is Monday to Friday and not a bank holiday in England and Wales (date-holidays, GB-ENG,
 * including substitute days such as Monday 28 December 2026 for Boxing Day). All calendar reasoning is
 * on Europe/London dates, whatever the computer's own time zone.
 */
export type LocalDate = string; // 'YYYY-MM-DD', a London calendar day

const holidays = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
const DAY = 86_400_000;
/** Bank holidays as day numbers (days since 1 January 1970), per year, so working-day loops use integers. */
const holidayCache = new Map<number, ReadonlySet<number>>();

const dayNumber = (date: LocalDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
const fromDayNumber = (n: number): LocalDate => new Date(n * DAY).toISOString().slice(0, 10);

function bankHolidays(year: number): ReadonlySet<number> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(holidays.getHolidays(year).map((h) => dayNumber(h.date.slice(0, 10))));
    holidayCache.set(year, set);
  }
  return set;
}

/*
 * Day-indexed caches for the engine's hot path (every due item of every open case asks these): typed
 * arrays over day numbers from 1 January 1970 to about 2200. A day outside that range is simply not
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

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });
const HOUR = 3_600_000;
const offsetCache = new Map<number, number>();

/*
 * London's offset from UTC, in minutes, at an instant. Clock changes happen on the hour (01:00 UTC), so
 * the answer is the same for a whole UTC hour and is cached per hour: Intl is far slower than a lookup.
 */
function offsetAtHour(hour: number): number {
  let offset = offsetCache.get(hour);
  if (offset === undefined) {
    const name = offsetFormat.formatToParts(new Date(hour * HOUR)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
    offset = m?.[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    offsetCache.set(hour, offset);
  }
  return offset;
}

/**
 * The offset for a whole UTC day when it has no clock change, which is every day but two a year: one
 * typed-array read instead of a map lookup per hour. A day with a change is marked and goes by the hour.
 */
const NO_OFFSET = -32_768;
const CHANGE_DAY = -32_767;
const dayOffsetCache = new Int16Array(CACHED_DAYS).fill(NO_OFFSET);

function offsetMinutesAt(at: number): number {
  const hour = Math.floor(at / HOUR);
  const day = Math.floor(hour / 24);
  if (day < 0 || day >= CACHED_DAYS) return offsetAtHour(hour);
  let offset = dayOffsetCache[day]!;
  if (offset === NO_OFFSET) {
    const first = offsetAtHour(day * 24);
    offset = first === offsetAtHour(day * 24 + 23) ? first : CHANGE_DAY;
    dayOffsetCache[day] = offset;
  }
  return offset === CHANGE_DAY ? offsetAtHour(hour) : offset;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
}

function wall(at: number): Wall {
  const offsetMinutes = offsetMinutesAt(at);
  const d = new Date(at + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    offsetMinutes,
  };
}

export function localDateOf(at: Date | number): LocalDate {
  const w = wall(typeof at === 'number' ? at : at.getTime());
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The instant of a London wall-clock time on a London day (never ambiguous for the times we use). */
export function londonTime(date: LocalDate, hour: number, minute: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, hour, minute);
  let guess = naive - wall(naive).offsetMinutes * 60_000;
  guess = naive - wall(guess).offsetMinutes * 60_000; // second pass settles the day of a clock change
  return new Date(guess);
}

/** "The end of the day" in the policy's sense: 23:59 London time (DESIGN §4). */
export const endOfDay = (date: LocalDate) => londonTime(date, 23, 59);

/** ISO 8601 with London's offset, e.g. 2026-11-27T23:59:00+00:00 or 2026-06-05T23:59:00+01:00. */
export function toLondonIso(at: Date): string {
  const w = wall(at.getTime());
  const sign = w.offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(w.offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

export function addDays(date: LocalDate, n: number): LocalDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** Same day-of-month N months on, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: LocalDate, n: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function isWorkingDay(date: LocalDate): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

/** The N-th working day after `date` (the day itself is not counted). */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  let day = dayNumber(date);
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (isWorkingDayNumber(day)) counted += 1;
  }
  return fromDayNumber(day);
}

/** P4.5: a working day followed by a day the office is closed (a Friday, or the day before a bank holiday). */
export function isLastWorkingDayBeforeBreak(date: LocalDate): boolean {
  return isWorkingDay(date) && !isWorkingDay(addDays(date, 1));
}

/*
 * The same arithmetic on numbers, for the engine's hot path: instants in milliseconds and London days
 * as day numbers. No strings and no Intl beyond the cached hourly offset.
 */
const END_OF_DAY_MS = (23 * 60 + 59) * 60_000;

/** The London day (day number) containing an instant. */
export function londonDayOf(at: number): number {
  return Math.floor((at + offsetMinutesAt(at) * 60_000) / DAY);
}

/** 23:59 London time on a London day, as an instant. */
export function endOfDayAt(day: number): number {
  const naive = day * DAY + END_OF_DAY_MS;
  return naive - offsetMinutesAt(naive - offsetMinutesAt(naive) * 60_000) * 60_000;
}

export function addWorkingDayNumbers(day: number, n: number): number {
  let d = day;
  for (let counted = 0; counted < n; ) {
    d += 1;
    if (isWorkingDayNumber(d)) counted += 1;
  }
  return d;
}

/** addMonths on day numbers: the same clamping to the month's last day, without strings. */
const monthsCache = new Map<number, number>();
export function addMonthsToDayNumber(day: number, n: number): number {
  if (n < 0 || n > 99) return addMonthsUncached(day, n);
  const key = day * 100 + n;
  let result = monthsCache.get(key);
  if (result === undefined) {
    result = addMonthsUncached(day, n);
    monthsCache.set(key, result);
  }
  return result;
}

function addMonthsUncached(day: number, n: number): number {
  const d = new Date(day * DAY);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), last)) / DAY;
}

