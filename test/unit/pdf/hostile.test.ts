import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openEvidencePdf, prepareForCopy } from '../../../main/pdf/evidence-pdf';
import { decompressionBomb, deeplyNested, loopingPageTree, withAttachmentAndLink } from '../../fixtures/bundles/hostile';
import { multiPage } from '../../fixtures/bundles/make';

/**
 * Hostile evidence (issue 13 finding 4) met where Hearth opens every evidence PDF (main/pdf/evidence-pdf.ts):
 * each is refused with its reason in words, or has its active content stripped, and nothing overflows.
 */
async function open(bytes: Uint8Array) {
  const opened = await openEvidencePdf(bytes);
  if (!opened.ok) return { reason: opened.reason };
  const prepared = prepareForCopy(opened.doc, opened.pages);
  return prepared.ok ? { pages: opened.pages.length, removed: prepared.removed.words(), doc: opened.doc } : { reason: prepared.reason };
}

describe('opening hostile evidence PDFs', () => {
  it('refuses a page tree that lists itself, in words, where pdf-lib overflows its stack', async () => {
    const bytes = loopingPageTree();
    expect(bytes.length).toBeLessThan(400);
    const raw = await PDFDocument.load(bytes, { throwOnInvalidObject: false, updateMetadata: false });
    expect(() => raw.getPages()).toThrow(RangeError);
    expect(await open(bytes)).toEqual({ reason: 'its page tree refers back to itself, so its pages cannot be counted' });
  });

  it('refuses objects nested hundreds deep', async () => {
    expect(await open(deeplyNested(600))).toEqual({ reason: 'its objects are nested more than 100 deep' });
    // Nested within reason is read as it is.
    expect(await open(deeplyNested(20))).toMatchObject({ pages: 1, removed: '' });
  });

  it('refuses a 1 GiB decompression bomb from a file of a few kilobytes, without inflating it all', async () => {
    const bytes = await decompressionBomb(1024);
    expect(bytes.length).toBeLessThan(16 * 1024);
    const started = performance.now();
    expect(await open(bytes)).toEqual({ reason: 'one of its compressed streams would inflate to more than 64 MB (a “decompression bomb”)' });
    // It stopped at the cap: inflating the whole gigabyte takes several seconds.
    expect(performance.now() - started).toBeLessThan(3000);
    // A stream under the cap is read as it is.
    expect(await open(await decompressionBomb(8))).toMatchObject({ pages: 1 });
  });

  it('strips an attached program, web links, launch actions and JavaScript, and says what it removed', async () => {
    const result = await open(await withAttachmentAndLink());
    expect(result).toMatchObject({ pages: 1 });
    const { removed, doc } = result as { removed: string; doc: PDFDocument };
    expect(removed).toContain('an attached file (“EVILPAYLOAD.exe”)');
    expect(removed).toContain('a web link');
    expect(removed).toContain('an action that starts a program');
    expect(removed).toContain('JavaScript');
    const page = doc.getPages()[0]!.node;
    expect(page.get(PDFName.of('Annots'))).toBeUndefined();
    expect(page.toString()).not.toContain('/AA');
  });

  it('leaves an ordinary file as it was, with nothing to report', async () => {
    const result = await open(await multiPage(3));
    expect(result).toMatchObject({ pages: 3, removed: '' });
  });
});
