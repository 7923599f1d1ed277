import { londonDate, londonParts } from './london';

/**
 * Dates and times are typed as people in the UK write them — 21/11/2026 and 21/11/2026 14:30 — in
 * London time, whatever the computer's own zone or language. (Native date inputs follow the browser's
 * language and may show 11/21/2026; text fields do not.) These turn the typed text into what main
 * takes (ISO instants and 'YYYY-MM-DD' days) and back; shared/time/london.ts does the zone arithmetic.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DATE_TIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*,?\s+|\s*(?:at)\s*)(\d{1,2})[:.](\d{2})$/i;

/** "21/11/2026" for a 'YYYY-MM-DD' day. */
export const fromIsoDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);

/** Today in London, as typed: "21/11/2026". */
export const londonToday = () => fromIsoDate(londonDate(new Date()));

/** "21/11/2026 14:30": an instant as London wall-clock time, the way the fields show it. */
export function toLondonInput(at: Date | string): string {
  const p = londonParts(new Date(at));
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

function isoDay(day: string, month: string, year: string): string | null {
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** 'YYYY-MM-DD' for a typed date such as "21/11/2026" (or 21-11-2026, 21.11.2026), or null. */
export function toIsoDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  return m ? isoDay(m[1]!, m[2]!, m[3]!) : null;
}

/** How far London is ahead of UTC at an instant, in minutes (0 in winter, 60 in summer). */
function offsetMinutes(at: number): number {
  const p = londonParts(new Date(at));
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(at / 60_000) * 60_000) / 60_000;
}

/** The ISO instant of a typed London date and time ("21/11/2026 14:30"), or null when it is not one. */
export function fromLondonInput(text: string): string | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const day = isoDay(m[1]!, m[2]!, m[3]!);
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (!day || hour > 23 || minute > 59) return null;
  const naive = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour, minute);
  let guess = naive - offsetMinutes(naive) * 60_000;
  guess = naive - offsetMinutes(guess) * 60_000; // a second pass settles the day the clocks change
  return new Date(guess).toISOString();
}

/** A problem with a required date-and-time answer, or null. */
export function dateTimeProblem(text: string, what: string, label: string): string | null {
  if (!text.trim()) return `Enter the date and time ${label}.`;
  const iso = fromLondonInput(text);
  if (!iso) return `Enter the date and time ${label} like 21/11/2026 14:30.`;
  if (new Date(iso).getTime() > Date.now() + 60_000) return `${what} cannot be in the future.`;
  return null;
}

/** A problem with a date answer, or null. */
export function dateProblem(text: string, label: string, required = true): string | null {
  if (!text.trim()) return required ? `Enter ${label}.` : null;
  const iso = toIsoDate(text);
  if (!iso) return `Enter ${label} like 21/11/2026.`;
  if (iso > londonDate(new Date())) return `${label.charAt(0).toUpperCase()}${label.slice(1)} cannot be in the future.`;
  return null;
}
