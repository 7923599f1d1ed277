import { beginText, endText, type PDFFont, type PDFPage, setCharacterSqueeze, setFontAndSize, setTextMatrix, setTextRenderingMode, showText, TextRenderingMode } from '../lib';
import type { Word } from './types';

/**
 * The fresh text layer of a rebuilt page: each word left after the redaction, invisible (text rendering
 * mode 3), laid over where it shows in the picture and stretched to its width, so the page can be searched
 * and copied from (B8) and a search lands on the word. Redacted words are simply not written.
 */

/** OCR words below this confidence are specks, stamps or handwriting rather than text. */
const MIN_CONFIDENCE = 25;

/** Keeps the characters the standard font can encode (WinAnsi); anything else becomes "?" rather than failing. */
function encodable(font: PDFFont, text: string): string {
  const set = new Set(font.getCharacterSet());
  return [...text].map((ch) => (set.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

export function writeTextLayer(page: PDFPage, font: PDFFont, words: readonly Word[]): number {
  const kept = words.filter((w) => (w.confidence ?? 100) >= MIN_CONFIDENCE && w.width > 0 && w.height > 0);
  if (!kept.length) return 0;
  const fontName = page.node.newFontDictionary('HearthText', font.ref);
  const height = page.getHeight();
  const ops = [beginText(), setTextRenderingMode(TextRenderingMode.Invisible)];
  for (const w of kept) {
    const text = encodable(font, w.text);
    // The word box runs from above the capitals to below the descenders: about 1.15 of the font size.
    const size = Math.max(1, w.height / 1.15);
    const natural = font.widthOfTextAtSize(text, size);
    const squeeze = natural > 0 ? Math.max(1, Math.min(1000, (w.width / natural) * 100)) : 100;
    const baseline = height - (w.y + size * 0.9);
    ops.push(setFontAndSize(fontName, size), setCharacterSqueeze(squeeze), setTextMatrix(1, 0, 0, 1, w.x, baseline), showText(font.encodeText(text)));
  }
  ops.push(endText());
  page.pushOperators(...ops);
  return kept.length;
}
