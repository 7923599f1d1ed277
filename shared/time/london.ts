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

/** 21/11/2026: how officers write dates (UK). */
export function formatDateUK(isoOrDate: string | Date): string {
  const d = typeof isoOrDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(isoOrDate) ? isoOrDate : londonDate(new Date(isoOrDate));
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
}

/** 21/11/2026 14:05, London time. */
export function formatDateTimeUK(iso: string): string {
  const p = londonParts(new Date(iso));
  return `${formatDateUK(iso)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
