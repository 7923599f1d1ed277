import { PDFHexString, PDFNumber, type PDFArray, type PDFContext, type PDFDict, type PDFRef } from '../../pdf/lib';
import { name } from '../../pdf/names';
import type { Op, Tag } from './layout';

/**
 * The tagged PDF (issue 15): the parts Hearth writes (cover, index, dividers, exhibit sheets, court
 * papers) carry a structure tree — a Document element holding headings, paragraphs and tables in reading
 * order — and each photo exhibit is a Figure whose /Alt is the exhibit's description.
 *
 * Decision: the pages of an imported exhibit PDF are left out of the structure tree. Their content is the
 * file as it was received, copied untouched (its own tags, where it had any, cannot be merged without
 * rewriting it); the page-number stamp Hearth adds to them is marked as a pagination artefact.
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

/** Wraps a page-number stamp (or any furniture) as a pagination artefact. */
export const paginationArtifact = (content: string) => `/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${content}\nEMC`;

export class StructureTree {
  readonly root: PDFRef;
  private readonly document: PDFRef;
  /** Top-level elements by page number, so the reading order follows the pages whatever order they were written in. */
  private readonly byPage = new Map<number, PDFRef[]>();
  private readonly parents: [number, PDFRef[]][] = [];

  constructor(private readonly ctx: PDFContext) {
    this.root = ctx.nextRef();
    this.document = ctx.nextRef();
  }

  private element(ref: PDFRef, role: string, parent: PDFRef, page: PDFRef, kids: (number | PDFRef)[], extra: Record<string, unknown> = {}): void {
    const k = kids.length === 1 ? kids[0]! : kids;
    this.ctx.assign(ref, this.ctx.obj({ Type: 'StructElem', S: role, P: parent, Pg: page, K: k as never, ...(extra as Record<string, never>) }));
  }

  /** Builds the elements of a generated page and gives the page its /StructParents. */
  addPage(pageRef: PDFRef, ops: readonly Op[], pageNumber: number): void {
    const marked = segments(ops).filter((s): s is Extract<Segment, { kind: 'marked' }> => s.kind === 'marked');
    if (!marked.length) return;
    const top: PDFRef[] = [];
    const byMcid: PDFRef[] = [];
    const blocks = new Map<number, { ref: PDFRef; role: string; parent: PDFRef; kids: number[] }>();
    const tables = new Map<number, { ref: PDFRef; rows: PDFRef[] }>();
    const rows = new Map<number, { ref: PDFRef; parent: PDFRef; cells: PDFRef[] }>();
    for (const seg of marked) {
      let block = blocks.get(seg.tag.block);
      if (!block) {
        let parent = this.document;
        const ref = this.ctx.nextRef();
        if ((seg.tag.role === 'TH' || seg.tag.role === 'TD') && seg.tag.table !== undefined && seg.tag.row !== undefined) {
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
    this.link(pageRef, pageNumber, top, byMcid);
  }

  /** A picture page: one Figure (marked content 0) with its alternative text. */
  addFigure(pageRef: PDFRef, pageNumber: number, alt: string): void {
    const ref = this.ctx.nextRef();
    this.element(ref, 'Figure', this.document, pageRef, [0], { Alt: PDFHexString.fromText(alt) });
    this.link(pageRef, pageNumber, [ref], [ref]);
  }

  private link(pageRef: PDFRef, pageNumber: number, top: PDFRef[], byMcid: PDFRef[]): void {
    const key = this.parents.length;
    this.parents.push([key, byMcid]);
    this.byPage.set(pageNumber, top);
    const page = this.ctx.lookup(pageRef) as PDFDict;
    page.set(name('StructParents'), PDFNumber.of(key));
    page.set(name('Tabs'), name('S'));
  }

  /** Writes the Document element and the tree's root; returns the root for the catalog. */
  finish(): PDFRef {
    const kids = [...this.byPage.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, refs]) => refs);
    this.ctx.assign(this.document, this.ctx.obj({ Type: 'StructElem', S: 'Document', P: this.root, K: kids }));
    const nums = this.ctx.obj([]) as PDFArray;
    for (const [key, refs] of this.parents) {
      nums.push(PDFNumber.of(key));
      nums.push(this.ctx.obj(refs));
    }
    this.ctx.assign(this.root, this.ctx.obj({ Type: 'StructTreeRoot', K: this.document, ParentTree: this.ctx.obj({ Nums: nums }), ParentTreeNextKey: this.parents.length }));
    return this.root;
  }
}
