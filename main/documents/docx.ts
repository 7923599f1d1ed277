import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  type IBorderOptions,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, DOCUMENT_FONT, type DocumentModel, type Run, runsText, signatureLines } from '../../shared/documents/model';
import { unzipEntries, zipEntries } from './zip';
import { pictureOrLanguageParagraph } from './docx-extras';
import { embeddedScriptFonts, runFont } from './docx-fonts';

/**
 * The DOCX writer (docx): the same model as the PDF, so the same words, laid out with Word's own styles
 * (Heading 1–3 for the navigation pane and screen readers, real bulleted lists, tables with a header row),
 * the language set to en-GB, A4 with the model's margins, and "Page N of M" in the footer. A batch is one
 * section per letter, each numbered from 1. Noto Sans, as in the PDF (issue 19), with Arial named as the
 * fallback for a computer without it; no italics anywhere.
 */

const TWIP_PER_CM = 567;
/** The documents' one family, the one the PDF embeds; the font table names Arial as its fallback. */
const FONT = DOCUMENT_FONT.family;
const ACCENT = '1D3F6E';
const half = (pt: number) => Math.round(pt * 2);
const align = (a: 'left' | 'center' | 'right' | undefined) => (a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);

const noBorder: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '8A94A6' };
const boxLine: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 6 };

class Section {
  /** One letter alone counts all pages (NUMPAGES); in a batch each letter counts its own section's. */
  sectionPages = false;
  private readonly fs: number;
  private readonly after: number;
  private readonly spacing: { line: number; lineRule: (typeof LineRuleType)['AUTO']; after: number };
  private readonly textWidth: number;

  constructor(private readonly m: DocumentModel) {
    this.fs = m.fontSize;
    this.after = Math.round(m.fontSize * 10);
    this.spacing = { line: Math.round(240 * m.lineSpacing), lineRule: LineRuleType.AUTO, after: this.after };
    this.textWidth = Math.round((21 - m.marginsCm.left - m.marginsCm.right) * TWIP_PER_CM);
  }

  private runs(runs: readonly Run[], size = this.fs, forceBold = false): TextRun[] {
    // A run in another language carries its own w:lang, so Word's reader and spell-checker switch to it.
    return runs.map((r) => new TextRun({ text: r.text, bold: forceBold || Boolean(r.bold), size: half(size), font: runFont(r.text), ...(r.lang ? { language: { value: r.lang } } : {}) }));
  }

  /** Model paragraph numbers Word's own numbering gives (1, 2, 3… through the document): then they are real numbering. */
  numberedThrough = false;

  private lines(text: string[], options: { bold?: boolean; size?: number; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph[] {
    return text.map(
      (t, i) =>
        new Paragraph({
          alignment: options.alignment ?? AlignmentType.LEFT,
          spacing: { after: i === text.length - 1 ? this.after : 0, line: 240, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ text: t, bold: options.bold, size: half(options.size ?? this.fs), font: runFont(t) })],
        }),
    );
  }

  head(): (Paragraph | Table)[] {
    const { m } = this;
    const out: (Paragraph | Table)[] = [];
    if (m.letterhead) {
      // The logo, if any, above the name: a picture with its alternative text ("<partner> logo").
      if (m.letterhead.logo) out.push(...this.block({ kind: 'image', ...m.letterhead.logo }, false, undefined));
      out.push(
        new Paragraph({
          spacing: { after: 60 },
          children: [new TextRun({ text: m.letterhead.name, bold: true, size: half(Math.max(this.fs * 1.45, 17)), color: ACCENT, font: runFont(m.letterhead.name) })],
        }),
      );
      const small = m.variant.largePrint || m.variant.easyRead ? this.fs : Math.max(9, this.fs * 0.78);
      m.letterhead.lines.forEach((l, i) =>
        out.push(
          new Paragraph({
            spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
            alignment: m.variant.largePrint || m.variant.easyRead ? AlignmentType.LEFT : AlignmentType.RIGHT,
            border: i === m.letterhead!.lines.length - 1 ? { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 6 } } : undefined,
            children: [new TextRun({ text: l, size: half(small), font: runFont(l) })],
          }),
        ),
      );
      out.push(new Paragraph({ spacing: { after: this.after }, children: [] }));
    }
    if (m.corner.length) out.push(...this.lines(m.corner, { bold: true, alignment: m.variant.largePrint ? AlignmentType.LEFT : AlignmentType.RIGHT }));
    const meta = m.meta.map((r) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: `${r.label}: `, bold: true, size: half(this.fs), font: runFont(`${r.label}: `) }), new TextRun({ text: r.value, size: half(this.fs), font: runFont(r.value) })] }));
    if (m.addressee.length || m.meta.length) {
      // The address, then the date and reference under it: paragraphs, not a layout table, which a screen
      // reader announces as a table and Word's accessibility checker flags (issue 19).
      out.push(...this.lines(m.addressee));
      out.push(...meta, new Paragraph({ spacing: { after: this.after }, children: [] }));
    }
    return out;
  }

  blocks(blocks: readonly Block[], boxed = false): (Paragraph | Table)[] {
    return blocks.flatMap((b, i) => this.block(b, boxed, blocks[i + 1]));
  }

  /** Each ordered list restarts its numbering: its own instance of the "ordered" numbering. */
  private listInstance = 0;

  private block(b: Block, boxed: boolean, next: Block | undefined): (Paragraph | Table)[] {
    const beforeSignature = next?.kind === 'signature';
    const beforeOtherFormats = next?.kind === 'paragraph' && Boolean(next.emphasis);
    const border = boxed ? { top: boxLine, bottom: boxLine, left: boxLine, right: boxLine } : undefined;
    switch (b.kind) {
      case 'heading':
        return [
          new Paragraph({
            heading: b.level === 1 ? HeadingLevel.HEADING_1 : b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            alignment: align(b.align),
            keepNext: true,
            border,
            children: [new TextRun({ text: runsText(b.runs), bold: true, font: runFont(runsText(b.runs)), size: half(this.fs * (b.level === 1 ? 1.3 : b.level === 2 ? 1.12 : 1)), color: b.level === 1 ? ACCENT : '1A1A1A' })],
          }),
        ];
      case 'paragraph': {
        if (b.number !== undefined) {
          // Word's own numbering (a reader says "1", then the text), unless the model numbers otherwise.
          if (this.numberedThrough) return [new Paragraph({ spacing: this.spacing, numbering: { reference: 'numbered-paragraphs', level: 0 }, keepNext: b.keepWithNext || undefined, children: this.runs(b.runs) })];
          const hang = Math.max(Math.round(1.2 * TWIP_PER_CM), Math.round(this.fs * 2.6 * 20));
          return [
            new Paragraph({
              spacing: this.spacing,
              indent: { left: hang, hanging: hang },
              tabStops: [{ type: TabStopType.LEFT, position: hang }],
              children: [new TextRun({ text: `${b.number}.\t`, size: half(this.fs), font: runFont(`${b.number}.\t`) }), ...this.runs(b.runs)],
            }),
          ];
        }
        const size = b.emphasis ? Math.max(16, this.fs) : this.fs;
        if (b.picture || b.lang) return [pictureOrLanguageParagraph(b, { spacing: this.spacing, size: half(size), font: FONT })];
        return [new Paragraph({ spacing: this.spacing, alignment: align(b.align), border, keepNext: beforeSignature || b.keepWithNext || undefined, children: this.runs(b.runs, size) })];
      }
      case 'list': {
        const instance = (this.listInstance += 1);
        return b.items.map(
          (item) =>
            new Paragraph({
              spacing: { ...this.spacing, after: Math.round(this.after / 2) },
              numbering: b.ordered ? { reference: 'ordered', level: 0, instance } : { reference: 'bullets', level: 0 },
              border,
              children: this.runs(item),
            }),
        );
      }
      case 'address':
        return this.lines(b.lines);
      case 'image':
        return [
          new Paragraph({
            spacing: this.spacing,
            keepNext: true,
            children: [
              new ImageRun({
                type: b.format === 'png' ? 'png' : 'jpg',
                data: Buffer.from(b.data, 'base64'),
                transformation: { width: Math.round((b.widthCm / 2.54) * 96), height: Math.round((b.heightCm / 2.54) * 96) },
                altText: { name: b.alt.slice(0, 60), description: b.alt, title: b.alt.slice(0, 60) },
              }),
            ],
          }),
        ];
      case 'table': {
        const cols = Math.max(b.header?.length ?? 0, ...b.rows.map((r) => r.length));
        const borders = b.borders ? { top: line, bottom: line, left: line, right: line } : { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder };
        // Column widths as in the PDF: each at least its longest word, the rest shared by how much text each has.
        const charTwips = this.fs * 0.6 * 20;
        const want = Array.from({ length: cols }, (_, c) => {
          const cells = [b.header?.[c] ?? '', ...b.rows.map((r) => runsText(r[c] ?? []))];
          return { min: (Math.max(4, ...cells.flatMap((t) => t.split(/\s+/).map((w) => w.length))) + 1) * charTwips + 200, total: Math.max(...cells.map((t) => t.length)) * charTwips + 200 };
        });
        const sumMin = want.reduce((s, w) => s + w.min, 0);
        const extra = Math.max(0, this.textWidth - sumMin);
        const weights = want.map((w) => Math.max(0, w.total - w.min));
        const sumWeights = weights.reduce((s, w) => s + w, 0) || 1;
        let columnWidths = want.map((w, i) => w.min + (extra * weights[i]!) / sumWeights);
        const scale = this.textWidth / columnWidths.reduce((s, w) => s + w, 0);
        columnWidths = columnWidths.map((w) => Math.round(w * scale));
        const cell = (runs: readonly Run[], header: boolean, c: number) =>
          new TableCell({
            width: { size: columnWidths[c]!, type: WidthType.DXA },
            borders,
            shading: header ? { type: ShadingType.CLEAR, fill: 'E8EDF4', color: 'auto' } : undefined,
            margins: { top: 60, bottom: 60, left: 100, right: 100 },
            children: [new Paragraph({ spacing: { after: 0, line: Math.round(240 * Math.min(this.m.lineSpacing, 1.3)), lineRule: LineRuleType.AUTO }, children: this.runs(runs, this.fs, header) })],
          });
        const rows: TableRow[] = [];
        if (b.header) rows.push(new TableRow({ tableHeader: true, children: Array.from({ length: cols }, (_, c) => cell([{ text: b.header![c] ?? '' }], true, c)) }));
        for (const r of b.rows) rows.push(new TableRow({ cantSplit: true, children: Array.from({ length: cols }, (_, c) => cell(r[c] ?? [], false, c)) }));
        return [new Table({ width: { size: this.textWidth, type: WidthType.DXA }, columnWidths, rows }), new Paragraph({ spacing: { after: this.after }, children: [] })];
      }
      case 'signature': {
        if (b.signHere) {
          const [signLine, ...names] = signatureLines(b);
          return [
            new Paragraph({ spacing: { before: Math.round(this.fs * 30), after: 0 }, keepNext: true, children: [new TextRun({ text: signLine, size: half(this.fs), font: runFont(signLine ?? '') })] }),
            new Paragraph({ spacing: this.spacing, keepNext: beforeOtherFormats || undefined, children: [new TextRun({ text: names.join(' '), bold: true, size: half(this.fs), font: runFont(names.join(' ')) })] }),
          ];
        }
        const [name, ...rest] = b.lines;
        // The signature's lines stay together, and with the "other formats" line after them (issue 19).
        return [
          new Paragraph({ spacing: { before: Math.round(this.fs * 50), after: 0 }, keepNext: true, children: [new TextRun({ text: name ?? '', bold: true, size: half(this.fs), font: runFont(name ?? '') })] }),
          ...rest.map((l, i) => new Paragraph({ spacing: { after: i === rest.length - 1 ? this.after : 0 }, keepNext: i < rest.length - 1 || beforeOtherFormats || undefined, children: [new TextRun({ text: l, size: half(this.fs), font: runFont(l) })] })),
        ];
      }
      case 'box':
        return this.blocks(b.blocks, true);
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }

  footer(): Footer {
    const size = this.m.variant.largePrint ? this.fs : 9;
    return new Footer({
      children: [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: this.textWidth }],
          children: [
            new TextRun({ text: this.m.footer, size: half(size), font: runFont(this.m.footer), color: '444444' }),
            new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', this.sectionPages ? PageNumber.TOTAL_PAGES_IN_SECTION : PageNumber.TOTAL_PAGES], size: half(size), font: FONT, color: '444444' }),
          ],
        }),
      ],
    });
  }

  section() {
    const mm = this.m.marginsCm;
    const numbers = numberedParagraphs(this.m.blocks);
    this.numberedThrough = numbers.length > 0 && numbers.every((n, i) => n === i + 1);
    return {
      properties: {
        page: {
          size: { width: 11906, height: 16838 },
          margin: { top: Math.round(mm.top * TWIP_PER_CM), right: Math.round(mm.right * TWIP_PER_CM), bottom: Math.round(mm.bottom * TWIP_PER_CM), left: Math.round(mm.left * TWIP_PER_CM), footer: Math.round((mm.bottom * TWIP_PER_CM) / 2.5) },
          pageNumbers: { start: 1 },
        },
      },
      footers: { default: this.footer() },
      children: [...this.head(), ...this.blocks(this.m.blocks)],
    };
  }
}

type Progress = { onLetter?: (done: number) => Promise<void> | void };

/** Writes one document, or a batch (one section per letter, each numbered from 1), as DOCX bytes. */
export async function writeDocx(models: readonly DocumentModel[], options: Progress = {}): Promise<Buffer> {
  const first = models[0];
  if (!first) throw new Error('docx: nothing to write');
  if (models.length > 1 && models.every((m) => sameButAddress(m, first))) return writeLettersToAddresses(models, options);
  const sections: ReturnType<Section['section']>[] = [];
  for (const m of models) {
    const section = new Section(m);
    section.sectionPages = models.length > 1;
    sections.push(section.section());
    if (options.onLetter) await options.onLetter(sections.length);
  }
  return withFontFallback(unzipEntries(await Packer.toBuffer(document(first, sections, embeddedScriptFonts(models)))));
}

/**
 * The font table names the family's fallback (w:altName) and kind (a sans, w:family swiss), so Word on a
 * computer without Noto Sans sets the letter in Arial rather than in its default serif.
 */
function withFontFallback(files: Map<string, Buffer>): Buffer {
  const table = files.get('word/fontTable.xml')?.toString('utf8');
  if (table) {
    const entry = `<w:font w:name="${DOCUMENT_FONT.family}"><w:altName w:val="${DOCUMENT_FONT.fallback}"/><w:panose1 w:val="020B0502040504020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;
    const filled = table.endsWith('/>') ? `${table.slice(0, -2)}>${entry}</w:fonts>` : table.replace('</w:fonts>', `${entry}</w:fonts>`);
    files.set('word/fontTable.xml', Buffer.from(filled, 'utf8'));
  }
  return zipEntries(files);
}

function numberedParagraphs(blocks: readonly Block[]): number[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' && b.number !== undefined ? [b.number] : b.kind === 'box' ? numberedParagraphs(b.blocks) : []));
}

function document(first: DocumentModel, sections: ReturnType<Section['section']>[], fonts: ReturnType<typeof embeddedScriptFonts>): Document {
  return new Document({
    // The script fonts the letters use, embedded (docx-fonts.ts).
    ...(fonts.length ? { fonts } : {}),
    // Word recalculates "Page N of M" when the file opens, so no reader shows a stale "Page 1 of" (issue 19).
    features: { updateFields: true },
    title: first.title,
    subject: first.subject,
    creator: first.author,
    description: first.subject,
    styles: {
      default: {
        document: { run: { font: FONT, size: half(first.fontSize), language: { value: first.lang } }, paragraph: { spacing: { line: Math.round(240 * first.lineSpacing), lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: FONT, bold: true, italics: false, color: ACCENT, size: half(first.fontSize * 1.3) }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, bold: true, italics: false, color: '1A1A1A', size: half(first.fontSize * 1.12) }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font: FONT, bold: true, italics: false, color: '1A1A1A', size: half(first.fontSize) }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 340 } } } }],
        },
        {
          reference: 'ordered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }],
        },
        {
          // PD 32 19.1 numbered paragraphs: the number in the margin, the text hanging.
          reference: 'numbered-paragraphs',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: paragraphHang(first), hanging: paragraphHang(first) } } } }],
        },
      ],
    },
    sections,
  });
}

const paragraphHang = (m: DocumentModel) => Math.max(Math.round(1.2 * TWIP_PER_CM), Math.round(m.fontSize * 2.6 * 20));

/** Residents' letters are one letter with a different address block: the batch shares everything else. */
const sameButAddress = (m: DocumentModel, first: DocumentModel) =>
  m.blocks === first.blocks && m.title === first.title && m.meta === first.meta && m.letterhead === first.letterhead && m.fontSize === first.fontSize && m.footer === first.footer;

const MARKER = 'HEARTH-ADDRESSEE-7d1f3c';
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A batch of the same letter to many addresses, written once by the docx writer with a marker where the
 * address goes; the body is then repeated per address (its address put in, a section break between
 * letters, each section numbered from 1). A thousand letters take about a second and little memory,
 * where building a thousand sections as objects took most of a minute's worth of both.
 */
async function writeLettersToAddresses(models: readonly DocumentModel[], options: Progress): Promise<Buffer> {
  const first = models[0]!;
  const one = new Section({ ...first, addressee: [MARKER] });
  one.sectionPages = true;
  const files = unzipEntries(await Packer.toBuffer(document(first, [one.section()], embeddedScriptFonts(models))));
  const xml = files.get('word/document.xml')!.toString('utf8');
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sectStart = xml.lastIndexOf('<w:sectPr');
  const bodyEnd = xml.lastIndexOf('</w:body>');
  const body = xml.slice(bodyStart, sectStart);
  const sect = xml.slice(sectStart, bodyEnd);
  const at = body.indexOf(`>${MARKER}<`);
  if (at < 0 || bodyStart < 8 || sectStart < bodyStart) throw new Error('docx: the batch template has no address marker');
  const before = body.slice(0, at + 1);
  const after = body.slice(at + 1 + MARKER.length);
  const parts: string[] = [xml.slice(0, bodyStart)];
  for (const [i, m] of models.entries()) {
    parts.push(before, m.addressee.map(xmlText).join('</w:t><w:br/><w:t xml:space="preserve">'), after);
    // A section break between letters: the section's properties in the last paragraph's properties.
    if (i < models.length - 1) parts.push(`<w:p><w:pPr>${sect}</w:pPr></w:p>`);
    if (options.onLetter && (i + 1) % 50 === 0) await options.onLetter(i + 1);
  }
  parts.push(sect, xml.slice(bodyEnd));
  files.set('word/document.xml', Buffer.from(parts.join(''), 'utf8'));
  if (options.onLetter) await options.onLetter(models.length);
  return withFontFallback(files);
}
