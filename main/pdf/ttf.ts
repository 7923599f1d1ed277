/**
 * A small TrueType reader and subsetter, enough to set text in an embedded Unicode font (DejaVu) with
 * pdf-lib's low-level objects: code point → glyph, advance widths, the metrics a FontDescriptor needs,
 * and a subset that keeps every glyph at its original index (unused glyphs become empty), so content
 * written before the subset is made still points at the right glyphs (CIDToGIDMap /Identity).
 *
 * Why not pdfkit or fontkit: a bundle build starts a fresh worker, and their shaping engines take about
 * a second to warm up there; court documents need no ligatures or complex shaping (reference/bundles.md
 * §4: pdf-lib needs @pdf-lib/fontkit to embed a TTF, which this project does not have).
 */
export interface TtfFont {
  postScriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  numGlyphs: number;
  glyphFor(codePoint: number): number;
  advance(glyph: number): number;
  /** A valid TrueType file with the given glyphs (plus glyph 0 and composite components) and the rest empty. */
  subset(glyphs: Iterable<number>): Uint8Array;
}

interface Table {
  offset: number;
  length: number;
}

export function readTtf(bytes: Uint8Array, postScriptName: string): TtfFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o);
  const i16 = (o: number) => view.getInt16(o);
  const u32 = (o: number) => view.getUint32(o);
  const tables = new Map<string, Table>();
  const numTables = u16(4);
  for (let i = 0; i < numTables; i += 1) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: u32(at + 8), length: u32(at + 12) });
  }
  const need = (tag: string): Table => {
    const t = tables.get(tag);
    if (!t) throw new Error(`ttf: the font has no ${tag} table`);
    return t;
  };
  const head = need('head');
  const hhea = need('hhea');
  const maxp = need('maxp');
  const hmtx = need('hmtx');
  const unitsPerEm = u16(head.offset + 18);
  const bbox: [number, number, number, number] = [i16(head.offset + 36), i16(head.offset + 38), i16(head.offset + 40), i16(head.offset + 42)];
  const longLoca = i16(head.offset + 50) === 1;
  const ascent = i16(hhea.offset + 4);
  const descent = i16(hhea.offset + 6);
  const numberOfHMetrics = u16(hhea.offset + 34);
  const numGlyphs = u16(maxp.offset + 4);
  const os2 = tables.get('OS/2');
  const capHeight = os2 && u16(os2.offset) >= 2 ? i16(os2.offset + 88) : Math.round(ascent * 0.7);
  const post = tables.get('post');
  const italicAngle = post ? view.getInt32(post.offset + 4) / 65536 : 0;

  const advances = new Uint16Array(numGlyphs);
  let last = 0;
  for (let g = 0; g < numGlyphs; g += 1) {
    if (g < numberOfHMetrics) last = u16(hmtx.offset + g * 4);
    advances[g] = last;
  }

  const lookup = cmapLookup(view, need('cmap').offset);
  const cache = new Map<number, number>();
  const glyphFor = (cp: number) => {
    let g = cache.get(cp);
    if (g === undefined) {
      g = lookup(cp);
      if (g >= numGlyphs) g = 0;
      cache.set(cp, g);
    }
    return g;
  };

  const loca = need('loca');
  const glyf = need('glyf');
  const glyphRange = (g: number): [number, number] => {
    if (longLoca) return [u32(loca.offset + g * 4), u32(loca.offset + g * 4 + 4)];
    return [u16(loca.offset + g * 2) * 2, u16(loca.offset + g * 2 + 2) * 2];
  };

  function components(g: number): number[] {
    const [start, end] = glyphRange(g);
    if (end <= start) return [];
    const at = glyf.offset + start;
    if (i16(at) >= 0) return [];
    const out: number[] = [];
    let p = at + 10;
    for (;;) {
      const flags = u16(p);
      out.push(u16(p + 2));
      p += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) p += 2;
      else if (flags & 0x0040) p += 4;
      else if (flags & 0x0080) p += 8;
      if (!(flags & 0x0020)) break;
    }
    return out;
  }

  function subset(wanted: Iterable<number>): Uint8Array {
    const keep = new Set<number>([0]);
    const queue = [...wanted];
    while (queue.length) {
      const g = queue.pop()!;
      if (g < 0 || g >= numGlyphs || keep.has(g)) continue;
      keep.add(g);
      queue.push(...components(g));
    }
    for (const g of [...keep]) for (const c of components(g)) if (!keep.has(c)) keep.add(c);

    // glyf and a long loca with the same glyph indexes.
    const offsets = new Uint32Array(numGlyphs + 1);
    let size = 0;
    for (let g = 0; g < numGlyphs; g += 1) {
      offsets[g] = size;
      if (keep.has(g)) {
        const [s, e] = glyphRange(g);
        size += (e - s + 3) & ~3;
      }
    }
    offsets[numGlyphs] = size;
    const newGlyf = new Uint8Array(size);
    for (const g of keep) {
      const [s, e] = glyphRange(g);
      if (e > s) newGlyf.set(bytes.subarray(glyf.offset + s, glyf.offset + e), offsets[g]!);
    }
    const newLoca = new Uint8Array((numGlyphs + 1) * 4);
    const locaView = new DataView(newLoca.buffer);
    for (let g = 0; g <= numGlyphs; g += 1) locaView.setUint32(g * 4, offsets[g]!);

    // A copy: a Node Buffer's slice() shares the file's memory, and its .buffer starts at the file's first
    // byte, so the flags below would be written over the file's table directory and the head kept as it
    // was (a font with short loca offsets, such as Noto Sans Arabic, then drew every glyph as .notdef).
    const newHead = new Uint8Array(bytes.subarray(head.offset, head.offset + head.length));
    const headView = new DataView(newHead.buffer, newHead.byteOffset, newHead.byteLength);
    headView.setUint32(8, 0); // checkSumAdjustment, set below
    headView.setInt16(50, 1); // long loca

    // post version 3: no glyph names (DejaVu's name list is most of the table).
    const newPost = new Uint8Array(32);
    if (post) newPost.set(bytes.subarray(post.offset, post.offset + 32));
    new DataView(newPost.buffer).setUint32(0, 0x00030000);

    const out: [string, Uint8Array][] = [
      ['OS/2', os2 ? bytes.subarray(os2.offset, os2.offset + os2.length) : new Uint8Array(0)],
      ['cvt ', copyTable('cvt ')],
      ['fpgm', copyTable('fpgm')],
      ['glyf', newGlyf],
      ['head', newHead],
      ['hhea', bytes.subarray(hhea.offset, hhea.offset + hhea.length)],
      ['hmtx', bytes.subarray(hmtx.offset, hmtx.offset + hmtx.length)],
      ['loca', newLoca],
      ['maxp', bytes.subarray(maxp.offset, maxp.offset + maxp.length)],
      ['post', newPost],
      ['prep', copyTable('prep')],
    ];
    return writeSfnt(out.filter(([, data]) => data.length > 0));
  }

  function copyTable(tag: string): Uint8Array {
    const t = tables.get(tag);
    return t ? bytes.subarray(t.offset, t.offset + t.length) : new Uint8Array(0);
  }

  return {
    postScriptName,
    unitsPerEm,
    ascent,
    descent,
    capHeight,
    bbox,
    italicAngle,
    numGlyphs,
    glyphFor,
    advance: (g) => advances[g] ?? 0,
    subset,
  };
}

/** A cmap lookup: the Windows Unicode full-repertoire subtable (format 12) if there is one, else BMP (format 4). */
function cmapLookup(view: DataView, cmap: number): (cp: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i += 1) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    if (format === 12 && (platform === 3 || platform === 0)) format12 = offset;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0) && format4 < 0) format4 = offset;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = format12 + 16 + mid * 12;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(at + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4 < 0) throw new Error('ttf: the font has no Unicode cmap');
  const segX2 = view.getUint16(format4 + 6);
  const ends = format4 + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segX2; i += 2) {
      if (view.getUint16(ends + i) < cp) continue;
      const start = view.getUint16(starts + i);
      if (start > cp) return 0;
      const delta = view.getInt16(deltas + i);
      const rangeOffset = view.getUint16(ranges + i);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const g = view.getUint16(ranges + i + rangeOffset + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const padded = data.length % 4 ? new Uint8Array((data.length + 3) & ~3) : data;
  if (padded !== data) padded.set(data);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function writeSfnt(tables: [string, Uint8Array][]): Uint8Array {
  const n = tables.length;
  let size = 12 + n * 16;
  for (const [, data] of tables) size += (data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, n * 16 - searchRange);
  let offset = 12 + n * 16;
  let headOffset = -1;
  tables.forEach(([tag, data], i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k += 1) out[at + k] = tag.charCodeAt(k);
    view.setUint32(at + 4, checksum(data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    out.set(data, offset);
    if (tag === 'head') headOffset = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
