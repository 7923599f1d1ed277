/**
 * Europe/London calendar facts from an instant, with Intl only (shared/ runs in the renderer too).
 * Case references, "today" and day boundaries are London days, whatever the PC's own time zone.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface LondonParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function londonParts(at: Date): LondonParts {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute) };
}

/** 'YYYY-MM-DD' of the London calendar day containing the instant. */
export function londonDate(at: Date): string {
  const p = londonParts(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Whole years from a date of birth ('YYYY-MM-DD') to a London calendar day. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The UK display formats live in shared/format/dates.ts; these names stay for callers that read dates
 * as calendar facts here. A date-only 'YYYY-MM-DD' is midnight UTC, which is the same London day.
 */
export { formatDate as formatDateUK, formatDateTime as formatDateTimeUK } from '../format/dates';
