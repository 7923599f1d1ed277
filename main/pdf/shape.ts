import bidiFactory from 'bidi-js';
import { forgetGlyphs, parsedFont } from './pdfkit';
import { scriptFontFile } from './script-fonts';

/**
 * Arabic and Urdu shaped for pages Hearth draws itself with pdf-lib (the court bundle, issue 19). pdf-lib
 * does no shaping: a statement's original in Arabic came out as isolated letters in the wrong order. Here
 * a line is put in visual order with the Unicode bidi algorithm (bidi-js, UAX #9 rule L2), and each
 * right-to-left stretch the Arabic font covers is shaped by fontkit (the engine pdfkit uses for letters) in
 * Noto Sans Arabic: initial, medial and final forms and lam-alef, glyphs in visual order, each glyph with
 * the characters it stands for (the PDF's ToUnicode map, so text extracts as written).
 *
 * As for letters (main/documents/pdf-rtl.ts), ccmp is off: with it Noto Sans Arabic splits ق, ف, ي… into a
 * shared dotless body and dots, and the extracted text would lose the letter.
 */
const bidi = bidiFactory();

/** Hebrew, Arabic, Syriac, Thaana, N'Ko… and the Arabic presentation forms. */
export const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

export interface Run {
  text: string;
  level: number;
  start: number;
}

/**
 * The line's runs of one embedding level, in visual order, left to right (UAX #9 L2), each with where it
 * starts in the line. `base`: the paragraph's direction, or from its first strong letter when not given.
 */
export function visualRuns(line: string, base?: 'rtl' | 'ltr'): Run[] {
  const { levels } = bidi.getEmbeddingLevels(line, base);
  const runs: Run[] = [];
  for (let i = 0; i < line.length; i += 1) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.text += line[i];
    else runs.push({ text: line[i]!, level: levels[i]!, start: i });
  }
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), max);
  for (let level = max; level >= minOdd && level > 0; level -= 1) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level < level) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j += 1;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs;
}

interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  layout(text: string, features: Record<string, boolean>, script: string, language: string | undefined, direction: 'rtl'): { glyphs: { id: number; codePoints: number[] }[]; positions: { xAdvance: number }[] };
}

/** A shaped glyph: its id in Noto Sans Arabic, the characters it stands for, and its advance in font units. */
export interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advance: number;
}

/** A line in visual order, left to right: stretches shaped in the Arabic font, and plain text for the text fonts. */
export type LinePiece = { kind: 'shaped'; glyphs: ShapedGlyph[] } | { kind: 'plain'; text: string };

let arabic: FontkitFont | null = null;
const arabicFont = () => (arabic ??= parsedFont(scriptFontFile('arabic', false)) as FontkitFont);

/** The Arabic font's file (regular: headings in Arabic are set in it too, not bold). */
export const arabicFontFile = () => scriptFontFile('arabic', false);

export const hasRtl = (text: string) => RTL_LETTER.test(text);

/**
 * The line as it is drawn. A line with no right-to-left letter is one plain piece; otherwise its direction
 * is its first strong letter's (an English sentence quoting an Arabic name stays an English sentence).
 */
export function shapeLine(line: string): LinePiece[] {
  if (!hasRtl(line)) return [{ kind: 'plain', text: line }];
  const font = arabicFont();
  const out: LinePiece[] = [];
  for (const run of visualRuns(line)) {
    if (run.level % 2 === 0) {
      out.push({ kind: 'plain', text: run.text });
      continue;
    }
    // A right-to-left run, split where the Arabic font stops covering it, read in logical order and then
    // turned round: its last stretch is drawn first.
    const stretches: { text: string; covered: boolean }[] = [];
    for (const ch of run.text) {
      const covered = font.hasGlyphForCodePoint(ch.codePointAt(0)!);
      const last = stretches[stretches.length - 1];
      if (last && last.covered === covered) last.text += ch;
      else stretches.push({ text: ch, covered });
    }
    for (const s of stretches.reverse()) {
      if (!s.covered) {
        out.push({ kind: 'plain', text: [...s.text].reverse().join('') });
        continue;
      }
      forgetGlyphs(font);
      const laid = font.layout(s.text, { ccmp: false }, 'arab', undefined, 'rtl');
      out.push({ kind: 'shaped', glyphs: laid.glyphs.map((g, i) => ({ id: g.id, codePoints: g.codePoints, advance: laid.positions[i]!.xAdvance })) });
    }
  }
  return out;
}

export const arabicUnitsPerEm = () => arabicFont().unitsPerEm;
