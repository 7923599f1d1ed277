import { type LocalDate } from './days';

/**
 * Europe/London time from an instant, with Intl only (shared/ runs in the renderer too): case
 * references, "today" and day boundaries are London days, whatever the PC's own time zone. The one
 * implementation of London's offset; the service-standards engine asks it for every due item, so the
 * offset is cached per hour, and per day on the days without a clock change.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });
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
 * Days from 1 January 1970 to about 2200 are cached; others are worked out each time.
 */
const CACHED_DAYS = 84_000;
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

export interface LondonParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

interface Wall extends LondonParts {
  second: number;
  offsetMinutes: number;
}

function wall(at: number): Wall {
  const offsetMinutes = offsetMinutesAt(at);
  const d = new Date(at + offsetMinutes * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offsetMinutes };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The London calendar date and wall-clock time of an instant. */
export function londonParts(at: Date): LondonParts {
  const { year, month, day, hour, minute } = wall(at.getTime());
  return { year, month, day, hour, minute };
}

/** 'YYYY-MM-DD' of the London calendar day containing the instant. */
export function localDateOf(at: Date | number): LocalDate {
  const w = wall(typeof at === 'number' ? at : at.getTime());
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The same, for callers that read it as "London's date of" an instant. */
export const londonDate = (at: Date): LocalDate => localDateOf(at);

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
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/*
 * The same arithmetic on numbers, for the engine's hot path: instants in milliseconds and London days
 * as day numbers (days since 1 January 1970). No strings and no Intl beyond the cached hourly offset.
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

/** Whole years from a date of birth ('YYYY-MM-DD') to a London calendar day. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The UK display formats live in ./format.ts; these names stay for callers that read dates as calendar
 * facts here. A date-only 'YYYY-MM-DD' is midnight UTC, which is the same London day.
 */
export { formatDate as formatDateUK, formatDateTime as formatDateTimeUK } from './format';
