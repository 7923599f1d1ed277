import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { greyPgm } from '../../../main/pdf/redact/ocr-image';

/** The grey picture tesseract is given (main/pdf/redact/ocr-image.ts): a PGM header, then one byte a pixel, row by row. */
describe('the picture handed to OCR', () => {
  it('is a PGM of the page in grey, each pixel where it was drawn', () => {
    const canvas = createCanvas(40, 3);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 40, 3);
    for (const [colour, x] of [['#ff0000', 0], ['#0000ff', 10], ['#00ff00', 20], ['#000000', 30]] as const) {
      ctx.fillStyle = colour;
      ctx.fillRect(x, 1, 10, 1);
    }
    const pgm = greyPgm(canvas);
    const head = 'P5\n40 3\n255\n';
    expect(pgm.subarray(0, head.length).toString('ascii')).toBe(head);
    expect(pgm.length).toBe(head.length + 40 * 3);
    const row = (y: number) => [...pgm.subarray(head.length + y * 40, head.length + (y + 1) * 40)];
    expect(row(0)).toEqual(new Array(40).fill(255));
    // Red and blue a quarter bright, green half, black black: the second row, in 10-pixel runs.
    expect([0, 10, 20, 30].map((x) => row(1)[x])).toEqual([63, 63, 127, 0]);
    expect(new Set(row(1).slice(30))).toEqual(new Set([0]));
    expect(row(2)).toEqual(new Array(40).fill(255));
  });
});
