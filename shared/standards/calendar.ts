import Holidays from 'date-holidays';

/**
 * Working-day and London-time arithmetic for the service standards (DESIGN §4).
 * A working day is Monday to Friday and not a bank holiday in England and Wales (date-holidays, GB-ENG,
 * including substitute days such as Monday 28 December 2026 for Boxing Day). All calendar reasoning is
 * on Europe/London dates, whatever the computer's own time zone.
 */
export type LocalDate = string; // 'YYYY-MM-DD', a London calendar day

const holidays = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
const holidayCache = new Map<number, ReadonlySet<LocalDate>>();

function bankHolidays(year: number): ReadonlySet<LocalDate> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(holidays.getHolidays(year).map((h) => h.date.slice(0, 10)));
    holidayCache.set(year, set);
  }
  return set;
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

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
  const p = Object.fromEntries(offsetFormat.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(p.timeZoneName ?? 'GMT');
  const offsetMinutes = m?.[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second), offsetMinutes };
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
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
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
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidays(y).has(date);
}

/** The N-th working day after `date` (the day itself is not counted). */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** P4.5: a working day followed by a day the office is closed (a Friday, or the day before a bank holiday). */
export function isLastWorkingDayBeforeBreak(date: LocalDate): boolean {
  return isWorkingDay(date) && !isWorkingDay(addDays(date, 1));
}
