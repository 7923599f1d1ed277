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
