import { flate } from '../../pdf/deflate';
import { loadFonts, splitByFont, type PdfFonts } from '../../pdf/fonts';
import { hasRtl, shapeLine } from '../../pdf/shape';
import { PDFNull, PDFNumber, type PDFArray, type PDFContext, type PDFDict, type PDFRef } from '../../pdf/lib';
import { dict, name } from '../../pdf/names';
import type { DrawnPage, Op } from './layout';
import { paginationArtifact, segments } from './structure';

/**
 * From layout data to PDF content: content-stream text for generated pages, the page stamp (B2, B3),
 * and destinations that keep the reader's zoom (B10).
 */
const n = (v: number) => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

export const FONT_RESOURCE = { regular: 'HF1', bold: 'HF2', emoji: 'HF3', arabic: 'HF4' } as const;

/** The Tj operators for a piece of text: one for text its font has, more where it moves to the fallback (fonts.ts). */
function showText(text: string, font: 'regular' | 'bold', size: string, fonts: PdfFonts): string {
  if (hasRtl(text)) return showShaped(text, font, size, fonts);
  const pieces = splitByFont(loadFonts(), font, text);
  if (pieces.length === 1 && !pieces[0]!.fallback) return `<${fonts[font].encode(text)}> Tj`;
  // Each Tj moves the text position on by the widths of what it showed, so the pieces follow one another.
  return pieces.map((p) => (p.fallback ? `/${FONT_RESOURCE.emoji} ${size} Tf <${fonts.emoji.encode(p.text)}> Tj` : `/${FONT_RESOURCE[font]} ${size} Tf <${fonts[font].encode(p.text)}> Tj`)).join(' ');
}

/**
 * A line with Arabic or Urdu in it (issue 19): in visual order, the Arabic shaped in Noto Sans Arabic
 * (main/pdf/shape.ts), everything else as usual; each piece's Tj/TJ moves the position on past it.
 */
function showShaped(text: string, font: 'regular' | 'bold', size: string, fonts: PdfFonts): string {
  const out: string[] = [];
  for (const piece of shapeLine(text)) {
    if (piece.kind === 'shaped') out.push(`/${FONT_RESOURCE.arabic} ${size} Tf ${fonts.arabic.encodeGlyphs(piece.glyphs)} TJ`);
    else if (piece.text) out.push(`/${FONT_RESOURCE[font]} ${size} Tf ${showText(piece.text, font, size, fonts)}`);
  }
  return out.join(' ');
}

/** A page's content, its text marked for the structure tree (engine/structure.ts) and the rest as artefacts. */
export function contentFor(ops: Op[], fonts: PdfFonts): string {
  const out: string[] = [];
  for (const seg of segments(ops)) {
    out.push(seg.kind === 'marked' ? `/${seg.tag.role} <</MCID ${seg.mcid}>> BDC` : '/Artifact BMC');
    drawOps(seg.ops, fonts, out);
    out.push('EMC');
  }
  return out.join('\n');
}

function drawOps(ops: Op[], fonts: PdfFonts, out: string[]): void {
  for (const op of ops) {
    if (op.t === 'text') {
      out.push(`BT /${FONT_RESOURCE[op.font]} ${n(op.size)} Tf ${n(op.gray ?? 0)} g 1 0 0 1 ${n(op.x)} ${n(op.y)} Tm ${showText(op.text, op.font, n(op.size), fonts)} ET`);
    } else if (op.t === 'line') {
      out.push(`q ${n(op.gray ?? 0)} G ${n(op.width)} w ${n(op.x1)} ${n(op.y1)} m ${n(op.x2)} ${n(op.y2)} l S Q`);
    } else {
      const parts = ['q'];
      if (op.fill !== undefined) parts.push(`${n(op.fill)} g ${n(op.x)} ${n(op.y)} ${n(op.w)} ${n(op.h)} re f`);
      if (op.stroke !== undefined) parts.push(`${n(op.stroke)} G ${n(op.width ?? 1)} w ${n(op.x)} ${n(op.y)} ${n(op.w)} ${n(op.h)} re S`);
      parts.push('Q');
      out.push(parts.join(' '));
    }
  }
}

/** The stamp box's geometry: bottom right, inside the reserved strip (the checker reads the same box). */
export const STAMP_BOX = { right: 18, bottom: 5, height: 20, minWidth: 52, size: 12 };

/**
 * The page-number stamp, and for exhibits their label at bottom left: a white box with a thin border,
 * drawn last so nothing covers it, in the page's own coordinates (pages are normalised to /Rotate 0).
 */
export function stampContent(fonts: PdfFonts, width: number, pageNumber: number, label: string | null): string {
  const text = String(pageNumber);
  const tw = fonts.bold.width(text, STAMP_BOX.size);
  const w = Math.max(STAMP_BOX.minWidth, tw + 16);
  const x = width - STAMP_BOX.right - w;
  const y = STAMP_BOX.bottom;
  const parts = [
    `q 1 g 0 G 0.75 w ${n(x)} ${n(y)} ${n(w)} ${n(STAMP_BOX.height)} re B Q`,
    `BT /${FONT_RESOURCE.bold} ${STAMP_BOX.size} Tf 0 g 1 0 0 1 ${n(x + (w - tw) / 2)} ${n(y + 6)} Tm <${fonts.bold.encode(text)}> Tj ET`,
  ];
  if (label) {
    const lt = `Exhibit ${label}`;
    const lw = fonts.regular.width(lt, 11);
    parts.push(`q 1 g 0.5 G 0.5 w 18 ${n(y)} ${n(lw + 12)} ${n(STAMP_BOX.height)} re B Q`);
    parts.push(`BT /${FONT_RESOURCE.regular} 11 Tf 0 g 1 0 0 1 24 ${n(y + 6)} Tm <${fonts.regular.encode(lt)}> Tj ET`);
  }
  return paginationArtifact(parts.join('\n'));
}

/** [page /XYZ null top null]: go to the top of the page and keep the reader's zoom (B10). */
export function destination(ctx: PDFContext, page: PDFRef, top: number): PDFArray {
  const dest = ctx.obj([]) as PDFArray;
  dest.push(page);
  dest.push(name('XYZ'));
  dest.push(PDFNull);
  dest.push(PDFNumber.of(Math.round(top)));
  dest.push(PDFNull);
  return dest;
}

/** The fonts beyond the two text fonts that a page's content shows text in. */
export interface ExtraFonts {
  emoji: boolean;
  arabic: boolean;
}

/**
 * Which extra fonts a content stream selects (`/HF3 12 Tf`). Text is always hex-encoded (`<…>`), so a
 * font's resource name can only appear as an operand of Tf.
 */
export function extraFontsOf(content: string): ExtraFonts {
  return { emoji: content.includes(`/${FONT_RESOURCE.emoji} `), arabic: content.includes(`/${FONT_RESOURCE.arabic} `) };
}

/**
 * A page's font resources: the two text fonts, and the fallback and Noto Sans Arabic only for a page that
 * shows text in them (issue 15). Every bundle once named (and so embedded) Noto Sans Arabic, read and
 * subset even when no page had a word of Arabic; a font no page names is now never written (output.ts).
 */
export function fontResources(ctx: PDFContext, fonts: PdfFonts, extra: ExtraFonts = { emoji: false, arabic: false }): PDFDict {
  return dict(ctx, {
    [FONT_RESOURCE.regular]: fonts.regular.refer(),
    [FONT_RESOURCE.bold]: fonts.bold.refer(),
    ...(extra.emoji ? { [FONT_RESOURCE.emoji]: fonts.emoji.refer() } : {}),
    ...(extra.arabic ? { [FONT_RESOURCE.arabic]: fonts.arabic.refer() } : {}),
  });
}

/** A page's content made in advance (engine/prepared.ts): compressed, with the extra fonts it shows text in. */
export interface PreparedBody {
  bytes: Uint8Array;
  extra: ExtraFonts;
}

/** A generated page: its content, the stamp, and link annotations resolved to page references. */
const PROCSET = (ctx: PDFContext) => ctx.obj([name('PDF'), name('Text')]);

export function generatedPage(
  ctx: PDFContext,
  drawn: DrawnPage,
  fonts: PdfFonts,
  parent: PDFRef,
  stamp: string,
  resolve: (target: string) => { ref: PDFRef; height: number } | undefined,
  ref: PDFRef = ctx.nextRef(),
  /** The page's content made in advance (Flate-compressed): the stamp then goes in a stream of its own. */
  body?: PreparedBody,
): PDFRef {
  const text = body ? null : contentFor(drawn.ops, fonts);
  const content = body
    ? ctx.obj([ctx.register(ctx.stream(body.bytes, { Filter: 'FlateDecode' })), ctx.register(ctx.stream(`\n${stamp}\n`))])
    : ctx.register(flate(ctx, `${text}\n${stamp}\n`));
  const page = dict(ctx, {
    Type: name('Page'),
    Parent: parent,
    MediaBox: ctx.obj([0, 0, drawn.width, drawn.height]),
    Resources: dict(ctx, { Font: fontResources(ctx, fonts, body ? body.extra : extraFontsOf(text!)), ProcSet: PROCSET(ctx) }),
    Contents: content,
  });
  const annots = drawn.links
    .map((l) => {
      const target = resolve(l.target);
      if (!target) return null;
      return ctx.register(
        ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [l.x, l.y, l.x + l.w, l.y + l.h], Border: [0, 0, 0], F: 4, Dest: destination(ctx, target.ref, target.height) }),
      );
    })
    .filter((r): r is PDFRef => r !== null);
  if (annots.length) page.set(name('Annots'), ctx.obj(annots));
  ctx.assign(ref, page);
  return ref;
}
