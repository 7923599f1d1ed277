import { adoptPages } from '../../pdf/adopt';
import { inflate } from '../../pdf/deflate';
import { hasFonts } from '../../pdf/font-embedding';
import { destPage, look, namedDestinations, textOf } from '../../pdf/destinations';
import type { PdfFonts } from '../../pdf/fonts';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from '../../pdf/lib';
import { name } from '../../pdf/names';
import { FONT_RESOURCE } from './draw';
import { mul, textDirection } from './text-direction';

/**
 * Evidence PDFs into the bundle (reference/bundles.md §4.2, §6):
 * - all of a file's pages are moved into the bundle together, so its own links and shared fonts are
 *   written once (pdf-lib #393) and internal links land on the moved pages;
 * - each page is normalised: its /Rotate is baked into the content (so a landscape page shows landscape
 *   and reads left to right, and no page is upside down: B9), its crop box becomes its media box, and
 *   the content is scaled a little to leave a strip at the foot for the stamp, so the stamp never covers
 *   anything (B3) and needs no rotation of its own;
 * - what could act rather than be read (attachments, web links, JavaScript, launch and form actions) is
 *   removed before the copy (main/pdf/active-content.ts);
 * - the file's own bookmarks are read so they can be nested under its entry (B7).
 */

const N = name;
type Matrix = [number, number, number, number, number, number];

export interface SourceOutline {
  title: string;
  /** Index of the page in the source file, or null when its destination could not be resolved. */
  page: number | null;
  children: SourceOutline[];
}

export interface CopiedPage {
  ref: PDFRef;
  width: number;
  height: number;
  /** B8: the page has no fonts, so no text layer (a scan). */
  imageOnly: boolean;
  /** The page draws nothing at all. */
  empty: boolean;
}

const num = (ctx: PDFContext, v: PDFObject | undefined): number | null => {
  const o = v instanceof PDFRef ? ctx.lookup(v) : v;
  return o instanceof PDFNumber ? o.asNumber() : null;
};

function boxOf(ctx: PDFContext, dict: PDFDict, key: string): [number, number, number, number] | null {
  const raw = dict.get(N(key));
  const arr = raw instanceof PDFRef ? ctx.lookup(raw) : raw;
  if (!(arr instanceof PDFArray) || arr.size() < 4) return null;
  const v = [0, 1, 2, 3].map((i) => num(ctx, arr.get(i)));
  if (v.some((x) => x === null || !Number.isFinite(x))) return null;
  const [a, b, c, d] = v as number[];
  return [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
}

/** The file's own bookmarks, with the page each opens (limited in depth and number against hostile files). */
export function readSourceOutline(doc: PDFDocument, pageRefs: PDFRef[], rename: (title: string) => string): SourceOutline[] {
  const ctx = doc.context;
  const root = look(ctx, doc.catalog.get(N('Outlines')), PDFDict);
  if (!root) return [];
  const named = namedDestinations(doc);
  const index = new Map(pageRefs.map((r, i) => [r, i]));
  const seen = new Set<PDFDict>();
  let budget = 2000;
  const walk = (parent: PDFDict, depth: number): SourceOutline[] => {
    const out: SourceOutline[] = [];
    let node = look(ctx, parent.get(N('First')), PDFDict);
    while (node && !seen.has(node) && budget > 0 && depth < 12) {
      seen.add(node);
      budget -= 1;
      // eslint-disable-next-line no-control-regex -- control characters in a title are replaced
      const title = rename((textOf(ctx.lookup(node.get(N('Title')))) ?? '').replace(/[\u0000-\u001f]+/g, ' ').trim() || 'Untitled');
      const action = look(ctx, node.get(N('A')), PDFDict);
      const target = destPage(doc, named, node.get(N('Dest'))) ?? (textOf(action?.get(N('S'))) === 'GoTo' ? destPage(doc, named, action!.get(N('D'))) : null);
      out.push({ title, page: target ? (index.get(target) ?? null) : null, children: walk(node, depth + 1) });
      node = look(ctx, node.get(N('Next')), PDFDict);
    }
    return out;
  };
  return walk(root, 0);
}

/** Maps the source page's visible box, turned by `rotate`, to [0 0 W H] (origin at the bottom left as seen). */
function rotationMatrix(box: [number, number, number, number], rotate: number): Matrix {
  const [llx, lly, urx, ury] = box;
  switch (rotate) {
    case 90:
      return [0, -1, 1, 0, -lly, urx];
    case 180:
      return [-1, 0, 0, -1, urx, ury];
    case 270:
      return [0, 1, -1, 0, ury, -llx];
    default:
      return [1, 0, 0, 1, -llx, -lly];
  }
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function contentBytes(ctx: PDFContext, contents: PDFObject | undefined, limit: number): Uint8Array | null {
  const streams: PDFObject[] = [];
  const c = contents instanceof PDFRef ? ctx.lookup(contents) : contents;
  if (c instanceof PDFArray) for (let i = 0; i < c.size(); i += 1) streams.push(ctx.lookup(c.get(i)) as PDFObject);
  else if (c) streams.push(c);
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const s of streams) {
    if (!(s instanceof PDFRawStream)) continue;
    try {
      const filter = s.dict.get(N('Filter'));
      // Names are pooled by their decoded text (PDFName.of undoes #xx escapes), so one comparison by identity is enough.
      const simpleFlate = filter === N('FlateDecode') && !s.dict.has(N('DecodeParms'));
      // Streams were checked against the limits before the copy (main/pdf/walk.ts); the cap holds here too.
      const bytes = simpleFlate ? inflate(s.contents) : decodePDFRawStream(s).decode();
      parts.push(bytes);
      size += bytes.length;
    } catch {
      return null;
    }
    if (size > limit) break;
  }
  const out = new Uint8Array(Math.min(size, limit));
  let o = 0;
  for (const p of parts) {
    if (o >= out.length) break;
    out.set(p.subarray(0, out.length - o), o);
    o += p.length;
  }
  return out;
}

function transformAnnotations(ctx: PDFContext, page: PDFDict, m: Matrix): void {
  const annots = look(ctx, page.get(N('Annots')), PDFArray);
  if (!annots) return;
  for (let i = 0; i < annots.size(); i += 1) {
    const annot = ctx.lookup(annots.get(i));
    if (!(annot instanceof PDFDict)) continue;
    const rect = boxOf(ctx, annot, 'Rect');
    if (rect) {
      const pts = [apply(m, rect[0], rect[1]), apply(m, rect[2], rect[3]), apply(m, rect[0], rect[3]), apply(m, rect[2], rect[1])];
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      annot.set(N('Rect'), ctx.obj([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]));
    }
    const quads = look(ctx, annot.get(N('QuadPoints')), PDFArray);
    if (quads) {
      const values: number[] = [];
      for (let k = 0; k + 1 < quads.size(); k += 2) {
        const p = apply(m, num(ctx, quads.get(k)) ?? 0, num(ctx, quads.get(k + 1)) ?? 0);
        values.push(p[0], p[1]);
      }
      annot.set(N('QuadPoints'), ctx.obj(values));
    }
  }
}

/**
 * Moves every page of a loaded source into the output (main/pdf/adopt.ts: the source is used up),
 * normalised and stamped. `stamp(i, width)`
 * gives the stamp's content for the i-th page of this file.
 */
export function copySourcePages(
  doc: PDFDocument,
  pageRefs: PDFRef[],
  out: PDFContext,
  parent: PDFRef,
  fonts: PdfFonts,
  strip: number,
  stamp: (i: number, width: number) => string,
): CopiedPage[] {
  const pages: CopiedPage[] = [];
  const starts = new Map<string, PDFRef>();
  adoptPages(doc.context, pageRefs, out).forEach((ref, i) => {
    const page = out.lookup(ref);
    if (!(page instanceof PDFDict)) throw new Error('source: a page could not be copied');
    const media = boxOf(out, page, 'MediaBox') ?? [0, 0, 612, 792];
    const crop = boxOf(out, page, 'CropBox');
    let box: [number, number, number, number] = crop
      ? [Math.max(media[0], crop[0]), Math.max(media[1], crop[1]), Math.min(media[2], crop[2]), Math.min(media[3], crop[3])]
      : media;
    if (box[2] - box[0] < 1 || box[3] - box[1] < 1) box = media;
    let rotate = (((Math.round((num(out, page.get(N('Rotate'))) ?? 0) / 90) * 90) % 360) + 360) % 360;
    const resources = look(out, page.get(N('Resources')), PDFDict);
    const withFonts = hasFonts(out, resources);
    const contents = page.get(N('Contents'));
    const visualLandscape = rotate % 180 === 0 ? box[2] - box[0] > box[3] - box[1] : box[3] - box[1] > box[2] - box[0];
    // B9: a turned or landscape page shows its text left to right: follow the text where there is some.
    if (withFonts && (rotate !== 0 || visualLandscape)) {
      const bytes = contentBytes(out, contents, 512 * 1024);
      const direction = bytes ? textDirection(bytes) : null;
      if (direction !== null) rotate = direction;
    }
    const turned = rotate % 180 !== 0;
    const width = turned ? box[3] - box[1] : box[2] - box[0];
    const height = turned ? box[2] - box[0] : box[3] - box[1];
    const s = (height - strip) / height;
    const tx = (width - width * s) / 2;
    const m = mul(rotationMatrix(box, rotate), [s, 0, 0, s, tx, strip]);
    const f = (v: number) => String(Math.round(v * 10000) / 10000);
    // Pages of one file with the same box and turn share the stream that places them. The whole of the
    // page as received is one marked-content sequence (MCID 0), so it can be an element of the bundle's
    // structure tree (engine/structure.ts: a Figure for a scan, a Div keeping the text for a page with text).
    const placing = `/${withFonts ? 'Div' : 'Figure'} <</MCID 0>> BDC\nq ${f(tx)} ${f(strip)} ${f(width * s)} ${f(height * s)} re W n ${m.map(f).join(' ')} cm\n`;
    let start = starts.get(placing);
    if (!start) starts.set(placing, (start = out.register(out.stream(placing))));
    const end = out.register(out.stream(`\nQ\nEMC\n${stamp(i, width)}\n`));
    const list = out.obj([start]) as PDFArray;
    const c = contents instanceof PDFRef ? out.lookup(contents) : contents;
    if (c instanceof PDFArray) for (let k = 0; k < c.size(); k += 1) list.push(c.get(k));
    else if (contents) list.push(contents);
    list.push(end);
    page.set(N('Contents'), list);

    // New resources for this page alone (they may be shared with pages already written).
    const res = out.obj({}) as PDFDict;
    if (resources) for (const [k, v] of resources.entries()) res.set(k, v);
    const fontDict = out.obj({}) as PDFDict;
    const old = look(out, resources?.get(N('Font')), PDFDict);
    if (old) for (const [k, v] of old.entries()) fontDict.set(k, v);
    fontDict.set(N(FONT_RESOURCE.regular), fonts.regular.refer());
    fontDict.set(N(FONT_RESOURCE.bold), fonts.bold.refer());
    res.set(N('Font'), fontDict);
    page.set(N('Resources'), res);

    transformAnnotations(out, page, m);
    // StructParents pointed into the file's own structure tree, which is not copied (engine/structure.ts).
    for (const key of ['CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'Rotate', 'UserUnit', 'StructParents', 'Tabs']) page.delete(N(key));
    page.set(N('MediaBox'), out.obj([0, 0, width, height]));
    page.set(N('Parent'), parent);
    pages.push({ ref, width, height, imageOnly: !withFonts, empty: !contents });
  });
  return pages;
}
