import { londonParts } from '../../../../shared/time/london';

/**
 * A date-and-time field (<input type="datetime-local">) holds a wall-clock time with no zone. Hearth
 * reads every time in London, whatever the computer's own zone, so these turn field values into
 * instants and back through Europe/London.
 */
const FIELD = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** How far London's wall clock is ahead of UTC at an instant, in milliseconds (0 or an hour). */
function londonOffset(at: number): number {
  const p = londonParts(new Date(at));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(at / 60_000) * 60_000;
}

/** '2026-11-21T14:05' for an instant, London time: the value a datetime-local field shows. */
export function toLondonInput(at: Date): string {
  const p = londonParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The instant (ISO, UTC) of a datetime-local value read as London time; null if it is not one. */
export function fromLondonInput(value: string): string | null {
  const m = FIELD.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(naive)) return null;
  let guess = naive - londonOffset(naive);
  guess = naive - londonOffset(guess); // a second pass settles the day the clocks change
  return new Date(guess).toISOString();
}

/** A problem with a required London date-time field value, or null. */
export function whenProblem(value: string, what: string, now = Date.now()): string | null {
  if (!value.trim()) return `Enter when ${what}.`;
  const at = fromLondonInput(value);
  if (!at) return `Enter when ${what} as a date and time.`;
  if (new Date(at).getTime() > now + 60_000) return `The time ${what} cannot be in the future.`;
  return null;
}
