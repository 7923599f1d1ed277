import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, type PDFPage, type PDFRawStream, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdfjs, openPdfForDrawing } from '../../../main/pdf/pdfjs';
import { startOcr } from '../../../main/pdf/redact/ocr';
import { redactExhibit } from '../../../main/pdf/redact/redact';
import { useTempDirs } from '../../helpers/temp';
import { encrypted } from '../../fixtures/bundles/make';
import { FULL_NAME, NAME, scanImage, SCAN_LINES, statementWithScan } from '../../fixtures/redact/make';

/**
 * Real redaction of exhibits (issue 16 item 4): a redacted page carries none of the redacted words, in its
 * picture (rendered by poppler and read back by OCR), its text layer (pdftotext and pdf.js), or anywhere
 * in the file once decompressed (metadata, annotations, attachments); pages with nothing to redact keep
 * their content streams byte for byte.
 */
const tempDir = useTempDirs();
const OCR_TIMEOUT = 120_000;

async function pdfjsText(bytes: Uint8Array): Promise<string[]> {
  const doc = await openPdfForDrawing(await loadPdfjs(), bytes.slice());
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

/** Every byte of the file with its streams decompressed (qpdf --qdf): where metadata or a copy would show. */
function decompressed(file: string): string {
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
}

function contentBytes(doc: PDFDocument, page: PDFPage): Buffer {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  return Buffer.concat(refs.map((r) => Buffer.from((doc.context.lookup(r as PDFRef) as PDFRawStream).getContents())));
}

describe('redacting an exhibit', () => {
  it(
    'takes the name out of the typed page and the scan, in the picture, the text and the file, and leaves the other page as it was',
    async () => {
      const source = await statementWithScan();
      const result = await redactExhibit({ bytes: source, fileType: 'pdf', boxes: [], terms: [FULL_NAME, NAME, '12 Elm Road'] });
      if (!result.ok) throw new Error(result.reason);
      expect(result.pages.map((p) => [p.rebuilt, p.text])).toEqual([
        [true, 'pdf'],
        [false, 'pdf'],
        [true, 'ocr'],
      ]);
      const dir = tempDir();
      const file = join(dir, 'out.pdf');
      writeFileSync(file, result.pdf);

      // The text layer: pdftotext and pdf.js both read the words that stay, and none that went.
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      expect(text).not.toMatch(new RegExp(NAME, 'i'));
      expect(text).not.toMatch(/Elm Road/i);
      expect(text).toMatch(/incident happened on Tuesday/);
      expect(text).toMatch(/Officers attended/); // the scan's OCR text layer (B8)
      expect(text).toMatch(/Page two says nothing/);
      const fromPdfjs = await pdfjsText(result.pdf);
      expect(fromPdfjs.join('\n')).not.toMatch(new RegExp(NAME, 'i'));
      expect(fromPdfjs[0]).toMatch(/Tuesday/);

      // Nowhere in the file: not metadata, not the annotation, not the attachment.
      const raw = decompressed(file);
      expect(raw).not.toMatch(new RegExp(NAME, 'i'));
      expect(raw).not.toContain('/EmbeddedFiles');
      expect(raw).not.toMatch(/\/Type\s*\/Annot\b/);
      const sourceFile = join(dir, 'in.pdf');
      writeFileSync(sourceFile, source);
      // The checks above can see these when they are there.
      const rawSource = decompressed(sourceFile);
      expect(rawSource).toMatch(new RegExp(NAME));
      expect(rawSource).toMatch(/\/Type\s*\/Annot\b/);
      expect(rawSource).toContain('/EmbeddedFiles');

      // The pictures: the rebuilt pages drawn by poppler and read by OCR show the rest but not the name.
      execFileSync('pdftoppm', ['-png', '-r', '200', file, join(dir, 'page')]);
      const ocr = await startOcr(200, 1);
      try {
        for (const [n, expected] of [
          ['1', /Tuesday/],
          ['3', /Officers/],
        ] as const) {
          const words = await ocr.read(readFileSync(join(dir, `page-${n}.png`)), 200 / 72);
          const seen = words.map((w) => w.text).join(' ');
          expect(seen).toMatch(expected);
          expect(seen).not.toMatch(/Smith|Jane|Elm/i);
        }
      } finally {
        await ocr.end();
      }

      // The untouched page keeps its content streams byte for byte; the rebuilt ones are one picture each.
      const before = await PDFDocument.load(source);
      const after = await PDFDocument.load(result.pdf);
      expect(contentBytes(after, after.getPage(1)).equals(contentBytes(before, before.getPage(1)))).toBe(true);
      expect(contentBytes(after, after.getPage(0)).equals(contentBytes(before, before.getPage(0)))).toBe(false);
      const xobjects = after.getPage(0).node.Resources()?.lookup(PDFName.of('XObject'));
      expect(xobjects && 'keys' in xobjects ? (xobjects as { keys(): unknown[] }).keys().length : 0).toBe(1);
      expect(after.getTitle()).toBeUndefined();
      expect(after.getPage(2).getWidth()).toBeCloseTo(595.28, 1);
    },
    OCR_TIMEOUT,
  );

  it(
    'burns in a box drawn by hand and drops the words under it from the text layer',
    async () => {
      const source = await statementWithScan();
      // Over the whole second line of page 2 ("Page two says nothing…" at y = 760 from the foot).
      const box = { page: 2, x: 50, y: 841.89 - 778, width: 480, height: 30 };
      const result = await redactExhibit({ bytes: source, fileType: 'pdf', boxes: [box], terms: [], ocr: 'off' });
      if (!result.ok) throw new Error(result.reason);
      expect(result.pages.map((p) => p.rebuilt)).toEqual([false, true, false]);
      // Nothing to look for on pages 1 and 3 and no box on them: copied without reading their words at all.
      expect(result.pages.map((p) => p.text)).toEqual(['unread', 'pdf', 'unread']);
      const file = join(tempDir(), 'out.pdf');
      writeFileSync(file, result.pdf);
      const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-']).toString();
      expect(page2).not.toMatch(/Page two|nothing/);
      const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString();
      expect(page1).toMatch(/Smithson/); // no terms asked for: page 1 is left alone
      // The typed page's picture is kept as lossless grey pixels (Flate), not JPEG, at 200 dpi.
      const images = execFileSync('pdfimages', ['-list', '-f', '2', '-l', '2', file]).toString().split('\n').slice(2).filter(Boolean);
      expect(images.map((l) => l.trim().split(/\s+/).slice(5, 9))).toEqual([['gray', '1', '8', 'image']]);
    },
    OCR_TIMEOUT,
  );

  it(
    'redacts a picture exhibit into a one-page PDF without the name, its text searchable',
    async () => {
      const png = scanImage(SCAN_LINES, { width: 1200, height: 500 });
      const result = await redactExhibit({ bytes: png, fileType: 'jpeg', boxes: [], terms: [FULL_NAME] });
      if (!result.ok) throw new Error(result.reason);
      expect(result.boxes.length).toBeGreaterThanOrEqual(2);
      const file = join(tempDir(), 'photo.pdf');
      writeFileSync(file, result.pdf);
      // A picture with colour (the scan's off-white paper) stays JPEG.
      const images = execFileSync('pdfimages', ['-list', file]).toString().split('\n').slice(2).filter(Boolean);
      expect(images.map((l) => l.trim().split(/\s+/).slice(5, 9))).toEqual([['rgb', '3', '8', 'jpeg']]);
      const text = execFileSync('pdftotext', [file, '-']).toString();
      expect(text).toMatch(/Officers attended/);
      expect(text).not.toMatch(/Smithson|Jane/);
    },
    OCR_TIMEOUT,
  );

  it('refuses an encrypted or damaged file in words, and makes nothing', async () => {
    const locked = await redactExhibit({ bytes: encrypted(), fileType: 'pdf', boxes: [], terms: [NAME] });
    expect(locked).toEqual({ ok: false, reason: expect.stringMatching(/password-protected.*cannot be redacted/) });
    const broken = await redactExhibit({ bytes: new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), fileType: 'pdf', boxes: [], terms: [NAME] });
    expect(broken).toEqual({ ok: false, reason: expect.stringMatching(/cannot be redacted/) });
    const notPicture = await redactExhibit({ bytes: new Uint8Array([1, 2, 3]), fileType: 'png', boxes: [], terms: [NAME] });
    expect(notPicture).toEqual({ ok: false, reason: expect.stringMatching(/picture could not be read.*cannot be redacted/) });
  });
});
