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
  // Read a pixel at a time as one 32-bit word: a quarter of the reads of going byte by byte.
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : new Uint8Array(pixels);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  for (let i = 0, j = head.length; i < words.length; i += 1, j += 1) {
    const p = words[i]!;
    out[j] = ((p & 0xff) + ((p >>> 7) & 0x1fe) + ((p >>> 16) & 0xff)) >> 2;
  }
  return out;
}
