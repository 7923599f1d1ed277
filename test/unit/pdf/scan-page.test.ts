import { PDFDict, PDFDocument, PDFName, PDFRawStream, StandardFonts, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Canvas } from '@napi-rs/canvas';
import { loadPdfjs, openPdfForDrawing } from '../../../main/pdf/pdfjs';
import { drawPdfPage } from '../../../main/pdf/redact/pdf-page';
import { drawScanFast, placement } from '../../../main/pdf/redact/scan-page';
import { scanImage, SCAN_LINES } from '../../fixtures/redact/make';

/**
 * Scanned pages drawn natively (main/pdf/redact/scan-page.ts, issue 16 Speed): a page that is one JPEG
 * and nothing else is drawn from the JPEG by @napi-rs/canvas, where pdf.js would decode it in
 * JavaScript. It must give the picture pdf.js gives (placement, rotation, crop), and any page with
 * anything more must be left to pdf.js.
 */
const A4: [number, number] = [595.28, 841.89];
const SCALE = 100 / 72;

/** Dark pixels in each of a 4×4 grid of cells: where the text is, to compare two drawings of a page. */
function inkMap(canvas: Canvas): number[] {
  const data = canvas.data();
  const cells = new Array<number>(16).fill(0);
  for (let y = 0; y < canvas.height; y += 1)
    for (let x = 0; x < canvas.width; x += 1) {
      const i = (y * canvas.width + x) * 4;
      if (data[i + 1]! < 128) cells[Math.floor((y * 4) / canvas.height) * 4 + Math.floor((x * 4) / canvas.width)]! += 1;
    }
  return cells;
}

/** Both drawings, for page `n` of `bytes`: natively (null if refused) and by pdf.js. */
async function drawBoth(bytes: Uint8Array, n = 1) {
  const doc = await PDFDocument.load(bytes);
  const pdf = await openPdfForDrawing(await loadPdfjs(), bytes.slice());
  try {
    const page = await pdf.getPage(n);
    const fast = await drawScanFast(doc, page, SCALE);
    const slow = await drawPdfPage(page, SCALE);
    return { fast, slow };
  } finally {
    await pdf.destroy();
  }
}

function expectSamePicture(fast: Canvas | null, slow: Canvas) {
  expect(fast).not.toBeNull();
  expect([fast!.width, fast!.height]).toEqual([slow.width, slow.height]);
  const a = inkMap(fast!);
  const b = inkMap(slow);
  expect(b.reduce((s, x) => s + x, 0)).toBeGreaterThan(1000);
  // Cell by cell within 5% (resampling differs a little), and ink exactly where pdf.js puts it.
  a.forEach((x, i) => {
    expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(Math.max(20, b[i]! * 0.05));
  });
}

async function scanPdf(set: (doc: PDFDocument, page: ReturnType<PDFDocument['addPage']>, image: Awaited<ReturnType<PDFDocument['embedJpg']>>) => void | Promise<void>) {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(scanImage(SCAN_LINES));
  const page = doc.addPage(A4);
  await set(doc, page, image);
  return doc.save();
}

// pdf.js drawing a scan takes about a second of CPU a page: more than vitest's 5 s on a loaded machine.
describe('scanned pages drawn natively', { timeout: 60_000 }, () => {
  it('draws a page that is one full-page JPEG as pdf.js draws it', async () => {
    const bytes = await scanPdf((_d, page, image) => page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] }));
    const { fast, slow } = await drawBoth(bytes);
    expectSamePicture(fast, slow);
  });

  it('keeps the placement, the page’s rotation and its crop box', async () => {
    const bytes = await scanPdf((_d, page, image) => {
      page.drawImage(image, { x: 40, y: 80, width: A4[0] * 0.8, height: A4[1] * 0.8 });
      page.setRotation(degrees(90));
      page.setCropBox(20, 30, A4[0] - 60, A4[1] - 90);
    });
    const { fast, slow } = await drawBoth(bytes);
    expect(fast!.width).toBeGreaterThan(fast!.height);
    expectSamePicture(fast, slow);
  });

  it('leaves to pdf.js a page with anything besides the picture: text, an annotation, a decode array', async () => {
    const withText = await scanPdf(async (doc, page, image) => {
      page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
      page.drawText('Stamped: received', { x: 40, y: 40, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    });
    expect((await drawBoth(withText)).fast).toBeNull();
    const annotated = await scanPdf((doc, page, image) => {
      page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
      const annot = doc.context.obj({ Type: 'Annot', Subtype: 'Square', Rect: [60, 600, 200, 700] });
      page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annot)]));
    });
    expect((await drawBoth(annotated)).fast).toBeNull();
    // A decode array (the picture inverted) is pdf.js's to apply: the image is embedded at save, so it is set after.
    const plain = await PDFDocument.load(await scanPdf((_d, page, image) => page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] })));
    const xobjects = plain.getPage(0).node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
    const stream = xobjects.lookup(xobjects.keys()[0]!);
    if (!(stream instanceof PDFRawStream)) throw new Error('the scan is not a stream');
    stream.dict.set(PDFName.of('Decode'), plain.context.obj([1, 0, 1, 0, 1, 0]));
    const masked = await plain.save();
    expect((await drawBoth(masked)).fast).toBeNull();
  });

  it('reads only q, cm, one Do and Q as a placement', () => {
    expect(placement('q\n1 0 0 1 0 0 cm\n595.28 0 0 841.89 0 0 cm\n/Im0 Do\nQ\n')).toEqual({ name: 'Im0', matrix: [595.28, 0, 0, 841.89, 0, 0] });
    expect(placement('q 2 0 0 2 10 20 cm 100 0 0 50 0 0 cm /I Do Q')).toEqual({ name: 'I', matrix: [200, 0, 0, 100, 10, 20] });
    expect(placement('q 595 0 0 842 0 0 cm /Im0 Do Q BT /F1 12 Tf (Smithson) Tj ET')).toBeNull();
    expect(placement('q 595 0 0 842 0 0 cm /Im0 Do /Im1 Do Q')).toBeNull();
    expect(placement('q 0 0 595 842 re f /Im0 Do Q')).toBeNull();
  });
});
