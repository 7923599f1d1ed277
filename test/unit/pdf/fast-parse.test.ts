import { type PDFArray, PDFContext, PDFDocument, PDFName, PDFNumber, PDFObjectParser } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { installFastParse } from '../../../main/pdf/fast-parse';
import { bookmarked, damaged, encrypted, handWritten, landscape, multiPage, rotated, scanned, turnedLandscape } from '../../fixtures/bundles/make';

/**
 * The parser shortcuts the bundle worker installs (main/pdf/fast-parse.ts) must read every file into the
 * same objects pdf-lib's own methods do. Each file is read before they are installed and again after.
 */
async function dump(bytes: Uint8Array): Promise<string> {
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, parseSpeed: Infinity, throwOnInvalidObject: false });
    return [...doc.context.enumerateIndirectObjects()]
      .sort(([a], [b]) => a.objectNumber - b.objectNumber)
      .map(([ref, object]) => `${ref.toString()} ${object.toString()}`)
      .join('\n');
  } catch (error) {
    // pdf-lib counts lines again after a failed keyword match; the shortcuts do not, so only the offset is compared.
    return `failed: ${(error as Error).message.replace(/\(line:\d+ col:\d+ /g, '(')}`;
  }
}

describe('the parser shortcuts (main/pdf/fast-parse.ts)', () => {
  it('read every kind of evidence file into the same objects as pdf-lib’s own parser', async () => {
    const classic = await PDFDocument.load(await multiPage(3));
    const files: Record<string, Uint8Array> = {
      multiPage: await multiPage(4),
      classicXref: await classic.save({ useObjectStreams: false }),
      landscape: await landscape(),
      rotated: await rotated(),
      turnedLandscape: await turnedLandscape(),
      bookmarked: await bookmarked(),
      scanned: await scanned(2),
      damaged: await damaged(),
      encrypted: encrypted(),
      handWritten: handWritten(),
    };
    const printed = Object.fromEntries([0, -0, 7, 612, 1048575, 1048576, -3, 0.5, 1e21, 123456789012].map((v) => [String(v), PDFNumber.of(v).toString()]));
    const before: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) before[name] = await dump(bytes);
    installFastParse();
    for (const [name, bytes] of Object.entries(files)) expect({ name, parsed: await dump(bytes) }).toEqual({ name, parsed: before[name] });
    // Whole numbers are shared, and print as pdf-lib prints them; others are made as before.
    expect(PDFNumber.of(612)).toBe(PDFNumber.of(612));
    for (const v of [0, -0, 7, 612, 1048575, 1048576, -3, 0.5, 1e21, 123456789012]) expect(PDFNumber.of(v).toString()).toBe(printed[String(v)]);
    // Names met again are found by their bytes: the very instances PDFName.of gives (pdf-lib compares
    // names by identity), with names alike in length, letters or prefix kept apart.
    const spelled = ['Ab', 'Ba', 'Abc', 'AB', 'A', 'Type', 'Page'];
    const text = `[${[...spelled, ...spelled].map((n) => `/${n}`).join(' ')}]`;
    const array = PDFObjectParser.forBytes(new TextEncoder().encode(text), PDFContext.create()).parseObject() as PDFArray;
    expect(array.size()).toBe(spelled.length * 2);
    spelled.forEach((n, i) => {
      expect(array.get(i)).toBe(PDFName.of(n));
      expect(array.get(i + spelled.length)).toBe(PDFName.of(n));
    });
    const page = (await PDFDocument.load(files.multiPage!, { updateMetadata: false })).getPage(0).node;
    expect(page.get(PDFName.of('Type'))).toBe(PDFName.of('Page'));
    // The hand-written file is read, not refused: its odd tokens reached the parser.
    expect(before.handWritten).toContain('/F#20One');
    expect(before.handWritten).toContain('-0.25');
    expect(before.handWritten).toContain('1234567890123456');
  });
});
