import { formatDate, formatTime } from '../../../../../shared/time/format';
import { addDays } from '../../../../../shared/time/days';
import { londonDate } from '../../../../../shared/time/london';


/** "today 23:59", "tomorrow 09:00" or "27/11/2026 23:59": when something is due, in London time. */
export function formatWhen(iso: string, now = new Date()): string {
  const day = londonDate(new Date(iso));
  const today = londonDate(now);
  const time = formatTime(iso);
  if (day === today) return `today ${time}`;
  if (day === addDays(today, 1)) return `tomorrow ${time}`;
  if (day === addDays(today, -1)) return `yesterday ${time}`;
  return `${formatDate(iso)} ${time}`;
}

/** "due today 23:59" or "overdue since 20/11/2026 14:05". */
export function dueText(iso: string, now = new Date()): string {
  return new Date(iso).getTime() < now.getTime() ? `overdue since ${formatWhen(iso, now)}` : `due ${formatWhen(iso, now)}`;
}
