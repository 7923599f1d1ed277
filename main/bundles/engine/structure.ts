import { PDFHexString, PDFNumber, type PDFArray, type PDFContext, type PDFDict, type PDFObject, PDFRef } from '../../pdf/lib';
import { dict, name } from '../../pdf/names';
import type { Op, Tag } from './layout';

/**
 * The tagged PDF (issue 15): the parts Hearth writes (cover, index, dividers, exhibit sheets, court
 * papers) carry a structure tree — a Document element holding headings, paragraphs and tables in reading
 * order — and each photo exhibit is a Figure whose /Alt is the exhibit's description.
 *
 * The pages of an imported exhibit PDF (issue 19): each page's content, copied untouched, is wrapped as
 * one marked-content sequence (engine/source.ts) and is one element here: a page with a text layer is a
 * Div titled with the exhibit and page (/T), so its own text stays what a reader reads; a page with no text
 * (a scan) is a Figure whose /Alt is the exhibit's description. The file's own tags, where it had any,
 * are not merged (that would mean rewriting its content); the page-number stamp Hearth adds to them is
 * marked as a pagination artefact.
 *
 * A page's /StructParents key is its page number in the bundle, so a second worker (engine/part.ts) can
 * tag the pages it writes without asking the writer: it records what each page holds (a StructureRecord)
 * and the writer adds the elements, in page order like its own.
 */

/** A page's content in the order it is drawn: text grouped into marked sequences (one per block), the rest artefacts. */
export type Segment = { kind: 'marked'; mcid: number; tag: Tag; ops: Op[] } | { kind: 'artifact'; ops: Op[] };

export function segments(ops: readonly Op[]): Segment[] {
  const out: Segment[] = [];
  let mcid = 0;
  for (const op of ops) {
    const last = out[out.length - 1];
    if (op.t === 'text') {
      const tag = op.tag ?? { role: 'P', block: -1 - mcid };
      if (last?.kind === 'marked' && last.tag.block === tag.block) last.ops.push(op);
      else out.push({ kind: 'marked', mcid: mcid++, tag, ops: [op] });
    } else if (last?.kind === 'artifact') last.ops.push(op);
    else out.push({ kind: 'artifact', ops: [op] });
  }
  return out;
}

/** A marked sequence on a page: its id and what it is. Structured-clone data. */
export interface Mark {
  mcid: number;
  tag: Tag;
}

/** An imported exhibit page as one element: a Figure with its /Alt (a scan), or a Div with its /T (a page with text). */
export interface ImportedPage {
  role: 'Figure' | 'Div';
  words: string;
}

/** What a page written elsewhere holds, for the writer's tree: its marked text, one Figure, or an imported page. */
export type StructureRecord = { page: number; marks: Mark[] } | { page: number; figure: string } | { page: number; imported: ImportedPage };

export function marksOf(ops: readonly Op[]): Mark[] {
  return segments(ops).flatMap((s) => (s.kind === 'marked' ? [{ mcid: s.mcid, tag: s.tag }] : []));
}

/** The page's own entries: its key into the parent tree (its page number) and tab order by structure. */
function tagPage(ctx: PDFContext, pageRef: PDFRef, pageNumber: number): void {
  const page = ctx.lookup(pageRef) as PDFDict;
  page.set(name('StructParents'), PDFNumber.of(pageNumber));
  page.set(name('Tabs'), name('S'));
}

/** Where pages are tagged: the writer's tree, or a second worker's record of its pages. */
export interface StructureSink {
  addPage(pageRef: PDFRef, ops: readonly Op[], pageNumber: number): void;
  addFigure(pageRef: PDFRef, pageNumber: number, alt: string): void;
  addImported(pageRef: PDFRef, pageNumber: number, imported: ImportedPage): void;
}

/** The second worker's side: tags its pages in its own objects and records what the writer must add. */
export class StructureRecorder implements StructureSink {
  records: StructureRecord[] = [];
  constructor(private readonly ctx: PDFContext) {}

  addPage(pageRef: PDFRef, ops: readonly Op[], pageNumber: number): void {
    const marks = marksOf(ops);
    if (!marks.length) return;
    tagPage(this.ctx, pageRef, pageNumber);
    this.records.push({ page: pageNumber, marks });
  }

  addFigure(pageRef: PDFRef, pageNumber: number, alt: string): void {
    tagPage(this.ctx, pageRef, pageNumber);
    this.records.push({ page: pageNumber, figure: alt });
  }

  addImported(pageRef: PDFRef, pageNumber: number, imported: ImportedPage): void {
    tagPage(this.ctx, pageRef, pageNumber);
    this.records.push({ page: pageNumber, imported });
  }

  /** The records so far, handed over with the item's objects. */
  take(): StructureRecord[] {
    const out = this.records;
    this.records = [];
    return out;
  }
}

/** Wraps a page-number stamp (or any furniture) as a pagination artefact. */
export const paginationArtifact = (content: string) => `/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${content}\nEMC`;

export class StructureTree implements StructureSink {
  readonly root: PDFRef;
  private readonly document: PDFRef;
  /** Top-level elements by page number, so the reading order follows the pages whatever order they were written in. */
  private readonly byPage = new Map<number, PDFRef[]>();
  private readonly parents: [number, PDFRef[]][] = [];

  constructor(private readonly ctx: PDFContext) {
    this.root = ctx.nextRef();
    this.document = ctx.nextRef();
  }

  /** One element, its dictionary made from ready objects (a bundle has thousands: ctx.obj would make every key again). */
  private element(ref: PDFRef, role: string, parent: PDFRef, page: PDFRef, kids: (number | PDFRef)[], extra: Record<string, PDFObject> = {}): void {
    const kid = (k: number | PDFRef): PDFObject => (k instanceof PDFRef ? k : PDFNumber.of(k));
    const k = kids.length === 1 ? kid(kids[0]!) : (this.ctx.obj(kids.map(kid)) as PDFArray);
    this.ctx.assign(ref, dict(this.ctx, { Type: name('StructElem'), S: name(role), P: parent, Pg: page, K: k, ...extra }));
  }

  /** Builds the elements of a generated page and gives the page its /StructParents. */
  addPage(pageRef: PDFRef, ops: readonly Op[], pageNumber: number): void {
    const marks = marksOf(ops);
    if (!marks.length) return;
    this.elements(pageRef, marks, pageNumber);
    tagPage(this.ctx, pageRef, pageNumber);
  }

  /** A page the second worker wrote and tagged (engine/part.ts): only its elements are added here. */
  adopt(pageRef: PDFRef, record: StructureRecord): void {
    if ('figure' in record) this.figure(pageRef, record.page, record.figure);
    else if ('imported' in record) this.imported(pageRef, record.page, record.imported);
    else this.elements(pageRef, record.marks, record.page);
  }

  private elements(pageRef: PDFRef, marked: readonly Mark[], pageNumber: number): void {
    const top: PDFRef[] = [];
    const byMcid: PDFRef[] = [];
    const blocks = new Map<number, { ref: PDFRef; role: string; parent: PDFRef; kids: number[] }>();
    const tables = new Map<number, { ref: PDFRef; rows: PDFRef[] }>();
    const rows = new Map<number, { ref: PDFRef; parent: PDFRef; cells: PDFRef[] }>();
    const lists = new Map<number, { ref: PDFRef; items: PDFRef[] }>();
    const items = new Map<number, { ref: PDFRef; parent: PDFRef; parts: PDFRef[] }>();
    for (const seg of marked) {
      let block = blocks.get(seg.tag.block);
      if (!block) {
        let parent = this.document;
        const ref = this.ctx.nextRef();
        if ((seg.tag.role === 'Lbl' || seg.tag.role === 'LBody') && seg.tag.list !== undefined && seg.tag.item !== undefined) {
          // A numbered paragraph: L > LI > Lbl + LBody (a list on this page; one running on is a new L there).
          let list = lists.get(seg.tag.list);
          if (!list) {
            lists.set(seg.tag.list, (list = { ref: this.ctx.nextRef(), items: [] }));
            top.push(list.ref);
          }
          let item = items.get(seg.tag.item);
          if (!item) {
            items.set(seg.tag.item, (item = { ref: this.ctx.nextRef(), parent: list.ref, parts: [] }));
            list.items.push(item.ref);
          }
          item.parts.push(ref);
          parent = item.ref;
        } else if ((seg.tag.role === 'TH' || seg.tag.role === 'TD') && seg.tag.table !== undefined && seg.tag.row !== undefined) {
          let table = tables.get(seg.tag.table);
          if (!table) {
            tables.set(seg.tag.table, (table = { ref: this.ctx.nextRef(), rows: [] }));
            top.push(table.ref);
          }
          let row = rows.get(seg.tag.row);
          if (!row) {
            rows.set(seg.tag.row, (row = { ref: this.ctx.nextRef(), parent: table.ref, cells: [] }));
            table.rows.push(row.ref);
          }
          row.cells.push(ref);
          parent = row.ref;
        } else top.push(ref);
        blocks.set(seg.tag.block, (block = { ref, role: seg.tag.role, parent, kids: [] }));
      }
      block.kids.push(seg.mcid);
      byMcid[seg.mcid] = block.ref;
    }
    for (const b of blocks.values()) this.element(b.ref, b.role, b.parent, pageRef, b.kids);
    for (const r of rows.values()) this.element(r.ref, 'TR', r.parent, pageRef, r.cells);
    for (const t of tables.values()) this.element(t.ref, 'Table', this.document, pageRef, t.rows);
    for (const i of items.values()) this.element(i.ref, 'LI', i.parent, pageRef, i.parts);
    for (const l of lists.values()) this.element(l.ref, 'L', this.document, pageRef, l.items);
    this.link(pageNumber, top, byMcid);
  }

  /** A picture page: one Figure (marked content 0) with its alternative text. */
  addFigure(pageRef: PDFRef, pageNumber: number, alt: string): void {
    this.figure(pageRef, pageNumber, alt);
    tagPage(this.ctx, pageRef, pageNumber);
  }

  /** An imported exhibit page: its whole content is marked content 0 (engine/source.ts). */
  addImported(pageRef: PDFRef, pageNumber: number, imported: ImportedPage): void {
    this.imported(pageRef, pageNumber, imported);
    tagPage(this.ctx, pageRef, pageNumber);
  }

  private imported(pageRef: PDFRef, pageNumber: number, { role, words }: ImportedPage): void {
    if (role === 'Figure') return this.figure(pageRef, pageNumber, words);
    const ref = this.ctx.nextRef();
    this.element(ref, 'Div', this.document, pageRef, [0], { T: PDFHexString.fromText(words) });
    this.link(pageNumber, [ref], [ref]);
  }

  private figure(pageRef: PDFRef, pageNumber: number, alt: string): void {
    const ref = this.ctx.nextRef();
    this.element(ref, 'Figure', this.document, pageRef, [0], { Alt: PDFHexString.fromText(alt) });
    this.link(pageNumber, [ref], [ref]);
  }

  private link(pageNumber: number, top: PDFRef[], byMcid: PDFRef[]): void {
    this.parents.push([pageNumber, byMcid]);
    this.byPage.set(pageNumber, top);
  }

  /** Writes the Document element and the tree's root; returns the root for the catalog. */
  finish(): PDFRef {
    const kids = [...this.byPage.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, refs]) => refs);
    this.ctx.assign(this.document, this.ctx.obj({ Type: 'StructElem', S: 'Document', P: this.root, K: kids }));
    const nums = this.ctx.obj([]) as PDFArray;
    // The parent tree's keys are page numbers, written in ascending order as a number tree requires.
    const parents = [...this.parents].sort((a, b) => a[0] - b[0]);
    for (const [key, refs] of parents) {
      nums.push(PDFNumber.of(key));
      nums.push(this.ctx.obj(refs));
    }
    this.ctx.assign(this.root, this.ctx.obj({ Type: 'StructTreeRoot', K: this.document, ParentTree: this.ctx.obj({ Nums: nums }), ParentTreeNextKey: (parents.at(-1)?.[0] ?? -1) + 1 }));
    return this.root;
  }
}
