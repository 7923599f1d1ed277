import { documentFontFile, openAtFullSize, parsedFont, pdfkit } from '../pdf/pdfkit';
import { fontPieces, isInvisible } from '../pdf/script-fonts';
import { type LineFont, textInFonts } from './pdf-text';
import { drawRtlParagraph } from './pdf-rtl';
import { WINDOW_PT, windowAddressSize, windowLogoWidth } from './pdf-window';
import { pictureBytes } from './pictures';
import { type Block, type DocumentModel, type Run, runsText, signatureLines } from '../../shared/documents/model';
import { byLang, numberedItem, sharedLang, taggedImage, taggedLines } from './pdf-tags';
import { drawTable, type TableWriter } from './pdf-table';

/**
 * The PDF writer (pdfkit): tagged (PDF/UA subset: /MarkInfo, a structure tree under one Document of H1–H3,
 * P, L/LI/Lbl/LBody (numbered paragraphs too), Table/TR/TH/TD, Figure with /Alt, a Div of one P per line
 * for addresses; test/helpers/pdf-structure.ts checks every template's output), title shown in the window,
 * language en-GB, opening at 100 %. Noto Sans embedded (DOCUMENT_FONT), DejaVu Sans and Noto Emoji for what
 * it lacks.
 * Everything that is not content (rules, box borders, page numbers) is marked as an artifact.
 *
 * pdfkit and the fonts come through main/pdf/pdfkit.ts (loaded from node_modules, parsed once per process).
 */

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const CM = 72 / 2.54;
const INK = '#1a1a1a';
const ACCENT = '#1d3f6e';

interface Page {
  width: number;
  height: number;
}

class Writer implements TableWriter {
  readonly fs: number;
  readonly gap: number;
  left: number;
  private readonly right: number;
  width: number;
  private readonly root: Struct;

  constructor(
    readonly doc: Doc,
    private readonly m: DocumentModel,
    private readonly page: Page,
    private readonly windowed = false,
  ) {
    this.fs = m.fontSize;
    this.gap = Math.max(0, m.fontSize * (m.lineSpacing - 1.17));
    this.left = m.marginsCm.left * CM;
    this.right = page.width - m.marginsCm.right * CM;
    this.width = this.right - this.left;
    this.root = doc.struct('Document');
  }

  get structure(): Struct {
    return this.root;
  }

  font(bold: boolean, size = this.fs) {
    return this.doc.font(bold ? 'B' : 'R').fontSize(size).fillColor(INK);
  }

  artifact(draw: () => void) {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  spaceLeft(): number {
    return this.page.height - this.m.marginsCm.bottom * CM - this.doc.y;
  }

  private ensure(height: number) {
    if (this.spaceLeft() < height) this.doc.addPage();
  }

  private lineHeight(size = this.fs) {
    this.doc.fontSize(size);
    return this.doc.currentLineHeight(true) + this.gap;
  }

  /** Runs of one paragraph, bold where marked, wrapping inside [x, x + width]. */
  runs(runs: readonly Run[], x: number | undefined, width: number, options: PDFKit.Mixins.TextOptions = {}, size = this.fs, lang?: string) {
    // Characters Noto Sans lacks (symbols, emoji quoted from messages, other scripts) are set in the font
    // that has them, piece by piece (main/pdf/script-fonts.ts); a character no font has stops the make step.
    const list = (runs.length ? runs : [{ text: ' ' } as Run]).flatMap((r) => fontPieces(r.text, Boolean(r.bold), lang ?? r.lang).map((p) => ({ ...p, bold: Boolean(r.bold) })));
    list.forEach((r, i) => {
      if (r.font) {
        // Registered on first use: a document with no such character never reads the font.
        this.doc.registerFont(r.font.key, parsedFont(r.font.file) as never);
        this.doc.font(r.font.key).fontSize(size).fillColor(INK);
      } else this.font(r.bold, size);
      const last = i === list.length - 1;
      const continued = last ? Boolean(options.continued) : true;
      if (i === 0 && x !== undefined) this.doc.text(r.text, x, this.doc.y, { width, lineGap: this.gap, ...options, continued });
      else this.doc.text(r.text, { lineGap: this.gap, ...options, continued });
    });
  }

  private tagged(type: string, parent: Struct, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}) {
    parent.add(this.doc.struct(type, options, draw));
  }

  /** Lines that are each a line: a Div of one P per line (pdf-tags.ts), each in the fonts its characters need. */
  private lines(parent: Struct, lines: readonly string[], x: number, y: number, width: number, font: (i: number) => LineFont, align: 'left' | 'right' = 'left', lineGap = 1) {
    taggedLines(this.doc, parent, lines, {
      x,
      y,
      width,
      align,
      lineGap,
      write: (line, i, lx, ly, options) => {
        const f = font(i);
        this.textAt(line, lx, ly, options, f.bold, f.size ?? this.fs, f.color ?? INK);
      },
    });
  }

  private textAt(text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions, bold: boolean, size: number, color: string) {
    textInFonts(this.doc, text, { x, y, options, bold, size, color });
  }

  /** A paragraph's runs, the P marked with their language, or a Span per language where they mix. */
  private paragraph(parent: Struct, runs: readonly Run[], x: number, width: number, options: PDFKit.Mixins.TextOptions = {}, size = this.fs) {
    const lang = sharedLang(runs);
    const groups = byLang(runs);
    if (groups.length <= 1) {
      this.tagged('P', parent, () => this.runs(runs, x, width, options, size), lang ? { lang } : {});
      return;
    }
    const p = this.doc.struct('P');
    parent.add(p);
    groups.forEach((group, i) => {
      const last = i === groups.length - 1;
      const draw = () => this.runs(group, i === 0 ? x : undefined, width, { ...options, continued: !last }, size);
      p.add(group[0]!.lang ? this.doc.struct('Span', { lang: group[0]!.lang }, draw) : draw);
    });
    p.end();
  }

  // ---- the first page's top: letterhead, address and reference, or the PD 32 corner --------------

  head() {
    const { doc, m } = this;
    const top = m.marginsCm.top * CM;
    doc.y = top;
    // For a window envelope the letterhead keeps above the window (pdf-window.ts): no stacking, no rule through it.
    const windowed = this.windowed && m.addressee.length > 0;
    let contactEnd = top;
    if (m.letterhead) {
      const lh = m.letterhead;
      const nameSize = Math.max(this.fs * 1.45, 17);
      const lineSize = m.variant.largePrint || m.variant.easyRead ? this.fs : Math.max(9, this.fs * 0.78);
      // Name left and contact lines right; stacked in large print, where two columns would be too narrow.
      const stacked = !windowed && (m.variant.largePrint || m.variant.easyRead);
      const nameWidth = stacked ? this.width : this.width * 0.55;
      // The logo, if any, above the name: a Figure with its alternative text ("<partner> logo"); smaller if need be above a window.
      const logoWidth = lh.logo && windowed ? windowLogoWidth(lh.logo, top, this.fs * 0.4 + this.font(true, nameSize).heightOfString(lh.name, { width: nameWidth }), this.width * 0.5) : this.width * 0.5;
      const nameTop = lh.logo ? top + taggedImage(doc, this.root, { kind: 'image', ...lh.logo }, this.left, logoWidth) + this.fs * 0.4 : top;
      this.tagged('P', this.root, () => this.textAt(lh.name, this.left, nameTop, { width: nameWidth }, true, nameSize, ACCENT));
      const afterName = doc.y;
      const small = () => ({ bold: false, size: lineSize });
      if (stacked) this.lines(this.root, lh.lines, this.left, afterName + 4, this.width, small, 'left', 0);
      else this.lines(this.root, lh.lines, this.left + this.width * 0.55, top + 2, this.width * 0.45, small, 'right', 0);
      contactEnd = doc.y;
      const ruleY = Math.max(afterName, doc.y) + this.fs * 0.5;
      if (!windowed || ruleY < WINDOW_PT.top) this.artifact(() => doc.moveTo(this.left, ruleY).lineTo(this.right, ruleY).lineWidth(1.2).strokeColor(ACCENT).stroke());
      doc.y = ruleY + this.fs * 1.2;
    }
    if (m.corner.length) {
      this.lines(this.root, m.corner, this.left + this.width * 0.5, top, this.width * 0.5, () => ({ bold: true }), m.variant.largePrint ? 'left' : 'right');
      doc.y += this.fs * 1.5;
    }
    if (m.addressee.length || m.meta.length) {
      // For a window envelope the address starts inside the window (the contact lines on the right pass beside it).
      const startY = windowed ? WINDOW_PT.addressY : doc.y;
      // Side by side in standard print (address left, date and reference right); one under the other
      // in large print, where two columns would be too narrow.
      const stacked = m.variant.largePrint || m.variant.easyRead || m.addressee.length === 0;
      if (m.addressee.length) {
        const x = windowed ? WINDOW_PT.addressX : this.left;
        const width = windowed ? WINDOW_PT.addressWidth : stacked ? this.width : this.width * 0.55;
        const size = windowed ? windowAddressSize(m.addressee.length, this.fs, this.font(false).currentLineHeight(true) / this.fs, 1) : this.fs;
        this.lines(this.root, m.addressee, x, startY, width, () => ({ bold: false, size }));
      }
      const afterAddress = doc.y;
      if (m.meta.length) {
        const metaY = stacked && m.addressee.length ? afterAddress + this.fs : windowed ? Math.max(startY, contactEnd + this.fs) : startY;
        const x = stacked ? this.left : this.left + this.width * 0.58;
        const w = stacked ? this.width : this.width * 0.42;
        // Each row its own P ("Date: 4 December 2026", then "Our ref: …"), in one Div like an address.
        const div = doc.struct('Div');
        this.root.add(div);
        m.meta.forEach((row, i) => {
          this.tagged('P', div, () => {
            doc.font('B').fontSize(this.fs).fillColor(INK).text(`${row.label}: `, x, i === 0 ? metaY : doc.y, { width: w, continued: true, lineGap: 1 });
            doc.font('R').text(row.value, { lineGap: 1 });
          });
        });
        div.end();
      }
      doc.y = Math.max(afterAddress, doc.y) + this.fs * 1.6;
    }
  }

  // ---- blocks -----------------------------------------------------------------------------------

  blocks(blocks: readonly Block[], parent: Struct = this.root) {
    // Numbered paragraphs that follow one another are one list (L), each an LI with its number in Lbl.
    let numbered: Struct | null = null;
    blocks.forEach((b, i) => {
      const isNumbered = b.kind === 'paragraph' && b.number !== undefined;
      if (isNumbered && !numbered) parent.add((numbered = this.doc.struct('L')));
      if (!isNumbered && numbered) {
        numbered.end();
        numbered = null;
      }
      this.block(b, numbered ?? parent, blocks.slice(i + 1));
    });
    (numbered as Struct | null)?.end();
  }

  /** The height of a block and of what it must stay on the page with (a signature, the "other formats" line). */
  private keptHeight(b: Block, rest: readonly Block[]): number {
    const next = rest[0];
    let own: number;
    if (b.kind === 'signature') own = this.signatureHeight(b);
    else if (b.kind === 'paragraph') {
      const size = b.emphasis ? Math.max(16, this.fs) : this.fs;
      this.font(false, size);
      own = this.doc.heightOfString(runsText(b.runs) || ' ', { width: this.width, lineGap: this.gap }) + this.fs * (b.emphasis ? 0.95 : 0.55);
    } else if (b.kind === 'address') own = this.lineHeight() * b.lines.length + this.fs * 0.55;
    else own = this.lineHeight() * 2;
    return own + (next && this.keepsWithNext(b, next) ? this.keptHeight(next, rest.slice(1)) : 0);
  }

  /**
   * What stays with what follows it: a paragraph marked so (the statement of truth) or followed by a
   * signature ("Yours sincerely,"), and a signature followed by the "other formats" line, so no page holds
   * that line alone (issue 19).
   */
  private keepsWithNext(b: Block, next: Block): boolean {
    if (b.kind === 'paragraph') return Boolean(b.keepWithNext) || next.kind === 'signature';
    if (b.kind === 'signature') return next.kind === 'paragraph' && Boolean(next.emphasis);
    return false;
  }

  /** The height a heading must keep with: two lines, or a whole paragraph and what that keeps with. */
  private followingHeight(next: Block, rest: readonly Block[]): number {
    if (next.kind !== 'paragraph' || !rest[0] || !this.keepsWithNext(next, rest[0])) return this.lineHeight() * 2;
    return this.keptHeight(next, rest);
  }

  private block(b: Block, parent: Struct, rest: readonly Block[]) {
    const { doc } = this;
    const next = rest[0];
    switch (b.kind) {
      case 'heading': {
        const size = this.fs * (b.level === 1 ? 1.3 : b.level === 2 ? 1.12 : 1.0);
        // Keep a heading with at least two lines of what follows it; a heading over a paragraph that must
        // stay with a signature (the statement of truth, issue 15) keeps with all of it.
        this.ensure(this.lineHeight(size) * 1.6 + (next ? this.followingHeight(next, rest.slice(1)) : 0));
        if (doc.y > this.m.marginsCm.top * CM + 1) doc.y += this.fs * (b.level === 1 ? 0.5 : 0.6);
        this.tagged(`H${b.level}`, parent, () => this.textAt(runsText(b.runs), this.left, doc.y, { width: this.width, align: b.align ?? 'left', lineGap: this.gap }, true, size, b.level === 1 ? ACCENT : INK));
        doc.y += this.fs * 0.35;
        break;
      }
      case 'paragraph': {
        const size = b.emphasis ? Math.max(16, this.fs) : this.fs;
        // "Yours sincerely," stays on the page with the signature under it (and that with what it keeps).
        const kept = next && this.keepsWithNext(b, next);
        this.ensure(kept ? this.keptHeight(b, rest) : this.lineHeight(size) * 2);
        if (b.emphasis) doc.y += this.fs * 0.4;
        if (b.number !== undefined) {
          // An LI of the numbered paragraphs' L (blocks() made it): "1." in Lbl, the text in LBody.
          const indent = Math.max(1.2 * CM, this.fs * 2.6);
          numberedItem(
            doc,
            parent,
            (y) => {
              this.font(false);
              doc.text(`${b.number}.`, this.left, y, { width: indent, lineBreak: false });
            },
            () => this.runs(b.runs, this.left + indent, this.width - indent),
          );
        } else if (b.picture) {
          // Easy Read: the picture on the left (a Figure with its alternative text), the words beside it.
          const side = this.fs * 2.8;
          const gap = this.fs * 0.9;
          this.ensure(side + this.fs * 0.3);
          const top = doc.y;
          const picture = b.picture;
          this.tagged('Figure', parent, () => doc.image(pictureBytes(picture.id), this.left, top, { width: side, height: side }), { alt: picture.alt });
          doc.y = top + Math.max(0, (side - this.lineHeight(size)) / 2);
          this.tagged('P', parent, () => this.runs(b.runs, this.left + side + gap, this.width - side - gap, {}, size, b.lang), b.lang ? { lang: b.lang } : {});
          doc.y = Math.max(doc.y, top + side);
        } else if (b.dir === 'rtl') {
          // Arabic, Urdu: right-aligned, runs in bidi order, extracted in logical order (pdf-rtl.ts).
          this.tagged('P', parent, () => drawRtlParagraph(this.doc, { text: runsText(b.runs), bold: Boolean(b.runs[0]?.bold), lang: b.lang ?? 'ar', size, x: this.left, width: this.width, lineGap: this.gap }), { lang: b.lang, actual: [...runsText(b.runs)].filter((ch) => !isInvisible(ch.codePointAt(0)!)).join('') });
        } else {
          // A paragraph in the reader's language (the interpreter notice) carries it on every run.
          const runs = b.lang ? b.runs.map((r) => (r.lang ? r : { ...r, lang: b.lang })) : b.runs;
          this.paragraph(parent, runs, this.left, this.width, { align: b.align ?? 'left' }, size);
        }
        doc.y += this.fs * 0.55;
        break;
      }
      case 'list': {
        const indent = this.fs * 1.8;
        const list = doc.struct('L');
        parent.add(list);
        b.items.forEach((item, i) => {
          this.ensure(this.lineHeight() * 1.2);
          const li = doc.struct('LI');
          list.add(li);
          const y = doc.y;
          li.add(
            doc.struct('Lbl', {}, () => {
              this.font(false);
              doc.text(b.ordered ? `${i + 1}.` : '•', this.left + this.fs * 0.3, y, { width: indent, lineBreak: false });
            }),
          );
          doc.y = y;
          li.add(doc.struct('LBody', {}, () => this.runs(item, this.left + indent, this.width - indent)));
          li.end();
          doc.y += this.fs * 0.25;
        });
        list.end();
        doc.y += this.fs * 0.35;
        break;
      }
      case 'table':
        drawTable(this, b, parent);
        break;
      case 'signature': {
        const lh = this.lineHeight();
        this.ensure(this.keptHeight(b, rest));
        if (b.signHere) {
          doc.y += lh * 0.8;
          const [line, ...names] = signatureLines(b);
          this.tagged('P', parent, () => this.textAt(line!, this.left, doc.y, { width: this.width, lineGap: this.gap }, false, this.fs, INK));
          this.lines(parent, names, this.left, doc.y, this.width, () => ({ bold: true }), 'left', this.gap);
          doc.y += lh * 0.6;
        } else {
          doc.y += lh * 2.4; // room for a handwritten signature
          // The name (bold), the job title, the partner: a line each, never run together.
          this.lines(parent, b.lines.length ? b.lines : [''], this.left, doc.y, this.width, (i) => ({ bold: i === 0 }), 'left', this.gap);
          doc.y += this.fs * 0.5;
        }
        break;
      }
      case 'address':
        this.ensure(this.lineHeight() * b.lines.length);
        this.lines(parent, b.lines, this.left, doc.y, this.width, () => ({ bold: false }), 'left', this.gap);
        doc.y += this.fs * 0.55;
        break;
      case 'image': {
        const cm = 72 / 2.54;
        this.ensure(Math.min(b.heightCm * cm, this.page.height / 2) + this.fs);
        taggedImage(doc, parent, b, this.left, this.width);
        doc.y += this.fs * 0.55;
        break;
      }
      case 'box': {
        const pad = this.fs * 0.6;
        const inner = this.width - pad * 2;
        this.font(false);
        const height = b.blocks.reduce((h, x) => h + (x.kind === 'list' ? x.items.length * this.lineHeight() * 1.5 : doc.heightOfString(x.kind === 'paragraph' || x.kind === 'heading' ? runsText(x.runs) : ' ', { width: inner, lineGap: this.gap }) + this.fs * 0.5), pad * 2);
        this.ensure(height + this.fs);
        const top = doc.y;
        const div = doc.struct('Div');
        parent.add(div);
        const saved = { left: this.left, width: this.width };
        this.left = saved.left + pad;
        this.width = inner;
        doc.y = top + pad;
        this.blocks(b.blocks, div);
        this.left = saved.left;
        this.width = saved.width;
        div.end();
        const bottom = doc.y - this.fs * 0.55 + pad;
        this.artifact(() => doc.rect(this.left, top, this.width, bottom - top).lineWidth(1.5).strokeColor(ACCENT).stroke());
        doc.y = bottom + this.fs * 0.8;
        break;
      }
      case 'page-break':
        doc.addPage();
        break;
    }
  }

  private signatureHeight(b: Extract<Block, { kind: 'signature' }>): number {
    return this.lineHeight() * (b.signHere ? 4 : 3 + b.lines.length);
  }

  /** "Page N of M" and the running footer on pages [from, to) of the buffered document. */
  footers(from: number, to: number) {
    const { doc, m } = this;
    const size = m.variant.largePrint ? this.fs : 9;
    for (let i = from; i < to; i += 1) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
      const y = this.page.height - (m.marginsCm.bottom * CM) / 2 - size / 2;
      this.doc.markContent('Artifact', { type: 'Pagination' } as never);
      doc.font('R').fontSize(size).fillColor('#444444');
      const pageNo = `Page ${i - from + 1} of ${to - from}`;
      if (m.variant.largePrint) {
        // Large print: two left-aligned lines, the page number first (it is what people look for).
        const lh = size * 1.25;
        doc.text(pageNo, this.left, y - lh / 2, { width: this.width, lineBreak: false });
        doc.text(m.footer, this.left, y + lh / 2, { width: this.width, lineBreak: false });
      } else {
        doc.text(m.footer, this.left, y, { width: this.width * 0.7, lineBreak: false });
        doc.text(pageNo, this.left + this.width * 0.7, y, { width: this.width * 0.3, align: 'right', lineBreak: false });
      }
      this.doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }
}

function watermark(doc: Doc, page: Page, index: number) {
  doc.switchToPage(index);
  doc.markContent('Artifact', { type: 'Pagination' } as never);
  doc.save().rotate(-40, { origin: [page.width / 2, page.height / 2] });
  doc.font('B').fontSize(96).fillColor('#c0392b').fillOpacity(0.12).text('DRAFT', 0, page.height / 2 - 60, { width: page.width, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillOpacity(1);
  doc.endMarkedContent();
}

export interface PdfOptions {
  /** A diagonal "DRAFT" on every page (previews that are not saved). */
  draft?: boolean;
  /** Called after each document of a batch is laid out (progress; it may pause or throw to stop). */
  onLetter?: (done: number) => Promise<void> | void;
  /** The address inside a DL window envelope's window (DL_WINDOW_MM), for printing and posting. */
  window?: boolean;
}

/**
 * Writes one or more documents (a batch of letters: one per address, each with its own page numbers) into
 * one PDF. The first model gives the file its title.
 */
export async function writePdf(models: readonly DocumentModel[], options: PdfOptions = {}): Promise<Buffer> {
  const first = models[0];
  if (!first) throw new Error('pdf: nothing to write');
  const PDFDocument = pdfkit();
  // The documents' one family (DOCUMENT_FONT), the one the DOCX names.
  const regular = parsedFont(documentFontFile(false));
  const bold = parsedFont(documentFontFile(true));
  const m0 = first.marginsCm;
  const doc = new PDFDocument({
    size: 'A4',
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: first.lang,
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    font: null as unknown as string,
    margins: { top: m0.top * CM, right: m0.right * CM, bottom: m0.bottom * CM, left: m0.left * CM },
    info: { Title: options.draft ? `DRAFT — ${first.title}` : first.title, Author: first.author, Subject: first.subject, Creator: 'Hearth', Producer: 'Hearth (pdfkit)' },
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('R', regular as never);
  doc.registerFont('B', bold as never);

  const page: Page = { width: 595.28, height: 841.89 };
  for (const [n, model] of models.entries()) {
    const mm = model.marginsCm;
    doc.addPage({ size: 'A4', margins: { top: mm.top * CM, right: mm.right * CM, bottom: mm.bottom * CM, left: mm.left * CM } });
    if (n === 0) openAtFullSize(doc);
    const range = () => doc.bufferedPageRange();
    const from = range().start + range().count - 1;
    const w = new Writer(doc, model, page, options.window);
    doc.addStructure(w.structure);
    w.head();
    w.blocks(model.blocks);
    w.structure.end();
    const to = range().start + range().count;
    // Each document's own "Page N of M", then its pages leave memory: a batch of 1,000 letters never
    // holds more than one letter's pages.
    w.footers(from, to);
    if (options.draft) for (let i = from; i < to; i += 1) watermark(doc, page, i);
    doc.flushPages();
    if (options.onLetter) await options.onLetter(n + 1);
  }
  doc.end();
  return done;
}
