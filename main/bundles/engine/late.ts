import { createHash } from 'node:crypto';
import { paginate, placeIndexRows } from '../../../shared/bundles/pagination';
import type { IndexRow } from '../../../shared/schemas/bundles';
import { adoptPages } from '../../pdf/adopt';
import { fontMetrics } from '../../pdf/fonts';
import { PDFArray, PDFDocument, PDFNumber, type PDFDict } from '../../pdf/lib';
import { name } from '../../pdf/names';
import { altText, paginationSections, Prefetch, redactor, Timer, writeSections } from './build';
import { docxIndex } from './docx-index';
import { indexCapacity, indexLines, renderCover, renderIndex } from './documents';
import { generatedPage, stampContent } from './draw';
import { layoutAll } from './laid';
import type { Metrics } from './layout';
import type { OutlineItem } from './outline';
import { finishFile, openOutput } from './output';
import { BASE_BUNDLE_KEY, type BuildIo, type BuildJob, type BuildResult, type LateBase } from './protocol';
import { readSourceOutline, type SourceOutline } from './source';

/**
 * Late additions (B14, the 2021 guidance §10): they go at the end of the bundle and are paginated on
 * from its last page. Every existing page keeps its number and its stamp: the pages after the index are
 * copied from the bundle as built, untouched. The cover and index are written again, the same number of
 * pages as before: the index takes the new rows if they fit; if not, it takes one row for the late
 * section, whose first page is then an index of the late additions; if not even that fits, the cover
 * and that supplementary index say where they are.
 */
export const LATE_INDEX_KEY = 'late-index';

type Fit = 'inline' | 'section-row' | 'none';

function lineCounts(m: Metrics, rows: IndexRow[], sectionLines: number): number[] {
  return rows.map((r) => (r.level === 'section' ? sectionLines : indexLines(m, r.title)));
}

function withIndexPages(rows: IndexRow[], m: Metrics): IndexRow[] {
  const capacity = indexCapacity();
  const placed = placeIndexRows(lineCounts(m, rows, capacity.sectionLines), capacity);
  return rows.map((r, i) => ({ ...r, indexPage: placed.page[i] ?? 1 }));
}

function chooseFit(m: Metrics, base: LateBase, lateRows: IndexRow[]): Fit {
  const capacity = indexCapacity();
  const basePages = base.index.end - base.index.start + 1;
  const pagesFor = (rows: IndexRow[]) => placeIndexRows(lineCounts(m, rows, capacity.sectionLines), capacity).pages;
  if (pagesFor([...base.rows, ...lateRows]) <= basePages) return 'inline';
  if (pagesFor([...base.rows, lateRows[0]!]) <= basePages) return 'section-row';
  return 'none';
}

export async function buildLateAdditions(job: BuildJob, io: BuildIo): Promise<BuildResult> {
  const base = job.late!;
  const timer = new Timer();
  const m = fontMetrics();
  const capacity = indexCapacity();
  const laid = layoutAll(job, m);
  const sections = job.sections.filter((s) => s.items.length);
  if (sections.length !== 1) throw new Error('build: late additions are one section');
  const position = base.sectionCount;
  const first = () => paginate({ coverPages: 0, capacity, sections: paginationSections(sections), measures: laid.measures, startAt: base.pageCount + 1, firstSectionPosition: position });
  let pag = first();
  const fit = chooseFit(m, base, pag.rows);
  if (fit !== 'inline') {
    // The late section opens with its own index: its pages count before the additions.
    const lateIndexRows = pag.rows;
    const supplementPages = placeIndexRows(lineCounts(m, lateIndexRows, capacity.sectionLines), capacity).pages;
    laid.measures[LATE_INDEX_KEY] = { pages: supplementPages, indexLines: 1 };
    // Its pages are written at the end, once every page it links to exists; writeSections adds none for it.
    laid.pages.set(LATE_INDEX_KEY, []);
    sections[0] = { ...sections[0]!, items: [{ key: LATE_INDEX_KEY, title: 'Index of late additions', date: null, duplicateOf: null, source: { kind: 'generated', generated: 'chronology' } }, ...sections[0]!.items] };
    pag = first();
  }
  const lateRows = pag.rows;
  const total = pag.totalPages;
  const allRows = fit === 'inline' ? [...base.rows, ...lateRows] : fit === 'section-row' ? [...base.rows, lateRows[0]!] : base.rows;
  const mainRows = withIndexPages(allRows, m);
  const indexPageCount = base.index.end - base.index.start + 1;
  timer.lap('layout');

  const hash = createHash('sha256');
  let size = 0;
  const out = openOutput({ ...io, chunk: (b) => (hash.update(b), (size += b.length), io.chunk(b)) });

  // The bundle as built: its pages after the index are copied as they are (stamps and all).
  const baseBytes = (await io.files([BASE_BUNDLE_KEY])).get(BASE_BUNDLE_KEY);
  if (!baseBytes) throw new Error('The bundle to add to could not be read from the workspace.');
  const doc = await PDFDocument.load(baseBytes, { updateMetadata: false, parseSpeed: Infinity });
  const baseRefs = doc.getPages().map((p) => p.ref);
  if (baseRefs.length !== base.pageCount) throw new Error('The bundle to add to does not have the pages its record says.');
  const baseOutline = readSourceOutline(doc, baseRefs, (t) => t);
  // Taken over whole (main/pdf/adopt.ts), then written once every page has its new parent.
  const kept = adoptPages(doc.context, baseRefs.slice(base.index.end), out.ctx);
  kept.forEach((ref, i) => {
    const n = base.index.end + 1 + i;
    const page = out.ctx.lookup(ref) as PDFDict;
    page.set(name('Parent'), out.pagesRoot);
    // The bundle as built had its own structure tree, which is not carried over: its pages stay outside the new one.
    page.delete(name('StructParents'));
    const box = page.lookupMaybe(name('MediaBox'), PDFArray);
    const top = box?.lookupMaybe(3, PDFNumber)?.asNumber() ?? 842;
    out.pages[n] = { ref, height: top };
  });
  out.writer.flush(out.ctx);
  timer.lap('copying the bundle');

  // The supplementary index's pages are reserved now and written at the end, when its links can resolve.
  const supplementRow = lateRows.find((r) => r.key === LATE_INDEX_KEY);
  let supplement: ReturnType<typeof renderIndex> = [];
  if (supplementRow) {
    const note = fit === 'none' ? 'These pages were added after the bundle was prepared; the main index could not take them.' : 'These pages were added after the bundle was prepared.';
    supplement = renderIndex(m, job.content, withIndexPages(lateRows.filter((r) => r.key !== LATE_INDEX_KEY), m), capacity, laid.measures[LATE_INDEX_KEY]!.pages, note);
    supplement.forEach((p, i) => (out.pages[supplementRow.start + i] = { ref: out.ctx.nextRef(), height: p.height }));
  }
  const order = sections[0]!.items.flatMap((i) => (i.source.kind === 'file' ? [{ key: i.key, size: i.source.size }] : []));
  const written = await writeSections({ out, io, timer, laid, sections, rows: lateRows, total, done: base.pageCount, prefetch: new Prefetch(io, order), redact: redactor(job.content.redactTerms), alt: altText(job) });

  // Cover and index again, the same length as before.
  const sectionRows = [...base.rows.filter((r) => r.level === 'section'), ...lateRows.filter((r) => r.level === 'section')];
  const cover = renderCover(m, job.content, { totalPages: total, indexStart: base.index.start, indexEnd: base.index.end, sections: sectionRows });
  const index = renderIndex(m, job.content, mainRows, capacity, indexPageCount, fit === 'none' ? `Late additions from page ${base.pageCount + 1}: see their own index there.` : undefined);
  if (cover.length !== base.cover.end - base.cover.start + 1 || index.length !== indexPageCount) throw new Error(`The cover or index would change length, which would renumber the bundle. Build a separate supplementary bundle instead.`);
  const front = [...cover, ...index];
  const frontNumbers = front.map((_, i) => i + 1);

  const mapBase = (nodes: SourceOutline[]): OutlineItem[] =>
    nodes.map((n) => {
      const rec = out.pages[(n.page ?? 0) + 1]!;
      return { title: n.title, page: rec.ref, top: rec.height, open: false, children: mapBase(n.children) };
    });
  const resolve = (key: string) => {
    const row = lateRows.find((r) => r.key === key);
    const rec = row ? out.pages[row.start] : undefined;
    return rec ? { ref: rec.ref, height: rec.height } : undefined;
  };
  supplement.forEach((p, i) => {
    const n = supplementRow!.start + i;
    generatedPage(out.ctx, p, out.fonts, out.pagesRoot, stampContent(out.fonts, p.width, n, null), resolve, out.pages[n]!.ref);
    out.structure?.addPage(out.pages[n]!.ref, p.ops, n);
  });
  timer.lap('late items');
  // Sections of the bundle as built open, as they were; everything else as it was written.
  const baseItems = () => mapBase(baseOutline).map((o) => ({ ...o, open: /^[A-Z]{1,2}\. /.test(o.title) }));
  finishFile(out, job, [...base.rows, ...lateRows], () => [...baseItems(), ...written.outline], frontNumbers, front);
  timer.lap('finishing');
  const docx = docxIndex(job.content, [...base.rows, ...lateRows], total);
  return {
    manifest: {
      fileName: job.fileName,
      pageCount: total,
      cover: base.cover,
      index: base.index,
      sections: [...base.manifest.sections, ...written.manifestSections],
      late: { basedOn: base.bundleId, firstPage: base.pageCount + 1 },
      warnings: written.warnings,
    },
    docx,
    size,
    sha256: hash.digest('hex'),
    timing: timer.ms,
  };
}

