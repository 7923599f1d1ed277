import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleFileName } from '../../../shared/bundles/file-name';
import { cleanFileName, lastExtension, MAX_NAME_BYTES, peelDangerousExtensions, safeFileName } from '../../../shared/files/safe-name';
import { hostileName, INVISIBLE } from '../../helpers/hostile-names';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

describe('safeFileName', () => {
  it('gives a name with no invisible or reserved characters, no leading or trailing dots or spaces, no Windows device name, at most 200 bytes', () => {
    fc.assert(
      fc.property(hostileName, fc.constantFrom('pdf', 'docx', 'csv'), (stem, ext) => {
        const name = safeFileName(stem, ext);
        expect(name).not.toMatch(INVISIBLE);
        expect(name).not.toMatch(/[<>:"/\\|?*]/);
        expect(name).not.toMatch(/^[\s.]|[\s.]$/);
        expect(name.endsWith(`.${ext}`)).toBe(true);
        expect(name.split('.')[0]!.trim()).not.toMatch(/^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i);
        expect(utf8(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['Warning letter to Ms\u202Efdp.exe', 'pdf', 'Warning letter to Msfdp.exe.pdf'],
    ['Acknowledgement of a report — C33-2026-0001', 'docx', 'Acknowledgement of a report — C33-2026-0001.docx'],
    ['Letter: 21/11/2026?', 'pdf', 'Letter_ 21_11_2026_.pdf'],
    ['NUL', 'csv', '_NUL.csv'],
    ['', 'pdf', 'file.pdf'],
  ])('%j as .%s is %j', (stem, ext, expected) => {
    expect(safeFileName(stem, ext)).toBe(expected);
  });

  it('shortens by whole characters, never splitting one', () => {
    const name = safeFileName('😀'.repeat(100), 'pdf');
    expect(utf8(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^(😀)+\.pdf$/u);
  });

  it('takes off every trailing dangerous extension, and only those', () => {
    expect(peelDangerousExtensions('invoice.pdf.js')).toBe('invoice.pdf');
    expect(peelDangerousExtensions('photo.jpg . .exe.scr')).toBe('photo.jpg');
    expect(peelDangerousExtensions('Minutes 21.11.2026')).toBe('Minutes 21.11.2026');
    expect(peelDangerousExtensions('.exe')).toBe('.exe');
    expect(lastExtension(cleanFileName('report.pdf. . '))).toBe('pdf');
  });

  it('keeps bundle file names to B13’s pattern, without bidi tricks from a short name', () => {
    const name = bundleFileName({ claimNumber: 'K12AB345', fallbackRef: 'C33-2026-0001', shortName: 'Circle 33 v \u202EnodroG', letter: 'A', hearingDate: '2026-12-03', extension: 'pdf' });
    expect(name).toBe('K12AB345 - Circle 33 v nodroG - Bundle A - hearing 2026-12-03.pdf');
  });
});
