import { PDFArray, PDFDict, PDFName, PDFPageLeaf, PDFRef, PDFStream, type PDFContext, type PDFObject } from './lib';

/**
 * Moves a source file's pages, and everything they use, into the bundle's output. pdf-lib's
 * PDFObjectCopier clones every dictionary, array and stream (stream bytes included) into the new document;
 * a source file is read for one bundle and dropped straight after, so its objects are taken over instead:
 * each indirect object gets a number in the output and the references inside it are rewritten to those
 * numbers. What comes out is what the copier makes: the same objects reachable from the pages, each
 * once; a page's inherited attributes (resources, boxes, rotation) set on the page itself, and no /Parent
 * (the page tree is the bundle's). The source document must not be used afterwards.
 *
 * References are pooled by number in pdf-lib (the source's "5 0 R" is the output's "5 0 R"), so nothing may
 * be rewritten twice: each dictionary and array is settled once, and what a page inherits is read before
 * any of them is.
 *
 * pdf-lib keeps the document a dictionary or array belongs to (for its lookups), so that is switched to
 * the output too: these are pdf-lib's own fields, set as its constructors set them.
 */
const PARENT = PDFName.of('Parent');
const INHERITED = PDFPageLeaf.InheritableEntries.map((k) => PDFName.of(k));

interface Owned {
  context: PDFContext;
}
const entriesOf = (dict: PDFDict) => (dict as unknown as { dict: Map<PDFName, PDFObject> }).dict;
const itemsOf = (array: PDFArray) => (array as unknown as { array: PDFObject[] }).array;

export function adoptPages(src: PDFContext, pageRefs: readonly PDFRef[], out: PDFContext): PDFRef[] {
  const moved = new Map<PDFRef, PDFRef>();
  const done = new Set<PDFObject>();
  const pending: PDFObject[] = [];

  const refFor = (ref: PDFRef): PDFRef => {
    let to = moved.get(ref);
    if (to) return to;
    to = out.nextRef();
    moved.set(ref, to);
    const object = src.lookup(ref);
    if (object !== undefined) {
      out.assign(to, object);
      pending.push(object);
    }
    return to;
  };

  const take = (value: PDFObject): PDFObject => {
    if (value instanceof PDFRef) return refFor(value);
    if (value instanceof PDFDict || value instanceof PDFArray || value instanceof PDFStream) pending.push(value);
    return value;
  };

  const settle = (object: PDFObject): void => {
    if (done.has(object)) return;
    done.add(object);
    if (object instanceof PDFStream) return settle(object.dict);
    if (object instanceof PDFArray) {
      (object as unknown as Owned).context = out;
      const items = itemsOf(object);
      for (let i = 0; i < items.length; i += 1) items[i] = take(items[i]!);
      return;
    }
    if (!(object instanceof PDFDict)) return;
    if (object instanceof PDFPageLeaf) settlePage(object);
    (object as unknown as Owned).context = out;
    const entries = entriesOf(object);
    for (const [key, value] of entries) entries.set(key, take(value));
  };

  // What a page inherits is read while its page tree is still the source's, so every page is done first.
  const ownPage = (page: PDFPageLeaf): void => {
    for (const key of INHERITED) {
      if (page.get(key)) continue;
      const value = page.getInheritableAttribute(key);
      if (value) page.set(key, value);
    }
  };
  /** A page reached only through a link (not in the file's page tree) inherits only from nodes still untouched. */
  const settlePage = (page: PDFPageLeaf): void => {
    let untouched = true;
    page.ascend((node) => (untouched &&= node === page || !done.has(node)));
    if (untouched && !pagesFirst.has(page)) ownPage(page);
    page.delete(PARENT);
  };
  const pagesFirst = new Set<PDFObject>();
  for (const ref of pageRefs) {
    const page = src.lookup(ref);
    if (page instanceof PDFPageLeaf) {
      ownPage(page);
      pagesFirst.add(page);
    }
  }
  const pages = pageRefs.map(refFor);
  while (pending.length) settle(pending.pop()!);
  return pages;
}
