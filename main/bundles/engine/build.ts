import { createHash } from 'node:crypto';
import { bookmarkTitle } from '../../../shared/domain/bundle-model';
import { paginate, type PaginationSection } from '../../../shared/bundles/pagination';
import type { IndexRow } from '../../../shared/schemas/bundles';
import { fontMetrics } from '../../pdf/fonts';
import { docxIndex } from './docx-index';
import { indexCapacity, renderCover, renderIndex } from './documents';
import { drawnFor, layoutAll, type Laid } from './laid';
import { type OutlineItem } from './outline';
import type { BuildIo, BuildJob, BuildResult, MeasureResult, ResolvedSection } from './protocol';
import { type SourceOutline } from './source';
import { addDrawn, addFile, finishFile, mapSourceOutline, openOutput, type Output } from './output';
import { hasOpened, takeOpened } from './read-ahead';

/**
 * The bundle build, run in the worker (issue 7 §3, §6): lay out the generated parts, paginate (the
 * index first, then everything after it), then write the PDF front to back one item at a time,
 * stamping each page with its PDF page number, and finish with the cover and index (whose links need
 * every page's reference), the bookmarks, the page tree and the catalog.
 */

/** Milliseconds spent in each phase of a build (reported by npm run bench). */
export class Timer {
  readonly ms: Record<string, number> = {};
  private last = performance.now();
  lap(phase: string): void {
    const now = performance.now();
    this.ms[phase] = Math.round(((this.ms[phase] ?? 0) + now - this.last) * 10) / 10;
    this.last = now;
  }
}

export function measure(job: BuildJob): MeasureResult {
  const laid = layoutAll(job, fontMetrics());
  return { coverPages: laid.coverPages, capacity: indexCapacity(), measures: laid.measures };
}

export const paginationSections = (sections: ResolvedSection[]): PaginationSection[] => sections.map((s) => ({ kind: s.kind, title: s.title, items: s.items.map((i) => ({ key: i.key, title: i.title, date: i.date })) }));

/** Files asked for at once, and their bytes at most (a batch). */
const BATCH_FILES = 24;
const BATCH_BYTES = 24 * 1024 * 1024;

/**
 * Fetches file bytes ahead of their use, so main reads the database while this thread works. The next
 * batch is asked for once half of the current one has been taken (issue 15: asked for only at its last
 * file, main's reading of each batch was time this thread spent waiting), so at most two batches are held.
 */
export class Prefetch {
  private readonly pending = new Map<string, Promise<Uint8Array | null>>();
  private next = 0;
  constructor(
    private readonly io: BuildIo,
    private readonly order: { key: string; size: number }[],
  ) {}

  /** Asks for the first batch now: main reads it while this thread lays out and draws what comes before the files. */
  start(): this {
    if (this.next === 0 && this.order.length) this.ahead(this.order[0]!.key);
    return this;
  }

  get(key: string): Promise<Uint8Array | null> {
    if (!this.pending.has(key)) this.ahead(key);
    const p = this.pending.get(key)!;
    this.pending.delete(key);
    // Keep the pipe full: ask for the next batch while half of this one is still to be used.
    if (this.pending.size <= BATCH_FILES / 2 && this.next < this.order.length) this.ahead(this.order[this.next]!.key);
    return p;
  }

  private ahead(from: string): void {
    let i = this.order.findIndex((o) => o.key === from);
    if (i < 0) {
      // Not in the order (a file read ahead that the build could not use after all): asked for alone.
      const batch = this.io.files([from]);
      this.pending.set(from, batch.then((m) => m.get(from) ?? null));
      return;
    }
    const keys: string[] = [];
    let bytes = 0;
    while (i < this.order.length && keys.length < BATCH_FILES && (keys.length === 0 || bytes + this.order[i]!.size <= BATCH_BYTES)) {
      keys.push(this.order[i]!.key);
      bytes += this.order[i]!.size;
      i += 1;
    }
    this.next = Math.max(this.next, i);
    const batch = this.io.files(keys);
    for (const k of keys) this.pending.set(k, batch.then((m) => m.get(k) ?? null));
  }
}

/** What the build knows about each item once its pages are in the output. */
export interface ItemDone {
  /** Source bookmarks, by page index within the file. */
  children: SourceOutline[];
  /** Bundle page numbers with no text layer. */
  ocr: number[];
  /** The bundle page number of the file's first page (after any exhibit sheet). */
  fileStart: number;
  /** B17: where its typed transcript starts, if it has one. */
  transcriptStart?: number;
  /** What was stripped from the file's copy (attachments, links out, scripts), in words; '' for nothing. */
  removed: string;
}

/**
 * Items another worker builds (a helper, engine/part.ts): this worker reserves object numbers for them,
 * writes the bytes they send, and learns their pages; it never touches their files.
 */
export interface HelperLink {
  keys: ReadonlySet<string>;
  /** Resolves when every helper item has been written (each is recorded in `done` as it arrives). */
  finished: Promise<void>;
  /** Called by the helper side whenever this worker may take messages (it awaits). */
  attach(out: Output, done: Map<string, ItemDone>, onPages: (pages: number) => void): void;
  /** Where to put the helper's phase timings. */
  timing(into: Record<string, number>): void;
}

export interface SectionsInput {
  out: Output;
  io: BuildIo;
  timer: Timer;
  laid: Laid;
  sections: ResolvedSection[];
  rows: IndexRow[];
  total: number;
  done: number;
  prefetch: Prefetch;
  redact: (text: string) => string;
  helper?: HelperLink | null;
  /** Awaited after each item: lets other messages in (the warm-up build gives way to real requests). */
  pause?: () => Promise<void>;
  /** A picture exhibit's alternative text (its description), by item key, for the tagged PDF. */
  alt?: (key: string) => string | null;
}

/**
 * Writes the sections' pages in order, stamped, flushing after each item (items a helper builds arrive
 * as bytes); then their bookmarks and manifest, once every page exists.
 */
export async function writeSections(input: SectionsInput): Promise<{ outline: OutlineItem[]; manifestSections: BuildResult['manifest']['sections']; warnings: BuildResult['manifest']['warnings']; done: number }> {
  const { out, io, timer, laid, total, prefetch, redact, helper, pause } = input;
  let done = input.done;
  const rowsByKey = new Map(input.rows.filter((r) => r.level === 'document').map((r) => [r.key, r]));
  const sectionRows = input.rows.filter((r) => r.level === 'section');
  const sections = input.sections.filter((s) => s.items.length);
  const finished = new Map<string, ItemDone>();
  let pagesDone = done;
  const report = (stage: string) => io.progress(Math.min(pagesDone, total), total, stage);
  helper?.attach(out, finished, (pages) => {
    pagesDone += pages;
    report('Adding the evidence');
  });

  for (const section of sections) {
    for (const item of section.items) {
      if (helper?.keys.has(item.key)) continue;
      const row = rowsByKey.get(item.key)!;
      report(`Adding ${row.tab}: ${item.title}`);
      const drawn = drawnFor(laid, item.key);
      const label = item.source.kind === 'file' ? item.source.label : null;
      addDrawn(out, drawn, row.start, label);
      timer.lap('generated pages');
      const result: ItemDone = { children: [], ocr: [], fileStart: row.start + drawn.length, removed: '' };
      if (item.source.kind === 'file') {
        // Opened ahead while the preview was shown (read-ahead.ts), or read from main now.
        const source = takeOpened(item) ?? (await prefetch.get(item.key));
        timer.lap('waiting for files');
        if (!source) throw new Error(`The file for ${item.title} could not be read from the workspace.`);
        const added = await addFile(out, item, source, row.start + drawn.length, redact, (p) => timer.lap(p), input.alt?.(item.key) ?? null);
        timer.lap('source files: copy');
        result.children = added.children;
        result.ocr = added.imageOnly;
        result.removed = added.removed;
        const typed = laid.transcripts.get(item.key);
        if (typed) {
          result.transcriptStart = result.fileStart + item.source.pages;
          addDrawn(out, typed, result.transcriptStart, label);
          timer.lap('generated pages');
        }
      }
      finished.set(item.key, result);
      pagesDone += row.end - row.start + 1;
      done = Math.max(done, row.end);
      out.writer.flush(out.ctx);
      timer.lap('writing');
      // Let the helper's finished items in (they arrive as messages), so they do not pile up.
      if (helper) await new Promise((r) => setImmediate(r));
      await pause?.();
    }
  }
  if (helper) {
    report('Adding the evidence');
    await helper.finished;
    timer.lap('waiting for the helper');
  }

  // Bookmarks and the manifest, in the bundle's order.
  const outline: OutlineItem[] = [];
  const manifestSections: BuildResult['manifest']['sections'] = [];
  const warnings: BuildResult['manifest']['warnings'] = [];
  sections.forEach((section, si) => {
    const sRow = sectionRows[si]!;
    const children: OutlineItem[] = [];
    const docs: BuildResult['manifest']['sections'][number]['documents'] = [];
    for (const item of section.items) {
      const row = rowsByKey.get(item.key)!;
      const result = finished.get(item.key);
      if (!result) throw new Error(`build: ${row.tab} was not written`);
      const first = out.pages[row.start]!;
      const nested = mapSourceOutline(result.children, out, result.fileStart, row.start);
      if (result.transcriptStart !== undefined) {
        const typed = out.pages[result.transcriptStart]!;
        nested.push({ title: bookmarkTitle('', 'Typed transcript', result.transcriptStart, row.end), page: typed.ref, top: typed.height, open: false, children: [] });
      }
      children.push({ title: bookmarkTitle(row.tab, item.title, row.start, row.end), page: first.ref, top: first.height, open: false, children: nested });
      const label = item.source.kind === 'file' ? item.source.label : null;
      docs.push({
        tab: row.tab,
        key: item.key,
        title: item.title,
        date: item.date,
        start: row.start,
        end: row.end,
        exhibitLabel: label,
        sha256: item.source.kind === 'file' ? item.source.sha256 : null,
        ocrExemptPages: result.ocr,
        duplicateOf: item.duplicateOf,
      });
      if (result.ocr.length && item.source.kind === 'file' && item.source.fileType === 'pdf') {
        warnings.push({ code: 'ocr-exempt', severity: 'info', key: item.key, message: `${row.tab} ${item.title}: ${result.ocr.length} page${result.ocr.length === 1 ? ' has' : 's have'} no text layer (pages ${result.ocr.join(', ')}); they are listed as OCR-exempt (B8).` });
      }
      if (result.removed) warnings.push({ code: 'active-content', severity: 'warning', key: item.key, message: removedMessage(`${row.tab} ${item.title}`, result.removed) });
      done = Math.max(done, row.end);
    }
    const first = out.pages[sRow.start]!;
    outline.push({ title: bookmarkTitle(`${sRow.tab}.`, section.title, sRow.start, sRow.end), page: first.ref, top: first.height, open: true, children });
    manifestSections.push({ tab: sRow.tab, kind: section.kind, title: section.title, start: sRow.start, end: sRow.end, documents: docs });
  });
  return { outline, manifestSections, warnings, done };
}

export interface BuildOptions {
  /** Keep the layout for the next build of the same plan (false for the warm-up's made-up bundle). */
  remember?: boolean;
  pause?: () => Promise<void>;
}

export async function buildBundle(job: BuildJob, io: BuildIo, helper: HelperLink | null = null, options: BuildOptions = {}): Promise<BuildResult> {
  if (job.late) throw new Error('build: late additions go through buildLateAdditions');
  const timer = new Timer();
  helper?.timing(timer.ms);
  // Files opened ahead (read-ahead.ts) are not asked for again.
  const order = job.sections.flatMap((s) => s.items).flatMap((i) => (i.source.kind === 'file' && !helper?.keys.has(i.key) && !hasOpened(i) ? [{ key: i.key, size: i.source.size }] : []));
  // The first files are asked for before the layout, which main's reading of them then overlaps.
  const prefetch = new Prefetch(io, order).start();
  const m = fontMetrics();
  timer.lap('fonts');
  io.progress(0, 1, 'Laying out the generated documents');
  const laid = layoutAll(job, m, options.remember ?? true);
  timer.lap('layout');
  const capacity = indexCapacity();
  const pag = paginate({ coverPages: laid.coverPages, capacity, sections: paginationSections(job.sections), measures: laid.measures });
  const total = pag.totalPages;

  const hash = createHash('sha256');
  let size = 0;
  const out = openOutput({ ...io, chunk: (b) => (hash.update(b), (size += b.length), io.chunk(b)) });
  const written = await writeSections({ out, io, timer, laid, sections: job.sections, rows: pag.rows, total, done: laid.coverPages + pag.indexPages, prefetch, redact: redactor(job.content.redactTerms), helper, ...(options.pause ? { pause: options.pause } : {}), alt: altText(job) });
  const { outline, manifestSections, warnings, done } = written;
  const sectionRows = pag.rows.filter((r) => r.level === 'section');

  io.progress(done, total, 'Writing the cover and index');
  const cover = renderCover(m, job.content, { totalPages: total, indexStart: laid.coverPages + 1, indexEnd: laid.coverPages + pag.indexPages, sections: sectionRows });
  const index = renderIndex(m, job.content, pag.rows, capacity, pag.indexPages);
  if (cover.length !== laid.coverPages || index.length !== pag.indexPages) throw new Error('build: the cover or index came out a different length from the pagination');
  const front = [...cover, ...index];
  const frontNumbers = front.map((_, i) => i + 1);
  const frontEntries = (): OutlineItem[] => {
    const c = out.pages[1]!;
    const ix = out.pages[laid.coverPages + 1]!;
    return [
      { title: bookmarkTitle('', 'Cover', 1, laid.coverPages), page: c.ref, top: c.height, open: false, children: [] },
      { title: bookmarkTitle('', 'Index', laid.coverPages + 1, laid.coverPages + pag.indexPages), page: ix.ref, top: ix.height, open: false, children: [] },
    ];
  };
  timer.lap('cover and index');
  finishFile(out, job, pag.rows, () => [...frontEntries(), ...outline], frontNumbers, front);
  timer.lap('finishing');

  const docx = docxIndex(job.content, pag.rows, total);
  timer.lap('docx index');
  io.progress(total, total, 'Done');
  return {
    manifest: {
      fileName: job.fileName,
      pageCount: total,
      cover: { start: 1, end: laid.coverPages },
      index: { start: laid.coverPages + 1, end: laid.coverPages + pag.indexPages },
      sections: manifestSections,
      late: null,
      warnings,
    },
    docx,
    size,
    sha256: hash.digest('hex'),
    timing: timer.ms,
  };
}

/** A photo exhibit's alternative text in the tagged PDF: the exhibit's description, as redacted for the court. */
export const altText = (job: BuildJob) => (key: string) => job.content.exhibits[key]?.description || job.content.exhibits[key]?.title || null;

/** The build report's words for what was stripped from an exhibit's copy (issue 13 finding 4). */
export function removedMessage(what: string, removed: string): string {
  return `${what}: removed from its copy in the bundle: ${removed}. The pages are copied as they show; the original file is kept unchanged in the case record.`;
}

/** Replaces the withheld people's names in text the bundle copies from source files (their bookmarks). */
export function redactor(terms: string[]): (text: string) => string {
  const words = terms.filter((t) => t.trim().length >= 2).sort((a, b) => b.length - a.length);
  if (!words.length) return (t) => t;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (t) => t.replace(re, '[withheld]');
}
