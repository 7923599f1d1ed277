import { AlignmentType, ImageRun, Paragraph, TabStopType, TextRun } from 'docx';
import type { ParagraphBlock } from '../../shared/documents/model';
import { runFont } from './docx-fonts';
import { pictureBytes } from './pictures';

/**
 * DOCX paragraphs for issue 19: an Easy Read paragraph with its picture on the left (an inline image
 * with alternative text, the words hanging beside it), and a paragraph in another language (w:lang; right
 * to left with w:bidi and w:rtl for Arabic and Urdu, so Word sets it right-aligned in bidi order).
 */
export function pictureOrLanguageParagraph(b: ParagraphBlock, o: { spacing: object; size: number; font: string }): Paragraph {
  const rtl = b.dir === 'rtl';
  const runs = b.runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: Boolean(r.bold),
        size: o.size,
        sizeComplexScript: o.size,
        boldComplexScript: Boolean(r.bold),
        font: runFont(r.text),
        rightToLeft: rtl || undefined,
        language: b.lang ? (rtl ? { bidirectional: b.lang } : { value: b.lang }) : undefined,
      }),
  );
  if (!b.picture) return new Paragraph({ spacing: o.spacing, bidirectional: rtl || undefined, alignment: rtl ? AlignmentType.RIGHT : AlignmentType.LEFT, children: runs });
  const side = 56; // px at 96 dpi: about 1.5 cm, beside 14 pt type
  const indent = 1134; // 2 cm in twips
  return new Paragraph({
    spacing: o.spacing,
    indent: { left: indent, hanging: indent },
    tabStops: [{ type: TabStopType.LEFT, position: indent }],
    children: [
      new ImageRun({ type: 'png', data: pictureBytes(b.picture.id), transformation: { width: side, height: side }, altText: { name: b.picture.id, title: b.picture.alt, description: b.picture.alt } }),
      new TextRun({ text: '\t', size: o.size, font: o.font }),
      ...runs,
    ],
  });
}
