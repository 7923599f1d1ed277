import { deflateSync } from 'node:zlib';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { Box } from './types';

/**
 * Drawing a page as pixels (pdf.js onto @napi-rs/canvas, prebuilt for Windows and Linux) and burning the
 * boxes into them: once the boxes are filled, what was under them is gone from the picture; the page is
 * rebuilt from this picture alone, so nothing of the original page (text, images, annotations) remains.
 */

/** Court-readable: text at 200 dpi reads as well on screen and paper as the original (B11 allows 300). */
export const DEFAULT_DPI = 200;
/** No page is drawn larger than this (an A3 page at 200 dpi is 7.7 megapixels; a poster is scaled down). */
const MAX_PIXELS = 25_000_000;

/** Pixels per point for a page of this size at this resolution, within the pixel limit. */
export function scaleFor(width: number, height: number, dpi: number): number {
  const wanted = dpi / 72;
  const cap = Math.sqrt(MAX_PIXELS / Math.max(1, width * height));
  return Math.min(wanted, cap);
}

export function blankCanvas(width: number, height: number, scale: number): Canvas {
  const canvas = createCanvas(Math.max(1, Math.ceil(width * scale)), Math.max(1, Math.ceil(height * scale)));
  const ctx = canvas.getContext('2d');
  // A page is paper: white where the file draws nothing (a PDF page is transparent otherwise).
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Fills each box solid black, in page points scaled to the canvas, rounded outwards to whole pixels. */
export function burnIn(canvas: Canvas, boxes: readonly Box[], scale: number): void {
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#000000';
  for (const b of boxes) {
    const x0 = Math.floor(b.x * scale);
    const y0 = Math.floor(b.y * scale);
    const x1 = Math.ceil((b.x + b.width) * scale);
    const y1 = Math.ceil((b.y + b.height) * scale);
    ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
  }
}

/** JPEG at quality 85: a fifth of PNG's encoding time on scans and photographs, and readable text at 200 dpi. */
export const encodeJpeg = (canvas: Canvas): Buffer => canvas.toBuffer('image/jpeg', 85);

/** A rebuilt page's picture: JPEG, or grey pixels Flate-compressed (`width` × `height`, one byte each). */
export type PagePicture = { kind: 'jpeg'; bytes: Buffer } | { kind: 'grey'; bytes: Uint8Array; width: number; height: number };

/** Above this many compressed bytes per pixel, grey Flate is a noisy scan's: JPEG is far smaller. */
const GREY_BYTES_PER_PIXEL = 0.12;

/**
 * The page's picture as the copy keeps it. A page with no colour (typed text: pdf.js draws it black on
 * white, anti-aliased in greys) is kept as grey pixels, Flate-compressed: lossless, so the letters stay
 * sharp, about two thirds of the JPEG's size, and cheaper to make (a typed A4 page at 200 dpi: ~35 ms and
 * 279 kB against JPEG's ~67 ms and 440 kB). Colour, photographs and scans whose grain Flate cannot
 * squeeze stay JPEG.
 */
export function encodePage(canvas: Canvas): PagePicture {
  const rgba = canvas.data();
  const pixels = canvas.width * canvas.height;
  const grey = new Uint8Array(pixels);
  for (let i = 0, j = 0; i < pixels; i += 1, j += 4) {
    const g = rgba[j + 1]!;
    if (rgba[j] !== g || rgba[j + 2] !== g) return { kind: 'jpeg', bytes: encodeJpeg(canvas) };
    grey[i] = g;
  }
  const bytes = deflateSync(grey, { level: 1 });
  if (bytes.length > pixels * GREY_BYTES_PER_PIXEL) return { kind: 'jpeg', bytes: encodeJpeg(canvas) };
  return { kind: 'grey', bytes, width: canvas.width, height: canvas.height };
}
