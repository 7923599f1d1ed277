import { JpegEmbedder, PDFDocument, PngEmbedder, type PDFContext, type PDFRef } from 'pdf-lib';
import { PNG } from 'pdf-lib/cjs/utils/png';
import { flate } from './draw';
import { encodeJpeg } from './jpeg-encode';
import { A4, STAMP_STRIP } from './layout';
import { loadPdfjs, openPdf } from './pdfjs';

/**
 * A photograph or screenshot on a page of its own (issue 7 §4: images are embedded). The page is A4,
 * portrait or landscape as the picture is (after its EXIF orientation), and the picture is fitted above
 * the stamp strip. B11: anything finer than 300 dpi at that size is taken down to 300 dpi (PNG from its
 * pixels; JPEG decoded by pdf.js and encoded again).
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

export interface JpegInfo {
  width: number;
  height: number;
  orientation: number;
}

/** Size and EXIF orientation from a JPEG's markers (1 when there is none). */
export function jpegInfo(bytes: Uint8Array): JpegInfo | null {
  let orientation = 1;
  let i = 2;
  while (i + 4 < bytes.length) {
    if (bytes[i] !== 0xff) {
      i += 1;
      continue;
    }
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const len = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker === 0xe1 && String.fromCharCode(...bytes.subarray(i + 4, i + 8)) === 'Exif') orientation = exifOrientation(bytes.subarray(i + 10, i + 2 + len)) ?? orientation;
    if ((marker >= 0xc0 && marker <= 0xc3) || (marker >= 0xc5 && marker <= 0xc7) || (marker >= 0xc9 && marker <= 0xcb) || (marker >= 0xcd && marker <= 0xcf)) {
      return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]!, orientation };
    }
    i += 2 + len;
  }
  return null;
}

function exifOrientation(tiff: Uint8Array): number | null {
  if (tiff.length < 8) return null;
  const little = tiff[0] === 0x49;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (o: number) => view.getUint16(o, little);
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let k = 0; k < count; k += 1) {
    const at = ifd + 2 + k * 12;
    if (at + 12 > tiff.length) break;
    if (u16(at) === 0x0112) return u16(at + 8);
  }
  return null;
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

/** Area-average resampling of interleaved pixels (channels per pixel). */
export function resample(src: Uint8Array | Uint8ClampedArray, w: number, h: number, channels: number, nw: number, nh: number): Uint8Array {
  const out = new Uint8Array(nw * nh * channels);
  const sx = w / nw;
  const sy = h / nh;
  const acc = new Float64Array(channels);
  for (let y = 0; y < nh; y += 1) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.min(h, Math.floor((y + 1) * sy)));
    for (let x = 0; x < nw; x += 1) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.min(w, Math.floor((x + 1) * sx)));
      acc.fill(0);
      for (let yy = y0; yy < y1; yy += 1) {
        let o = (yy * w + x0) * channels;
        for (let xx = x0; xx < x1; xx += 1) for (let c = 0; c < channels; c += 1) acc[c]! += src[o++]!;
      }
      const count = (y1 - y0) * (x1 - x0);
      const d = (y * nw + x) * channels;
      for (let c = 0; c < channels; c += 1) out[d + c] = Math.round(acc[c]! / count);
    }
  }
  return out;
}

/** Decodes a JPEG to RGB with pdf.js (it has the only JPEG decoder in the project's dependencies). */
async function decodeJpeg(bytes: Uint8Array): Promise<{ width: number; height: number; rgb: Uint8Array }> {
  const wrapper = await PDFDocument.create();
  const image = await wrapper.embedJpg(bytes);
  wrapper.addPage([image.width, image.height]).drawImage(image, { x: 0, y: 0, width: image.width, height: image.height });
  const pdfjs = await loadPdfjs();
  const doc = await openPdf(pdfjs, await wrapper.save());
  try {
    const page = await doc.getPage(1);
    const ops = await page.getOperatorList();
    const at = ops.fnArray.indexOf(pdfjs.OPS.paintImageXObject);
    if (at < 0) throw new Error('images: the JPEG could not be decoded');
    const id = (ops.argsArray[at] as [string])[0];
    const img = await new Promise<{ width: number; height: number; kind: number; data: Uint8ClampedArray }>((resolve) => page.objs.get(id, resolve));
    let rgb: Uint8Array;
    if (img.kind === pdfjs.ImageKind.RGB_24BPP) rgb = new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.byteLength);
    else if (img.kind === pdfjs.ImageKind.RGBA_32BPP) {
      rgb = new Uint8Array(img.width * img.height * 3);
      for (let i = 0, j = 0; j < rgb.length; i += 4, j += 3) {
        rgb[j] = img.data[i]!;
        rgb[j + 1] = img.data[i + 1]!;
        rgb[j + 2] = img.data[i + 2]!;
      }
    } else throw new Error('images: the JPEG decoded to an unexpected pixel format');
    return { width: img.width, height: img.height, rgb };
  } finally {
    await doc.destroy();
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
      await (await JpegEmbedder.for(bytes)).embedIntoContext(ctx, ref);
      return { ref, placement, turns, pixelWidth: info.width, pixelHeight: info.height, resampled: false };
    }
    const decoded = await decodeJpeg(bytes);
    const nw = target(turns % 2 ? placement.h : placement.w);
    const nh = target(turns % 2 ? placement.w : placement.h);
    const small = resample(decoded.rgb, decoded.width, decoded.height, 3, nw, nh);
    const jpeg = encodeJpeg(small, nw, nh);
    await (await JpegEmbedder.for(jpeg)).embedIntoContext(ctx, ref);
    return { ref, placement, turns, pixelWidth: nw, pixelHeight: nh, resampled: true };
  }
  const png = PNG.load(bytes);
  const placement = placeImage(png.width, png.height, 0);
  if (placement.dpi <= MAX_DPI + 0.5) {
    await (await PngEmbedder.for(bytes)).embedIntoContext(ctx, ref);
    return { ref, placement, turns: 0, pixelWidth: png.width, pixelHeight: png.height, resampled: false };
  }
  const nw = target(placement.w);
  const nh = target(placement.h);
  const rgb = resample(png.rgbChannel, png.width, png.height, 3, nw, nh);
  const smask = png.alphaChannel ? ctx.register(flate(ctx, resample(png.alphaChannel, png.width, png.height, 1, nw, nh), { Type: 'XObject', Subtype: 'Image', Width: nw, Height: nh, ColorSpace: 'DeviceGray', BitsPerComponent: 8 })) : undefined;
  ctx.assign(ref, flate(ctx, rgb, { Type: 'XObject', Subtype: 'Image', Width: nw, Height: nh, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, ...(smask ? { SMask: smask } : {}) }));
  return { ref, placement, turns: 0, pixelWidth: nw, pixelHeight: nh, resampled: true };
}
