import { LimitError, MAX_PAGES, MAX_TREE_DEPTH } from './limits';
import { PDFArray, PDFName, PDFNull, PDFPageLeaf, PDFPageTree, PDFRef, type PDFContext, type PDFDict, type PDFDocument } from './lib';

/**
 * A file's pages, found without recursion and without trusting the file: pdf-lib's own page-tree walk
 * (doc.getPages(), and ascend() behind every inherited attribute) recurses for as long as the tree goes
 * on, so a tree that lists itself among its kids, or a page whose /Parent leads back to itself, overflows
 * the stack. Here each is refused with its reason (LimitError). The pages come out in pdf-lib's order:
 * the references doc.getPages() would give, in the same order.
 */
const PAGES = PDFName.of('Pages');
const KIDS = PDFName.of('Kids');
const PARENT = PDFName.of('Parent');

export function pageRefsOf(doc: PDFDocument): PDFRef[] {
  const ctx = doc.context;
  const rootRef = doc.catalog.get(PAGES);
  const root = rootRef instanceof PDFRef ? ctx.lookup(rootRef) : rootRef;
  if (!(root instanceof PDFPageTree)) return [];
  const pages: PDFRef[] = [];
  // Depth-first, kids in order; `onPath` holds the nodes between the root and the one being read.
  const onPath = new Set<PDFDict>();
  const stack: { node: PDFPageTree; next: number }[] = [{ node: root, next: 0 }];
  onPath.add(root);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const kids = top.node.get(KIDS);
    const list = kids instanceof PDFRef ? ctx.lookup(kids) : kids;
    if (!(list instanceof PDFArray) || top.next >= list.size()) {
      onPath.delete(top.node);
      stack.pop();
      continue;
    }
    const kidRef = list.get(top.next);
    top.next += 1;
    if (!(kidRef instanceof PDFRef)) continue;
    const kid = ctx.lookup(kidRef);
    if (kid instanceof PDFPageTree) {
      if (onPath.has(kid)) throw new LimitError('loop', 'its page tree refers back to itself, so its pages cannot be counted');
      if (stack.length >= MAX_TREE_DEPTH) throw new LimitError('deep', `its page tree is more than ${MAX_TREE_DEPTH} levels deep`);
      onPath.add(kid);
      stack.push({ node: kid, next: 0 });
    } else if (kid instanceof PDFPageLeaf) {
      pages.push(kidRef);
      if (pages.length > MAX_PAGES) throw new LimitError('large', `it has more than ${MAX_PAGES.toLocaleString('en-GB')} pages`);
    }
  }
  for (const ref of pages) ancestorsOf(ctx, ctx.lookup(ref) as PDFDict);
  return pages;
}

/**
 * A page's chain of /Parent entries, nearest first (what pdf-lib's ascend() follows for inherited
 * attributes). It must end, within the tree's depth, at a node that has no parent, passing only
 * page-tree nodes.
 */
export function ancestorsOf(ctx: PDFContext, page: PDFDict): PDFPageTree[] {
  const seen = new Set<PDFDict>();
  const chain: PDFPageTree[] = [];
  let node = page;
  for (let depth = 0; ; depth += 1) {
    seen.add(node);
    const up = node.get(PARENT);
    const parent = up instanceof PDFRef ? ctx.lookup(up) : up;
    if (parent === undefined || parent === PDFNull) return chain;
    if (!(parent instanceof PDFPageTree)) throw new LimitError('damaged', 'one of its pages names something other than a page tree as its parent');
    if (seen.has(parent)) throw new LimitError('loop', 'its page tree refers back to itself, so its pages cannot be counted');
    if (depth >= MAX_TREE_DEPTH) throw new LimitError('deep', `its page tree is more than ${MAX_TREE_DEPTH} levels deep`);
    chain.push(parent);
    node = parent;
  }
}
