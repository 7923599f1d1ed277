import { PDFDict, PDFName, type PDFContext, type PDFObject } from './lib';

/**
 * PDFName.of runs a regular expression over the name on every call; the build asks for the same few
 * dozen names hundreds of thousands of times, so they are made once here.
 */
const cache = new Map<string, PDFName>();

export function name(s: string): PDFName {
  let n = cache.get(s);
  if (!n) {
    n = PDFName.of(s);
    cache.set(s, n);
  }
  return n;
}

/** A dictionary from already-made PDF objects (ctx.obj would make every key again). */
export function dict(ctx: PDFContext, entries: Record<string, PDFObject | undefined>): PDFDict {
  const d = PDFDict.withContext(ctx);
  for (const key in entries) {
    const v = entries[key];
    if (v !== undefined) d.set(name(key), v);
  }
  return d;
}
