import { PDFArray, PDFContext, PDFDict, PDFDocument, PDFName, PDFObjectCopier, PDFPageLeaf, type PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { adoptPages } from '../../../main/pdf/adopt';
import { bookmarked, handWritten, landscape, multiPage, rotated, scanned, turnedLandscape } from '../../fixtures/bundles/make';

/**
 * Taking a source file's pages over (main/pdf/adopt.ts) must give what pdf-lib's copier gives: the same
 * graph of objects from each page, each indirect object once, nothing left pointing into the source.
 */
function sameGraph(a: PDFContext, aRoots: PDFRef[], b: PDFContext, bRoots: PDFRef[]): { objects: number } {
  const pairs = new Map<PDFRef, PDFRef>();
  const walk = (x: PDFObject | undefined, y: PDFObject | undefined, path: string): void => {
    if (x instanceof PDFRef) {
      expect(y, path).toBeInstanceOf(PDFRef);
      const known = pairs.get(x);
      if (known) return expect(y, `${path}: one object, one number`).toBe(known);
      pairs.set(x, y as PDFRef);
      return walk(a.lookup(x), b.lookup(y as PDFRef), `${path}→${x.toString()}`);
    }
    // The copier turns a catalog or page-tree node it meets into a plain dictionary; taken over, it keeps its class.
    const kind = (o: PDFObject | undefined) => (o instanceof PDFPageLeaf ? 'page' : o instanceof PDFStream ? 'stream' : o instanceof PDFDict ? 'dict' : o?.constructor.name);
    expect(kind(y), path).toBe(kind(x));
    if (x instanceof PDFStream) {
      expect((y as PDFRawStream).getContents(), `${path} bytes`).toEqual((x as PDFRawStream).getContents());
      return walk(x.dict, (y as PDFStream).dict, `${path}.dict`);
    }
    if (x instanceof PDFDict) {
      const yd = y as PDFDict;
      expect(yd.keys().map(String).sort(), path).toEqual(x.keys().map(String).sort());
      const ys = new Map(yd.entries()); // entries(), not get(): get() hides null values
      for (const [k, v] of x.entries()) walk(v, ys.get(k), `${path}/${k.decodeText()}`);
      return;
    }
    if (x instanceof PDFArray) {
      const ya = y as PDFArray;
      expect(ya.size(), path).toBe(x.size());
      for (let i = 0; i < x.size(); i += 1) walk(x.get(i), ya.get(i), `${path}[${i}]`);
      return;
    }
    expect(y?.toString(), path).toBe(x?.toString());
  };
  aRoots.forEach((r, i) => walk(r, bRoots[i], `page ${i + 1}`));
  return { objects: pairs.size };
}

describe('taking a source file’s pages into the bundle (main/pdf/adopt.ts)', () => {
  it('gives the graph pdf-lib’s copier gives, for every kind of evidence file', async () => {
    const files = { multiPage: await multiPage(4), landscape: await landscape(), rotated: await rotated(), turnedLandscape: await turnedLandscape(), bookmarked: await bookmarked(), scanned: await scanned(2), inherited: handWritten() };
    for (const [name, bytes] of Object.entries(files)) {
      const viaCopier = await PDFDocument.load(bytes);
      const copied = PDFContext.create();
      const copier = PDFObjectCopier.for(viaCopier.context, copied);
      const copiedRefs = viaCopier.getPages().map((p) => copier.copy(p.ref));

      const taken = await PDFDocument.load(bytes);
      const out = PDFContext.create();
      const takenRefs = adoptPages(taken.context, taken.getPages().map((p) => p.ref), out);

      const { objects } = sameGraph(copied, copiedRefs, out, takenRefs);
      expect(objects, name).toBeGreaterThan(takenRefs.length);
      // Exactly the objects reached, each once; every dictionary now looks things up in the output.
      expect(out.enumerateIndirectObjects().length, name).toBe(objects);
      for (const [, object] of out.enumerateIndirectObjects()) {
        const dict = object instanceof PDFStream ? object.dict : object;
        if (dict instanceof PDFDict) expect((dict as unknown as { context: PDFContext }).context, name).toBe(out);
        if (object instanceof PDFPageLeaf) {
          expect(object.has(PDFName.of('Parent')), name).toBe(false);
          expect(object.lookup(PDFName.of('MediaBox')), `${name}: inherited box on the page`).toBeInstanceOf(PDFArray);
        }
      }
    }
  });
});
