import type { MessagePort } from 'node:worker_threads';
import { paginate } from '../../../shared/bundles/pagination';
import { EmbeddedFont, type GlyphUse } from '../../pdf/embedded-font';
import { fontMetrics, lazyFont, loadFonts, type PdfFonts } from '../../pdf/fonts';
import { PDFArray, PDFContext, PDFDict, PDFRef, PDFStream, type PDFObject } from '../../pdf/lib';
import { altText, paginationSections, Prefetch, redactor, Timer, type HelperLink, type ItemDone } from './build';
import { indexCapacity } from './documents';
import { drawnFor, layoutAll } from './laid';
import { addDrawn, addFile, type Output } from './output';
import type { BuildIo, BuildJob } from './protocol';
import type { SourceOutline } from './source';
import { type StructureRecord, StructureRecorder, StructureTree } from './structure';

/**
 * Two workers build a large bundle (issue 7 §6; the machine's second core): the writing worker does the
 * generated parts, the front matter and its share of the evidence, and a helper does the rest of the
 * evidence into a PDF context of its own. For each item the helper asks the writer for a block of object
 * numbers, renumbers its objects into it, and sends them as bytes, with the numbers of its pages. Pages
 * refer to the writer's page tree and fonts; the helper reports the glyphs its stamps used so the writer's
 * font subset has them.
 */
type ToWriter =
  /**
   * An item's objects, numbered 1000000000 + i (i from 0) and referring to the writer's objects as
   * 2000000000 + k; `places` are the byte offsets of every such ten-digit number, so the writer can put
   * the real numbers in place without moving a byte.
   */
  | { type: 'part'; key: string; bytes: Uint8Array; count: number; offsets: number[]; places: number[]; pages: { index: number; height: number }[]; firstPage: number; fileStart: number; children: SourceOutline[]; ocr: number[]; removed: string; structure: StructureRecord[] }
  | { type: 'glyphs'; regular: GlyphUse[]; bold: GlyphUse[]; emoji: GlyphUse[]; arabic: GlyphUse[] }
  | { type: 'done'; timing: Record<string, number> }
  | { type: 'failed'; message: string };

/** The helper's placeholder object numbers: its own objects, and the writer's fonts and page tree (EXTERNAL + 0: regular, 1: bold, 2: page tree, 3: the fallback font, 4: the Arabic font). */
const LOCAL = 1_000_000_000;
const EXTERNAL = 2_000_000_000;
const PLACEHOLDER = /[12]\d{9} 0 (?:R|obj)/g;

/** The writer's side: reserves numbers, writes what arrives, learns the helper's pages. */
export function helperLink(port: MessagePort, keys: readonly string[]): HelperLink {
  let timing: Record<string, number> = {};
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const finished = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {
    keys: new Set(keys),
    finished,
    timing(into) {
      timing = into;
    },
    attach(out: Output, done: Map<string, ItemDone>, onPages: (pages: number) => void) {
      const external = [out.fonts.regular.ref.objectNumber, out.fonts.bold.ref.objectNumber, out.pagesRoot.objectNumber, out.fonts.emoji.ref.objectNumber, out.fonts.arabic.ref.objectNumber];
      port.on('message', (m: ToWriter) => {
        if (m.type === 'part') {
          const base = out.ctx.largestObjectNumber + 1;
          out.ctx.largestObjectNumber += m.count;
          const b = m.bytes;
          for (const at of m.places) {
            let v = 0;
            for (let k = 0; k < 10; k += 1) v = v * 10 + (b[at + k]! - 48);
            const n = v >= EXTERNAL ? external[v - EXTERNAL]! : base + (v - LOCAL);
            const digits = String(n).padStart(10, '0');
            for (let k = 0; k < 10; k += 1) b[at + k] = digits.charCodeAt(k);
          }
          const entries: number[] = [];
          m.offsets.forEach((rel, i) => entries.push(base + i, rel));
          out.writer.append(b, entries);
          m.pages.forEach((p, i) => (out.pages[m.firstPage + i] = { ref: PDFRef.of(base + p.index), height: p.height }));
          // The helper tagged these pages; their elements join the tree, which orders them by page.
          if (out.structure instanceof StructureTree) for (const r of m.structure) out.structure.adopt(out.pages[r.page]!.ref, r);
          done.set(m.key, { children: m.children, ocr: m.ocr, fileStart: m.fileStart, removed: m.removed });
          onPages(m.pages.length);
        } else if (m.type === 'glyphs') {
          out.fonts.regular.merge(m.regular);
          out.fonts.bold.merge(m.bold);
          out.fonts.emoji.merge(m.emoji);
          out.fonts.arabic.merge(m.arabic);
          // The helper's fonts are its own (nothing prepared in advance): a glyph used means a page names the font.
          if (m.emoji.length) out.fonts.emoji.refer();
          if (m.arabic.length) out.fonts.arabic.refer();
        } else if (m.type === 'done') {
          for (const [k, v] of Object.entries(m.timing)) timing[`helper: ${k}`] = v;
          port.close();
          resolve();
        } else reject(new Error(m.message));
      });
    },
  };
}

function walk(o: PDFObject | undefined, visit: (ref: PDFRef) => PDFRef): void {
  if (o instanceof PDFDict) {
    for (const [k, v] of o.entries()) {
      if (v instanceof PDFRef) o.set(k, visit(v));
      else walk(v, visit);
    }
  } else if (o instanceof PDFArray) {
    for (let i = 0; i < o.size(); i += 1) {
      const v = o.get(i);
      if (v instanceof PDFRef) o.set(i, visit(v));
      else walk(v, visit);
    }
  } else if (o instanceof PDFStream) walk(o.dict, visit);
}

/** The helper's side: builds its items in order and sends each to the writer as soon as it is done. */
export async function buildPart(job: BuildJob, keys: readonly string[], port: MessagePort, io: BuildIo): Promise<void> {
  const send = (m: ToWriter, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const timer = new Timer();
  try {
    const m = fontMetrics();
    const laid = layoutAll(job, m);
    timer.lap('layout');
    const pag = paginate({ coverPages: laid.coverPages, capacity: indexCapacity(), sections: paginationSections(job.sections), measures: laid.measures });
    const rows = new Map(pag.rows.filter((r) => r.level === 'document').map((r) => [r.key, r]));
    const items = new Map(job.sections.flatMap((s) => s.items).map((i) => [i.key, i]));

    const ctx = PDFContext.create();
    const ttf = loadFonts();
    const fonts: PdfFonts = {
      regular: new EmbeddedFont(ttf.regular, ctx, PDFRef.of(EXTERNAL)),
      bold: new EmbeddedFont(ttf.bold, ctx, PDFRef.of(EXTERNAL + 1)),
      emoji: new EmbeddedFont(lazyFont(ttf.emoji), ctx, PDFRef.of(EXTERNAL + 3)),
      arabic: new EmbeddedFont(lazyFont(ttf.arabic), ctx, PDFRef.of(EXTERNAL + 4)),
      metrics: m,
    };
    const structure = new StructureRecorder(ctx);
    const out = { ctx, writer: null, fonts, pagesRoot: PDFRef.of(EXTERNAL + 2), pages: [], structure } as unknown as Output;
    const alt = altText(job);
    const prefetch = new Prefetch(
      io,
      keys.map((k) => {
        const src = items.get(k)!.source;
        return { key: k, size: src.kind === 'file' ? src.size : 0 };
      }),
    );
    const redact = redactor(job.content.redactTerms);

    for (const key of keys) {
      const item = items.get(key)!;
      const row = rows.get(key)!;
      const drawn = drawnFor(laid, key);
      const label = item.source.kind === 'file' ? item.source.label : null;
      addDrawn(out, drawn, row.start, label);
      timer.lap('generated pages');
      let children: SourceOutline[] = [];
      let ocr: number[] = [];
      let removed = '';
      if (item.source.kind === 'file') {
        const bytes = await prefetch.get(key);
        timer.lap('waiting for files');
        if (!bytes) throw new Error(`The file for ${item.title} could not be read from the workspace.`);
        const added = await addFile(out, item, bytes, row.start + drawn.length, redact, (p) => timer.lap(p), alt(key));
        timer.lap('source files: copy');
        children = added.children;
        ocr = added.imageOnly;
        removed = added.removed;
      }

      // Number this item's objects LOCAL + i (references to objects no one wrote get numbers too).
      const objects = ctx.enumerateIndirectObjects();
      const index = new Map<number, number>();
      objects.forEach(([ref], i) => index.set(ref.objectNumber, i));
      let count = objects.length;
      const renumber = (ref: PDFRef) => {
        const n = ref.objectNumber;
        if (n >= EXTERNAL) return ref;
        let i = index.get(n);
        if (i === undefined) index.set(n, (i = count++));
        return PDFRef.of(LOCAL + i);
      };
      for (const [, o] of objects) walk(o, renumber);
      timer.lap('renumbering');

      const parts: Uint8Array[] = [];
      const offsets: number[] = [];
      const places: number[] = [];
      let size = 0;
      const mark = (bytes: Uint8Array, scanTo: number, at: number) => {
        const text = Buffer.from(bytes.buffer, bytes.byteOffset, scanTo).toString('latin1');
        for (const match of text.matchAll(PLACEHOLDER)) places.push(at + match.index);
      };
      objects.forEach(([, o], i) => {
        const head = Buffer.from(`${LOCAL + i} 0 obj\n`, 'latin1');
        const body = new Uint8Array(o.sizeInBytes());
        o.copyBytesInto(body, 0);
        offsets.push(size);
        places.push(size);
        // Only the dictionary part of a stream can hold references; its data is left alone.
        mark(body, o instanceof PDFStream ? o.dict.sizeInBytes() : body.length, size + head.length);
        parts.push(head, body, TAIL);
        size += head.length + body.length + TAIL.length;
      });
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      const pages: { index: number; height: number }[] = [];
      for (let n = row.start; n <= row.end; n += 1) {
        const rec = (out.pages as { ref: PDFRef; height: number }[])[n];
        if (!rec) throw new Error(`build: page ${n} of ${row.tab} is missing`);
        pages.push({ index: renumber(rec.ref).objectNumber - LOCAL, height: rec.height });
      }
      send({ type: 'part', key, bytes, count, offsets, places, pages, firstPage: row.start, fileStart: row.start + drawn.length, children, ocr, removed, structure: structure.take() }, [bytes.buffer as ArrayBuffer]);
      for (const [ref] of objects) ctx.delete(ref);
      (out.pages as unknown[]).length = 0;
      timer.lap('writing');
    }
    send({ type: 'glyphs', regular: fonts.regular.usedEntries(), bold: fonts.bold.usedEntries(), emoji: fonts.emoji.usedEntries(), arabic: fonts.arabic.usedEntries() });
    send({ type: 'done', timing: timer.ms });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

const TAIL = Buffer.from('\nendobj\n', 'latin1');
