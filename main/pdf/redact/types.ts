/**
 * Redacting an exhibit (issue 16 item 4): the shapes the engine works in.
 *
 * Coordinates are **page points from the top-left corner of the page as it is seen** (its /Rotate and
 * crop box applied: pdf.js's viewport at scale 1), so a box drawn on a page preview converts by one scale.
 * For a picture exhibit the "page" is the picture fitted to an A4 page (image-page.ts).
 */
export interface Box {
  /** 1-based page number. */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A word on a page: its text and the rectangle it occupies (same coordinates as a Box, without the page). */
export interface Word {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** OCR's confidence (0–100); words from a PDF's own text have none. */
  confidence?: number;
}

export interface RedactRequest {
  /** The exhibit: a PDF, a JPEG or a PNG. */
  bytes: Uint8Array;
  fileType: 'pdf' | 'jpeg' | 'png';
  /** Boxes drawn by hand. */
  boxes: readonly Box[];
  /** Words and phrases to find on every page (names, addresses, phone numbers) and cover. */
  terms: readonly string[];
  /** Resolution of the rebuilt pages (court-readable: 200 dpi by default). */
  dpi?: number;
  /**
   * Pages with no text of their own (scans) are read by OCR to find the terms and give the redacted page
   * its text layer. `searchable` also gives unredacted scans a text layer (B8), added beside their own
   * content, which stays as it is.
   */
  ocr?: 'off' | 'find' | 'searchable';
  /**
   * Words of scanned pages already read by OCR (the redaction review reads every exhibit: main/evidence/words/),
   * in the same page points: those pages are not read again.
   */
  known?: readonly { page: number; words: Word[] }[];
}

export interface RedactedPage {
  page: number;
  /** The page was rebuilt from a rendering with boxes burnt in; otherwise it was copied as it is. */
  rebuilt: boolean;
  boxes: number;
  /** Where the words of its text layer came from ('unread': kept as it is, with nothing to look for on it). */
  text: 'pdf' | 'ocr' | 'none' | 'unread';
}

export type RedactOutcome =
  | { ok: true; pdf: Uint8Array; pages: RedactedPage[]; boxes: Box[] }
  | { ok: false; reason: string };

/** Progress as pages are done, and a way to ask the work to stop between pages. */
export interface RedactControl {
  progress?: (done: number, total: number, message: string) => void;
  cancelled?: () => boolean;
}

export class RedactCancelled extends Error {
  constructor() {
    super('The redaction was cancelled.');
    this.name = 'RedactCancelled';
  }
}
