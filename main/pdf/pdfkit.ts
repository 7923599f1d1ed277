import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type PdfKitDocument from 'pdfkit';

/**
 * pdfkit, the writer of letters, statements and the board report, and the fonts it embeds. Loaded with
 * createRequire, not imported: pdfkit's ES module build finds its data files through import.meta.url,
 * which a CommonJS bundle (out/main/*.cjs) does not have; its CommonJS build, loaded from node_modules at
 * run time, finds them itself. The same for the fonts (esbuild leaves createRequire alone). Parsed fonts
 * are kept for the life of the process.
 */
export type PdfKitCtor = typeof PdfKitDocument;
export type Doc = PDFKit.PDFDocument;

const here = createRequire(__filename);
let ctor: PdfKitCtor | null = null;

export function pdfkit(): PdfKitCtor {
  return (ctor ??= here('pdfkit') as PdfKitCtor);
}

/** A file of the DejaVu family (dejavu-fonts-ttf), by name: 'DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSansCondensed'… */
export function dejavuFile(name: string): string {
  return join(dirname(here.resolve('dejavu-fonts-ttf/package.json')), 'ttf', `${name}.ttf`);
}

const parsed = new Map<string, unknown>();

/** A font parsed once by pdfkit's own fontkit (registering a parsed font skips parsing it for every document). */
export function parsedFont(file: string): unknown {
  let font = parsed.get(file);
  if (!font) {
    const fontkit = createRequire(here.resolve('pdfkit'))('fontkit') as { create(buffer: Uint8Array): unknown };
    font = fontkit.create(readFileSync(file));
    parsed.set(file, font);
  }
  return font;
}

/**
 * fontkit keeps one glyph object per glyph id, made with the characters of the first text that used it
 * (font.getGlyph(id, characters) caches), and shaping hands back those objects. Where several characters
 * share a glyph (Farsi and Urdu ی and Arabic ى end a word in the same shape) or a shaped form was first met
 * with no characters at all, the text a PDF maps that glyph back to would be the first one's, or nothing.
 * Forgetting the cache before shaping right-to-left text gives each glyph the characters it stands for now.
 */
export function forgetGlyphs(font: unknown): void {
  (font as { _glyphs: Record<number, unknown> })._glyphs = {};
}

/** Noto Emoji (regular), the fallback for characters DejaVu lacks (main/pdf/fonts.ts says why). */
export function emojiFile(): string {
  return here.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf');
}

interface CoverageFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

/** A file of the documents' family, Noto Sans (shared/documents/model.ts DOCUMENT_FONT), regular or bold. */
export function documentFontFile(bold: boolean): string {
  return here.resolve(bold ? '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' : '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
}

/** Which font prints a piece: the main one, DejaVu Sans (symbols Noto Sans lacks), or Noto Emoji. */
export type PieceFont = 'main' | 'dejavu' | 'emoji';

/** Per font file, per code point: 0 not yet asked, 1 the font has it, 2 it lacks it (a batch of letters asks millions of times). */
const coverage = new Map<string, Map<number, number>>();

function has(file: string, cp: number): boolean {
  let known = coverage.get(file);
  if (!known) coverage.set(file, (known = new Map()));
  let v = known.get(cp);
  if (v === undefined) known.set(cp, (v = (parsedFont(file) as CoverageFont).hasGlyphForCodePoint(cp) ? 1 : 2));
  return v === 1;
}

/**
 * Text split where it moves between the main font given and its fallbacks, DejaVu Sans (the same weight)
 * then Noto Emoji: pdfkit does no font fallback of its own (a character its font lacks prints as nothing).
 * Most text is one piece, in the main font. A character no font has stays in the main font.
 */
export function fallbackPieces(text: string, mainFile: string, bold = false): { text: string; font: PieceFont }[] {
  const lacks = (cp: number) => cp > 32 && !has(mainFile, cp);
  let simple = true;
  for (const ch of text) {
    if (lacks(ch.codePointAt(0)!)) {
      simple = false;
      break;
    }
  }
  if (simple) return [{ text, font: 'main' }];
  const dejavu = dejavuFile(bold ? 'DejaVuSans-Bold' : 'DejaVuSans');
  const pieces: { text: string; font: PieceFont }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const font: PieceFont = !lacks(cp) ? 'main' : has(dejavu, cp) ? 'dejavu' : has(emojiFile(), cp) ? 'emoji' : 'main';
    const last = pieces[pieces.length - 1];
    if (last && last.font === font) last.text += ch;
    else pieces.push({ text: ch, font });
  }
  return pieces;
}

/** Open the document at 100 % on its first page (bundles.md §1.2: "the default view is 100%"): pdfkit has no option for it. */
export function openAtFullSize(doc: Doc): void {
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.OpenAction = [doc.page.dictionary, 'XYZ', null, null, 1];
}
