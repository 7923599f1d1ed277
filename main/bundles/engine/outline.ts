import { PDFHexString, PDFName, PDFNumber, type PDFContext, type PDFDict, type PDFRef } from '../../pdf/lib';
import { destination } from './draw';

/**
 * Bookmarks (B7): one for every section and document, nested, each title carrying its page numbers, and
 * each file's own bookmarks nested under its document. pdf-lib has no outline API (pdf-lib #450), so the
 * /Outlines tree is written as plain dictionaries.
 */
export interface OutlineItem {
  title: string;
  page: PDFRef;
  top: number;
  open: boolean;
  children: OutlineItem[];
}

/** Items visible under an item when it is open. */
function visible(item: OutlineItem): number {
  return item.children.reduce((n, c) => n + 1 + (c.open ? visible(c) : 0), 0);
}

export function writeOutline(ctx: PDFContext, items: OutlineItem[]): PDFRef | null {
  if (!items.length) return null;
  const root = ctx.nextRef();
  const writeLevel = (level: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef } => {
    const refs = level.map(() => ctx.nextRef());
    level.forEach((item, i) => {
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      dict.set(PDFName.of('Dest'), destination(ctx, item.page, item.top));
      if (item.children.length) {
        const kids = writeLevel(item.children, refs[i]!);
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        const n = visible(item);
        dict.set(PDFName.of('Count'), PDFNumber.of(item.open ? n : -n));
      }
      ctx.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]! };
  };
  const top = writeLevel(items, root);
  const count = items.reduce((n, item) => n + 1 + (item.open ? visible(item) : 0), 0);
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: count }));
  return root;
}
