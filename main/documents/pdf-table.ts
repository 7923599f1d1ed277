import type { Block, Run } from '../../shared/documents/model';
import { runsText } from '../../shared/documents/model';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** The colour of table borders and rules: a mid grey, drawn as artifacts. */
export const RULE = '#8a94a6';

/** What a table needs from the letter's writer (main/documents/pdf.ts): its page, type and drawing helpers. */
export interface TableWriter {
  readonly doc: Doc;
  readonly fs: number;
  readonly gap: number;
  readonly left: number;
  readonly width: number;
  font(bold: boolean, size?: number): void;
  runs(runs: readonly Run[], x: number | undefined, width: number): void;
  artifact(draw: () => void): void;
  spaceLeft(): number;
}

/**
 * A table, tagged Table/TR/TH/TD: columns sized by their words, the header row repeated (as a pagination
 * artifact) on each new page, and a headerless table read as labels and values (its first column heads
 * each row).
 */
export function drawTable(writer: TableWriter, b: Extract<Block, { kind: 'table' }>, parent: Struct): void {
  const { doc } = writer;
  const cols = Math.max(b.header?.length ?? 0, ...b.rows.map((r) => r.length));
  if (cols === 0) return;
  const pad = writer.fs * 0.35;
  // Column widths: each at least its longest word, the rest of the width shared by how much text each has.
  writer.font(true);
  const want = Array.from({ length: cols }, (_, c) => {
    const cells = [b.header?.[c] ?? '', ...b.rows.map((r) => runsText(r[c] ?? []))];
    const longestWord = Math.max(...cells.flatMap((t) => t.split(/\s+/).map((w) => doc.widthOfString(w))), writer.fs * 2);
    const total = Math.max(...cells.map((t) => doc.widthOfString(t)));
    return { min: longestWord + pad * 2 + 1, total: total + pad * 2 + 1 };
  });
  const sumMin = want.reduce((s, w) => s + w.min, 0);
  let widths: number[];
  if (sumMin >= writer.width) widths = want.map((w) => (w.min / sumMin) * writer.width);
  else {
    const extra = writer.width - sumMin;
    const weights = want.map((w) => Math.max(0, w.total - w.min));
    const sumWeights = weights.reduce((s, w) => s + w, 0);
    widths = want.map((w, i) => w.min + (sumWeights > 0 ? (extra * weights[i]!) / sumWeights : extra / cols));
  }
  const xs = widths.map((_, i) => writer.left + widths.slice(0, i).reduce((s, w) => s + w, 0));

  const table = doc.struct('Table');
  parent.add(table);
  const rowHeight = (cells: (readonly Run[])[], bold: boolean) =>
    Math.max(
      ...cells.map((runs, c) => {
        writer.font(bold);
        return doc.heightOfString(runsText(runs) || ' ', { width: widths[c]! - pad * 2, lineGap: writer.gap });
      }),
    ) +
    pad * 2;
  const drawRow = (cells: (readonly Run[])[], header: boolean, repeated = false) => {
    const h = rowHeight(cells, header);
    if (writer.spaceLeft() < h) {
      doc.addPage();
      // The header again at the top of the next page: a pagination artifact, not a second header row.
      if (b.header && !header) drawRow(b.header.map((t) => [{ text: t, bold: true }]), true, true);
    }
    const y = doc.y;
    if (header) writer.artifact(() => doc.rect(writer.left, y, writer.width, h).fillColor('#e8edf4').fill());
    const drawCell = (runs: readonly Run[], c: number) => {
      doc.y = y + pad;
      writer.runs(header ? runs.map((r) => ({ ...r, bold: true })) : runs, xs[c]! + pad, widths[c]! - pad * 2);
    };
    if (repeated) {
      doc.markContent('Artifact', { type: 'Pagination' } as never);
      cells.forEach(drawCell);
      doc.endMarkedContent();
    } else {
      const tr = doc.struct('TR');
      table.add(tr);
      // A table with no header row is a table of labels and values (the contract's details): its first
      // column heads each row, so a reader says "Case reference: C33-…" (issue 19).
      const cellTag = (c: number) => (header ? { tag: 'TH', scope: 'Column' } : !b.header && c === 0 && cols > 1 ? { tag: 'TH', scope: 'Row' } : { tag: 'TD' });
      cells.forEach((runs, c) => {
        const { tag, ...options } = cellTag(c);
        tr.add(doc.struct(tag, options as PDFKit.Mixins.StructureElementOptions, () => drawCell(runs, c)));
      });
      tr.end();
    }
    if (b.borders) {
      writer.artifact(() => {
        doc.lineWidth(0.6).strokeColor(RULE);
        doc.rect(writer.left, y, writer.width, h).stroke();
        xs.slice(1).forEach((x) => doc.moveTo(x, y).lineTo(x, y + h).stroke());
      });
    }
    doc.y = y + h;
  };
  if (b.header) drawRow(b.header.map((t) => [{ text: t }]), true);
  for (let r = 0; r < b.rows.length; r += 1) {
    const cells = Array.from({ length: cols }, (_, c) => b.rows[r]![c] ?? []);
    drawRow(cells, false);
  }
  table.end();
  doc.y += writer.fs * 0.8;
}
