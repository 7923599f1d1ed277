import { dejavuFile, pdfkit } from '../../pdf/pdfkit';

/**
 * A tagged A4 document on pdfkit (PDF 1.7, PDF/UA identification, en-GB, title shown), with the DejaVu
 * fonts embedded (subset), and the few layout helpers a board report needs: headings, paragraphs, keeping
 * a block on one page, and page furniture marked as artifacts so screen readers skip it.
 * pdfkit and the fonts come through main/pdf/pdfkit.ts.
 */
export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;
/** Structure options pdfkit 0.20 reads (its @types lag behind: bbox, scope). */
export interface StructOptions {
  alt?: string;
  title?: string;
  lang?: string;
  bbox?: [number, number, number, number];
  scope?: 'Row' | 'Column';
}
/** A structure element with content drawn by `draw` or the given children. */
export const struct = (doc: Doc, type: string, options: StructOptions, children: PDFKit.PDFStructureElementChild | PDFKit.PDFStructureElementChild[]) =>
  doc.struct(type, options as never, children);

export const FONT = { body: 'body', bold: 'bold', narrow: 'narrow', narrowBold: 'narrow-bold' } as const;
export const COLOUR = { text: '#1b1f24', heading: '#16324f', accent: '#1d4f7c', muted: '#55606d', rule: '#c9d1da', headerFill: '#e8eef5', zebra: '#f5f7fa', band: '#16324f' } as const;

export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 60, bottom: 66 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOTTOM = PAGE.height - PAGE.bottom;

export interface Writer {
  doc: Doc;
  root: Struct;
  /** Starts a page, leaving the cursor at the top margin. */
  newPage(): void;
  /** Room left on this page below the cursor. */
  room(): number;
  /** A new page unless `height` fits below the cursor. */
  ensure(height: number): void;
  heading(level: 1 | 2 | 3, text: string, bookmark?: boolean): void;
  paragraph(text: string, opts?: { size?: number; colour?: string; font?: string; gap?: number }): void;
  /** Content that is not part of the document's reading order (rules, fills, page numbers). */
  artifact(draw: () => void): void;
  /** Adds a structure element and draws its content now. */
  tagged(type: string, draw: () => void, options?: StructOptions): void;
  finish(): Promise<Buffer>;
}

export function createWriter(meta: { title: string; subject: string }): Writer {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as never,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    // No standard font is loaded: every font is an embedded DejaVu subset.
    font: null as unknown as string,
    info: { Title: meta.title, Subject: meta.subject, Author: 'Hearth', Creator: 'Hearth', Producer: 'Hearth (pdfkit)', CreationDate: new Date() },
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont(FONT.body, dejavuFile('DejaVuSans'));
  doc.registerFont(FONT.bold, dejavuFile('DejaVuSans-Bold'));
  doc.registerFont(FONT.narrow, dejavuFile('DejaVuSansCondensed'));
  doc.registerFont(FONT.narrowBold, dejavuFile('DejaVuSansCondensed-Bold'));

  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  let rootAdded = false;
  const w: Writer = {
    doc,
    root,
    newPage() {
      doc.addPage();
      if (!rootAdded) {
        doc.addStructure(root);
        rootAdded = true;
      }
      doc.x = PAGE.left;
      doc.y = PAGE.top;
    },
    room: () => BOTTOM - doc.y,
    ensure(height) {
      if (doc.y + height > BOTTOM) w.newPage();
    },
    heading(level, text, bookmark = level <= 2) {
      const size = level === 1 ? 19 : level === 2 ? 14 : 11.5;
      doc.font(FONT.bold).fontSize(size);
      const h = doc.heightOfString(text, { width: CONTENT_WIDTH });
      w.ensure(h + (level === 1 ? 60 : 90)); // never a heading alone at the foot of a page
      if (level === 1 && doc.y > PAGE.top) doc.y += 6;
      if (bookmark) doc.outline.addItem(text);
      const y = doc.y;
      w.tagged(`H${level}`, () => {
        doc.font(FONT.bold).fontSize(size).fillColor(level === 3 ? COLOUR.text : COLOUR.heading).text(text, PAGE.left, y, { width: CONTENT_WIDTH });
      });
      doc.y = y + h + (level === 1 ? 10 : 6);
      if (level === 1) w.artifact(() => doc.moveTo(PAGE.left, doc.y - 5).lineTo(PAGE.left + 60, doc.y - 5).lineWidth(2).strokeColor(COLOUR.accent).stroke());
    },
    paragraph(text, opts = {}) {
      const size = opts.size ?? 10;
      const font = opts.font ?? FONT.body;
      doc.font(font).fontSize(size);
      const h = doc.heightOfString(text, { width: CONTENT_WIDTH, lineGap: 2 });
      w.ensure(Math.min(h, 60));
      const y = doc.y;
      w.tagged('P', () => {
        doc.font(font).fontSize(size).fillColor(opts.colour ?? COLOUR.text).text(text, PAGE.left, y, { width: CONTENT_WIDTH, lineGap: 2 });
      });
      doc.y = Math.max(doc.y, y + h) + (opts.gap ?? 6);
    },
    artifact(draw) {
      doc.markContent('Artifact');
      doc.save();
      draw();
      doc.restore();
      doc.endMarkedContent();
    },
    tagged(type, draw, options) {
      root.add(struct(doc, type, options ?? {}, () => draw()));
    },
    async finish() {
      root.end();
      doc.end();
      return done;
    },
  };
  return w;
}

/** "Page 3 of 12" and the report's name on every page but the cover, as pagination artifacts. */
export function pageFurniture(w: Writer, footer: string): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    if (i === range.start) continue;
    doc.markContent('Artifact', { type: 'Pagination' });
    // The footer sits in the bottom margin: with the margin at 0 pdfkit does not take it for an overflow.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.save();
    doc.moveTo(PAGE.left, PAGE.height - 44).lineTo(PAGE.width - PAGE.right, PAGE.height - 44).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
    doc.font(FONT.body).fontSize(8).fillColor(COLOUR.muted);
    doc.text(footer, PAGE.left, PAGE.height - 38, { width: CONTENT_WIDTH - 80, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, PAGE.width - PAGE.right - 80, PAGE.height - 38, { width: 80, align: 'right', lineBreak: false });
    doc.restore();
    doc.page.margins.bottom = margin;
    doc.endMarkedContent();
  }
}
