import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFContext, type PDFDocument, type PDFObject } from './lib';

/**
 * Reading a file's links and names without trusting it: name trees (PDF 32000 7.9.6) walked without
 * recursion, each node once, up to a number of entries; destinations followed a few steps at most.
 */
const N = (s: string) => PDFName.of(s);

/** A value looked up (through a reference) if it is of the type wanted, else undefined: never throws. */
export function look<T extends PDFObject>(ctx: PDFContext, value: PDFObject | undefined, type: { prototype: T }): T | undefined {
  const v = value instanceof PDFRef ? ctx.lookup(value) : value;
  // pdf-lib's classes have private constructors: the class is matched by its prototype.
  return v instanceof (type as unknown as abstract new () => T) ? v : undefined;
}

export const textOf = (o: PDFObject | undefined): string | null => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : o instanceof PDFName ? o.decodeText() : null);

/** The [key, value] pairs of a name tree, in order, at most `limit` of them. */
export function nameTreeEntries(ctx: PDFContext, root: PDFDict | undefined, limit = 100_000): [string, PDFObject][] {
  const out: [string, PDFObject][] = [];
  if (!root) return out;
  const seen = new Set<PDFDict>();
  const stack: PDFDict[] = [root];
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const names = look(ctx, node.get(N('Names')), PDFArray);
    if (names) {
      for (let i = 0; i + 1 < names.size() && out.length < limit; i += 2) {
        const key = textOf(ctx.lookup(names.get(i)));
        if (key !== null) out.push([key, names.get(i + 1)]);
      }
    }
    const kids = look(ctx, node.get(N('Kids')), PDFArray);
    if (kids) {
      for (let i = kids.size() - 1; i >= 0; i -= 1) {
        const kid = look(ctx, kids.get(i), PDFDict);
        if (kid) stack.push(kid);
      }
    }
  }
  return out;
}

/** Named destinations of a file, looked up on demand (catalog /Dests and the /Names tree). */
export function namedDestinations(doc: PDFDocument): (name: string) => PDFObject | undefined {
  let map: Map<string, PDFObject> | null = null;
  return (name) => {
    if (!map) {
      map = new Map();
      const ctx = doc.context;
      const old = look(ctx, doc.catalog.get(N('Dests')), PDFDict);
      if (old) for (const [k, v] of old.entries()) map.set(k.decodeText(), v);
      const names = look(ctx, doc.catalog.get(N('Names')), PDFDict);
      for (const [k, v] of nameTreeEntries(ctx, look(ctx, names?.get(N('Dests')), PDFDict))) map.set(k, v);
    }
    return map.get(name);
  };
}

/** The page a destination (explicit array, name, or a dict with /D) points at. */
export function destPage(doc: PDFDocument, named: (n: string) => PDFObject | undefined, dest: PDFObject | undefined, depth = 0): PDFRef | null {
  if (depth > 4 || dest === undefined) return null;
  const ctx = doc.context;
  const v = dest instanceof PDFRef ? ctx.lookup(dest) : dest;
  if (v instanceof PDFArray) {
    const first = v.get(0);
    return first instanceof PDFRef ? first : null;
  }
  if (v instanceof PDFDict) return destPage(doc, named, v.get(N('D')), depth + 1);
  const name = textOf(v);
  return name === null ? null : destPage(doc, named, named(name), depth + 1);
}
