import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFString, PDFHexString, StandardFonts } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { installFastWrite } from '../../../main/pdf/fast-write';
import { bookmarked, multiPage, rotated } from '../../fixtures/bundles/make';

/**
 * The dictionary-writing shortcut the bundle worker installs (main/pdf/fast-write.ts) must write every
 * dictionary byte for byte as pdf-lib's own code does: each object is measured and written before it is
 * installed and again after, and a whole document saved both ways is the same file.
 */
async function varied(): Promise<PDFDocument> {
  const doc = await PDFDocument.load(await bookmarked());
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Exhibit AH1: photograph of the landing', { x: 50, y: 780, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  const ctx = doc.context;
  // Nested dictionaries, arrays, escaped names, strings of both kinds, numbers, an empty dictionary, and a stream.
  const nested = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10.5, 20], A: { S: 'URI', URI: PDFString.of('https://example.org/(x)') }, Empty: {} });
  nested.set(PDFName.of('Brand#2DNew'), PDFHexString.of('FEFF0041'));
  nested.set(PDFName.of('Count'), PDFNumber.of(-3));
  ctx.register(nested);
  ctx.register(ctx.flateStream('q 1 0 0 1 0 0 cm Q', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }));
  return doc;
}

function written(doc: PDFDocument): string[] {
  return doc.context.enumerateIndirectObjects().map(([ref, object]) => {
    const bytes = new Uint8Array(object.sizeInBytes());
    const length = object.copyBytesInto(bytes, 0);
    return `${ref.toString()} ${length}/${bytes.length} ${Buffer.from(bytes).toString('latin1')}`;
  });
}

describe('the dictionary-writing shortcut (main/pdf/fast-write.ts)', () => {
  it('measures and writes every object as pdf-lib does, and saves the same file', async () => {
    const docs = [await varied(), await PDFDocument.load(await multiPage(3)), await PDFDocument.load(await rotated())];
    // Saved first: saving embeds the font (a new object), which the objects compared must include.
    const savedBefore = await docs[0]!.save({ useObjectStreams: false, updateFieldAppearances: false });
    const before = docs.map(written);
    installFastWrite();
    // In effect, not the library's code kept as a fallback: no dictionary is copied into an array of entries.
    const copied = vi.spyOn(PDFDict.prototype, 'entries');
    const after = docs.map(written);
    expect(copied).not.toHaveBeenCalled();
    copied.mockRestore();
    expect(after).toEqual(before);
    // Every measured size is the size written: the writer allocates from one and fills with the other.
    for (const line of after.flat()) {
      const [, length, size] = /^\d+ \d+ R (\d+)\/(\d+) /.exec(line) ?? [];
      expect(length).toBeDefined();
      expect(length).toBe(size);
    }
    expect(Buffer.from(await docs[0]!.save({ useObjectStreams: false, updateFieldAppearances: false })).equals(Buffer.from(savedBefore))).toBe(true);
    // The varied dictionary is among them, nested and empty dictionaries and all.
    expect(after[0]!.some((l) => l.includes('/Empty <<\n>>\n/Brand-New <FEFF0041>\n/Count -3\n>>'))).toBe(true);
  });
});
