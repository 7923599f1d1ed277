import { decode as decodeJpegPixels, encode as encodeJpegPixels } from 'jpeg-js';
import { flate } from './deflate';
import { JpegEmbedder, PngEmbedder, type PDFContext, type PDFRef } from './lib';

/**
 * Pictures into a PDF: JPEGs embedded as they are (DCTDecode), PNGs as Flate pixels with a soft mask for
 * transparency, and the pixel work for taking a picture down in resolution: decoding and encoding JPEGs
 * (jpeg-js, a maintained port of pdf.js's decoder with an encoder), PNG pixels (pdf-lib's own decoder,
 * reached through its PNG embedder), and area-average resampling.
 */

/** Decoded pixels, RGB interleaved. */
export interface Pixels {
  width: number;
  height: number;
  rgb: Uint8Array;
  /** One byte per pixel, or null for an opaque picture. */
  alpha: Uint8Array | null;
}

/** Decodes a JPEG to RGB. Refuses pictures over `maxMegapixels` before allocating their pixels. */
export function decodeJpeg(bytes: Uint8Array, maxMegapixels = 200): Pixels {
  const image = decodeJpegPixels(bytes, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: maxMegapixels, maxMemoryUsageInMB: 2048 });
  return { width: image.width, height: image.height, rgb: image.data, alpha: null };
}

/** Encodes RGB pixels as a baseline JPEG (quality 1–100). */
export function encodeJpeg(rgb: Uint8Array | Uint8ClampedArray, width: number, height: number, quality = 82): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; j < rgba.length; i += 3, j += 4) {
    rgba[j] = rgb[i]!;
    rgba[j + 1] = rgb[i + 1]!;
    rgba[j + 2] = rgb[i + 2]!;
    rgba[j + 3] = 255;
  }
  // A copy with a memory block of its own: the encoder's Buffer sits in a shared pool.
  return new Uint8Array(encodeJpegPixels({ data: rgba, width, height }, quality).data);
}

/** The PNG as pdf-lib decodes it (its PNG class is private to its embedder, so it is read from there). */
interface PngImage {
  width: number;
  height: number;
  rgbChannel: Uint8Array;
  alphaChannel?: Uint8Array;
}

export interface LoadedPng extends Pixels {
  /** Embeds the PNG as it is (no resampling) under `ref`. */
  embed(ctx: PDFContext, ref: PDFRef): Promise<void>;
}

export async function loadPng(bytes: Uint8Array): Promise<LoadedPng> {
  const embedder = await PngEmbedder.for(bytes);
  const png = (embedder as unknown as { image: PngImage }).image;
  return { width: png.width, height: png.height, rgb: png.rgbChannel, alpha: png.alphaChannel ?? null, embed: (ctx, ref) => embedder.embedIntoContext(ctx, ref).then(() => undefined) };
}

/** Embeds a JPEG's bytes as they are (DCTDecode) under `ref`. */
export async function embedJpeg(ctx: PDFContext, bytes: Uint8Array, ref: PDFRef): Promise<void> {
  // pdf-lib reads the JPEG's header through a DataView on the whole buffer, ignoring where the bytes start in it.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  await (await JpegEmbedder.for(own)).embedIntoContext(ctx, ref);
}

/** Embeds RGB pixels (and a soft mask from `alpha`) as a Flate image under `ref`. */
export function embedPixels(ctx: PDFContext, ref: PDFRef, p: Pixels): void {
  const base = { Type: 'XObject', Subtype: 'Image', Width: p.width, Height: p.height, BitsPerComponent: 8 };
  const smask = p.alpha ? ctx.register(flate(ctx, p.alpha, { ...base, ColorSpace: 'DeviceGray' })) : undefined;
  ctx.assign(ref, flate(ctx, p.rgb, { ...base, ColorSpace: 'DeviceRGB', ...(smask ? { SMask: smask } : {}) }));
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

/** Pixels taken down to nw × nh. */
export function resamplePixels(p: Pixels, nw: number, nh: number): Pixels {
  return { width: nw, height: nh, rgb: resample(p.rgb, p.width, p.height, 3, nw, nh), alpha: p.alpha ? resample(p.alpha, p.width, p.height, 1, nw, nh) : null };
}
