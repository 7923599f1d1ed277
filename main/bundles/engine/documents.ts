import type { GeneratedKey } from '../../../shared/domain/bundle-model';
import { pageRange } from '../../../shared/domain/bundle-model';
import type { IndexCapacity, IndexRow } from '../../../shared/schemas/bundles';
import type { BundleContent, ExhibitProducer, ExhibitSheetContent, TranscriptContent } from './content';
import { courtHeading, numbered, STANDARD } from './court-parts';
import { renderApplication, renderDraftOrder } from './court-papers';
import { A4, type DrawnPage, Flow, type Metrics, wrapRuns } from './layout';

import { renderStatement } from './statement';
import { renderCaseSummary, renderCertificate } from './court-extras';

export { renderApplication, renderDraftOrder, renderStatement };

/**
 * The parts of the bundle Hearth writes: laid out from BundleContent into pages. Court documents follow
 * PD 32 (statements: A4, 3.5 cm margins, numbered paragraphs and pages, figures, exhibit references in
 * bold, the statement of truth word for word from shared/court/texts.ts) and the house rule of 12 pt text (B19–B22, B25).
 */



/** The cover: one page. Its list of sections is left out (the index follows) if it would not fit. */
export function renderCover(m: Metrics, c: BundleContent, info: { totalPages: number; indexStart: number; indexEnd: number; sections: IndexRow[] }): DrawnPage[] {
  const full = coverPages(m, c, info, true);
  return full.length === 1 ? full : coverPages(m, c, info, false);
}

function coverPages(m: Metrics, c: BundleContent, info: { totalPages: number; indexStart: number; indexEnd: number; sections: IndexRow[] }, withSections: boolean): DrawnPage[] {
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, c.title, `Bundle ${c.letter}`);
  f.space(10);
  f.paragraph('Application for an injunction under section 1 of the Anti-social Behaviour, Crime and Policing Act 2014', { align: 'center', bold: true, spaceAfter: 12 });
  f.paragraph(`Hearing: ${c.hearing ?? 'date to be fixed'}`, { align: 'center', spaceAfter: 4 });
  f.paragraph(`Case name: ${c.shortName}`, { align: 'center', spaceAfter: 4 });
  f.paragraph(`Claimant’s reference: ${c.caseRef}`, { align: 'center', spaceAfter: 16 });
  f.paragraph(`This bundle has ${info.totalPages} pages. The index is at ${info.indexEnd > info.indexStart ? `pages ${info.indexStart}–${info.indexEnd}` : `page ${info.indexStart}`}.`, { spaceAfter: 4 });
  f.paragraph('Every page is numbered in the box at its bottom right. The numbers start at 1 on this page and are the same as the PDF page numbers.', { spaceAfter: 10 });
  if (info.sections.length && withSections) {
    f.table({
      columns: [{ width: 50 }, { width: f.width - 50 - 90 }, { width: 90, align: 'right' }],
      header: { cells: ['Tab', 'Section', 'Pages'], bold: true },
      rows: info.sections.map((s) => ({ cells: [s.tab, s.title, pageRange(s.start, s.end)], link: s.key })),
    });
    f.space(8);
  }
  if (c.confidentiality) {
    f.paragraph('Confidentiality', { bold: true, spaceAfter: 2 });
    f.paragraph(c.confidentiality, { spaceAfter: 10 });
  }
  f.paragraph(`Prepared by ${c.preparedBy} for ${c.partnerName} on ${c.preparedOn}.`, { spaceAfter: 4 });
  return f.pages;
}

/** The index's fixed geometry: shared with the pagination so the preview's page numbers hold (B5). */
export const INDEX_GEOMETRY = {
  margins: STANDARD,
  line: 16,
  size: 12,
  firstHeader: 84,
  restHeader: 48,
  columnHeader: 22,
  tab: 46,
  date: 80,
  pages: 84,
};

/** Cuts text to fit a width, with an ellipsis. */
export function fitText(m: Metrics, text: string, width: number, font: 'regular' | 'bold', size: number): string {
  if (m.width(text, font, size) <= width) return text;
  let t = text;
  while (t.length > 1 && m.width(`${t}…`, font, size) > width) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

function indexTitleWidth(): number {
  const g = INDEX_GEOMETRY;
  return A4.width - g.margins.left - g.margins.right - g.tab - g.date - g.pages;
}

export function indexCapacity(): IndexCapacity {
  const g = INDEX_GEOMETRY;
  const usable = A4.height - g.margins.top - g.margins.bottom - g.columnHeader;
  return { first: Math.floor((usable - g.firstHeader) / g.line), rest: Math.floor((usable - g.restHeader) / g.line), sectionLines: 2 };
}

/** How many lines a document row's title takes in the index. */
export function indexLines(m: Metrics, title: string): number {
  return wrapRuns(m, [{ text: title }], indexTitleWidth() - 8, INDEX_GEOMETRY.size).length;
}

export function renderIndex(m: Metrics, c: BundleContent, rows: IndexRow[], capacity: IndexCapacity, indexPages: number, note?: string): DrawnPage[] {
  const g = INDEX_GEOMETRY;
  const f = new Flow(m, STANDARD);
  const titleW = indexTitleWidth();
  const x = { tab: g.margins.left, title: g.margins.left + g.tab, date: g.margins.left + g.tab + titleW, pages: g.margins.left + g.tab + titleW + g.date };
  const right = A4.width - g.margins.right;
  const top = A4.height - g.margins.top;
  const pages: DrawnPage[] = [];
  const table = f.newBlock();
  let lineY = 0;
  const startPage = (n: number) => {
    if (n > 1) f.newPage();
    pages.push(f.current);
    const centre = (text: string, y: number, font: 'regular' | 'bold', size: number) => {
      const t = fitText(m, text, right - g.margins.left, font, size);
      f.text((A4.width - m.width(t, font, size)) / 2, y, t, font, size);
    };
    f.tagged('H1', () => centre(n === 1 ? 'INDEX' : 'INDEX (continued)', top - 16, 'bold', 14));
    centre(`${c.title} – Bundle ${c.letter} – Claim No. ${c.heading.claimNumber || 'to be allocated'}`, top - 36, 'regular', 12);
    if (n === 1) {
      centre(`${c.heading.claimant} v ${c.heading.defendant}`, top - 54, 'regular', 12);
      if (note) centre(note, top - 72, 'regular', 12);
    }
    const headerTop = top - (n === 1 ? g.firstHeader : g.restHeader);
    f.draw({ t: 'rect', x: g.margins.left, y: headerTop - g.columnHeader, w: right - g.margins.left, h: g.columnHeader, fill: 0.9 });
    const base = headerTop - g.columnHeader + 6;
    // Tagged as a table (issue 15): a header row, then a row per section or document.
    const head = { table, row: f.newBlock() };
    f.tagged('TH', () => f.text(x.tab + 4, base, 'Tab', 'bold', g.size), head);
    f.tagged('TH', () => f.text(x.title + 4, base, 'Document', 'bold', g.size), head);
    f.tagged('TH', () => f.text(x.date + 4, base, 'Date', 'bold', g.size), head);
    f.tagged('TH', () => f.text(right - 4 - m.width('Pages', 'bold', g.size), base, 'Pages', 'bold', g.size), head);
    lineY = headerTop - g.columnHeader;
  };
  let current = 0;
  for (const row of rows) {
    while (current < row.indexPage) startPage((current += 1));
    const isSection = row.level === 'section';
    const lines = isSection ? [[{ text: row.title, bold: true, width: 0 }]] : wrapRuns(m, [{ text: row.title }], titleW - 8, g.size);
    const slots = isSection ? capacity.sectionLines : lines.length;
    const rowTop = lineY - (isSection ? (capacity.sectionLines - 1) * g.line : 0);
    const font = isSection ? 'bold' : 'regular';
    const first = rowTop - g.size - 1;
    const within = { table, row: f.newBlock() };
    f.tagged('TD', () => f.text(x.tab + 4, first, row.tab, font, g.size), within);
    f.tagged('TD', () =>
      lines.forEach((line, k) => {
        let cx = x.title + 4;
        for (const seg of line) {
          f.text(cx, first - k * g.line, seg.text, font, g.size);
          cx += m.width(seg.text, font, g.size);
        }
      }),
      within,
    );
    f.tagged('TD', () => f.text(x.date + 4, first, row.date ?? '', font, g.size), within);
    const range = pageRange(row.start, row.end);
    f.tagged('TD', () => f.text(right - 4 - m.width(range, font, g.size), first, range, font, g.size), within);
    const h = lines.length * g.line;
    f.link({ x: g.margins.left, y: rowTop - h, w: right - g.margins.left, h, target: row.key });
    f.draw({ t: 'line', x1: g.margins.left, y1: rowTop - h, x2: right, y2: rowTop - h, width: 0.4, gray: 0.75 });
    lineY -= slots * g.line;
  }
  while (current < indexPages) startPage((current += 1));
  return pages;
}

export function renderHearsay(m: Metrics, c: BundleContent): DrawnPage[] {
  const h = c.hearsay;
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, 'Hearsay notice', 'Civil Procedure Rules 33.2 – Civil Evidence Act 1995, section 2');
  if (!h) return f.pages;
  f.paragraph('TAKE NOTICE that the Claimant intends to rely at the hearing on the following hearsay evidence:', { spaceAfter: 8 });
  h.items.forEach((item, i) => numbered(f, i + 1, item));
  f.paragraph('The makers of these statements will not be called to give oral evidence, for this reason:', { spaceBefore: 6, spaceAfter: 6 });
  f.paragraph(h.reason, { indent: 28, spaceAfter: 10 });
  f.paragraph('The Defendant may apply to the court for permission to call any of them to be cross-examined (CPR 33.4). The court will decide what weight to give the evidence (Civil Evidence Act 1995, section 4).', { spaceAfter: 14 });
  f.paragraph(`Signed on behalf of the Claimant, ${h.signedFor}`, { spaceAfter: 4 });
  f.paragraph(`Dated: ${h.date}`);
  return f.pages;
}

export function renderChronology(m: Metrics, c: BundleContent): DrawnPage[] {
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, 'Chronology', 'From the Claimant’s case record, oldest first');
  if (!c.chronology.length) {
    f.paragraph('Nothing is recorded on the case yet.');
    return f.pages;
  }
  const w = f.width;
  f.table({
    columns: [{ width: 88 }, { width: 150 }, { width: w - 238 }],
    header: { cells: ['Date', 'Event', 'Details'], bold: true },
    rows: c.chronology.map((r) => ({ cells: [`${r.date}${r.time ? `\n${r.time}` : ''}`, r.event, r.detail] })),
  });
  return f.pages;
}

export function renderCorrespondence(m: Metrics, c: BundleContent): DrawnPage[] {
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, 'Schedule of correspondence', 'Warnings, agreements and letters sent, from the Claimant’s case record');
  if (!c.correspondence.length) {
    f.paragraph('No correspondence is recorded on the case.');
    return f.pages;
  }
  const w = f.width;
  f.table({
    columns: [{ width: 80 }, { width: 130 }, { width: 100 }, { width: w - 310 }],
    header: { cells: ['Date', 'What', 'To', 'Summary'], bold: true },
    rows: c.correspondence.map((r) => ({ cells: [r.date, r.kind, r.to, r.summary] })),
  });
  return f.pages;
}

/** Text cut to at most `lines` lines at a width (an ellipsis marks the cut), so a page's length is known. */
function clipLines(m: Metrics, text: string, width: number, lines: number, bold = false): string {
  const fits = (t: string) => wrapRuns(m, [{ text: t, bold }], width, 12).length <= lines;
  if (fits(text)) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${text.slice(0, mid).trimEnd()}…`)) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * An exhibit's front sheet (PD 32 paras 11–13, 18.4): the short title of the claim, the mark, and which
 * statement it belongs to, with the file's description, source and fingerprint. Always one page: each
 * part is cut to a number of lines that keeps it so (the build counts on it).
 */
export function renderExhibitSheet(m: Metrics, c: BundleContent, e: ExhibitSheetContent): DrawnPage[] {
  const f = new Flow(m, STANDARD);
  f.paragraph(`Claim No. ${c.heading.claimNumber || 'to be allocated on issue'}`, { align: 'right', spaceAfter: 2 });
  f.paragraph(clipLines(m, `${c.heading.claimant} (Claimant) v ${c.heading.defendant} (Defendant)`, f.width, 2), { align: 'right', spaceAfter: 6 });
  f.rule();
  f.space(40);
  f.paragraph(fitText(m, `Exhibit ${e.label}`, f.width, 'bold', 24), { align: 'center', bold: true, size: 24, spaceAfter: 24 });
  // Each statement that produces it, by its maker, with the mark it has there (at most three: one page).
  const [first, ...also] = e.producers;
  const maker = (p: ExhibitProducer) => ` referred to in the witness statement of ${clipLines(m, p.witness, f.width, 1)} dated ${p.statementDate}.`;
  if (!first) f.paragraph([{ text: 'This is the exhibit marked ' }, { text: `‘${e.label}’`, bold: true }, { text: '. No witness statement in this bundle refers to it.' }], { spaceAfter: 16 });
  else f.paragraph([{ text: 'This is the exhibit marked ' }, { text: `‘${first.mark}’`, bold: true }, { text: maker(first) }], { spaceAfter: also.length ? 6 : 16 });
  also.slice(0, 2).forEach((p, i, shown) => f.paragraph([{ text: 'It is also the exhibit marked ' }, { text: `‘${p.mark}’`, bold: true }, { text: maker(p) }], { spaceAfter: i === shown.length - 1 ? 16 : 6 }));
  const w = f.width;
  const value = w - 120 - 8;
  f.table({
    columns: [{ width: 120 }, { width: w - 120 }],
    rowHeaders: true,
    rows: [
      { cells: [[{ text: 'Description', bold: true }], clipLines(m, e.description || e.title, value, 14)] },
      { cells: [[{ text: 'Source', bold: true }], clipLines(m, e.source, value, 3)] },
      { cells: [[{ text: 'Obtained', bold: true }], e.obtainedOn] },
      { cells: [[{ text: 'File', bold: true }], clipLines(m, `${e.fileName} (${e.fileType})`, value, 3)] },
      { cells: [[{ text: 'SHA-256', bold: true }], e.sha256] },
    ],
  });
  return f.pages;
}

/** B17 (PD 32 para 27.11): the typed copy of an exhibit that is hard to read; it follows the exhibit's pages. */
export function renderTranscript(m: Metrics, c: BundleContent, t: TranscriptContent): DrawnPage[] {
  const f = new Flow(m, STANDARD);
  f.paragraph(`Claim No. ${c.heading.claimNumber || 'to be allocated on issue'}`, { align: 'right', spaceAfter: 2 });
  f.paragraph(clipLines(m, `${c.heading.claimant} (Claimant) v ${c.heading.defendant} (Defendant)`, f.width, 2), { align: 'right', spaceAfter: 6 });
  f.rule();
  f.paragraph(fitText(m, `Typed transcript of exhibit ${t.label}`, f.width, 'bold', 16), { align: 'center', bold: true, size: 16, spaceBefore: 8, spaceAfter: 10 });
  const typed = [t.typedBy && `by ${t.typedBy}`, t.typedOn && `on ${t.typedOn}`].filter(Boolean).join(' ');
  f.paragraph(`A typed copy of exhibit ‘${t.label}’ (${clipLines(m, t.title, f.width, 2)}), which is hard to read; the exhibit is on the pages just before this one.${typed ? ` Typed ${typed}.` : ''}`, { spaceAfter: 10 });
  f.rule(0.6, 0.5);
  f.space(6);
  // The exhibit's own lines are kept; a blank line is a gap.
  for (const line of t.text.replace(/\t/g, '    ').split('\n')) {
    if (line.trim()) f.paragraph(line, { spaceAfter: 2 });
    else f.space(8);
  }
  return f.pages;
}

export function renderAnnex(m: Metrics, c: BundleContent): DrawnPage[] {
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, 'Exhibit fingerprints', 'SHA-256 of each exhibit file, recorded when it was added to the Claimant’s records');
  f.paragraph('Each fingerprint below was recorded when the file was added to the Claimant’s records and was checked again when this bundle was built. A file whose fingerprint still matches has not changed since it was received.', { spaceAfter: 8 });
  const w = f.width;
  f.table({
    columns: [{ width: 70 }, { width: 150 }, { width: w - 220 }],
    header: { cells: ['Exhibit', 'File and check', 'SHA-256 at intake'], bold: true },
    rows: c.annex.map((r) => ({ cells: [r.label, `${r.file}\n${r.status}`, r.sha256] })),
  });
  return f.pages;
}

/** `itemKey` names which one of the parts there can be several of (a party's statement, a certificate). */
export function renderGenerated(key: GeneratedKey, m: Metrics, c: BundleContent, itemKey = ''): DrawnPage[] {
  switch (key) {
    case 'case-summary':
      return renderCaseSummary(m, c);
    case 'party-statement':
      return renderStatement(m, c, c.partyStatements?.[itemKey] ?? null);
    case 'service-certificate':
      return renderCertificate(m, c, c.certificates?.[itemKey] ?? null);
    case 'application':
      return renderApplication(m, c);
    case 'draft-order':
      return renderDraftOrder(m, c);
    case 'officer-statement':
      return renderStatement(m, c);
    case 'hearsay-notice':
      return renderHearsay(m, c);
    case 'chronology':
      return renderChronology(m, c);
    case 'correspondence-schedule':
      return renderCorrespondence(m, c);
    case 'hash-annex':
      return renderAnnex(m, c);
  }
}
