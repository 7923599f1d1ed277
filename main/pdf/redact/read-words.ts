import { LOAD_OPTIONS } from '../evidence-pdf';
import { PDFDocument } from '../lib';
import { loadPdfjs, openPdfForDrawing } from '../pdfjs';
import { imagePage } from './image-page';
import { ocrWorkerCount, type OcrOnDemand } from './ocr';
import { drawPdfPage, sizeOf, wordsOfPdfPage } from './pdf-page';
import { DEFAULT_DPI, scaleFor } from './render';
import type { Word } from './types';

/**
 * The words of every page of an exhibit and where they are (issue 16: automatic exhibit boxes), for the
 * redaction review to find what identifies a withheld person and propose a box over it: a PDF page's own
 * text through pdf.js, or, on a page with none (a scan) and for a picture, OCR of the page drawn at
 * 200 dpi, the resolution the redacted copy is drawn at (render.ts), so the words and the copy agree.
 * Coordinates are page points from the top-left of the page as seen (types.ts), as boxes are stored.
 */
export interface PageWords {
  page: number;
  width: number;
  height: number;
  /** Where the words came from: the page's own text, OCR, or nothing could be read. */
  source: 'pdf' | 'ocr' | 'none';
  words: Word[];
}

export type ReadOutcome = { ok: true; pages: PageWords[] } | { ok: false; reason: string };

export interface ReadControl {
  progress?: (done: number, total: number) => void;
  cancelled?: () => boolean;
}

export async function readExhibitWords(bytes: Uint8Array, fileType: 'pdf' | 'jpeg' | 'png', ocr: OcrOnDemand, control: ReadControl = {}): Promise<ReadOutcome> {
  if (fileType !== 'pdf') {
    ocr.warm();
    let drawn;
    try {
      drawn = await imagePage(bytes, (w, h) => scaleFor(w, h, DEFAULT_DPI));
    } catch {
      return { ok: false, reason: 'the picture could not be read' };
    }
    const words = await ocr.read(drawn.canvas, drawn.scale);
    control.progress?.(1, 1);
    return { ok: true, pages: [{ page: 1, width: drawn.width, height: drawn.height, source: 'ocr', words }] };
  }
  // tesseract starts (about 0.4 s) while pdf.js loads and opens the file (about 0.5 s), not after it finds
  // the first page with no text, when the file may hold a scan: half a second sooner on a scanned exhibit.
  if (mayHoldScans(bytes)) ocr.warm();
  let pdf;
  try {
    // pdf.js takes over the bytes it is given: it gets a copy.
    pdf = await openPdfForDrawing(await loadPdfjs(), bytes.slice());
  } catch (error) {
    const name = (error as { name?: string }).name;
    return { ok: false, reason: name === 'PasswordException' ? 'it is password-protected' : 'the PDF could not be read' };
  }
  // The same file in pdf-lib, for drawing scanned pages natively (scan-page.ts); pdf.js draws them without it.
  // Parsed only when a page needs drawing: most exhibits are text, read from pdf.js alone.
  let parsed: Promise<PDFDocument | null> | null = null;
  const doc = () => (parsed ??= PDFDocument.load(bytes, LOAD_OPTIONS).catch(() => null));
  try {
    const total = pdf.numPages;
    const pages: PageWords[] = new Array<PageWords>(total);
    let next = 0;
    let done = 0;
    // A few pages at a time, so both OCR workers always have a scan waiting while the next is drawn.
    const lane = async () => {
      while (next < total) {
        if (control.cancelled?.()) return;
        const i = next;
        next += 1;
        const page = await pdf.getPage(i + 1);
        const size = sizeOf(page);
        const own = await wordsOfPdfPage(page);
        if (own.length) pages[i] = { page: i + 1, ...size, source: 'pdf', words: own };
        else {
          ocr.warm();
          const scale = scaleFor(size.width, size.height, DEFAULT_DPI);
          const canvas = await drawPdfPage(page, scale, await doc());
          const words = await ocr.read(canvas, scale);
          pages[i] = { page: i + 1, ...size, source: words.length ? 'ocr' : 'none', words };
        }
        page.cleanup();
        done += 1;
        control.progress?.(done, total);
      }
    };
    await Promise.all(Array.from({ length: ocrWorkerCount() + 1 }, lane));
    if (control.cancelled?.()) return { ok: false, reason: 'the reading was cancelled' };
    return { ok: true, pages };
  } catch {
    return { ok: false, reason: 'its pages could not all be read' };
  } finally {
    await pdf.destroy();
  }
}

/**
 * Whether a PDF has any image of its own (an image XObject: `/Subtype /Image`), so may hold a scanned
 * page: a look at the bytes, before the file is parsed, only to start OCR early. A stream's dictionary is
 * never compressed (streams cannot sit in object streams), so every image XObject shows here. A file it
 * misses (a scan drawn as an inline image) is still read by OCR, started when its first textless page is
 * found; a text file with a logo starts OCR for nothing, once for the whole run (OcrOnDemand keeps it).
 */
export function mayHoldScans(bytes: Uint8Array): boolean {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = file.indexOf('/Image'); at !== -1; at = file.indexOf('/Image', at + 1)) {
    // `/Image` itself, not `/ImageB`, `/ImageC`, `/ImageI` or `/ImageMask` (a ProcSet or a mask flag).
    if (/[A-Za-z]/.test(String.fromCharCode(file[at + 6] ?? 0x20))) continue;
    let before = at;
    while (before > 0 && /\s/.test(String.fromCharCode(file[before - 1]!))) before -= 1;
    if (file.toString('latin1', Math.max(0, before - 8), before) === '/Subtype') return true;
  }
  return false;
}
