import { createRequire } from 'node:module';
import { AppError } from '../../shared/result';
import { dejavuFile, documentFontFile, emojiFile, parsedFont } from './pdfkit';

/**
 * Fonts for the scripts of the interpreter notice's languages (issue 19) and for anything else a letter
 * quotes: Noto Sans Arabic (Arabic, Urdu, Farsi), Bengali, Gujarati, Gurmukhi (Punjabi), Ethiopic (Tigrinya),
 * SC (Chinese) and Tamil, regular and bold, from the @expo-google-fonts packages (SIL OFL 1.1). Latin, Greek and
 * Cyrillic (Polish, Romanian, Turkish, Lithuanian, Ukrainian…) are DejaVu Sans's; emoji are Noto Emoji's.
 * pdfkit embeds only the glyphs a document uses (a subset), so a letter with one Chinese sentence carries a
 * few kilobytes of the 10 MB font, not all of it. Each font is parsed on its first use only.
 *
 * A character no font has is never dropped in silence (issue 19 §3): the make step refuses, naming it.
 */

export type ScriptFont = 'arabic' | 'bengali' | 'gujarati' | 'gurmukhi' | 'ethiopic' | 'sc' | 'tamil';

const PACKAGES: Record<ScriptFont, string> = {
  arabic: 'noto-sans-arabic/{w}/NotoSansArabic_{w}.ttf',
  bengali: 'noto-sans-bengali/{w}/NotoSansBengali_{w}.ttf',
  gujarati: 'noto-sans-gujarati/{w}/NotoSansGujarati_{w}.ttf',
  gurmukhi: 'noto-sans-gurmukhi/{w}/NotoSansGurmukhi_{w}.ttf',
  ethiopic: 'noto-sans-ethiopic/{w}/NotoSansEthiopic_{w}.ttf',
  sc: 'noto-sans-sc/{w}/NotoSansSC_{w}.ttf',
  tamil: 'noto-sans-tamil/{w}/NotoSansTamil_{w}.ttf',
};
const SCRIPT_ORDER = Object.keys(PACKAGES) as ScriptFont[];

/** Which script font a language's text is set in first (BCP 47 primary subtag). */
const BY_LANGUAGE: Record<string, ScriptFont> = { ar: 'arabic', ur: 'arabic', fa: 'arabic', ps: 'arabic', bn: 'bengali', gu: 'gujarati', pa: 'gurmukhi', ti: 'ethiopic', am: 'ethiopic', zh: 'sc', ta: 'tamil' };

/**
 * The script font for a letter of a script Hearth has a Noto font for, whatever the paragraph's language:
 * an Arabic partner name in a letterhead goes to Noto Sans Arabic, not to DejaVu Sans (which has some Arabic
 * letters and not others, so an Urdu word would be split between two fonts and lose its joins).
 */
const SCRIPT_BLOCKS: [number, number, ScriptFont][] = [
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x08a0, 0x08ff, 'arabic'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x0980, 0x09ff, 'bengali'],
  [0x0a00, 0x0a7f, 'gurmukhi'],
  [0x0a80, 0x0aff, 'gujarati'],
  [0x0b80, 0x0bff, 'tamil'],
  [0x1200, 0x139f, 'ethiopic'],
  [0x3000, 0x30ff, 'sc'],
  [0x3400, 0x4dbf, 'sc'],
  [0x4e00, 0x9fff, 'sc'],
  [0xff00, 0xffef, 'sc'],
];
export const scriptOfLetter = (cp: number): ScriptFont | null => SCRIPT_BLOCKS.find(([from, to]) => cp >= from && cp <= to)?.[2] ?? null;

export const scriptFontFor = (lang: string | undefined): ScriptFont | null => (lang ? (BY_LANGUAGE[lang.toLowerCase().split('-')[0]!] ?? null) : null);

const here = createRequire(__filename);
export function scriptFontFile(script: ScriptFont, bold: boolean): string {
  return here.resolve(`@expo-google-fonts/${PACKAGES[script].replaceAll('{w}', bold ? '700Bold' : '400Regular')}`);
}

/** A font a piece of text is set in: its pdfkit name (registered on first use) and its file. */
export interface PieceFont {
  key: string;
  file: string;
}

interface CoverageFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

const coverage = new Map<string, Map<number, boolean>>();
function has(file: string, cp: number): boolean {
  let known = coverage.get(file);
  if (!known) coverage.set(file, (known = new Map()));
  let v = known.get(cp);
  if (v === undefined) known.set(cp, (v = (parsedFont(file) as CoverageFont).hasGlyphForCodePoint(cp)));
  return v;
}

/**
 * Characters that print as nothing by design (joiners, variation selectors, bidi marks, soft hyphen): they
 * stay with the piece they are in, and no font is asked for them.
 */
export const isInvisible = (cp: number) => cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || (cp >= 0xe0000 && cp <= 0xe007f);

export class UncoveredCharacter extends AppError {
  constructor(ch: string, text: string) {
    const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const at = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    super('bad-input', `The document has a character no font in Hearth can print: “${ch}” (U+${cp}) in “${at}”. Nothing was made. Remove the character or write it in words, then make the document again.`);
  }
}

/**
 * Text split where it moves between fonts: the text font (Noto Sans, or bold), or for a paragraph in a
 * language with its own script that script's Noto font first; then every other font in turn. Most text is
 * one piece in the text font. Throws UncoveredCharacter for a character no font has.
 */
export function fontPieces(text: string, bold: boolean, lang?: string): { text: string; font: PieceFont | null }[] {
  const dejavu = bold ? 'DejaVuSans-Bold' : 'DejaVuSans';
  const preferred = scriptFontFor(lang);
  const fonts: PieceFont[] = [
    ...(preferred ? [{ key: `S-${preferred}-${bold ? 'B' : 'R'}`, file: scriptFontFile(preferred, bold) }] : []),
    // The text font (Noto Sans, the family the DOCX names too), then DejaVu Sans for symbols it lacks.
    { key: '', file: documentFontFile(bold) },
    { key: dejavu, file: dejavuFile(dejavu) },
    { key: 'E', file: emojiFile() },
    ...SCRIPT_ORDER.filter((s) => s !== preferred).map((s) => ({ key: `S-${s}-${bold ? 'B' : 'R'}`, file: scriptFontFile(s, bold) })),
  ];
  const first = fonts[0]!;
  const pieces: { text: string; font: PieceFont | null }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = pieces[pieces.length - 1];
    if (cp <= 32 || isInvisible(cp)) {
      if (last) last.text += ch;
      else pieces.push({ text: ch, font: first.key ? first : null });
      continue;
    }
    const own = scriptOfLetter(cp);
    const ownFont = own ? fonts.find((f) => f.key === `S-${own}-${bold ? 'B' : 'R'}`) : undefined;
    const font = ownFont && has(ownFont.file, cp) ? ownFont : fonts.find((f) => has(f.file, cp));
    if (!font) throw new UncoveredCharacter(ch, text);
    const chosen = font.key ? font : null;
    if (last && (last.font?.key ?? '') === (chosen?.key ?? '')) last.text += ch;
    else pieces.push({ text: ch, font: chosen });
  }
  return pieces.length ? pieces : [{ text, font: null }];
}
