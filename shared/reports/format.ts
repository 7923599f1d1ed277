/** Numbers as a board paper prints them (en-GB). Pure, so screen, PDF and CLI print the same. */
const INT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
const MONEY_WHOLE = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export const fmtInt = (n: number) => INT.format(n);
export const fmtMoney = (pence: number) => MONEY.format(pence / 100);
/** £12,340 for chart labels, where pence are noise. */
export const fmtMoneyShort = (pence: number) => MONEY_WHOLE.format(pence / 100);
export const fmtRate = (r: number | null) => (r === null ? 'n/a' : r.toFixed(2));
export const fmtPercent = (r: number | null) => (r === null ? 'n/a' : `${(r * 100).toFixed(1)}%`);
export const fmtMean = (m: number | null) => (m === null ? 'n/a' : m.toFixed(1));

/** "+5", "−3" (a real minus sign), "no change". */
export function fmtChange(now: number | null, before: number | null, unit: 'count' | 'rate' | 'percent' | 'money'): string {
  if (now === null || before === null) return 'n/a';
  const d = now - before;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '';
  if (unit === 'percent') {
    const points = Math.abs(d * 100);
    return points < 0.05 ? 'no change' : `${sign}${points.toFixed(1)} points`;
  }
  if (unit === 'rate') return Math.abs(d) < 0.005 ? 'no change' : `${sign}${Math.abs(d).toFixed(2)}`;
  if (d === 0) return 'no change';
  const abs = unit === 'money' ? fmtMoneyShort(Math.abs(d)) : fmtInt(Math.abs(d));
  return before > 0 ? `${sign}${abs} (${sign}${Math.round((Math.abs(d) / before) * 100)}%)` : `${sign}${abs}`;
}
