import { londonDate } from '../../../../shared/time/london';
import { fromLondonDateOrTime, fromLondonInput, toIsoDate } from '../../../../shared/time/input';

/**
 * The words for a typed date or time that is missing, malformed or in the future. The clock is a rule
 * the schemas leave to main's services; forms check it too, so the answer is instant.
 */

/** A problem with a required date-and-time answer, or null. */
export function dateTimeProblem(text: string, what: string, label: string): string | null {
  if (!text.trim()) return `Enter the date and time ${label}.`;
  const iso = fromLondonInput(text);
  if (!iso) return `Enter the date and time ${label} like 21/11/2026 14:30.`;
  return futureTime(iso, what);
}

/** A problem with a time that may be only a day (an estimate: "21/11/2026" or "21/11/2026 14:30"), or null. */
export function estimateProblem(text: string, what: string, label: string): string | null {
  if (!text.trim()) return `Enter the date ${label}, and the time if known.`;
  const parsed = fromLondonDateOrTime(text);
  if (!parsed) return `Enter the date ${label} like 21/11/2026, or with the time like 21/11/2026 14:30.`;
  return futureTime(parsed.at, what);
}

/** A problem with a date answer, or null. */
export function dateProblem(text: string, label: string, required = true): string | null {
  if (!text.trim()) return required ? `Enter ${label}.` : null;
  const iso = toIsoDate(text);
  if (!iso) return `Enter ${label} like 21/11/2026.`;
  return futureDay(iso, `${label.charAt(0).toUpperCase()}${label.slice(1)}`);
}

/** "… cannot be in the future" for an instant more than a minute ahead, else null. */
export const futureTime = (iso: string | null | undefined, what: string): string | null =>
  iso && /^\d{4}-/.test(iso) && new Date(iso).getTime() > Date.now() + 60_000 ? `${what} cannot be in the future.` : null;

/** "… cannot be in the future" for a London day after today, else null. */
export const futureDay = (day: string | null | undefined, what: string): string | null =>
  day && /^\d{4}-\d{2}-\d{2}$/.test(day) && day > londonDate(new Date()) ? `${what} cannot be in the future.` : null;
