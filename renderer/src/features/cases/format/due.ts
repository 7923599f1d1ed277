import { formatDate, formatTime } from '../../../../../shared/format/dates';
import { londonDate } from '../../../../../shared/time/london';

const addDay = (date: string, n: number) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + n)).toISOString().slice(0, 10);

/** "today 23:59", "tomorrow 09:00" or "27/11/2026 23:59": when something is due, in London time. */
export function formatWhen(iso: string, now = new Date()): string {
  const day = londonDate(new Date(iso));
  const today = londonDate(now);
  const time = formatTime(iso);
  if (day === today) return `today ${time}`;
  if (day === addDay(today, 1)) return `tomorrow ${time}`;
  if (day === addDay(today, -1)) return `yesterday ${time}`;
  return `${formatDate(iso)} ${time}`;
}

/** "due today 23:59" or "overdue since 20/11/2026 14:05". */
export function dueText(iso: string, now = new Date()): string {
  return new Date(iso).getTime() < now.getTime() ? `overdue since ${formatWhen(iso, now)}` : `due ${formatWhen(iso, now)}`;
}
