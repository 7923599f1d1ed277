import { PDFNumber, PDFString, type PDFArray, type PDFContext, type PDFRef } from './lib';
import { flate } from './deflate';
import type { TtfFont } from './ttf';

/**
 * An embedded Unicode font for generated pages (Type0, Identity-H, CIDFontType2 whose CIDs are the
 * font's own glyph indexes). Content streams refer to it by a reference reserved up front; the font's
 * objects (the subset, widths and the ToUnicode map that makes the text extractable, B8) are written
 * once at the end, when every glyph the bundle used is known.
 */
/** A glyph used and the character (or, for a ligature such as lam-alef, the characters) it stands for. */
export type GlyphUse = [glyph: number, text: number | number[]];

export class EmbeddedFont {
  readonly ref: PDFRef;
  private readonly used = new Map<number, number | number[]>();
  /** Whether a page's resources name this font: a script font no page names is not written at all (issue 15). */
  private named = false;
  private readonly widthCache = new Map<string, number>();

  constructor(
    readonly font: TtfFont,
    ctx: PDFContext,
    /** Given by a helper worker, whose pages refer to the writing worker's font object. */
    ref?: PDFRef,
  ) {
    this.ref = ref ?? ctx.nextRef();
  }

  /** The reference for a page's font resources, noting that the font must be written. */
  refer(): PDFRef {
    this.named = true;
    return this.ref;
  }

  /** Whether some page names this font, so its objects must be written (write). */
  get referred(): boolean {
    return this.named;
  }

  /** Glyphs used (glyph index → code point), to pass to the worker that writes the font. */
  usedEntries(): GlyphUse[] {
    return [...this.used];
  }

  /** Glyphs another worker used on pages that refer to this font. */
  merge(entries: readonly GlyphUse[]): void {
    for (const [g, cp] of entries) if (!this.used.has(g)) this.used.set(g, cp);
  }

  /** Width of text in points at a size. */
  width(text: string, size: number): number {
    let units = this.widthCache.get(text);
    if (units === undefined) {
      units = 0;
      for (const ch of text) units += this.font.advance(this.font.glyphFor(ch.codePointAt(0)!));
      if (this.widthCache.size < 50_000) this.widthCache.set(text, units);
    }
    return (units * size) / this.font.unitsPerEm;
  }

  private readonly encoded = new Map<string, string>();

  /** The hex string for a Tj operator, recording the glyphs used. */
  encode(text: string): string {
    const known = this.encoded.get(text);
    if (known !== undefined) return known;
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let g = this.font.glyphFor(cp);
      if (g === 0 && cp > 32) g = this.font.glyphFor(0x3f); // "?" rather than an invisible .notdef box
      if (!this.used.has(g)) this.used.set(g, g === this.font.glyphFor(0x3f) && cp !== 0x3f ? 0x3f : cp);
      hex += hex4(g);
    }
    if (this.encoded.size < 50_000) this.encoded.set(text, hex);
    return hex;
  }

  /**
   * The hex string for glyphs already chosen (shaped Arabic, main/pdf/shape.ts), in the order drawn, with a
   * TJ adjustment where the shaped advance differs from the glyph's own width (kerning, marks).
   */
  encodeGlyphs(glyphs: readonly { id: number; codePoints: number[]; advance: number }[]): string {
    const parts: string[] = [];
    let hex = '';
    for (const g of glyphs) {
      if (!this.used.has(g.id)) this.used.set(g.id, g.codePoints.length === 1 ? g.codePoints[0]! : [...g.codePoints]);
      hex += hex4(g.id);
      const shift = g.advance - this.font.advance(g.id);
      if (shift !== 0) {
        parts.push(`<${hex}>`, String(Math.round((-shift * 1000) / this.font.unitsPerEm)));
        hex = '';
      }
    }
    if (hex) parts.push(`<${hex}>`);
    return `[${parts.join(' ')}]`;
  }

  /** Writes the font's objects into the context under the reserved reference. */
  write(ctx: PDFContext): void {
    const f = this.font;
    const scale = 1000 / f.unitsPerEm;
    const tag = subsetTag(this.used);
    const baseName = `${tag}+${f.postScriptName}`;
    const program = f.subset(this.used.keys());
    const fontFile = ctx.register(flate(ctx, program, { Length1: program.length }));
    const descriptor = ctx.register(
      ctx.obj({
        Type: 'FontDescriptor',
        FontName: baseName,
        Flags: 32,
        FontBBox: f.bbox.map((v) => Math.round(v * scale)),
        ItalicAngle: f.italicAngle,
        Ascent: Math.round(f.ascent * scale),
        Descent: Math.round(f.descent * scale),
        CapHeight: Math.round(f.capHeight * scale),
        StemV: 80,
        FontFile2: fontFile,
      }),
    );
    const glyphs = [...this.used.keys()].sort((a, b) => a - b);
    const w = ctx.obj([]) as PDFArray;
    for (const g of glyphs) {
      w.push(PDFNumber.of(g));
      w.push(ctx.obj([Math.round(f.advance(g) * scale)]));
    }
    const cidFont = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseName,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: w,
        DW: 1000,
        CIDToGIDMap: 'Identity',
      }),
    );
    const toUnicode = ctx.register(flate(ctx, toUnicodeCMap(this.used)));
    ctx.assign(
      this.ref,
      ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: baseName, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
    );
  }
}

/**
 * Each glyph id's four hex digits, made the first time the glyph is drawn: a text uses a few hundred of
 * the 65,536, and making them all when the module loads took 7 ms of a cold worker's start (issue 15).
 */
const HEX4: (string | undefined)[] = new Array<string | undefined>(65536);
function hex4(glyph: number): string {
  return (HEX4[glyph] ??= glyph.toString(16).padStart(4, '0'));
}

/** Six capital letters derived from the glyph set (PDF 32000 9.6.4: a subset's name starts with a tag). */
function subsetTag(used: Map<number, unknown>): string {
  let h = 2166136261;
  for (const g of [...used.keys()].sort((a, b) => a - b)) h = Math.imul(h ^ g, 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + i * 7919;
  }
  return tag;
}

function utf16Hex(cp: number): string {
  if (cp < 0x10000) return cp.toString(16).padStart(4, '0');
  const v = cp - 0x10000;
  return ((0xd800 + (v >> 10)).toString(16) + (0xdc00 + (v & 0x3ff)).toString(16)).padStart(8, '0');
}

const textHex = (text: number | number[]) => (typeof text === 'number' ? utf16Hex(text) : text.map(utf16Hex).join(''));

function toUnicodeCMap(used: Map<number, number | number[]>): string {
  // A glyph that stands for no character (one the shaping inserted) has no entry.
  const entries = [...used].filter(([, text]) => typeof text === 'number' || text.length > 0).sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([g, cp]) => `<${g.toString(16).padStart(4, '0')}> <${textHex(cp)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMapName get exch defineresource pop',
    'end',
    'end',
  ].join('\n');
}
