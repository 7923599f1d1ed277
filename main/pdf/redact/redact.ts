import type { Canvas } from '@napi-rs/canvas';
import { openEvidencePdf, prepareForCopy } from '../evidence-pdf';
import { concatTransformationMatrix, drawObject, PDFDocument, PDFName, popGraphicsState, pushGraphicsState, StandardFonts, type PDFFont } from '../lib';
import { loadPdfjs, openPdfForDrawing } from '../pdfjs';
import { imagePage } from './image-page';
import { OcrOnDemand, ocrWorkerCount } from './ocr';
import { drawPdfPage, sizeOf, wordsOfPdfPage } from './pdf-page';
import { burnIn, DEFAULT_DPI, encodePage, scaleFor, type PagePicture } from './render';
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

interface Drawn {
  canvas: Canvas;
  scale: number;
  width: number;
  height: number;
  /** The page's own words (none for a scan or a picture). */
  words: Word[];
}

/** A page rebuilt: its picture with the boxes burnt in (render.ts encodePage), and the words of its new text layer. */
interface Rebuilt {
  picture: PagePicture;
  width: number;
  height: number;
  words: Word[];
  boxes: Box[];
  text: RedactedPage['text'];
}

export async function redactExhibit(req: RedactRequest, control: RedactControl = {}): Promise<RedactOutcome> {
  const ocr = new OcrOnDemand(req.dpi ?? DEFAULT_DPI);
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
  const page = await finishPage({ ...drawn, words: [] }, hand, req, ocr, 1, true);
  const out = await PDFDocument.create({ updateMetadata: false });
  const font = await out.embedFont(StandardFonts.Helvetica);
  await addRebuiltPage(out, font, page);
  control.progress?.(1, 1, 'Done');
  return { ok: true, pdf: await out.save(), pages: [{ page: 1, rebuilt: true, boxes: page.boxes.length, text: page.text }], boxes: page.boxes };
}

/** Finds the terms (OCR for a scan), burns in the boxes, and keeps the words no box touches. */
async function finishPage(p: Drawn, hand: Box[], req: RedactRequest, ocr: OcrOnDemand, number: number, scan: boolean): Promise<Rebuilt> {
  let words = p.words;
  let text: RedactedPage['text'] = scan ? 'none' : 'pdf';
  // A scan the redaction review has read already (its words are kept: main/evidence/words/) is not read again.
  const known = scan ? knownWords(req, number) : undefined;
  const ocrWanted = scan && !known && (req.ocr ?? 'find') !== 'off';
  if (known) {
    words = known;
    text = 'ocr';
  }
  // A scan is read before the boxes go in only when there are terms to find; otherwise after, so what the
  // hand-drawn boxes cover is never read at all.
  if (ocrWanted && req.terms.length) {
    words = await ocr.read(p.canvas, p.scale);
    text = 'ocr';
  }
  const boxes = [...hand, ...boxesForTerms(words, req.terms, number)];
  burnIn(p.canvas, boxes, p.scale);
  const picture = encodePage(p.canvas);
  if (ocrWanted && !req.terms.length) {
    words = await ocr.read(p.canvas, p.scale);
    text = 'ocr';
  }
  return { picture, width: p.width, height: p.height, words: wordsOutside(words, boxes), boxes, text: words.length ? text : 'none' };
}

const knownWords = (req: RedactRequest, page: number): Word[] | undefined => req.known?.find((k) => k.page === page)?.words;

async function addRebuiltPage(out: PDFDocument, font: PDFFont, p: Rebuilt) {
  const page = out.addPage([p.width, p.height]);
  if (p.picture.kind === 'jpeg') {
    const image = await out.embedJpg(p.picture.bytes);
    page.drawImage(image, { x: 0, y: 0, width: p.width, height: p.height });
  } else {
    const { bytes, width, height } = p.picture;
    const image = out.context.register(out.context.stream(bytes, { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode' }));
    const name = page.node.newXObject('Page', image);
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(p.width, 0, 0, p.height, 0, 0), drawObject(name), popGraphicsState());
  }
  writeTextLayer(page, font, p.words);
}

type PageDone = { info: RedactedPage; rebuilt: Rebuilt | null };

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
  const pdf = drawing;
  try {
    const total = opened.pages.length;
    if (pdf.numPages !== total) return { ok: false, reason: why.damaged('its pages could not all be read') };
    const dpi = req.dpi ?? DEFAULT_DPI;

    /** One page: copied as it is (nothing to take out), or drawn, read if a scan, and rebuilt. */
    const doPage = async (i: number): Promise<PageDone> => {
      const hand = req.boxes.filter((b) => b.page === i + 1);
      // Nothing to look for and no box on it: copied as it is, its words not even read (measuring every
      // word of every page was a third of a copy's CPU when only the boxes accepted in the review change).
      if (!hand.length && !req.terms.length) return { info: { page: i + 1, rebuilt: false, boxes: 0, text: 'unread' }, rebuilt: null };
      const pdfPage = await pdf.getPage(i + 1);
      const own = await wordsOfPdfPage(pdfPage);
      const scan = own.length === 0;
      const known = scan ? knownWords(req, i + 1) : undefined;
      const found = boxesForTerms(scan ? (known ?? []) : own, req.terms, i + 1);
      const mayHaveTerms = scan && !known && req.terms.length > 0 && (req.ocr ?? 'find') !== 'off';
      const keep: PageDone = { info: { page: i + 1, rebuilt: false, boxes: 0, text: scan ? 'none' : 'pdf' }, rebuilt: null };
      if (!hand.length && !found.length && !mayHaveTerms) {
        pdfPage.cleanup();
        return keep;
      }
      const { width, height } = sizeOf(pdfPage);
      const scale = scaleFor(width, height, dpi);
      const canvas = await drawPdfPage(pdfPage, scale, opened.doc);
      pdfPage.cleanup();
      const rebuilt = await finishPage({ canvas, scale, width, height, words: own }, hand, req, ocr, i + 1, scan);
      // A scan read for the terms that has none of them stays as it is.
      if (!rebuilt.boxes.length) return keep;
      return { info: { page: i + 1, rebuilt: true, boxes: rebuilt.boxes.length, text: rebuilt.text }, rebuilt };
    };

    const out = await PDFDocument.create({ updateMetadata: false });
    const font = await out.embedFont(StandardFonts.Helvetica);
    const pages: RedactedPage[] = [];
    const allBoxes: Box[] = [];
    const kept: number[] = [];
    // Pages are drawn a few at a time, so the OCR workers always have the next scan waiting; they are
    // written into the output in order as they are ready, and their pictures let go.
    const ready = new Map<number, PageDone>();
    let written = 0;
    let writing = Promise.resolve();
    const writeReady = async () => {
      for (let r = ready.get(written); r; r = ready.get(written)) {
        ready.delete(written);
        pages.push(r.info);
        if (r.rebuilt) {
          await addRebuiltPage(out, font, r.rebuilt);
          allBoxes.push(...r.rebuilt.boxes);
        } else kept.push(written);
        written += 1;
      }
    };
    let nextPage = 0;
    let failed = false;
    const lane = async () => {
      while (nextPage < total && !failed) {
        // The page is claimed before the lane gives way below, so no two lanes take the same one.
        const i = nextPage;
        nextPage += 1;
        // A turn of the event loop, so a message can arrive (the lanes' `abandon`: in-worker.ts): pdf.js's
        // work in this thread is all promises, which would keep every message out until the copy ends.
        if (control.cancelled) await new Promise((r) => setImmediate(r));
        if (control.cancelled?.()) throw new RedactCancelled();
        ready.set(i, await doPage(i));
        control.progress?.(ready.size + written, total, `Page ${i + 1} of ${total} done…`);
        writing = writing.then(writeReady);
        await writing;
      }
    };
    const lanes = await Promise.allSettled(
      Array.from({ length: ocrWorkerCount() + 1 }, () =>
        lane().catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
    const failure = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
    if (failure) throw failure.reason;
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
    await pdf.destroy();
  }
}
