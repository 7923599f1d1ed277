import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject, PDFRef, PDFStream, PDFString } from 'pdf-lib';

/**
 * A PDF/UA structure check (issue 19), the checks a screen-reader user's software depends on, read from the
 * file the way that software reads it: the StructTreeRoot walked with pdf-lib (the whole document, so an
 * element that runs over a page break is one element), the text of each marked-content sequence from pdf.js.
 * It returns every problem in words; an accessible file returns none.
 *
 * - the structure root is Document; /Lang, /Title and DisplayDocTitle set; every font embedded;
 * - headings in order, never skipping a level (H1 then H3 is a skip);
 * - every list item has a label (Lbl) and a body (LBody); every table has a header cell (TH);
 * - every Figure has alternative text (/Alt);
 * - no untagged content: every piece of text, image or drawing sits in a marked-content sequence that is
 *   either in the structure tree or an Artifact;
 * - no paragraph number typed into its paragraph ("1.I, Amira Haddad" is what a reader then says);
 * - no run-on lines: lines broken on purpose (an address, a letterhead) are separate elements, because a
 *   reader joins an element's lines with nothing between them ("Amira HaddadFlat 4…"). A line break inside
 *   one element is taken as deliberate when the next line's first word would have fitted on it.
 */

type PdfJs = typeof PdfJsModule;
let pdfjs: PdfJs | null = null;

export interface StructNode {
  role: string;
  alt: string | null;
  lang: string | null;
  kids: (StructNode | { mcid: number; page: number })[];
}

interface Line {
  text: string;
  width: number;
}

/** The text of each marked-content id (p{page}R_mc{n}), line by line, and what sits outside any. */
interface PageContent {
  lines: Map<string, Line[]>;
  untagged: string[];
  taggedIds: Set<string>;
}

const decode = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : o instanceof PDFName ? o.decodeText() : null);

export async function checkPdfStructure(bytes: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const look = <T extends PDFObject>(o: PDFObject | undefined) => (o instanceof PDFRef ? (pdf.context.lookup(o) as T) : (o as T | undefined));
  const catalog = pdf.catalog;

  if (!decode(catalog.get(PDFName.of('Lang')))) problems.push('the document has no /Lang');
  if (!pdf.getTitle()?.trim()) problems.push('the document has no /Title');
  const prefs = look<PDFDict>(catalog.get(PDFName.of('ViewerPreferences')));
  if (prefs?.get(PDFName.of('DisplayDocTitle')) !== PDFBool.True) problems.push('DisplayDocTitle is not set (the window shows the file name)');
  const markInfo = look<PDFDict>(catalog.get(PDFName.of('MarkInfo')));
  if (markInfo?.get(PDFName.of('Marked')) !== PDFBool.True) problems.push('the document is not marked as tagged (/MarkInfo /Marked true)');
  problems.push(...unembeddedFonts(pdf, look));

  const root = look<PDFDict>(catalog.get(PDFName.of('StructTreeRoot')));
  if (!root) return [...problems, 'the document has no structure tree (StructTreeRoot)'];
  const roleMap = look<PDFDict>(root.get(PDFName.of('RoleMap')));
  const pageNumbers = new Map(pdf.getPages().map((p) => [p.ref.objectNumber, p.ref.objectNumber]));
  const tree = readTree(root, look, roleMap, pageNumbers);
  const top = tree.kids.filter((k): k is StructNode => 'role' in k);
  if (top.length !== 1 || top[0]!.role !== 'Document') problems.push(`the structure root is ${top.map((t) => t.role).join(', ') || 'empty'}, not one Document`);

  const content = await readContent(bytes);
  const inTree = new Set<string>();
  walk(tree, (n) => n.kids.forEach((k) => 'mcid' in k && inTree.add(`p${k.page}R_mc${k.mcid}`)));
  for (const page of content) {
    page.untagged.forEach((u) => problems.push(`untagged content: ${u}`));
    for (const id of page.taggedIds) if (!inTree.has(id)) problems.push(`marked content ${id} is in no structure element`);
  }
  const linesOf = new Map<string, Line[]>();
  content.forEach((p) => p.lines.forEach((v, k) => linesOf.set(k, v)));
  problems.push(...elementProblems(tree, linesOf));
  return problems;
}

function readTree(root: PDFDict, look: <T extends PDFObject>(o: PDFObject | undefined) => T | undefined, roleMap: PDFDict | undefined, pages: Map<number, number>): StructNode {
  const mapped = (role: string): string => {
    const to = roleMap ? decode(roleMap.get(PDFName.of(role))) : null;
    return to && to !== role ? mapped(to) : role;
  };
  const seen = new Set<PDFDict>();
  const node = (dict: PDFDict, inheritedPage: number | null): StructNode => {
    seen.add(dict);
    const pg = dict.get(PDFName.of('Pg'));
    const page = pg instanceof PDFRef ? (pages.get(pg.objectNumber) ?? null) : inheritedPage;
    const kidsObj = look<PDFObject>(dict.get(PDFName.of('K')));
    const list = kidsObj instanceof PDFArray ? kidsObj.asArray() : kidsObj === undefined ? [] : [dict.get(PDFName.of('K'))!];
    const kids: StructNode['kids'] = [];
    for (const raw of list) {
      const k = look<PDFObject>(raw);
      if (k instanceof PDFNumber && page !== null) kids.push({ mcid: k.asNumber(), page });
      else if (k instanceof PDFDict) {
        const type = decode(k.get(PDFName.of('Type')));
        if (type === 'MCR') {
          const mcPg = k.get(PDFName.of('Pg'));
          const mcPage = mcPg instanceof PDFRef ? pages.get(mcPg.objectNumber) : page;
          const mcid = look<PDFNumber>(k.get(PDFName.of('MCID')));
          if (mcPage !== undefined && mcPage !== null && mcid) kids.push({ mcid: mcid.asNumber(), page: mcPage });
        } else if (type !== 'OBJR' && !seen.has(k)) kids.push(node(k, page));
      }
    }
    const s = decode(dict.get(PDFName.of('S')));
    return { role: s ? mapped(s) : 'StructTreeRoot', alt: decode(look(dict.get(PDFName.of('Alt')))), lang: decode(look(dict.get(PDFName.of('Lang')))), kids };
  };
  return node(root, null);
}

function walk(n: StructNode, visit: (n: StructNode) => void) {
  visit(n);
  n.kids.forEach((k) => 'role' in k && walk(k, visit));
}

const childRoles = (n: StructNode) => n.kids.filter((k): k is StructNode => 'role' in k).map((k) => k.role);

function elementProblems(tree: StructNode, linesOf: Map<string, Line[]>): string[] {
  const problems: string[] = [];
  const textOf = (n: StructNode): string => n.kids.map((k) => ('role' in k ? textOf(k) : (linesOf.get(`p${k.page}R_mc${k.mcid}`) ?? []).map((l) => l.text).join(''))).join('');
  let lastHeading = 0;
  walk(tree, (n) => {
    const h = /^H([1-6])$/.exec(n.role);
    if (h) {
      const level = Number(h[1]);
      if (level > lastHeading + 1) problems.push(`heading level skipped: H${level} “${textOf(n).slice(0, 40)}” after ${lastHeading ? `H${lastHeading}` : 'no heading'}`);
      lastHeading = level;
    }
    if (n.role === 'L') {
      for (const [i, li] of n.kids.entries()) {
        if (!('role' in li) || li.role === 'Caption' || li.role === 'L') continue;
        const roles = childRoles(li);
        // The first item of a list may be the rest of an item from the page before (its body only).
        const continued = i === 0 && roles.length === 1 && roles[0] === 'LBody';
        if (li.role !== 'LI' || (!roles.includes('Lbl') && !continued) || !roles.includes('LBody')) problems.push(`list item without Lbl and LBody: ${li.role} > ${roles.join(', ') || 'content'} “${textOf(li).slice(0, 40)}”`);
      }
    }
    if (n.role === 'Table') {
      let th = false;
      walk(n, (c) => (th ||= c.role === 'TH'));
      if (!th) problems.push(`table without a header cell (TH): “${textOf(n).slice(0, 40)}”`);
    }
    if (n.role === 'Figure' && !n.alt?.trim()) problems.push('a Figure without alternative text (/Alt)');
    const leaf = n.kids.every((k) => 'mcid' in k) && n.kids.length > 0;
    if (!leaf || n.role === 'Lbl') return;
    const lines = n.kids.flatMap((k) => ('mcid' in k ? (linesOf.get(`p${k.page}R_mc${k.mcid}`) ?? []) : []));
    const first = lines.find((l) => l.text.trim());
    // (A table cell's text is read with its header, so a numbered question in a cell is not a list.)
    if (first && /^\s*\d+\.(\s|$)/.test(first.text) && n.role !== 'TD' && n.role !== 'TH') problems.push(`a paragraph number typed into its ${n.role} (not an L > LI > Lbl + LBody): “${textOf(n).slice(0, 40)}”`);
    problems.push(...runOn(n.role, lines));
  });
  return problems;
}

/** A line break that was not a wrap: the next line's first word would have fitted after it. */
function runOn(role: string, lines: Line[]): string[] {
  const real = lines.filter((l) => l.text.trim());
  if (real.length < 2 || role === 'TD' || role === 'TH') return [];
  const widest = Math.max(...real.map((l) => l.width));
  for (let i = 0; i < real.length - 1; i += 1) {
    const a = real[i]!;
    const b = real[i + 1]!;
    if (/[\s-]$/.test(a.text) || /^\s/.test(b.text)) continue;
    const firstWord = b.text.split(/\s+/)[0] ?? '';
    const wordWidth = b.text.length ? (b.width * firstWord.length) / b.text.length : 0;
    if (a.width + wordWidth * 1.3 < widest * 0.9) return [`run-on lines in one ${role}: “${a.text}” then “${b.text}” are read as “${a.text}${firstWord}”; put each line in its own element`];
  }
  return [];
}

async function readContent(bytes: Uint8Array): Promise<PageContent[]> {
  pdfjs ??= await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { OPS } = pdfjs;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const out: PageContent[] = [];
  try {
    for (let i = 1; i <= doc.numPages; i += 1) {
      const page = await doc.getPage(i);
      const lines = new Map<string, Line[]>();
      const untagged: string[] = [];
      const taggedIds = new Set<string>();
      const stack: (string | null)[] = [];
      const content = await page.getTextContent({ includeMarkedContent: true });
      let current: Line | null = null;
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
            const id = 'id' in item && typeof item.id === 'string' ? item.id : null;
            stack.push(id);
            current = null;
          } else if (item.type === 'endMarkedContent') {
            stack.pop();
            current = null;
          }
          continue;
        }
        if (stack.length === 0) {
          if (item.str.trim()) untagged.push(`page ${i}: text “${item.str.slice(0, 40)}” outside any marked content`);
          continue;
        }
        const id = [...stack].reverse().find((s) => s !== null) ?? null;
        if (!id) continue;
        taggedIds.add(id);
        let list = lines.get(id);
        if (!list) lines.set(id, (list = []));
        if (!current) list.push((current = { text: '', width: 0 }));
        current.text += item.str;
        current.width += item.width;
        if (item.hasEOL) current = null;
      }
      // Images and drawings outside any marked content (an untagged photo or rule).
      const ops = await page.getOperatorList();
      let depth = 0;
      const painted = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.stroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeStroke, OPS.closeFillStroke]);
      const named = new Map<number, string>([[OPS.paintImageXObject, 'an image'], [OPS.paintInlineImageXObject, 'an image'], [OPS.paintImageMaskXObject, 'an image']]);
      const seen = new Set<string>();
      ops.fnArray.forEach((fn) => {
        if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) depth += 1;
        else if (fn === OPS.endMarkedContent) depth = Math.max(0, depth - 1);
        else if (depth === 0 && painted.has(fn)) {
          const what = named.get(fn) ?? 'a drawing (rule or box)';
          if (!seen.has(what)) untagged.push(`page ${i}: ${what} outside any marked content`);
          seen.add(what);
        }
      });
      out.push({ lines, untagged, taggedIds });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/** Every font on every page (and in its form XObjects) must carry its program: FontFile, FontFile2 or FontFile3. */
function unembeddedFonts(pdf: PDFDocument, look: <T extends PDFObject>(o: PDFObject | undefined) => T | undefined): string[] {
  const missing = new Set<string>();
  const seen = new Set<PDFDict>();
  const resources = (res: PDFDict | undefined) => {
    if (!res || seen.has(res)) return;
    seen.add(res);
    const fonts = look<PDFDict>(res.get(PDFName.of('Font')));
    for (const [, ref] of fonts?.entries() ?? []) {
      const font = look<PDFDict>(ref);
      if (!font || decode(font.get(PDFName.of('Subtype'))) === 'Type3') continue;
      const name = decode(font.get(PDFName.of('BaseFont'))) ?? '?';
      const descendants = look<PDFArray>(font.get(PDFName.of('DescendantFonts')));
      const target = descendants instanceof PDFArray ? look<PDFDict>(descendants.get(0)) : font;
      const d = target ? look<PDFDict>(target.get(PDFName.of('FontDescriptor'))) : undefined;
      if (!d || !['FontFile', 'FontFile2', 'FontFile3'].some((k) => d.get(PDFName.of(k)))) missing.add(name);
    }
    const xobjects = look<PDFDict>(res.get(PDFName.of('XObject')));
    for (const [, ref] of xobjects?.entries() ?? []) {
      const x = look<PDFObject>(ref);
      if (x instanceof PDFStream && decode(x.dict.get(PDFName.of('Subtype'))) === 'Form') resources(look<PDFDict>(x.dict.get(PDFName.of('Resources'))));
    }
  };
  for (const page of pdf.getPages()) {
    const res = page.node.Resources();
    resources(res instanceof PDFDict ? res : undefined);
  }
  return [...missing].map((n) => `font ${n} is not embedded`);
}
