import { loadImage, type Canvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFPageLeaf, PDFRawStream, PDFRef, type PDFDocument, type PDFObject } from '../lib';
import { blankCanvas } from './render';

/**
 * A scanned page drawn fast (issue 16 Speed). Scanners and copiers write each page as one JPEG drawn over
 * the whole page and nothing else. pdf.js decodes that JPEG in JavaScript: about 600 ms of CPU for an A4
 * page scanned at 300 dpi, a fifth of the page's reading. Here the JPEG is decoded natively
 * (@napi-rs/canvas, libjpeg-turbo through Skia) and drawn with the same placement, in about 50 ms.
 *
 * Only a page that is exactly that is drawn this way: its content is `q`, `cm`s, one `Do` of a JPEG
 * image, `Q`; the image is 8-bit grey or RGB with no mask, decode array or EXIF orientation (pdf.js
 * ignores EXIF; a native decoder might turn the picture); the page has no annotations (pdf.js would draw them). Anything else,
 * or anything that fails, answers null and the page is drawn by pdf.js as before.
 */
export async function drawScanFast(doc: PDFDocument | null, page: PDFPageProxy, scale: number): Promise<Canvas | null> {
  if (!doc) return null;
  try {
    // The very page object pdf.js draws (its object number), not the page at the same index in pdf-lib's tree.
    const ref = page.ref;
    if (!ref) return null;
    const node = doc.context.lookup(PDFRef.of(ref.num, ref.gen));
    if (!(node instanceof PDFPageLeaf)) return null;
    const scan = scanOf(doc, node);
    if (!scan) return null;
    // Decoded off this thread (a plain `src =` would leave it undecoded, and draw nothing).
    const image = await loadImage(scan.jpeg);
    if (image.width !== scan.width || image.height !== scan.height) return null;
    const viewport = page.getViewport({ scale });
    const canvas = blankCanvas(viewport.width / scale, viewport.height / scale, scale);
    const ctx = canvas.getContext('2d');
    // As pdf.js places it: the viewport's transform (crop box, rotation, scale), the page's cm, and the
    // image's unit square with its first row at the top.
    const [a, b, c, d, e, f] = viewport.transform as [number, number, number, number, number, number];
    ctx.setTransform(a, b, c, d, e, f);
    ctx.transform(...scan.matrix);
    ctx.transform(1 / scan.width, 0, 0, -1 / scan.height, 0, 1);
    // Area-averaging (mipmaps, linear between them) when the scan is finer than the drawing, as pdf.js
    // smooths it. 'high' adds cubic filtering: about 45 ms a page against 20 ms, for no word more read
    // (test/bench/ocr.ts counts them).
    ctx.imageSmoothingQuality = 'medium';
    ctx.drawImage(image, 0, 0);
    return canvas;
  } catch {
    return null;
  }
}

type Matrix = [number, number, number, number, number, number];

/** An A3 page scanned at 400 dpi is 31 megapixels (125 MB decoded): larger pictures are left to pdf.js. */
const MAX_SCAN_PIXELS = 40_000_000;

interface Scan {
  jpeg: Buffer;
  width: number;
  height: number;
  matrix: Matrix;
}

function scanOf(doc: PDFDocument, node: PDFPageLeaf): Scan | null {
  const annots = node.lookup(PDFName.of('Annots'));
  if (annots && !(annots instanceof PDFArray && annots.size() === 0)) return null;
  const ops = contentOf(doc, node.lookup(PDFName.of('Contents')));
  if (ops === null) return null;
  const placed = placement(ops);
  if (!placed) return null;
  const xobjects = node.Resources()?.lookup(PDFName.of('XObject'));
  const stream = xobjects instanceof PDFDict ? xobjects.lookup(PDFName.of(placed.name)) : undefined;
  if (!(stream instanceof PDFRawStream)) return null;
  const dict = stream.dict;
  const name = (key: string) => {
    const v = dict.lookup(PDFName.of(key));
    return v instanceof PDFName ? v.asString() : v instanceof PDFArray && v.size() === 1 ? String(v.lookup(0)) : v === undefined ? undefined : '?';
  };
  const num = (key: string) => {
    const v = dict.lookup(PDFName.of(key));
    return v instanceof PDFNumber ? v.asNumber() : undefined;
  };
  if (name('Subtype') !== '/Image' || name('Filter') !== '/DCTDecode') return null;
  if (!['/DeviceGray', '/DeviceRGB'].includes(name('ColorSpace') ?? '') || num('BitsPerComponent') !== 8) return null;
  for (const key of ['SMask', 'Mask', 'Decode', 'ImageMask', 'DecodeParms']) if (dict.has(PDFName.of(key))) return null;
  const width = num('Width');
  const height = num('Height');
  // A picture too large to decode whole at ease (a poster scanned at 600 dpi) is left to pdf.js and its limits.
  if (!width || !height || width * height > MAX_SCAN_PIXELS) return null;
  const jpeg = Buffer.from(stream.contents.buffer, stream.contents.byteOffset, stream.contents.byteLength);
  if (hasExif(jpeg)) return null;
  return { jpeg, width, height, matrix: placed.matrix };
}

/** The page's content as text, its streams joined (one or an array), or null if any cannot be decoded. */
function contentOf(doc: PDFDocument, contents: PDFObject | undefined): string | null {
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  const parts: string[] = [];
  for (const s of streams) {
    if (!(s instanceof PDFRawStream)) return null;
    parts.push(Buffer.from(decodePDFRawStream(s).decode()).toString('latin1'));
  }
  return parts.join('\n');
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** `q`, any number of `a b c d e f cm`, `/Name Do`, `Q` (nothing else), and the product of the cms. */
export function placement(content: string): { name: string; matrix: Matrix } | null {
  const tokens = content.trim().split(/\s+/);
  if (tokens.shift() !== 'q' || tokens.pop() !== 'Q' || tokens.pop() !== 'Do') return null;
  const name = tokens.pop();
  if (!name?.startsWith('/') || name.length < 2) return null;
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  while (tokens.length) {
    const six = tokens.splice(0, 7);
    if (six.length !== 7 || six[6] !== 'cm' || !six.slice(0, 6).every((t) => NUMBER.test(t))) return null;
    const [a, b, c, d, e, f] = six.slice(0, 6).map(Number) as Matrix;
    // PDF: the new matrix is cm × current.
    m = [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]];
  }
  return { name: name.slice(1), matrix: m };
}

/** Whether the JPEG has an EXIF segment (APP1 "Exif") before its image data. */
function hasExif(jpeg: Buffer): boolean {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return true;
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    if (marker === 0xda) return false;
    const length = jpeg.readUInt16BE(at + 2);
    if (marker === 0xe1 && jpeg.toString('latin1', at + 4, at + 8) === 'Exif') return true;
    at += 2 + length;
  }
  return false;
}
