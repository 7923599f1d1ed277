/**
 * How far away a due time is, in the words an officer would say: "in 3 hours", "2 days overdue".
 * Rounded down, so time left is never overstated and lateness never understated by more than a unit.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

function span(ms: number): string {
  if (ms < HOUR) return plural(Math.max(1, Math.floor(ms / MINUTE)), 'minute');
  if (ms < DAY) return plural(Math.floor(ms / HOUR), 'hour');
  return plural(Math.floor(ms / DAY), 'day');
}

export function isOverdue(dueAt: string, now: number): boolean {
  return new Date(dueAt).getTime() < now;
}

export function relativeDue(dueAt: string, now: number): string {
  const diff = new Date(dueAt).getTime() - now;
  return diff < 0 ? `${span(-diff)} overdue` : `in ${span(diff)}`;
}
