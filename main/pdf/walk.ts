import { inflateSync } from 'node:zlib';
import { ancestorsOf } from './page-tree';
import { FILE_INFLATE_LIMIT, IMAGE_LIMIT, LimitError, MAX_NESTING, MAX_OBJECTS, megabytes, STREAM_LIMIT } from './limits';
import { PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFPageLeaf, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFObject } from './lib';

/**
 * Walks everything a file's pages use, as the copy into a bundle will take it (adopt.ts follows
 * the same links: every entry of every dictionary and array, except a page's /Parent), without
 * recursion, each indirect object once. On the way it enforces the limits (limits.ts): nesting, number
 * of objects, and how far each compressed stream inflates (it is inflated with a cap and thrown away).
 *
 * `visit` sees each dictionary (a stream's too) before its entries are followed, and may delete entries
 * (active-content.ts strips actions and attachments this way, so what it removes is never walked).
 * `drop` may refuse a value inside a dictionary or array: the entry is removed (arrays keep a null).
 */
export interface Visitor {
  visit?(dict: PDFDict, stream: PDFRawStream | null): void;
  drop?(value: PDFObject): boolean;
}

const PARENT = PDFName.of('Parent');
const INHERITED = PDFPageLeaf.InheritableEntries.map((k) => PDFName.of(k));
const FILTER = PDFName.of('Filter');
const FLATE = PDFName.of('FlateDecode');
const SUBTYPE = PDFName.of('Subtype');
const IMAGE = PDFName.of('Image');

const entriesOf = (dict: PDFDict) => (dict as unknown as { dict: Map<PDFName, PDFObject> }).dict;
const itemsOf = (array: PDFArray) => (array as unknown as { array: PDFObject[] }).array;

export function walkReachable(ctx: PDFContext, roots: readonly PDFObject[], visitor: Visitor = {}): void {
  const seen = new Set<PDFRef>();
  // Two stacks side by side (what to visit, and how deep it sits), not a pair for each entry: a bundle
  // walks every object of 300 exhibits, and a cold worker paid for allocating and collecting the pairs.
  const stack: Stack = { objects: [...roots], levels: roots.map(() => 0) };
  let objects = 0;
  const inflated = { bytes: 0 };
  const drop = visitor.drop;

  while (stack.objects.length) {
    const value = stack.objects.pop()!;
    const depth = stack.levels.pop()!;
    let object = value;
    let level = depth;
    if (value instanceof PDFRef) {
      if (seen.has(value)) continue;
      seen.add(value);
      if ((objects += 1) > MAX_OBJECTS) throw new LimitError('large', `its pages use more than ${MAX_OBJECTS.toLocaleString('en-GB')} objects`);
      const found = ctx.lookup(value);
      if (found === undefined) continue;
      object = found;
      level = 0; // an indirect object is written on its own: nesting starts again
    }
    if (level > MAX_NESTING) throw new LimitError('deep', `its objects are nested more than ${MAX_NESTING} deep`);
    if (object instanceof PDFStream) {
      if (object instanceof PDFRawStream) checkInflatedSize(object, inflated);
      visitor.visit?.(object.dict, object instanceof PDFRawStream ? object : null);
      pushEntries(object.dict, level, stack, drop);
    } else if (object instanceof PDFDict) {
      if (object instanceof PDFPageLeaf) {
        // What the page inherits is copied onto it (adopt.ts): walk that too.
        const chain = ancestorsOf(ctx, object);
        for (const key of INHERITED) {
          if (object.has(key)) continue;
          const inherited = chain.find((node) => node.has(key))?.get(key);
          if (inherited !== undefined) push(stack, inherited, 1);
        }
      }
      visitor.visit?.(object, null);
      pushEntries(object, level, stack, drop, object instanceof PDFPageLeaf);
    } else if (object instanceof PDFArray) {
      const items = itemsOf(object);
      for (let i = 0; i < items.length; i += 1) {
        const item = items[i]!;
        if (drop?.(item)) items[i] = PDFNull;
        else if (item instanceof PDFRef || item instanceof PDFDict || item instanceof PDFArray) push(stack, item, level + 1);
      }
    }
  }
}

interface Stack {
  objects: PDFObject[];
  levels: number[];
}

function push(stack: Stack, object: PDFObject, level: number): void {
  stack.objects.push(object);
  stack.levels.push(level);
}

function pushEntries(dict: PDFDict, level: number, stack: Stack, drop: Visitor['drop'], isPage = false): void {
  const entries = entriesOf(dict);
  // forEach, not for…of: no [key, value] pair made for each entry. Deleting the entry being visited is safe in either.
  entries.forEach((value, key) => {
    if (isPage && key === PARENT) return;
    if (drop?.(value)) {
      entries.delete(key);
      return;
    }
    if (value instanceof PDFRef || value instanceof PDFDict || value instanceof PDFArray) push(stack, value, level + 1);
  });
}

/** Bytes a picture's pixels take, from its dictionary (0 when it does not say). */
function declaredImageBytes(dict: PDFDict): number {
  const n = (key: string) => {
    const v = dict.get(PDFName.of(key));
    return v instanceof PDFNumber ? v.asNumber() : 0;
  };
  const bits = n('BitsPerComponent') || 8;
  const space = dict.get(PDFName.of('ColorSpace'));
  const components = space === PDFName.of('DeviceGray') ? 1 : space === PDFName.of('DeviceRGB') ? 3 : 4;
  return Math.ceil((n('Width') * components * bits) / 8) * n('Height');
}

/**
 * Deflate cannot expand data more than 1032 times (zlib's FAQ: a 258-byte match in two bits), so a stream
 * whose compressed length, times that for each Flate stage, is within the cap cannot be a bomb: it is not
 * inflated, only counted at that bound (most content streams are a few kilobytes).
 */
const MAX_DEFLATE_RATIO = 1033;

/**
 * Checks how far the stream's Flate stages inflate: a picture may be as large as its own size says (up to
 * IMAGE_LIMIT); anything else up to STREAM_LIMIT; the whole file up to FILE_INFLATE_LIMIT. A stream that
 * could reach a limit is inflated with a cap, counting the bytes and keeping none. Other filters (rare in
 * evidence, and expanding far less) are left as they are.
 */
function checkInflatedSize(stream: PDFRawStream, inflated: { bytes: number }): void {
  const filter = stream.dict.get(FILTER);
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  if (filters[0] !== FLATE || (stream as { transform?: unknown }).transform !== undefined) return;
  const picture = stream.dict.get(SUBTYPE) === IMAGE;
  const cap = picture ? Math.min(IMAGE_LIMIT, Math.max(STREAM_LIMIT, declaredImageBytes(stream.dict) * 1.05 + 65_536)) : STREAM_LIMIT;
  let bound = stream.contents.length;
  for (const f of filters) {
    if (f !== FLATE) break;
    bound *= MAX_DEFLATE_RATIO;
  }
  if (bound <= cap && inflated.bytes + bound <= FILE_INFLATE_LIMIT) {
    inflated.bytes += bound;
    return;
  }
  let bytes: Uint8Array = stream.contents;
  for (const f of filters) {
    if (f !== FLATE) break;
    const limit = Math.min(cap, FILE_INFLATE_LIMIT - inflated.bytes);
    try {
      bytes = inflateSync(bytes, { maxOutputLength: Math.max(1, limit) });
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') return; // damaged: readers show what they can, as before
      if (limit < cap) throw new LimitError('bomb', `its compressed streams would inflate to more than ${megabytes(FILE_INFLATE_LIMIT)} in all (a “decompression bomb”)`);
      throw new LimitError('bomb', `one of its compressed ${picture ? 'pictures' : 'streams'} would inflate to more than ${megabytes(cap)} (a “decompression bomb”)`);
    }
  }
  inflated.bytes += bytes.length;
}
