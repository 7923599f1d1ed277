import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocument } from '../lib';
import { blankCanvas } from './render';
import { drawScanFast } from './scan-page';
import type { Word } from './types';

/**
 * One page of a PDF through pdf.js: its size as seen, its words with where they are, and its picture.
 * Coordinates are pdf.js's viewport at scale 1 (top-left origin, rotation applied): see types.ts.
 */

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

type Viewport = ReturnType<PDFPageProxy['getViewport']>;

/** Widths of parts of a text item, measured in a font like the item's (pdf.js names its family). */
let measurer: SKRSContext2D | null = null;
let measuring = '';
function measure(text: string, family: string): number {
  measurer ??= createCanvas(1, 1).getContext('2d');
  // Setting the font is parsed each time (most of measuring's cost): only when the family changes.
  if (family !== measuring) measurer.font = `100px ${(measuring = family)}`;
  return measurer.measureText(text).width;
}

/**
 * The words of a page's text, each with its box. pdf.js gives runs of text with their start, direction and
 * width; a word's place inside its run is measured in a font of the run's family, so a proportional font
 * puts "Smithson" where it is drawn (the estimate is padded when a box is made from it: words.ts).
 */
export async function wordsOfPdfPage(page: PDFPageProxy): Promise<Word[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const words: Word[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItemLike;
    if (!item.str.trim() || item.width <= 0) continue;
    const family = (content.styles[item.fontName] as { fontFamily?: string } | undefined)?.fontFamily ?? 'sans-serif';
    const whole = measure(item.str, family) || item.str.length;
    for (const m of item.str.matchAll(/\S+/g)) {
      const before = m.index === 0 ? 0 : measure(item.str.slice(0, m.index), family);
      const upto = measure(item.str.slice(0, m.index + m[0].length), family);
      words.push(wordBox(item, viewport, (before / whole) * item.width, (upto / whole) * item.width, m[0]));
    }
  }
  return words;
}

function wordBox(item: TextItemLike, viewport: Viewport, from: number, to: number, text: string): Word {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
  const along = Math.hypot(a, b) || 1;
  const size = Math.hypot(c, d) || item.height || 1;
  const dir = [a / along, b / along] as const;
  const up = [c / size, d / size] as const;
  // From the descender (a quarter of the size below the baseline) to above the tallest capital.
  const corners: [number, number][] = [];
  for (const t of [from, to]) for (const h of [-0.25 * size, 0.9 * size]) corners.push([e + dir[0] * t + up[0] * h, f + dir[1] * t + up[1] * h]);
  const points = corners.map(([x, y]) => viewport.convertToViewportPoint(x, y) as [number, number]);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { text, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * The page drawn at `scale` pixels per point on white, as it prints (annotations' appearances included).
 * With the file also open in pdf-lib (`doc`), a page that is one scanned JPEG is drawn natively (scan-page.ts).
 */
export async function drawPdfPage(page: PDFPageProxy, scale: number, doc: PDFDocument | null = null) {
  const fast = await drawScanFast(doc, page, scale);
  if (fast) return fast;
  const viewport = page.getViewport({ scale });
  const canvas = blankCanvas(viewport.width / scale, viewport.height / scale, scale);
  // pdf.js draws on any CanvasRenderingContext2D; @napi-rs/canvas's is one in all it uses.
  await page.render({ canvasContext: canvas.getContext('2d') as unknown as Parameters<PDFPageProxy['render']>[0]['canvasContext'], viewport, intent: 'print' }).promise;
  return canvas;
}

/** The page's size in points as it is seen (rotation and crop box applied). */
export function sizeOf(page: PDFPageProxy): { width: number; height: number } {
  const v = page.getViewport({ scale: 1 });
  return { width: v.width, height: v.height };
}
