import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { jpegInfo } from '../../../main/evidence/image-size';
import { encodeJpeg } from '../../../main/pdf/images';
import { readTtf } from '../../../main/pdf/ttf';

const req = createRequire(__filename);
const dejavu = () => readFileSync(req.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

describe('the embedded font (main/pdf/ttf.ts)', () => {
  it('maps Unicode to glyphs, and a subset keeps the glyphs used at their own indexes', () => {
    const font = readTtf(dejavu(), 'DejaVuSans');
    const a = font.glyphFor(0x41);
    const l = font.glyphFor(0x141); // Ł
    expect(a).toBeGreaterThan(0);
    expect(l).toBeGreaterThan(0);
    expect(font.glyphFor(0x10ffff)).toBe(0);
    expect(font.advance(a)).toBeGreaterThan(0);
    const subset = font.subset([a, l]);
    expect(subset.length).toBeLessThan(dejavu().length / 5);
    // Read the subset's directory: glyph a keeps its outline at its own index; an unused glyph is empty.
    const view = new DataView(subset.buffer, subset.byteOffset, subset.byteLength);
    const tables = new Map<string, number>();
    for (let i = 0; i < view.getUint16(4); i += 1) tables.set(String.fromCharCode(...subset.subarray(12 + i * 16, 16 + i * 16)), view.getUint32(20 + i * 16));
    expect([...tables.keys()]).toEqual(['OS/2', 'cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'post', 'prep']);
    const loca = tables.get('loca')!;
    const size = (g: number) => view.getUint32(loca + (g + 1) * 4) - view.getUint32(loca + g * 4);
    expect(size(a)).toBeGreaterThan(0);
    expect(size(l)).toBeGreaterThan(0);
    expect(size(font.glyphFor(0x42))).toBe(0); // B was not used
  });
});

describe('pictures (main/pdf/images.ts)', () => {
  it('encodes a baseline JPEG that pdf-lib and pdf.js read back with its colours', async () => {
    const w = 64;
    const h = 48;
    const rgb = new Uint8Array(w * h * 3);
    for (let i = 0; i < w * h; i += 1) rgb.set([200, 40, 40], i * 3);
    const jpeg = encodeJpeg(rgb, w, h, 90);
    expect(jpegInfo(jpeg)).toEqual({ width: 64, height: 48, orientation: 1 });
    const doc = await PDFDocument.create();
    const img = await doc.embedJpg(jpeg);
    doc.addPage([w, h]).drawImage(img, { x: 0, y: 0, width: w, height: h });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: await doc.save(), isEvalSupported: false, isOffscreenCanvasSupported: false, verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const ops = await page.getOperatorList();
    const id = (ops.argsArray[ops.fnArray.indexOf(pdfjs.OPS.paintImageXObject)] as [string])[0];
    const data = await new Promise<{ data: Uint8ClampedArray; kind: number }>((r) => page.objs.get(id, r));
    const step = data.kind === pdfjs.ImageKind.RGBA_32BPP ? 4 : 3;
    const mid = (24 * w + 32) * step;
    expect(Math.abs(data.data[mid]! - 200)).toBeLessThan(12);
    expect(Math.abs(data.data[mid + 1]! - 40)).toBeLessThan(12);
    await pdf.destroy();
  });

});
