import type { ImageBlock, Run } from '../../shared/documents/model';

/**
 * Pieces of the PDF writer whose tags matter most to a screen-reader user (issue 19), each drawing its
 * content and its structure element together so the tags are right by construction:
 *
 * - lines that are each a line (an address, a letterhead, a signature's name and title): one Div, a P per
 *   line, so a reader says "Amira Haddad", "Flat 4"… and never "Amira HaddadFlat 4";
 * - a numbered paragraph: an LI of the numbered paragraphs' L, the number in Lbl and the text in LBody, so a
 *   reader says "1" then "I, Amira Haddad", not "1.I, Amira Haddad";
 * - a picture: a Figure with its alternative text.
 */

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export interface LinesStyle {
  x: number;
  y: number;
  width: number;
  align?: 'left' | 'right';
  lineGap: number;
  /** Draws line i at (x, y): in the fonts that have its characters, bold where it should be (pdf.ts). */
  write(line: string, i: number, x: number, y: number, options: PDFKit.Mixins.TextOptions): void;
}

/** Lines that belong together, one P each inside one Div; the Div is added to `parent`. */
export function taggedLines(doc: Doc, parent: Struct, lines: readonly string[], style: LinesStyle): void {
  if (!lines.length) return;
  const div = doc.struct('Div');
  parent.add(div);
  lines.forEach((line, i) => {
    div.add(
      doc.struct('P', {}, () => style.write(line || ' ', i, style.x, i === 0 ? style.y : doc.y, { width: style.width, align: style.align ?? 'left', lineGap: style.lineGap })),
    );
  });
  div.end();
}

/** One numbered paragraph as an LI (Lbl "1." + LBody) of the list `list`. */
export function numberedItem(doc: Doc, list: Struct, drawLabel: (y: number) => void, drawBody: () => void): void {
  const y = doc.y;
  const li = doc.struct('LI');
  list.add(li);
  li.add(doc.struct('Lbl', {}, () => drawLabel(y)));
  doc.y = y;
  li.add(doc.struct('LBody', {}, drawBody));
  li.end();
}

/** A picture as a Figure with /Alt, `width` points wide at (x, doc.y); returns its height. */
export function taggedImage(doc: Doc, parent: Struct, b: ImageBlock, x: number, maxWidth: number): number {
  const cm = 72 / 2.54;
  const scale = Math.min(1, maxWidth / (b.widthCm * cm));
  const width = b.widthCm * cm * scale;
  const height = b.heightCm * cm * scale;
  const y = doc.y;
  parent.add(
    doc.struct('Figure', { alt: b.alt }, () => {
      doc.image(Buffer.from(b.data, 'base64'), x, y, { width, height });
    }),
  );
  doc.y = y + height;
  return height;
}

/** The language runs of a paragraph share, if they all name one (the whole P then carries /Lang). */
export function sharedLang(runs: readonly Run[]): string | undefined {
  const langs = new Set(runs.map((r) => r.lang));
  return langs.size === 1 ? [...langs][0] : undefined;
}

/** Runs split where their language changes, for a P whose runs are in more than one language (a Span each). */
export function byLang(runs: readonly Run[]): Run[][] {
  const groups: Run[][] = [];
  for (const r of runs) {
    const last = groups.at(-1);
    if (last && last[0]!.lang === r.lang) last.push(r);
    else groups.push([r]);
  }
  return groups;
}
