import type { Canvas } from '@napi-rs/canvas';

/**
 * The picture tesseract is given: the drawn page as one grey byte per pixel, in the PGM format (a short
 * header, then the pixels), which leptonica reads as they are. Encoding the page as a JPEG for tesseract
 * (as before) cost about 80 ms to encode and 300 ms of tesseract's time to decode, per A4 page at 200 dpi;
 * this costs a copy and a pass over the pixels. tesseract makes a page grey before it binarises it
 * anyway, so it reads the same words (test/bench/ocr.ts counts them).
 */
export function greyPgm(canvas: Canvas): Buffer {
  const { width, height } = canvas;
  const pixels = canvas.data();
  if (pixels.length !== width * height * 4) throw new Error(`OCR: a ${width}×${height} page gave ${pixels.length} bytes of pixels, not 4 a pixel`);
  const head = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  const out = Buffer.allocUnsafe(head.length + width * height);
  head.copy(out, 0);
  // Red and blue weigh the same, so the order of the channels in memory (RGBA or BGRA) does not matter.
  for (let i = 0, j = head.length; i < pixels.length; i += 4, j += 1) out[j] = (pixels[i]! + 2 * pixels[i + 1]! + pixels[i + 2]!) >> 2;
  return out;
}
