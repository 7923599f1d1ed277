import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../../main/pdf/images';
import { wordsOfTsv } from '../../../main/pdf/redact/ocr';
import { mayHoldScans } from '../../../main/pdf/redact/read-words';

/**
 * The words OCR gives back (main/pdf/redact/ocr.ts reads tesseract's TSV, not its tree of objects), and
 * the look at a PDF's bytes that starts OCR before the file is parsed (read-words.ts).
 */
describe("OCR's words from tesseract's TSV", () => {
  // As tesseract writes it: page, block, paragraph and line rows (levels 1–4, no text), then words (level 5).
  const tsv = [
    '1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t',
    '2\t1\t1\t0\t0\t0\t200\t178\t1218\t66\t-1\t',
    '4\t1\t1\t1\t1\t0\t200\t178\t600\t27\t-1\t',
    '5\t1\t1\t1\t1\t1\t200\t178\t98\t22\t96.578308\tAdvice',
    '5\t1\t1\t1\t1\t2\t309\t185\t55\t15\t41.5\tFlat',
    '5\t1\t1\t1\t1\t3\t380\t185\t20\t15\t95\t ',
    '5\t1\t1\t1\t1\t4\t410\t185\t20\t15\t88\t6',
    '',
  ].join('\n');

  it('keeps each word with its box in page points (pixels ÷ scale) and its confidence, in reading order', () => {
    const scale = 200 / 72;
    const words = wordsOfTsv(tsv, scale);
    expect(words.map((w) => w.text)).toEqual(['Advice', 'Flat', '6']);
    expect(words[0]!.x).toBeCloseTo(200 / scale, 6);
    expect(words[0]!.y).toBeCloseTo(178 / scale, 6);
    expect(words[0]!.width).toBeCloseTo(98 / scale, 6);
    expect(words[0]!.height).toBeCloseTo(22 / scale, 6);
    // A poorly read word is still a word (a name read poorly must still be covered); text-layer.ts drops it from the layer.
    expect(words.map((w) => w.confidence)).toEqual([96.578308, 41.5, 88]);
  });

  it('gives nothing for a page with no words, and ignores a short or broken row', () => {
    expect(wordsOfTsv('', 1)).toEqual([]);
    expect(wordsOfTsv('1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t', 1)).toEqual([]);
    expect(wordsOfTsv('5\t1\t1\t1\t1\t1\t200\t178', 1)).toEqual([]);
  });
});

describe('whether a PDF may hold a scan (starts OCR early)', () => {
  async function pdf(withPhoto: boolean): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawText('A letter with no picture', { x: 50, y: 780, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    if (withPhoto) {
      const rgb = new Uint8Array(8 * 8 * 3).fill(200);
      page.drawImage(await doc.embedJpg(encodeJpeg(rgb, 8, 8)), { x: 50, y: 50, width: 200, height: 200 });
    }
    return doc.save({ useObjectStreams: true });
  }

  it('says yes for a file with an image of its own, even with its objects compressed into object streams', async () => {
    expect(mayHoldScans(await pdf(true))).toBe(true);
  });

  it('says no for a text-only file, however it names images in a ProcSet or an image mask flag', async () => {
    expect(mayHoldScans(await pdf(false))).toBe(false);
    const procSet = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /ProcSet [/PDF /Text /ImageB /ImageC /ImageI] /ImageMask false >> endobj\n%%EOF');
    expect(mayHoldScans(procSet)).toBe(false);
  });

  it('finds `/Subtype /Image` written with any spacing, and in a view into a larger buffer', () => {
    const spaced = new TextEncoder().encode('xx 5 0 obj << /Type /XObject /Subtype\r\n  /Image /Width 8 >> stream');
    expect(mayHoldScans(spaced)).toBe(true);
    const packed = new TextEncoder().encode('junk<</Subtype/Image/Width 8>>');
    const inside = new Uint8Array(packed.length + 20);
    inside.set(packed, 10);
    expect(mayHoldScans(inside.subarray(10, 10 + packed.length))).toBe(true);
    expect(mayHoldScans(inside.subarray(10, 14))).toBe(false);
  });
});
