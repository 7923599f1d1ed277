import type { ReportTable } from './tables';

/**
 * One measure's table as CSV (RFC 4180): a header row, then one row per table row; numbers raw (1234.5,
 * 0.857) so a spreadsheet can sum them, words as shown. A cell that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR at the start) gets a leading apostrophe (OWASP "CSV injection"): area names are typed
 * by people. UTF-8 with a byte-order mark so Excel reads "£" and "–" correctly.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableToCsv(table: ReportTable): string {
  const lines = [table.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of table.rows) lines.push(row.cells.map((c) => csvField(c.value ?? c.text)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
