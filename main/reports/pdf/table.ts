import type { ReportTable } from '../../../shared/reports/tables';
import { COLOUR, CONTENT_WIDTH, type Doc, FONT, PAGE, struct, type Writer } from './kit';

/**
 * A measure's table, tagged as Table > TR > TH/TD (column headers, and each row's first cell as its row
 * header), with the header row repeated when the table runs onto another page. Fills and rules are
 * artifacts.
 */
const SIZE = 8;
const PAD_X = 4;
const PAD_Y = 3.2;

function columnWidths(doc: Doc, table: ReportTable): number[] {
  const natural = table.columns.map((c, i) => {
    doc.font(FONT.narrowBold).fontSize(SIZE);
    const cells = table.rows.map((r) => {
      doc.font(r.strong ? FONT.narrowBold : FONT.narrow).fontSize(SIZE);
      return doc.widthOfString(r.cells[i]?.text ?? '');
    });
    doc.font(FONT.narrowBold).fontSize(SIZE);
    const longestWord = Math.max(0, ...c.label.split(/\s+/).map((word) => doc.widthOfString(word)));
    return { content: Math.max(0, ...cells), header: doc.widthOfString(c.label), longestWord };
  });
  // Numbers get what their widest value (or header word) needs; words share what is left.
  const numeric = natural.map((n, i) => (table.columns[i]!.numeric ? Math.min(96, Math.max(n.content, n.longestWord, 34) + 2 * PAD_X) : 0));
  const left = CONTENT_WIDTH - numeric.reduce((a, b) => a + b, 0);
  const textCols = natural.map((n, i) => (table.columns[i]!.numeric ? 0 : Math.max(n.content, n.header, 40)));
  const textTotal = textCols.reduce((a, b) => a + b, 0) || 1;
  return natural.map((_, i) => (table.columns[i]!.numeric ? numeric[i]! : Math.max(50, (textCols[i]! / textTotal) * left)));
}

function rowHeight(doc: Doc, texts: string[], widths: number[], bold: boolean): number {
  doc.font(bold ? FONT.narrowBold : FONT.narrow).fontSize(SIZE);
  return Math.max(...texts.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i]! - 2 * PAD_X }))) + 2 * PAD_Y;
}

export function drawTable(w: Writer, table: ReportTable, opts: { caption?: string } = {}): void {
  const { doc } = w;
  const widths = columnWidths(doc, table);
  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const headerTexts = table.columns.map((c) => c.label);
  const headerH = rowHeight(doc, headerTexts, widths, true);
  // Start on a new page rather than leave a header and a row or two alone at the foot of this one.
  const opening = table.rows.slice(0, 4).reduce((sum, r) => sum + rowHeight(doc, r.cells.map((c) => c.text), widths, !!r.strong), 0);
  w.ensure(headerH + opening + (opts.caption ? 16 : 0) + 4);

  const t = doc.struct('Table');
  w.root.add(t);
  if (opts.caption) {
    const y = doc.y;
    t.add(struct(doc, 'Caption', {}, () => doc.font(FONT.bold).fontSize(9.5).fillColor(COLOUR.heading).text(opts.caption!, PAGE.left, y, { width: CONTENT_WIDTH })));
    doc.y = y + 15;
  }

  const drawRow = (texts: string[], kind: 'header' | 'body' | 'strong', stripe: boolean) => {
    const bold = kind !== 'body';
    const h = kind === 'header' ? headerH : rowHeight(doc, texts, widths, bold);
    const y = doc.y;
    w.artifact(() => {
      if (kind === 'header') doc.rect(PAGE.left, y, CONTENT_WIDTH, h).fill(COLOUR.headerFill);
      else if (stripe) doc.rect(PAGE.left, y, CONTENT_WIDTH, h).fill(COLOUR.zebra);
      if (kind === 'strong') doc.moveTo(PAGE.left, y).lineTo(PAGE.left + CONTENT_WIDTH, y).lineWidth(0.8).strokeColor(COLOUR.muted).stroke();
      if (kind === 'header') doc.moveTo(PAGE.left, y + h).lineTo(PAGE.left + CONTENT_WIDTH, y + h).lineWidth(0.8).strokeColor(COLOUR.accent).stroke();
    });
    const tr = doc.struct('TR');
    t.add(tr);
    texts.forEach((text, i) => {
      const numeric = table.columns[i]!.numeric;
      const type = kind === 'header' || i === 0 ? 'TH' : 'TD';
      const scope = kind === 'header' ? 'Column' : i === 0 ? 'Row' : undefined;
      tr.add(
        struct(doc, type, scope ? { scope } : {}, () => {
          doc
            .font(bold ? FONT.narrowBold : FONT.narrow)
            .fontSize(SIZE)
            .fillColor(kind === 'header' ? COLOUR.heading : COLOUR.text)
            .text(text, xs[i]! + PAD_X, y + PAD_Y, { width: widths[i]! - 2 * PAD_X, align: numeric ? 'right' : 'left' });
        }),
      );
    });
    tr.end();
    doc.x = PAGE.left;
    doc.y = y + h;
  };

  drawRow(headerTexts, 'header', false);
  table.rows.forEach((row, i) => {
    const texts = row.cells.map((c) => c.text);
    const h = rowHeight(doc, texts, widths, !!row.strong);
    if (w.room() < h) {
      w.newPage();
      drawRow(headerTexts, 'header', false);
    }
    drawRow(texts, row.strong ? 'strong' : 'body', i % 2 === 1);
  });
  t.end();
  const end = doc.y;
  w.artifact(() => doc.moveTo(PAGE.left, end).lineTo(PAGE.left + CONTENT_WIDTH, end).lineWidth(0.5).strokeColor(COLOUR.rule).stroke());
  doc.y = end + 12;
}
