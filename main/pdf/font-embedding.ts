import { look, textOf } from './destinations';
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext } from './lib';

/**
 * The fonts a page uses without carrying their programs (issue 19): a reader's software then draws the
 * text in a font of its own choosing, and PDF/UA (7.21.4.1) requires every font to be embedded. Hearth
 * cannot embed a font a third party's file left out (it does not have it, and substituting one would change
 * the document as received), so the triage names such files (main/bundles/engine/triage.ts). Type 3 fonts
 * are drawn by the file itself and count as embedded.
 */
const N = (s: string) => PDFName.of(s);

export function unembeddedFonts(ctx: PDFContext, resources: PDFDict | undefined, found = new Set<string>(), seen = new Set<PDFDict>(), depth = 0): Set<string> {
  if (!resources || seen.has(resources) || depth > 4) return found;
  seen.add(resources);
  const fonts = look(ctx, resources.get(N('Font')), PDFDict);
  for (const [, ref] of fonts?.entries() ?? []) {
    const font = look(ctx, ref, PDFDict);
    if (!font || textOf(font.get(N('Subtype'))) === 'Type3') continue;
    const descendants = look(ctx, font.get(N('DescendantFonts')), PDFArray);
    const target = descendants ? look(ctx, descendants.get(0), PDFDict) : font;
    const descriptor = target ? look(ctx, target.get(N('FontDescriptor')), PDFDict) : undefined;
    if (!descriptor || !['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(N(k)))) found.add((textOf(font.get(N('BaseFont'))) ?? 'a font with no name').replace(/^[A-Z]{6}\+/, ''));
  }
  const xobjects = look(ctx, resources.get(N('XObject')), PDFDict);
  for (const [, v] of xobjects?.entries() ?? []) {
    const x = v instanceof PDFRef ? ctx.lookup(v) : v;
    if (x instanceof PDFStream && textOf(x.dict.get(N('Subtype'))) === 'Form') unembeddedFonts(ctx, look(ctx, x.dict.get(N('Resources')), PDFDict), found, seen, depth + 1);
  }
  return found;
}

/**
 * Whether a page's resources (or a form it draws) name any font: a page with none has no text layer, so
 * the triage calls it a scan and the bundle's copy tags it as a figure rather than as text.
 */
export function hasFonts(ctx: PDFContext, resources: PDFDict | undefined, depth = 0): boolean {
  if (!resources || depth > 4) return false;
  const fonts = look(ctx, resources.get(N('Font')), PDFDict);
  if (fonts && fonts.keys().length > 0) return true;
  const xobjects = look(ctx, resources.get(N('XObject')), PDFDict);
  for (const [, v] of xobjects?.entries() ?? []) {
    const x = v instanceof PDFRef ? ctx.lookup(v) : v;
    if (x instanceof PDFStream && textOf(x.dict.get(N('Subtype'))) === 'Form' && hasFonts(ctx, look(ctx, x.dict.get(N('Resources')), PDFDict), depth + 1)) return true;
  }
  return false;
}
