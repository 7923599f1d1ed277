/**
 * Reads a comma-joined list of ISO instants, each followed by one flag digit, as SQLite's group_concat
 * gives them to the deadline recompute ("2026-11-21T10:00:00.000Z0,2026-11-22T09:30:00.000Z1").
 * Half a million of them are read when every open case is recomputed, so the usual form
 * (YYYY-MM-DDTHH:MM:SS.sssZ, which is how Hearth stores every instant) is read digit by digit instead of
 * through split, slice and Date.parse; anything else goes through Date.parse.
 */
export function forEachInstant(joined: string, visit: (ms: number, flag: boolean) => void): void {
  let from = 0;
  while (from < joined.length) {
    let end = joined.indexOf(',', from);
    if (end < 0) end = joined.length;
    const flag = joined.charCodeAt(end - 1) === 49; // '1'
    const ms = end - from === 25 ? readUsualForm(joined, from) : Number.NaN;
    visit(Number.isNaN(ms) ? Date.parse(joined.slice(from, end - 1)) : ms, flag);
    from = end + 1;
  }
}

const DAY = 86_400_000;

/** `count` decimal digits of s from `at`, or NaN. (No closures here: this runs for every fact.) */
function digits(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i += 1) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The separators of YYYY-MM-DDTHH:MM:SS.sssZ: offset and character code. */
const SEPARATORS = [4, 45, 7, 45, 10, 84, 13, 58, 16, 58, 19, 46, 23, 90];

/** YYYY-MM-DDTHH:MM:SS.sssZ at `at`, as ms since 1970, or NaN if it is not exactly that form. */
function readUsualForm(s: string, at: number): number {
  for (let i = 0; i < SEPARATORS.length; i += 2) if (s.charCodeAt(at + SEPARATORS[i]!) !== SEPARATORS[i + 1]) return Number.NaN;
  const month = digits(s, at + 5, 2);
  const day = digits(s, at + 8, 2);
  const hour = digits(s, at + 11, 2);
  const minute = digits(s, at + 14, 2);
  const second = digits(s, at + 17, 2);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59)) return Number.NaN;
  return daysFromCivil(digits(s, at, 4), month, day) * DAY + ((hour * 60 + minute) * 60 + second) * 1000 + digits(s, at + 20, 3);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
