import type { Canvas } from '@napi-rs/canvas';
import { openEvidencePdf, prepareForCopy } from '../evidence-pdf';
import { PDFDocument, PDFName, StandardFonts, type PDFFont } from '../lib';
import { loadPdfjs, openPdfForDrawing } from '../pdfjs';
import { imagePage } from './image-page';
import type { Ocr } from './ocr';
import { startOcr } from './ocr';
import { drawPdfPage, sizeOf, wordsOfPdfPage } from './pdf-page';
import { burnIn, DEFAULT_DPI, encodeJpeg, scaleFor } from './render';
import { writeTextLayer } from './text-layer';
import { RedactCancelled, type Box, type RedactControl, type RedactedPage, type RedactOutcome, type RedactRequest, type Word } from './types';
import { boxesForTerms, wordsOutside } from './words';

/**
 * Real redaction of an exhibit (issue 16 item 4). A page with something to take out is rebuilt from a
 * rendering of itself with the boxes burnt in, plus a fresh invisible text layer of the words no box
 * touches; nothing of the original page survives (text, images, annotations, marked content). Every other
 * page is copied as it is (its content streams byte for byte), less its annotations, which may name
 * people and are not checked. The output has no document information, XMP metadata, bookmarks,
 * attachments or forms: it is a new file made of the pages alone.
 *
 * Terms are searched for in each page's own text, or, on a page with none (a scan), in its OCR.
 */

const why = {
  encrypted: 'it is password-protected, so it cannot be redacted: ask for a copy without a password, or leave it out',
  damaged: (reason: string) => `${reason}, so it cannot be redacted: ask for a clean copy, or leave it out`,
};

interface Rebuilt {
  canvas: Canvas;
  scale: number;
  width: number;
  height: number;
  words: Word[];
  boxes: Box[];
  text: RedactedPage['text'];
}

class OcrOnDemand {
  #ocr: Promise<Ocr> | null = null;
  read(image: Buffer, scale: number): Promise<Word[]> {
    this.#ocr ??= startOcr();
    return this.#ocr.then((o) => o.read(image, scale));
  }
  async end(): Promise<void> {
    if (this.#ocr) await (await this.#ocr).end();
  }
}

export async function redactExhibit(req: RedactRequest, control: RedactControl = {}): Promise<RedactOutcome> {
  const ocr = new OcrOnDemand();
  try {
    return req.fileType === 'pdf' ? await redactPdf(req, control, ocr) : await redactImage(req, control, ocr);
  } finally {
    await ocr.end();
  }
}

async function redactImage(req: RedactRequest, control: RedactControl, ocr: OcrOnDemand): Promise<RedactOutcome> {
  const dpi = req.dpi ?? DEFAULT_DPI;
  let drawn;
  try {
    drawn = await imagePage(req.bytes, (w, h) => scaleFor(w, h, dpi));
  } catch {
    return { ok: false, reason: why.damaged('the picture could not be read') };
  }
  control.progress?.(0, 1, 'Reading the picture…');
  const hand = req.boxes.filter((b) => b.page === 1);
  const page = await finishPage({ ...drawn, words: [], boxes: [], text: 'none' }, hand, req, ocr, 1, true);
  const out = await PDFDocument.create({ updateMetadata: false });
  const font = await out.embedFont(StandardFonts.Helvetica);
  await addRebuiltPage(out, font, page);
  control.progress?.(1, 1, 'Done');
  return { ok: true, pdf: await out.save(), pages: [{ page: 1, rebuilt: true, boxes: page.boxes.length, text: page.text }], boxes: page.boxes };
}

/** Finds the terms (OCR for a scan), burns in the boxes, and keeps the words no box touches. */
async function finishPage(p: Rebuilt, hand: Box[], req: RedactRequest, ocr: OcrOnDemand, number: number, scan: boolean): Promise<Rebuilt> {
  let words = p.words;
  let text = p.text;
  const ocrWanted = scan && (req.ocr ?? 'find') !== 'off';
  // A scan is read before the boxes go in only when there are terms to find; otherwise after, so the
  // hand-drawn boxes are never read at all.
  if (ocrWanted && req.terms.length) {
    words = await ocr.read(encodeJpeg(p.canvas), p.scale);
    text = 'ocr';
  }
  const boxes = [...hand, ...boxesForTerms(words, req.terms, number)];
  burnIn(p.canvas, boxes, p.scale);
  if (ocrWanted && !req.terms.length && boxes.length) {
    words = await ocr.read(encodeJpeg(p.canvas), p.scale);
    text = 'ocr';
  }
  return { ...p, words: wordsOutside(words, boxes), boxes, text: words.length ? text : 'none' };
}

async function addRebuiltPage(out: PDFDocument, font: PDFFont, p: Rebuilt, at?: number) {
  const image = await out.embedJpg(encodeJpeg(p.canvas));
  const page = at === undefined ? out.addPage([p.width, p.height]) : out.insertPage(at, [p.width, p.height]);
  page.drawImage(image, { x: 0, y: 0, width: p.width, height: p.height });
  writeTextLayer(page, font, p.words);
}

async function redactPdf(req: RedactRequest, control: RedactControl, ocr: OcrOnDemand): Promise<RedactOutcome> {
  const opened = await openEvidencePdf(req.bytes);
  if (!opened.ok) return { ok: false, reason: opened.encrypted ? why.encrypted : why.damaged(opened.reason) };
  const prepared = prepareForCopy(opened.doc, opened.pages);
  if (!prepared.ok) return { ok: false, reason: why.damaged(prepared.reason) };
  let drawing;
  try {
    // pdf.js takes over the bytes it is given: it gets a copy.
    drawing = await openPdfForDrawing(await loadPdfjs(), req.bytes.slice());
  } catch {
    return { ok: false, reason: why.damaged('the PDF could not be read') };
  }
  try {
    const total = opened.pages.length;
    if (drawing.numPages !== total) return { ok: false, reason: why.damaged('its pages could not all be read') };
    const dpi = req.dpi ?? DEFAULT_DPI;
    const out = await PDFDocument.create({ updateMetadata: false });
    const font = await out.embedFont(StandardFonts.Helvetica);
    const pages: RedactedPage[] = [];
    const allBoxes: Box[] = [];
    const kept: number[] = [];
    for (let i = 0; i < total; i += 1) {
      if (control.cancelled?.()) throw new RedactCancelled();
      control.progress?.(i, total, `Page ${i + 1} of ${total}…`);
      const pdfPage = await drawing.getPage(i + 1);
      const own = await wordsOfPdfPage(pdfPage);
      const scan = own.length === 0;
      const hand = req.boxes.filter((b) => b.page === i + 1);
      const found = scan ? [] : boxesForTerms(own, req.terms, i + 1);
      const mayHaveTerms = scan && req.terms.length > 0 && (req.ocr ?? 'find') !== 'off';
      if (!hand.length && !found.length && !mayHaveTerms) {
        kept.push(i);
        pages.push({ page: i + 1, rebuilt: false, boxes: 0, text: scan ? 'none' : 'pdf' });
        pdfPage.cleanup();
        continue;
      }
      const { width, height } = sizeOf(pdfPage);
      const scale = scaleFor(width, height, dpi);
      const canvas = await drawPdfPage(pdfPage, scale);
      pdfPage.cleanup();
      const page = await finishPage({ canvas, scale, width, height, words: own, boxes: [], text: scan ? 'none' : 'pdf' }, hand, req, ocr, i + 1, scan);
      if (!page.boxes.length) {
        // A scan read for the terms that has none of them stays as it is.
        kept.push(i);
        pages.push({ page: i + 1, rebuilt: false, boxes: 0, text: 'none' });
        continue;
      }
      await addRebuiltPage(out, font, page);
      allBoxes.push(...page.boxes);
      pages.push({ page: i + 1, rebuilt: true, boxes: page.boxes.length, text: page.text });
    }
    // The pages kept as they are, copied together (shared fonts and images copied once) into their places.
    const copied = kept.length ? await out.copyPages(opened.doc, kept) : [];
    kept.forEach((index, k) => {
      const page = copied[k]!;
      page.node.delete(PDFName.of('Annots'));
      out.insertPage(index, page);
    });
    control.progress?.(total, total, 'Writing the redacted copy…');
    return { ok: true, pdf: await out.save(), pages, boxes: allBoxes };
  } finally {
    await drawing.destroy();
  }
}
