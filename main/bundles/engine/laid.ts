import { createHash } from 'node:crypto';
import type { ItemMeasure } from '../../../shared/schemas/bundles';
import { indexLines, renderCover, renderExhibitSheet, renderGenerated, renderTranscript } from './documents';
import type { DrawnPage, Metrics } from './layout';
import type { BuildJob } from './protocol';

/**
 * The generated parts of a bundle laid out (cover, court documents, exhibit sheets, transcripts), with
 * each item's measure for the pagination. Kept between the preview and the build of the same plan.
 */
export interface Laid {
  coverPages: number;
  measures: Record<string, ItemMeasure>;
  /** Generated parts, laid out. */
  pages: Map<string, DrawnPage[]>;
  /** Exhibit sheets, laid out when first wanted, and kept. */
  sheets: Map<string, () => DrawnPage[]>;
  drawnSheets: Map<string, DrawnPage[]>;
  /** B17: typed transcripts, by item key; they follow the file's pages. */
  transcripts: Map<string, DrawnPage[]>;
}

/**
 * The last layout this worker made, by what it was made from: the builder screen previews (measures) and
 * then builds the same plan, and the worker that measured is the one that builds, so the build need not
 * lay the generated parts out again.
 */
let lastLayout: { key: string; laid: Laid } | null = null;

export function layoutAll(job: BuildJob, m: Metrics, remember = true): Laid {
  if (!remember) return layoutUncached(job, m);
  const key = createHash('sha1').update(JSON.stringify([job.content, job.sections, job.late?.bundleId ?? null])).digest('hex');
  if (lastLayout?.key !== key) lastLayout = { key, laid: layoutUncached(job, m) };
  const { laid } = lastLayout;
  return { coverPages: laid.coverPages, measures: { ...laid.measures }, pages: new Map(laid.pages), sheets: laid.sheets, drawnSheets: laid.drawnSheets, transcripts: laid.transcripts };
}

function layoutUncached(job: BuildJob, m: Metrics): Laid {
  const measures: Record<string, ItemMeasure> = {};
  const pages = new Map<string, DrawnPage[]>();
  const sheets = new Map<string, () => DrawnPage[]>();
  const transcripts = new Map<string, DrawnPage[]>();
  for (const section of job.sections) {
    for (const item of section.items) {
      const src = item.source;
      let count: number;
      if (src.kind === 'generated') {
        const drawn = renderGenerated(src.generated, m, job.content, item.key);
        pages.set(item.key, drawn);
        count = drawn.length;
      } else {
        // An exhibit sheet is always one page (renderExhibitSheet keeps it so): laid out when it is written,
        // by whichever worker writes it.
        const sheet = src.sheet ? job.content.exhibits[item.key] : undefined;
        if (sheet) sheets.set(item.key, () => renderExhibitSheet(m, job.content, sheet));
        count = (sheet ? 1 : 0) + src.pages;
        const typed = src.transcript ? job.content.transcripts[item.key] : undefined;
        if (src.transcript && !typed) throw new Error(`build: the transcript of ${item.key} is missing`);
        if (typed) {
          const drawn = renderTranscript(m, job.content, typed);
          transcripts.set(item.key, drawn);
          count += drawn.length;
        }
      }
      measures[item.key] = { pages: Math.max(1, count), indexLines: indexLines(m, item.title) };
    }
  }
  const sectionRows = job.sections.filter((s) => s.items.length).map((s, i) => ({ level: 'section' as const, tab: String(i), key: s.kind, title: s.title, date: null, start: 1, end: 1, indexPage: 1 }));
  const coverPages = job.late ? job.late.cover.end - job.late.cover.start + 1 : renderCover(m, job.content, { totalPages: 9999, indexStart: 2, indexEnd: 99, sections: sectionRows }).length;
  return { coverPages, measures, pages, sheets, drawnSheets: new Map(), transcripts };
}

/** The pages Hearth draws for an item: a generated part, or an exhibit's sheet (laid out once). */
export function drawnFor(laid: Laid, key: string): DrawnPage[] {
  const known = laid.pages.get(key);
  if (known) return known;
  let sheet = laid.drawnSheets.get(key);
  if (!sheet) {
    sheet = laid.sheets.get(key)?.() ?? [];
    if (sheet.length > 1) throw new Error('build: an exhibit sheet ran to a second page');
    laid.drawnSheets.set(key, sheet);
  }
  return sheet;
}

