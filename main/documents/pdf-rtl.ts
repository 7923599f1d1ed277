import { forgetGlyphs, parsedFont } from '../pdf/pdfkit';
import { fontPieces, isInvisible } from '../pdf/script-fonts';
import { RTL_LETTER, visualRuns } from '../pdf/shape';

/**
 * A right-to-left paragraph (Arabic, Urdu) for the PDF writer. pdfkit lays text out left to right and has
 * no bidi algorithm; fontkit shapes Arabic and turns an Arabic run's glyphs round, but a line that mixes
 * Arabic with a telephone number would come out with the number reversed or in the wrong place. So here:
 * the words are broken into lines in logical order, each line's embedding levels come from the Unicode
 * bidi algorithm (bidi-js), its runs are put in visual order (UAX #9 rule L2) and drawn from the right
 * margin leftwards, right-aligned. The paragraph's structure element also carries its words in logical
 * order as /ActualText, for screen readers (pdf.ts).
 */

type Doc = PDFKit.PDFDocument;

/**
 * Without ccmp, Noto Sans Arabic keeps each letter's own glyph (with ccmp it splits ق, ف, ي… into a shared
 * dotless body and dots, and the PDF's glyph-to-text map can only give the body one letter: "الرقم" would
 * extract as "الرفم"). Initial, medial and final forms and lam-alef still apply.
 */
const SHAPING = { features: { ccmp: false } } as unknown as PDFKit.Mixins.TextOptions;

function register(doc: Doc, key: string, file: string) {
  doc.registerFont(key, parsedFont(file) as never);
}

/** The text without the characters that print as nothing (the isolates round a telephone number). */
const visible = (text: string) => [...text].filter((ch) => !isInvisible(ch.codePointAt(0)!)).join('');

/** The width of text as it will print, piece by piece in the fonts that print it. */
function widthOf(doc: Doc, text: string, bold: boolean, lang: string, size: number): number {
  let w = 0;
  for (const p of fontPieces(visible(text), bold, lang)) {
    if (p.font) register(doc, p.font.key, p.font.file);
    doc.font(p.font ? p.font.key : bold ? 'B' : 'R').fontSize(size);
    w += doc.widthOfString(p.text, SHAPING);
  }
  return w;
}

/** Lines of at most `width`, breaking between words (a word longer than a line stands alone). */
function lines(doc: Doc, text: string, bold: boolean, lang: string, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  // Spaces only: a no-break space (inside a telephone number) keeps its neighbours together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && widthOf(doc, next, bold, lang, size) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}


interface Placed {
  text: string;
  start: number;
  x: number;
}

/**
 * The line's words placed left to right. pdfkit lays out (and fontkit turns round) one word at a time, so a
 * right-to-left run's words are placed last word first; a left-to-right run (a number) keeps its order.
 */
function place(doc: Doc, line: string, o: { bold: boolean; lang: string; size: number; x: number; width: number }): Placed[] {
  const placed: Placed[] = [];
  let cx = 0;
  for (const r of visualRuns(line, 'rtl')) {
    const rtl = r.level % 2 === 1;
    const words: { text: string; start: number }[] = [];
    let at = r.start;
    // A word keeps the space after it (to its left on the page), so extractors read the space too.
    for (const part of rtl ? r.text.split(/(?<=\s)(?=\S)/) : [r.text]) {
      if (part) words.push({ text: part, start: at });
      at += part.length;
    }
    for (const w of rtl ? words.reverse() : words) {
      // fontkit turns a word round only when it has right-to-left letters; a right-to-left word of
      // punctuation and spaces alone (". " after a number) is turned round here.
      const text = rtl && !RTL_LETTER.test(w.text) ? [...w.text].reverse().join('') : w.text;
      placed.push({ text, start: w.start, x: cx });
      cx += widthOf(doc, w.text, o.bold, o.lang, o.size);
    }
  }
  const shift = o.x + o.width - cx;
  return placed.map((p) => ({ ...p, x: p.x + shift }));
}

/**
 * Draws the paragraph right-aligned in [x, x + width] from doc.y; leaves doc.y under it. The words are
 * drawn in the order they are read (logical order), each where it belongs on the line, so a reader that
 * follows the content (pdf.js, copy and paste) gets the words as written; within a word the glyphs run
 * right to left, which text extractors turn back (pdftotext, pdf.js).
 */
export function drawRtlParagraph(doc: Doc, o: { text: string; bold: boolean; lang: string; size: number; x: number; width: number; lineGap: number }): void {
  let y = doc.y;
  for (const line of lines(doc, o.text, o.bold, o.lang, o.size, o.width)) {
    for (const w of place(doc, line, o).sort((a, b) => a.start - b.start)) {
      const text = visible(w.text);
      let cx = w.x;
      for (const p of fontPieces(text, o.bold, o.lang)) {
        if (p.font) register(doc, p.font.key, p.font.file);
        // Each glyph mapped back to the letters it stands for here (main/pdf/pdfkit.ts, forgetGlyphs).
        if (p.font) forgetGlyphs(parsedFont(p.font.file));
        doc.font(p.font ? p.font.key : o.bold ? 'B' : 'R').fontSize(o.size);
        doc.text(p.text, cx, y, { lineBreak: false, ...SHAPING });
        cx += doc.widthOfString(p.text, SHAPING);
      }
    }
    doc.font(o.bold ? 'B' : 'R').fontSize(o.size);
    y += doc.currentLineHeight(true) + o.lineGap;
  }
  doc.y = y;
}
