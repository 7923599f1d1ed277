import { describe, expect, it } from 'vitest';
import { unzipEntries, zipEntries } from '../../../main/documents/zip';

describe('zip packages (main/documents/zip.ts, on fflate)', () => {
  it('writes what it reads back, the same bytes for the same files', () => {
    const files = new Map([
      ['word/document.xml', Buffer.from('<w:document>Témoin – “quoted”</w:document>', 'utf8')],
      ['[Content_Types].xml', Buffer.from('<Types/>', 'utf8')],
    ]);
    const zipped = zipEntries(files);
    const back = unzipEntries(zipped);
    expect([...back.keys()]).toEqual([...files.keys()]);
    expect(back.get('word/document.xml')!.toString('utf8')).toBe('<w:document>Témoin – “quoted”</w:document>');
    expect(zipEntries(files).equals(zipped)).toBe(true);
  });

  it('refuses a package whose entries claim to unzip past the limit, before inflating them', () => {
    const zipped = Buffer.from(zipEntries(new Map([['a.xml', Buffer.from('<a/>')]])));
    // The central directory's uncompressed size (offset 24 of its record) says 1 GB.
    const central = zipped.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zipped.writeUInt32LE(1024 * 1024 * 1024, central + 24);
    expect(() => unzipEntries(zipped)).toThrow(/more than 256 MB/);
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => unzipEntries(Buffer.from('not a zip at all'))).toThrow();
  });
});
