import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The bundle checker (issue 7, "what must be shown"): verifies any bundle PDF against reference/bundles.md
 * B2, B5, B6, B7, B9 and B10 by reading the file, and nothing else: stamps by extracting text (pdf.js),
 * links, bookmarks, rotation and the open action by walking the PDF's objects (pdf-lib's parser). It
 * shares no code with the builder, so it checks the file rather than the builder's intentions.
 *
 * Conventions it relies on (those of the 2021 e-bundle guidance as Hearth applies them):
 * - the page number stamp is the text in the bottom-right corner, inside a box 150 × 28 pt;
 * - the index is the run of pages after the cover whose first line says "INDEX"; each index row is a
 *   link annotation, and its text ends with the row's page or range ("12" or "12–15");
 * - a bookmark's title ends "(page N)" or "(pages N–M)".
 */
export type Rule = 'B2' | 'B4' | 'B5' | 'B6' | 'B7' | 'B9' | 'B10';

export interface Problem {
  rule: Rule;
  page: number | null;
  message: string;
}

export interface IndexRowFound {
  page: number;
  tab: string;
  title: string;
  start: number;
  end: number;
  /** Where its link goes (1-based), or null. */
  linkTo: number | null;
  level: 'section' | 'document';
}

export interface OutlineFound {
  title: string;
  page: number | null;
  depth: number;
  children: OutlineFound[];
  zoom: 'keep' | 'fixed-100' | 'other' | 'fit';
}

export interface CheckReport {
  pages: number;
  stamps: (string | null)[];
  indexPages: number[];
  rows: IndexRowFound[];
  outline: OutlineFound[];
  problems: Problem[];
}

/** What the builder says the bundle holds (the CLI's --json), to compare the index with. */
export interface ExpectedRows {
  rows: { tab: string; start: number; end: number }[];
}

type PdfJs = typeof PdfJsModule;
let pdfjsLoading: Promise<PdfJs> | undefined;
const pdfjs = (): Promise<PdfJs> => (pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

interface TextItem {
  str: string;
  x: number;
  y: number;
  /** Direction of the text on screen, degrees anticlockwise (0 = left to right). */
  angle: number;
}

const RANGE = /(\d+)(?:\s*[–-]\s*(\d+))?\s*$/;

export async function checkBundle(bytes: Uint8Array, expected?: ExpectedRows): Promise<CheckReport> {
  const problems: Problem[] = [];
  const add = (rule: Rule, page: number | null, message: string) => problems.push({ rule, page, message });

  // ---- objects (pdf-lib) ----
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const ctx = doc.context;
  const pageRefs = doc.getPages().map((p) => p.ref);
  const pageOf = new Map(pageRefs.map((r, i) => [r.toString(), i + 1]));
  const lookup = (o: PDFObject | undefined) => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const num = (o: PDFObject | undefined) => {
    const v = lookup(o);
    return v instanceof PDFNumber ? v.asNumber() : null;
  };
  const text = (o: PDFObject | undefined) => {
    const v = lookup(o);
    return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : v instanceof PDFName ? v.decodeText() : null;
  };
  const names = new Map<string, PDFObject>();
  const tree = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const walkNames = (node: PDFDict, depth: number) => {
    if (depth > 20) return;
    const arr = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (arr) for (let i = 0; i + 1 < arr.size(); i += 2) names.set(text(arr.get(i)) ?? '', arr.get(i + 1));
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids) for (let i = 0; i < kids.size(); i += 1) walkNames(lookup(kids.get(i)) as PDFDict, depth + 1);
  };
  if (tree) walkNames(tree, 0);
  const oldDests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);

  /** A destination's page (1-based) and how it treats zoom. */
  const resolveDest = (raw: PDFObject | undefined, depth = 0): { page: number | null; zoom: OutlineFound['zoom'] } => {
    const v = lookup(raw);
    if (depth > 4 || v === undefined) return { page: null, zoom: 'other' };
    if (v instanceof PDFArray) {
      const target = v.get(0);
      const page = target instanceof PDFRef ? (pageOf.get(target.toString()) ?? null) : (num(target) ?? -1) + 1 || null;
      const kind = text(v.get(1));
      if (kind === 'XYZ') {
        const z = lookup(v.get(4));
        const zoom = z === undefined || z === PDFNull || (z instanceof PDFNumber && z.asNumber() === 0) ? 'keep' : z instanceof PDFNumber && z.asNumber() === 1 ? 'fixed-100' : 'other';
        return { page, zoom };
      }
      return { page, zoom: kind?.startsWith('Fit') ? 'fit' : 'other' };
    }
    if (v instanceof PDFDict) return resolveDest(v.get(PDFName.of('D')), depth + 1);
    const name = text(v);
    if (name === null) return { page: null, zoom: 'other' };
    return resolveDest(names.get(name) ?? oldDests?.get(PDFName.of(name)), depth + 1);
  };

  // B10: opens at 100%.
  const open = doc.catalog.get(PDFName.of('OpenAction'));
  const openDest = lookup(open) instanceof PDFDict && text((lookup(open) as PDFDict).get(PDFName.of('S'))) === 'GoTo' ? resolveDest((lookup(open) as PDFDict).get(PDFName.of('D'))) : resolveDest(open);
  if (!open) add('B10', null, 'There is no /OpenAction, so the viewer chooses the zoom.');
  else if (openDest.zoom !== 'fixed-100') add('B10', null, 'The /OpenAction does not open at 100% (an XYZ destination with zoom 1).');
  else if (openDest.page !== 1) add('B10', null, `The /OpenAction opens page ${openDest.page}, not page 1.`);

  // B9: effective rotation (inherited /Rotate) is never 180.
  const rotation = pageRefs.map((ref) => {
    let node = ctx.lookup(ref) as PDFDict | undefined;
    for (let d = 0; node && d < 50; d += 1) {
      const r = num(node.get(PDFName.of('Rotate')));
      if (r !== null) return ((Math.round(r / 90) * 90) % 360 + 360) % 360;
      node = lookup(node.get(PDFName.of('Parent'))) as PDFDict | undefined;
    }
    return 0;
  });
  rotation.forEach((r, i) => {
    if (r === 180) add('B9', i + 1, `Page ${i + 1} has /Rotate 180: it shows upside down.`);
  });

  // Links per page (B6).
  const links = pageRefs.map((ref) => {
    const page = ctx.lookup(ref) as PDFDict;
    const annots = lookup(page.get(PDFName.of('Annots')));
    const out: { rect: [number, number, number, number]; dest: { page: number | null; zoom: OutlineFound['zoom'] } }[] = [];
    if (!(annots instanceof PDFArray)) return out;
    for (let i = 0; i < annots.size(); i += 1) {
      const a = lookup(annots.get(i));
      if (!(a instanceof PDFDict) || text(a.get(PDFName.of('Subtype'))) !== 'Link') continue;
      const rect = lookup(a.get(PDFName.of('Rect')));
      if (!(rect instanceof PDFArray)) continue;
      const [x1, y1, x2, y2] = [0, 1, 2, 3].map((k) => num(rect.get(k)) ?? 0) as [number, number, number, number];
      const action = lookup(a.get(PDFName.of('A')));
      const dest = a.get(PDFName.of('Dest')) ?? (action instanceof PDFDict && text(action.get(PDFName.of('S'))) === 'GoTo' ? action.get(PDFName.of('D')) : undefined);
      if (!dest) continue;
      out.push({ rect: [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)], dest: resolveDest(dest) });
    }
    return out;
  });

  // Bookmarks (B7).
  const outline: OutlineFound[] = [];
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const seen = new Set<PDFDict>();
  const walk = (parent: PDFDict, depth: number): OutlineFound[] => {
    const items: OutlineFound[] = [];
    let node = lookup(parent.get(PDFName.of('First'))) as PDFDict | undefined;
    while (node instanceof PDFDict && !seen.has(node) && depth < 20) {
      seen.add(node);
      const action = lookup(node.get(PDFName.of('A')));
      const dest = resolveDest(node.get(PDFName.of('Dest')) ?? (action instanceof PDFDict ? action.get(PDFName.of('D')) : undefined));
      items.push({ title: text(node.get(PDFName.of('Title'))) ?? '', page: dest.page, zoom: dest.zoom, depth, children: walk(node, depth + 1) });
      node = lookup(node.get(PDFName.of('Next'))) as PDFDict | undefined;
    }
    return items;
  };
  if (root) outline.push(...walk(root, 0));

  // ---- text (pdf.js) ----
  const js = await pdfjs();
  const pdf = await js.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const stamps: (string | null)[] = [];
  const pageTexts: TextItem[][] = [];
  const sizes: { w: number; h: number }[] = [];
  let labels: string[] | null = null;
  try {
    labels = await pdf.getPageLabels();
    for (let p = 1; p <= pdf.numPages; p += 1) {
      const page = await pdf.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      sizes.push({ w: vp.width, h: vp.height });
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const [a, b, , , e, f] = it.transform as number[];
        const [x, y] = vp.convertToViewportPoint(e!, f!) as [number, number];
        const [vx, vy] = [vp.transform[0]! * a! + vp.transform[2]! * b!, vp.transform[1]! * a! + vp.transform[3]! * b!];
        const angle = ((Math.round((Math.atan2(-vy, vx) * 180) / Math.PI) % 360) + 360) % 360;
        items.push({ str: it.str, x, y: vp.height - y, angle });
      }
      pageTexts.push(items);
      // B2: the stamp is the text in the bottom-right box, read right to left to its edge.
      const inBox = items.filter((t) => t.x >= vp.width - 150 && t.y <= 28).sort((m, n) => m.x - n.x);
      const stamp = inBox.map((t) => t.str.trim()).join('') || null;
      stamps.push(stamp);
      if (stamp !== String(p)) add('B2', p, stamp === null ? `Page ${p} has no stamp in the bottom-right box.` : `Page ${p} is stamped “${stamp}”, not “${p}”.`);
      // B9: text reads left to right (no page sideways or upside down), judged by most of the text.
      const body = items.filter((t) => !(t.x >= vp.width - 150 && t.y <= 28));
      if (body.length >= 3) {
        const upright = body.filter((t) => t.angle <= 10 || t.angle >= 350).length;
        if (upright * 2 < body.length) {
          const turned = body.filter((t) => Math.abs(t.angle - 180) <= 10).length;
          add('B9', p, `Most of the text on page ${p} does not read left to right (${turned * 2 >= body.length ? 'upside down' : 'sideways'}).`);
        }
      }
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }

  // B4 (beyond what the issue asks): page labels, if the file has them, read the same as the stamps.
  if (labels) labels.forEach((l, i) => l !== stamps[i] && add('B4', i + 1, `Page ${i + 1} is labelled “${l}” but stamped “${stamps[i]}”.`));

  // ---- the index (B5, B6) ----
  const indexPages: number[] = [];
  for (let p = 2; p <= pageTexts.length; p += 1) {
    const first = [...(pageTexts[p - 1] ?? [])].sort((a, b) => b.y - a.y)[0];
    if (first && /^INDEX\b/i.test(first.str.trim())) indexPages.push(p);
    else if (indexPages.length) break;
  }
  if (!indexPages.length) add('B5', null, 'No index found: no page after the cover starts with “INDEX”.');
  const rows: IndexRowFound[] = [];
  for (const p of indexPages) {
    const items = pageTexts[p - 1]!;
    for (const link of links[p - 1]!) {
      const [, y1, , y2] = link.rect;
      // Text whose baseline lies in the link's band (PDF y is from the bottom; items' y too).
      const inside = items.filter((t) => t.y >= y1 - 1 && t.y <= y2 + 1 && t.y > 40).sort((a, b) => b.y - a.y || a.x - b.x);
      if (!inside.length) {
        add('B5', p, `A link on index page ${p} has no row text.`);
        continue;
      }
      const firstLine = inside.filter((t) => Math.abs(t.y - inside[0]!.y) < 2).sort((a, b) => a.x - b.x);
      const tab = firstLine[0]!.str.trim();
      const lineText = firstLine.map((t) => t.str.trim()).join(' ');
      const m = RANGE.exec(lineText);
      if (!m) {
        add('B5', p, `Index row “${lineText.slice(0, 60)}” on page ${p} gives no page.`);
        continue;
      }
      const start = Number(m[1]);
      const end = m[2] ? Number(m[2]) : start;
      // The title: the first line without its tab, date and pages, then any lines it wraps on to.
      const firstTitle = firstLine.slice(1).map((t) => t.str.trim()).join(' ').replace(RANGE, '').replace(/\d{2}\/\d{2}\/\d{4}\s*$/, '');
      const rest = inside.filter((t) => Math.abs(t.y - inside[0]!.y) >= 2).map((t) => t.str.trim());
      const title = [firstTitle, ...rest].join(' ').replace(/\s+/g, ' ').trim();
      rows.push({ page: p, tab, title, start, end, linkTo: link.dest.page, level: /^[A-Z]{1,2}$/.test(tab) ? 'section' : 'document' });
    }
  }
  // Rows stay in the index's own order: pages in order, links in reading order on each page.
  const lastIndex = indexPages.at(-1) ?? 1;
  const docs = rows.filter((r) => r.level === 'document');
  let expect = lastIndex + 1;
  for (const r of rows) {
    if (r.start < 1 || r.end > pageTexts.length || r.end < r.start) add('B5', r.page, `Index row ${r.tab} gives pages ${r.start}–${r.end}, outside the bundle's ${pageTexts.length} pages.`);
  }
  for (const r of docs) {
    if (r.start !== expect) add('B5', r.page, `Index row ${r.tab} starts at page ${r.start}; the previous document ends at page ${expect - 1}.`);
    expect = r.end + 1;
  }
  if (docs.length && expect - 1 !== pageTexts.length) add('B5', null, `The index's last document ends at page ${expect - 1}, but the bundle has ${pageTexts.length} pages.`);
  for (const s of rows.filter((r) => r.level === 'section')) {
    const inside = docs.filter((d) => d.tab.startsWith(s.tab) && /^\d+$/.test(d.tab.slice(s.tab.length)));
    if (inside.length && (inside[0]!.start !== s.start || inside.at(-1)!.end !== s.end)) add('B5', s.page, `Section ${s.tab} says pages ${s.start}–${s.end}, but its documents run ${inside[0]!.start}–${inside.at(-1)!.end}.`);
  }
  if (expected) {
    const got = rows.map((r) => `${r.tab}:${r.start}-${r.end}`).join(' ');
    const want = expected.rows.map((r) => `${r.tab}:${r.start}-${r.end}`).join(' ');
    if (got !== want) add('B5', null, `The index does not match the manifest.\n  index:    ${got}\n  manifest: ${want}`);
  }
  for (const r of rows) {
    if (r.linkTo === null) add('B6', r.page, `Index row ${r.tab}'s link goes nowhere.`);
    else if (r.linkTo !== r.start) add('B6', r.page, `Index row ${r.tab}'s link goes to page ${r.linkTo}, not its first page ${r.start}.`);
  }
  for (const [i, pageLinks] of links.entries()) for (const l of pageLinks) if (l.dest.zoom === 'fit' || l.dest.zoom === 'other') add('B10', i + 1, `A link on page ${i + 1} changes the zoom (its destination is not XYZ with the zoom kept).`);

  // ---- bookmarks (B7) ----
  if (!outline.length) add('B7', null, 'The bundle has no bookmarks.');
  const flat: OutlineFound[] = [];
  const flatten = (items: OutlineFound[]) => items.forEach((o) => (flat.push(o), flatten(o.children)));
  flatten(outline);
  for (const o of flat) {
    const m = /\(pages? (\d+)(?:[–-](\d+))?\)\s*$/.exec(o.title);
    if (!m) add('B7', o.page, `Bookmark “${o.title}” does not give its page.`);
    else if (o.page !== Number(m[1])) add('B7', o.page, `Bookmark “${o.title}” opens page ${o.page}.`);
    if (o.zoom === 'fit' || o.zoom === 'other') add('B10', o.page, `Bookmark “${o.title}” changes the zoom.`);
  }
  for (const r of rows) {
    const candidates = r.level === 'section' ? outline : flat.filter((o) => o.depth === 1);
    const match = candidates.find((o) => o.title.startsWith(r.level === 'section' ? `${r.tab}.` : `${r.tab} `));
    if (!match) add('B7', r.page, `Index row ${r.tab} has no bookmark${r.level === 'section' ? ' at the top level' : ' nested under its section'}.`);
    else if (match.page !== r.start) add('B7', r.page, `Bookmark for ${r.tab} opens page ${match.page}, not ${r.start}.`);
    if (r.level === 'document' && match) {
      const section = outline.find((s) => s.children.includes(match));
      if (!section || !r.tab.startsWith(section.title.split('.')[0]!)) add('B7', r.page, `Bookmark for ${r.tab} is not nested under its section.`);
    }
  }

  return { pages: pageTexts.length, stamps, indexPages, rows, outline, problems };
}

/** One line per problem, for test failure messages and the command line. */
export function describe(report: CheckReport): string {
  return report.problems.map((p) => `${p.rule}${p.page ? ` p.${p.page}` : ''}: ${p.message}`).join('\n');
}

/**
 * B11: the resolution of every image as placed on its page (pixels across ÷ inches across), read from
 * pdf.js's operator list with the transformation matrix tracked through save/restore/transform.
 */
export async function imageResolutions(bytes: Uint8Array): Promise<{ page: number; dpi: number; width: number; height: number }[]> {
  const js = await pdfjs();
  const pdf = await js.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const out: { page: number; dpi: number; width: number; height: number }[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p += 1) {
      const page = await pdf.getPage(p);
      const ops = await page.getOperatorList();
      let ctm = [1, 0, 0, 1, 0, 0];
      const stack: number[][] = [];
      ops.fnArray.forEach((fn, i) => {
        const args = ops.argsArray[i] as unknown[];
        if (fn === js.OPS.save) stack.push(ctm);
        else if (fn === js.OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
        else if (fn === js.OPS.transform) {
          const [a, b, c, d, e, f] = args as number[];
          ctm = [a! * ctm[0]! + b! * ctm[2]!, a! * ctm[1]! + b! * ctm[3]!, c! * ctm[0]! + d! * ctm[2]!, c! * ctm[1]! + d! * ctm[3]!, e! * ctm[0]! + f! * ctm[2]! + ctm[4]!, e! * ctm[1]! + f! * ctm[3]! + ctm[5]!];
        } else if (fn === js.OPS.paintImageXObject) {
          const [, width, height] = args as [string, number, number];
          const across = Math.hypot(ctm[0]!, ctm[1]!);
          const down = Math.hypot(ctm[2]!, ctm[3]!);
          out.push({ page: p, width, height, dpi: Math.max(width / (across / 72), height / (down / 72)) });
        }
      });
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return out;
}

/** Every word a reader could get out of the file: page text, bookmark titles and the document information. */
export async function allText(bytes: Uint8Array): Promise<string> {
  const js = await pdfjs();
  const pdf = await js.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p += 1) {
      const page = await pdf.getPage(p);
      parts.push((await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' '));
      page.cleanup();
    }
    const walk = (items: { title: string; items: unknown[] }[] | null): void => items?.forEach((o) => (parts.push(o.title), walk(o.items as { title: string; items: unknown[] }[])));
    walk((await pdf.getOutline()) as { title: string; items: unknown[] }[] | null);
    const meta = await pdf.getMetadata();
    parts.push(JSON.stringify(meta.info));
  } finally {
    await pdf.destroy();
  }
  return parts.join('\n');
}
