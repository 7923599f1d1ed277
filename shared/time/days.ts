/**
 * Calendar-day arithmetic on London days ('YYYY-MM-DD'), as plain UTC dates: a calendar day has no
 * clock change to trip on. Working days and bank holidays are the service standards' business and live
 * in shared/standards/calendar.ts, main-side only: the renderer never loads the holiday tables.
 */
export type LocalDate = string; // 'YYYY-MM-DD', a London calendar day

const DAY = 86_400_000;

/** Days since 1 January 1970 of a 'YYYY-MM-DD' day. */
export const dayNumber = (date: LocalDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
export const fromDayNumber = (n: number): LocalDate => new Date(n * DAY).toISOString().slice(0, 10);

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

/** addMonths on day numbers: the same clamping to the month's last day, without strings (the engine's hot path). */
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
