import { describe, expect, it } from 'vitest';
import { csvField, tableToCsv } from '../../../shared/reports/csv';

describe('CSV', () => {
  it('quotes what needs quoting and keeps numbers raw', () => {
    expect(csvField('Elm Estate')).toBe('Elm Estate');
    expect(csvField('Acknowledge, then contact')).toBe('"Acknowledge, then contact"');
    expect(csvField('The "Oaks"')).toBe('"The ""Oaks"""');
    expect(csvField(1234.5)).toBe('1234.5');
    expect(csvField(-3)).toBe('-3');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+44 estate')).toBe("'+44 estate");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes a header and rows, CRLF, with a byte-order mark for Excel', () => {
    const csv = tableToCsv({ measure: 'methods', title: 'Method', columns: [{ label: 'Method', numeric: false }, { label: 'Cases', numeric: true }], rows: [{ cells: [{ text: 'Phone' }, { text: '1,234', value: 1234 }] }] });
    expect(csv).toBe('\uFEFFMethod,Cases\r\nPhone,1234\r\n');
  });
});

describe('the CSV formula guard (issue 13)', () => {
  // [what a person typed, what the cell must start with]
  const DEFUSED: [string, string][] = [
    ['＝HYPERLINK("http://x")', "'＝"], // full-width equals
    ['＋44 estate', "'＋"],
    ['－1', "'－"],
    ['＠SUM(A1)', "'＠"],
    ['﹦1+1', "'﹦"], // small equals
    ['\u200B=1+1', "'\u200B="], // zero-width space
    ['\u200C=1+1', "'\u200C="], // zero-width non-joiner
    ['\u200D+1', "'\u200D+"], // zero-width joiner
    ['\u2060@SUM(A1)', "'\u2060@"], // word joiner
    ['\uFEFF=1', "'\uFEFF="], // byte-order mark inside a cell
    ['\u200E=1', "'\u200E="], // left-to-right mark
    ['\u200F-1', "'\u200F-"], // right-to-left mark
    ['\u061C=1', "'\u061C="], // Arabic letter mark
    ['\u202E=1', "'\u202E="], // right-to-left override
    ['\u2066=1', "'\u2066="], // left-to-right isolate
    ['\u200B\u200E ＝1', "'\u200B\u200E ＝"], // several, and a space, before a full-width sign
    [' =1', "' ="],
    ['\t=1', "'\t="],
  ];

  it.each(DEFUSED)('defuses %j', (typed, starts) => {
    const field = csvField(typed);
    const cell = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
    expect(cell.startsWith(starts)).toBe(true);
    expect(cell.slice(1)).toBe(typed); // nothing else changed: the apostrophe is all that was added
  });

  it.each(['Elm Estate', 'Rose\u200BCourt', 'a=b', 'C33-2026-0042', '£1,200', 'Ωmega'])('leaves ordinary text alone: %j', (typed) => {
    expect(csvField(typed).replace(/^"|"$/g, '').replace(/""/g, '"')).toBe(typed);
  });
});
