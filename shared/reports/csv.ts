import type { ReportTable } from './tables';

/**
 * One measure's table as CSV (RFC 4180): a header row, then one row per table row; numbers raw (1234.5,
 * 0.857) so a spreadsheet can sum them, words as shown. A cell that a spreadsheet would run as a formula
 * gets a leading apostrophe (OWASP "CSV injection"): area names are typed by people. UTF-8 with a
 * byte-order mark so Excel reads "£" and "–" correctly.
 *
 * A formula start is =, +, -, @, tab or CR; also their full-width forms (＝ ＋ － ＠, which East Asian input
 * methods type and some spreadsheets read as the ASCII ones) and small forms (﹦ ﹢ ﹣ ﹫); and any of these
 * behind characters nobody sees: spaces, zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and
 * bidirectional marks (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), which issue 13 found let
 * "=" through.
 */
const FORMULA_START = /^[\s\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

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
