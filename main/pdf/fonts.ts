import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PDFContext } from './lib';
import { EmbeddedFont } from './embedded-font';
import { arabicFontFile, hasRtl, shapeLine } from './shape';
import { readTtf, type TtfFont } from './ttf';

export type FontName = 'regular' | 'bold';

/** Widths for laying text out. */
export interface Metrics {
  width(text: string, font: FontName, size: number): number;
}

/**
 * DejaVu Sans (regular and bold) from the dejavu-fonts-ttf package: a Unicode font with every Latin,
 * Greek and Cyrillic letter a name may need, embedded in every bundle; and Noto Emoji (regular, from
 * @expo-google-fonts/noto-emoji, SIL OFL) for the characters DejaVu lacks, which are mostly emoji quoted
 * from text messages (issue 13: they were silently dropped). A character neither font has is printed as
 * "?", never dropped. Resolved at run time with createRequire so esbuild leaves the files in node_modules.
 */
export interface LoadedFonts {
  regular: TtfFont;
  bold: TtfFont;
  /** The fallback for characters the text fonts lack (read on first use). */
  emoji(): TtfFont;
  /** Noto Sans Arabic, for Arabic and Urdu shaped (main/pdf/shape.ts; read on first use). */
  arabic(): TtfFont;
}

let loaded: LoadedFonts | undefined;

export function loadFonts(): LoadedFonts {
  if (!loaded) {
    const req = createRequire(__filename);
    const file = (name: string) => readFileSync(req.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`));
    let emoji: TtfFont | undefined;
    let arabic: TtfFont | undefined;
    loaded = {
      regular: readTtf(file('DejaVuSans'), 'DejaVuSans'),
      bold: readTtf(file('DejaVuSans-Bold'), 'DejaVuSans-Bold'),
      emoji: () => (emoji ??= readTtf(readFileSync(req.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf')), 'NotoEmoji-Regular')),
      arabic: () => (arabic ??= readTtf(readFileSync(arabicFontFile()), 'NotoSansArabic-Regular')),
    };
  }
  return loaded;
}

/** Does the text font lack this character (so the fallback is asked)? Spaces and controls never go to it. */
const lacks = (font: TtfFont, cp: number) => cp > 32 && font.glyphFor(cp) === 0;

/** The text split where it moves between the text font and the fallback: most text is one piece, not from the fallback. */
export function splitByFont(fonts: LoadedFonts, font: FontName, text: string): { text: string; fallback: boolean }[] {
  const f = fonts[font];
  let simple = true;
  for (const ch of text) {
    if (lacks(f, ch.codePointAt(0)!)) {
      simple = false;
      break;
    }
  }
  if (simple) return [{ text, fallback: false }];
  const emoji = fonts.emoji();
  const pieces: { text: string; fallback: boolean }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const fallback = lacks(f, cp) && emoji.glyphFor(cp) !== 0;
    const last = pieces[pieces.length - 1];
    if (last && last.fallback === fallback) last.text += ch;
    else pieces.push({ text: ch, fallback });
  }
  return pieces;
}

/** Width of one character in em (1 = the font size), from whichever font will print it. */
function charWidth(fonts: LoadedFonts, f: TtfFont, cp: number): number {
  if (lacks(f, cp)) {
    const emoji = fonts.emoji();
    const g = emoji.glyphFor(cp);
    if (g !== 0) return emoji.advance(g) / emoji.unitsPerEm;
    return f.advance(f.glyphFor(0x3f)) / f.unitsPerEm; // printed as "?"
  }
  return f.advance(f.glyphFor(cp)) / f.unitsPerEm;
}

function plainWidth(fonts: LoadedFonts, f: TtfFont, text: string): number {
  let em = 0;
  for (const ch of text) em += charWidth(fonts, f, ch.codePointAt(0)!);
  return em;
}

/** A line with Arabic or Urdu in it, as it will be drawn: shaped stretches in the Arabic font, the rest as usual. */
function shapedWidth(fonts: LoadedFonts, f: TtfFont, text: string): number {
  const arabic = fonts.arabic();
  let em = 0;
  for (const piece of shapeLine(text)) {
    if (piece.kind === 'plain') em += plainWidth(fonts, f, piece.text);
    else for (const g of piece.glyphs) em += g.advance / arabic.unitsPerEm;
  }
  return em;
}

/** Widths for layout, without embedding anything (previews, page counts). */
export function fontMetrics(): Metrics {
  const fonts = loadFonts();
  const cache = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  return {
    width(text: string, font: FontName, size: number): number {
      const f = fonts[font];
      let em = cache[font].get(text);
      if (em === undefined) {
        em = hasRtl(text) ? shapedWidth(fonts, f, text) : plainWidth(fonts, f, text);
        if (cache[font].size < 50_000) cache[font].set(text, em);
      }
      return em * size;
    },
  };
}

/** The fonts as they are embedded in one output file: the two text fonts and the fallback. */
export interface PdfFonts {
  regular: EmbeddedFont;
  bold: EmbeddedFont;
  emoji: EmbeddedFont;
  /** Noto Sans Arabic, shaped (issue 19). */
  arabic: EmbeddedFont;
  metrics: Metrics;
}

export function embedFonts(ctx: PDFContext): PdfFonts {
  const f = loadFonts();
  return { regular: new EmbeddedFont(f.regular, ctx), bold: new EmbeddedFont(f.bold, ctx), emoji: new EmbeddedFont(lazyFont(f.emoji), ctx), arabic: new EmbeddedFont(lazyFont(f.arabic), ctx), metrics: fontMetrics() };
}

/** A font read only when something asks it a question (an output whose text never needs the fallback never reads it). */
export function lazyFont(read: () => TtfFont): TtfFont {
  const f = () => read();
  return {
    get postScriptName() {
      return f().postScriptName;
    },
    get unitsPerEm() {
      return f().unitsPerEm;
    },
    get ascent() {
      return f().ascent;
    },
    get descent() {
      return f().descent;
    },
    get capHeight() {
      return f().capHeight;
    },
    get bbox() {
      return f().bbox;
    },
    get italicAngle() {
      return f().italicAngle;
    },
    get numGlyphs() {
      return f().numGlyphs;
    },
    glyphFor: (cp) => f().glyphFor(cp),
    advance: (g) => f().advance(g),
    subset: (glyphs) => f().subset(glyphs),
  };
}
