import { londonDate, londonParts, londonTime } from './london';

/**
 * Dates and times as people in the UK type them — 21/11/2026 and 21/11/2026 14:30 — in London time,
 * whatever the computer's own zone or language. (Native date inputs follow the browser's language and
 * may show 11/21/2026; text fields do not.) These turn the typed text into what main takes (ISO
 * instants and 'YYYY-MM-DD' days) and back; ./london.ts does the zone arithmetic.
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

/** The ISO instant of a typed London date and time ("21/11/2026 14:30"), or null when it is not one. */
export function fromLondonInput(text: string): string | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const day = isoDay(m[1]!, m[2]!, m[3]!);
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (!day || hour > 23 || minute > 59) return null;
  return londonTime(day, hour, minute).toISOString();
}

/**
 * A time that may be an estimate (issue 17): "21/11/2026 14:30", or only "21/11/2026" when the time is not
 * known, which stands for the start of that London day. Null when it is neither.
 */
export function fromLondonDateOrTime(text: string): { at: string; timeKnown: boolean } | null {
  const day = toIsoDate(text);
  if (day) return { at: londonTime(day, 0, 0).toISOString(), timeKnown: false };
  const at = fromLondonInput(text);
  return at ? { at, timeKnown: true } : null;
}

/** What main takes for such a field: the instant (or the text as typed, for the schema to refuse) and whether the time was given. */
export const estimateFromInput = (text: string): { at: string | undefined; timeKnown: boolean } => {
  const parsed = text.trim() ? fromLondonDateOrTime(text) : null;
  return parsed ?? { at: text.trim() || undefined, timeKnown: true };
};

/*
 * For a request checked by its schema: what was typed becomes the value main takes, or stays as typed
 * when it is not one (so the schema says it is not a date), or undefined when nothing was typed (so the
 * schema says it is missing).
 */
export const instantFromInput = (text: string): string | undefined => (text.trim() ? (fromLondonInput(text) ?? text.trim()) : undefined);
export const dayFromInput = (text: string): string | undefined => (text.trim() ? (toIsoDate(text) ?? text.trim()) : undefined);
