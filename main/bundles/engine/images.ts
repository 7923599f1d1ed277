import { jpegInfo } from '../../evidence/image-size';
import { decodeJpeg, embedJpeg, embedPixels, encodeJpeg, loadPng, resamplePixels } from '../../pdf/images';
import type { PDFContext, PDFRef } from '../../pdf/lib';
import { A4, STAMP_STRIP } from './layout';

/**
 * A photograph or screenshot on a page of its own (issue 7 §4: images are embedded). The page is A4,
 * portrait or landscape as the picture is (after its EXIF orientation), and the picture is fitted above
 * the stamp strip. B11: anything finer than 300 dpi at that size is taken down to 300 dpi (PNG from its
 * pixels; JPEG decoded and encoded again: main/pdf/images.ts).
 */
export const MAX_DPI = 300;
const MARGIN = 28;

export interface ImagePlacement {
  pageWidth: number;
  pageHeight: number;
  x: number;
  y: number;
  w: number;
  h: number;
  dpi: number;
}

/** Quarter turns clockwise the picture needs to be seen upright (mirrored orientations are shown unmirrored). */
export function quarterTurns(orientation: number): number {
  return orientation === 6 || orientation === 5 ? 1 : orientation === 3 || orientation === 4 ? 2 : orientation === 8 || orientation === 7 ? 3 : 0;
}

export function placeImage(pixelWidth: number, pixelHeight: number, turns: number): ImagePlacement {
  const visualW = turns % 2 ? pixelHeight : pixelWidth;
  const visualH = turns % 2 ? pixelWidth : pixelHeight;
  const landscape = visualW > visualH;
  const pageWidth = landscape ? A4.height : A4.width;
  const pageHeight = landscape ? A4.width : A4.height;
  const boxW = pageWidth - MARGIN * 2;
  const boxH = pageHeight - MARGIN - STAMP_STRIP - 10;
  const scale = Math.min(boxW / visualW, boxH / visualH);
  const w = visualW * scale;
  const h = visualH * scale;
  const x = (pageWidth - w) / 2;
  const y = STAMP_STRIP + 10 + (boxH - h) / 2;
  return { pageWidth, pageHeight, x, y, w, h, dpi: visualW / (w / 72) };
}

/** The cm matrix drawing the unit square (the image) upright into the box. */
export function imageMatrix(p: ImagePlacement, turns: number): number[] {
  switch (turns) {
    case 1:
      return [0, -p.h, p.w, 0, p.x, p.y + p.h];
    case 2:
      return [-p.w, 0, 0, -p.h, p.x + p.w, p.y + p.h];
    case 3:
      return [0, p.h, -p.w, 0, p.x + p.w, p.y];
    default:
      return [p.w, 0, 0, p.h, p.x, p.y];
  }
}

export interface EmbeddedImage {
  ref: PDFRef;
  placement: ImagePlacement;
  turns: number;
  /** Pixels as embedded (after any resampling). */
  pixelWidth: number;
  pixelHeight: number;
  resampled: boolean;
}

const target = (visualPoints: number) => Math.max(1, Math.floor((visualPoints / 72) * MAX_DPI));

export async function embedImage(ctx: PDFContext, bytes: Uint8Array, type: 'jpeg' | 'png'): Promise<EmbeddedImage> {
  const ref = ctx.nextRef();
  if (type === 'jpeg') {
    const info = jpegInfo(bytes);
    if (!info) throw new Error('the JPEG’s size could not be read');
    const turns = quarterTurns(info.orientation);
    const placement = placeImage(info.width, info.height, turns);
    if (placement.dpi <= MAX_DPI + 0.5) {
      await embedJpeg(ctx, bytes, ref);
      return { ref, placement, turns, pixelWidth: info.width, pixelHeight: info.height, resampled: false };
    }
    const small = resamplePixels(decodeJpeg(bytes), target(turns % 2 ? placement.h : placement.w), target(turns % 2 ? placement.w : placement.h));
    await embedJpeg(ctx, encodeJpeg(small.rgb, small.width, small.height), ref);
    return { ref, placement, turns, pixelWidth: small.width, pixelHeight: small.height, resampled: true };
  }
  const png = await loadPng(bytes);
  const placement = placeImage(png.width, png.height, 0);
  if (placement.dpi <= MAX_DPI + 0.5) {
    await png.embed(ctx, ref);
    return { ref, placement, turns: 0, pixelWidth: png.width, pixelHeight: png.height, resampled: false };
  }
  const small = resamplePixels(png, target(placement.w), target(placement.h));
  embedPixels(ctx, ref, small);
  return { ref, placement, turns: 0, pixelWidth: small.width, pixelHeight: small.height, resampled: true };
}
