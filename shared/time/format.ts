/**
 * Dates and times as people in the UK read them: 21/11/2026 and 14:05, always in Europe/London time
 * whatever the computer's own zone. Pure (Intl only), so the renderer, documents and the CLI agree.
 */
export const HOME_TIME_ZONE = 'Europe/London';

const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: HOME_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: HOME_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function toDate(value: Date | string | number): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** 21/11/2026 (an unreadable value gives an empty string rather than "Invalid Date"). */
export function formatDate(value: Date | string | number): string {
  const date = toDate(value);
  if (!date) return '';
  const parts = DATE.formatToParts(date);
  return `${part(parts, 'day')}/${part(parts, 'month')}/${part(parts, 'year')}`;
}

/** 14:05, 24-hour clock. */
export function formatTime(value: Date | string | number): string {
  const date = toDate(value);
  if (!date) return '';
  const parts = TIME.formatToParts(date);
  return `${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** 21/11/2026 14:05. */
export function formatDateTime(value: Date | string | number): string {
  const date = toDate(value);
  return date ? `${formatDate(date)} ${formatTime(date)}` : '';
}
