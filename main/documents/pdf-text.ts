import { parsedFont } from '../pdf/pdfkit';
import { fontPieces } from '../pdf/script-fonts';

type Doc = PDFKit.PDFDocument;

/** How a line of a Div of lines is set (pdf-tags.ts): bold or not, its size and colour (body size, ink by default). */
export interface LineFont {
  bold: boolean;
  size?: number;
  color?: string;
}

/**
 * Plain text (a letterhead, a heading, an address or signature line) at (x, y) in the same fonts as body
 * text (issue 19, main/pdf/script-fonts.ts): Noto Sans, then DejaVu Sans, Noto Emoji and the script fonts
 * for what it lacks, piece by piece. A partner's name in Arabic or with an emoji prints, where DejaVu or
 * Noto Sans alone left it blank; a character no font has stops the make step, as in body text.
 */
export function textInFonts(doc: Doc, text: string, o: { x: number; y: number; options: PDFKit.Mixins.TextOptions; bold: boolean; size: number; color: string }): void {
  const pieces = fontPieces(text, o.bold);
  pieces.forEach((p, i) => {
    if (p.font) doc.registerFont(p.font.key, parsedFont(p.font.file) as never);
    doc.font(p.font ? p.font.key : o.bold ? 'B' : 'R').fontSize(o.size).fillColor(o.color);
    const continued = i < pieces.length - 1;
    if (i === 0) doc.text(p.text, o.x, o.y, { ...o.options, continued });
    else doc.text(p.text, { ...o.options, continued });
  });
}
