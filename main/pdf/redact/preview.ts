import { loadPdfjs, openPdfForDrawing } from '../pdfjs';
import { imagePage } from './image-page';
import { drawPdfPage, sizeOf } from './pdf-page';
import { scaleFor } from './render';

/**
 * One page of an exhibit as a picture for drawing redaction boxes on by hand (issue 16 §4): drawn the way
 * the redaction draws it (pdf.js onto @napi-rs/canvas, a picture fitted to its A4 page), so a box placed
 * on the picture lands on the same place of the page: `width` and `height` are the page's points, the
 * coordinates boxes are stored in (types.ts).
 */
export interface PagePreview {
  png: Uint8Array;
  /** The page in points, as seen (rotation and crop box applied). */
  width: number;
  height: number;
  pages: number;
}

/** Enough to see a name on a page (and to place a box within a point or two), small enough to send at once. */
const PREVIEW_DPI = 110;

export async function pagePreview(bytes: Uint8Array, fileType: 'pdf' | 'jpeg' | 'png', page: number): Promise<PagePreview> {
  if (fileType !== 'pdf') {
    if (page !== 1) throw new RangeError('A picture has one page.');
    const p = await imagePage(bytes, (w, h) => scaleFor(w, h, PREVIEW_DPI));
    return { png: new Uint8Array(p.canvas.toBuffer('image/png')), width: p.width, height: p.height, pages: 1 };
  }
  // pdf.js takes over the bytes it is given: it gets a copy.
  const pdf = await openPdfForDrawing(await loadPdfjs(), bytes.slice());
  try {
    if (page > pdf.numPages) throw new RangeError(`The file has ${pdf.numPages} pages.`);
    const pdfPage = await pdf.getPage(page);
    const size = sizeOf(pdfPage);
    const canvas = await drawPdfPage(pdfPage, scaleFor(size.width, size.height, PREVIEW_DPI));
    return { png: new Uint8Array(canvas.toBuffer('image/png')), ...size, pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}
