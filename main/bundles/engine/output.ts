import { createHash, randomBytes } from 'node:crypto';
import type { IndexRow } from '../../../shared/schemas/bundles';
import { flate } from '../../pdf/deflate';
import { openEvidencePdf, prepareForCopy } from '../../pdf/evidence-pdf';
import { embedFonts, type PdfFonts } from '../../pdf/fonts';
import { PDFContext, PDFHexString, PDFString, type PDFDocument, type PDFRef } from '../../pdf/lib';
import { StreamingWriter } from '../../pdf/writer';
import { destination, fontResources, generatedPage, stampContent } from './draw';
import { embedImage, imageMatrix } from './images';
import type { DrawnPage } from './layout';
import { STAMP_STRIP } from './layout';
import { writeOutline, type OutlineItem } from './outline';
import { mergePreparedGlyphs, preparedBody } from './prepared';
import type { BuildIo, BuildJob, ResolvedItem } from './protocol';
import { copySourcePages, readSourceOutline, type SourceOutline } from './source';
import { type ImportedPage, type StructureSink, StructureTree } from './structure';

/**
 * The bundle PDF as it is written: pages go out one at a time through the streaming writer (stamped with
 * their PDF page numbers), and finishFile() adds the cover and index, bookmarks, page tree and catalog.
 */
export interface PageRecord {
  ref: PDFRef;
  height: number;
}

export interface Output {
  ctx: PDFContext;
  writer: StreamingWriter;
  fonts: PdfFonts;
  pagesRoot: PDFRef;
  /** By page number (1-based). */
  pages: PageRecord[];
  /** The tagged PDF's structure (issue 15); a second worker records its pages' structure for the writer (engine/part.ts). */
  structure: StructureSink | null;
}

export function openOutput(io: BuildIo): Output {
  const ctx = PDFContext.create();
  const writer = new StreamingWriter(io.chunk);
  const fonts = embedFonts(ctx);
  return { ctx, writer, fonts, pagesRoot: ctx.nextRef(), pages: [], structure: new StructureTree(ctx) };
}

const none = () => undefined;

export function addDrawn(out: Output, drawn: DrawnPage[], firstNumber: number, label: string | null): void {
  drawn.forEach((page, i) => {
    const ref = generatedPage(out.ctx, page, out.fonts, out.pagesRoot, stampContent(out.fonts, page.width, firstNumber + i, label), none, undefined, preparedBody(page));
    out.pages[firstNumber + i] = { ref, height: page.height };
    out.structure?.addPage(ref, page.ops, firstNumber + i);
  });
}

/** What adding a file gave: its bookmarks, its pages with no text layer, and what was stripped from it (in words, or ''). */
export interface AddedFile {
  children: SourceOutline[];
  imageOnly: number[];
  removed: string;
}

/** A PDF evidence file opened and checked for copying: parsed, its SHA-256 and pages as recorded, its active content stripped. */
export interface OpenedForCopy {
  doc: PDFDocument;
  refs: PDFRef[];
  /** What was stripped (attachments, links out, scripts), in words; '' for nothing. */
  removed: string;
}

/** How a build names a file in what it says about it. */
export function whereOf(item: ResolvedItem): string {
  const src = item.source;
  if (src.kind !== 'file') return `“${item.title}”`;
  return src.label ? `exhibit ${src.label} (${src.fileName})` : `“${src.fileName}”`;
}

/** The file is the one recorded when it was added (its SHA-256), or the build stops and says so. */
function checkRecorded(bytes: Uint8Array, item: ResolvedItem, lap: (phase: string) => void): void {
  const sha = createHash('sha256').update(bytes).digest('hex');
  lap('source files: hash');
  if (item.source.kind === 'file' && sha !== item.source.sha256) throw new Error(`The file for ${whereOf(item)} no longer matches the SHA-256 recorded when it was added. Run the evidence check and replace or remove it.`);
}

/**
 * Opens a PDF evidence file for copying, or says (throws) why it cannot go in: its bytes no longer match
 * the SHA-256 recorded, it is protected or unusable, its pages differ from those recorded, or it breaks a
 * limit. The build does this as it adds the file; the worker may have done it ahead (read-ahead.ts).
 */
export async function openForCopy(bytes: Uint8Array, item: ResolvedItem, lap: (phase: string) => void = () => undefined): Promise<OpenedForCopy> {
  const src = item.source;
  if (src.kind !== 'file') throw new Error(`build: ${item.title} is not a file`);
  const where = whereOf(item);
  checkRecorded(bytes, item, lap);
  const opened = await openEvidencePdf(bytes);
  lap('source files: parse');
  if (!opened.ok && opened.encrypted) throw new Error(`The PDF for ${where} is password-protected. Remove it from the bundle or add an unprotected copy.`);
  if (!opened.ok) throw new Error(`The PDF for ${where} is unusable: ${opened.reason}. Remove it from the bundle or replace it.`);
  const { doc, pages: refs } = opened;
  if (refs.length !== src.pages) throw new Error(`The PDF for ${where} has ${refs.length} pages, not the ${src.pages} recorded when it was added.`);
  // Attachments, links out and scripts are stripped, and the limits checked, before anything is copied.
  const prepared = prepareForCopy(doc, refs);
  if (!prepared.ok) throw new Error(`The PDF for ${where} is unusable: ${prepared.reason}. Remove it from the bundle or replace it.`);
  return { doc, refs, removed: prepared.removed.words() };
}

/**
 * `source`: the file's bytes, or the file opened already (read ahead while the preview was shown).
 * `alt`: a picture's alternative text (the exhibit's description) for the tagged PDF.
 */
export async function addFile(out: Output, item: ResolvedItem, source: Uint8Array | OpenedForCopy, firstNumber: number, redact: (t: string) => string, lap: (phase: string) => void = () => undefined, alt: string | null = null): Promise<AddedFile> {
  const src = item.source;
  if (src.kind !== 'file') return { children: [], imageOnly: [], removed: '' };
  if (src.fileType === 'pdf') {
    const { doc, refs, removed } = source instanceof Uint8Array ? await openForCopy(source, item, lap) : source;
    const outline = readSourceOutline(doc, refs, redact);
    lap('source files: sanitise');
    const copied = copySourcePages(doc, refs, out.ctx, out.pagesRoot, out.fonts, STAMP_STRIP, (i, width) => stampContent(out.fonts, width, firstNumber + i, src.label));
    const imageOnly: number[] = [];
    const about = alt?.trim() || item.title;
    copied.forEach((p, i) => {
      out.pages[firstNumber + i] = { ref: p.ref, height: p.height };
      if (p.imageOnly) imageOnly.push(firstNumber + i);
      out.structure?.addImported(p.ref, firstNumber + i, importedPage(p.imageOnly, src.label, i + 1, copied.length, about));
    });
    return { children: outline, imageOnly, removed };
  }
  if (!(source instanceof Uint8Array)) throw new Error(`build: ${whereOf(item)} is a picture, not a PDF opened ahead`);
  checkRecorded(source, item, lap);
  const image = await embedImage(out.ctx, source, src.fileType);
  const p = image.placement;
  const content = out.ctx.register(
    flate(out.ctx, `/Figure <</MCID 0>> BDC q ${imageMatrix(p, image.turns).map((v) => Math.round(v * 1000) / 1000).join(' ')} cm /HImg Do Q EMC\n${stampContent(out.fonts, p.pageWidth, firstNumber, src.label)}\n`),
  );
  const ref = out.ctx.register(
    out.ctx.obj({
      Type: 'Page',
      Parent: out.pagesRoot,
      MediaBox: [0, 0, p.pageWidth, p.pageHeight],
      Resources: { XObject: { HImg: image.ref }, Font: fontResources(out.ctx, out.fonts), ProcSet: ['PDF', 'Text', 'ImageC'] },
      Contents: content,
    }),
  );
  out.pages[firstNumber] = { ref, height: p.pageHeight };
  out.structure?.addFigure(ref, firstNumber, alt?.trim() || item.title);
  return { children: [], imageOnly: [firstNumber], removed: '' };
}

/**
 * An imported page in the tagged PDF (issue 19): a scan is a Figure whose /Alt says which exhibit and page
 * it is and what the exhibit is; a page with text keeps its text for the reader, titled the same way.
 */
export function importedPage(imageOnly: boolean, label: string | null, page: number, pages: number, about: string): ImportedPage {
  const which = `${label ? `Exhibit ${label}` : 'Document'}, page ${page} of ${pages}`;
  return imageOnly ? { role: 'Figure', words: `${which}, a scanned page with no text layer: ${about}` } : { role: 'Div', words: `${which}: ${about}` };
}

/** Source bookmarks as outline items on bundle pages, each title with its page (B7). */
export function mapSourceOutline(nodes: SourceOutline[], out: Output, firstFilePage: number, fallback: number): OutlineItem[] {
  return nodes.map((n) => {
    const page = n.page === null ? fallback : firstFilePage + n.page;
    const rec = out.pages[page] ?? out.pages[fallback]!;
    return { title: `${n.title} (page ${page})`, page: rec.ref, top: rec.height, open: false, children: mapSourceOutline(n.children, out, firstFilePage, page) };
  });
}

export function finishFile(out: Output, job: BuildJob, rows: IndexRow[], outline: () => OutlineItem[], frontNumbers: number[], frontPages: DrawnPage[]): void {
  const { ctx } = out;
  const keyStart = new Map<string, number>();
  for (const r of rows) if (!keyStart.has(r.key)) keyStart.set(r.key, r.start);
  const resolve = (key: string) => {
    const n = keyStart.get(key);
    const rec = n === undefined ? undefined : out.pages[n];
    return rec ? { ref: rec.ref, height: rec.height } : undefined;
  };
  frontPages.forEach((page, i) => {
    const number = frontNumbers[i]!;
    const ref = generatedPage(ctx, page, out.fonts, out.pagesRoot, stampContent(out.fonts, page.width, number, null), resolve);
    out.pages[number] = { ref, height: page.height };
    out.structure?.addPage(ref, page.ops, number);
  });
  const total = out.pages.length - 1;
  const kids: PDFRef[] = [];
  for (let n = 1; n <= total; n += 1) {
    const rec = out.pages[n];
    if (!rec) throw new Error(`build: page ${n} is missing`);
    kids.push(rec.ref);
  }
  ctx.assign(out.pagesRoot, ctx.obj({ Type: 'Pages', Kids: kids, Count: kids.length }));
  const outlineRef = writeOutline(ctx, outline());
  const first = out.pages[1]!;
  const open = destination(ctx, first.ref, first.height);
  open.set(4, ctx.obj(1));
  const catalog = ctx.register(
    ctx.obj({
      Type: 'Catalog',
      Pages: out.pagesRoot,
      ...(outlineRef ? { Outlines: outlineRef } : {}),
      PageMode: outlineRef ? 'UseOutlines' : 'UseNone',
      PageLayout: 'OneColumn',
      OpenAction: open,
      PageLabels: { Nums: [0, { S: 'D' }] },
      ViewerPreferences: { DisplayDocTitle: true },
      Lang: PDFString.of('en-GB'),
      // Tagged PDF (issues 15, 19): the generated parts' structure and each imported exhibit page as one element (engine/structure.ts).
      ...(out.structure instanceof StructureTree ? { MarkInfo: { Marked: true }, StructTreeRoot: out.structure.finish() } : {}),
    }),
  );
  const created = new Date(job.info.createdAt);
  const info = ctx.register(
    ctx.obj({
      Title: PDFHexString.fromText(job.info.title),
      Author: PDFHexString.fromText(job.info.author),
      Subject: PDFHexString.fromText(job.info.subject),
      Creator: PDFHexString.fromText('Hearth'),
      Producer: PDFHexString.fromText('Hearth bundle builder (pdf-lib)'),
      CreationDate: PDFString.fromDate(created),
      ModDate: PDFString.fromDate(created),
    }),
  );
  mergePreparedGlyphs(out.fonts);
  out.fonts.regular.write(ctx);
  out.fonts.bold.write(ctx);
  // The fallback and the Arabic font only when a page names them: most bundles have neither (issue 15).
  if (out.fonts.emoji.referred) out.fonts.emoji.write(ctx);
  if (out.fonts.arabic.referred) out.fonts.arabic.write(ctx);
  const id = randomBytes(16).toString('hex');
  out.writer.finish(ctx, { root: catalog, info, id: [id, id] });
}

