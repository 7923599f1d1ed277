import { inflateRawSync } from 'node:zlib';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFBool, type PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

/**
 * Reading generated files back, the way a person's software would: DOCX unzipped (a zip's central
 * directory, inflated with node:zlib) and its word/document.xml turned into text; PDF text through pdf.js
 * (legacy build, eval off), and its catalog, fonts and structure through pdf-lib.
 */

/** The files inside a zip, by name (stored or deflated entries; enough for DOCX). */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i -= 1) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('unzip: no end of central directory');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < entries; n += 1) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('unzip: bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const localName = buf.readUInt16LE(local + 26);
    const localExtra = buf.readUInt16LE(local + 28);
    const start = local + 30 + localName + localExtra;
    const data = buf.subarray(start, start + compressed);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * The label Word shows before each numbered paragraph ("1.", "•"), from word/numbering.xml: a paragraph with
 * w:numPr is counted in its numbering instance (w:num), formatted by its abstract numbering's level 0.
 */
function numberingLabels(numberingXml: string | undefined): (paragraph: string) => string {
  const formats = new Map<string, { fmt: string; text: string; start: number }>();
  for (const m of (numberingXml ?? '').matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g)) {
    const lvl = /<w:lvl\b[^>]*w:ilvl="0"[\s\S]*?<\/w:lvl>/.exec(m[0])?.[0] ?? '';
    formats.set(m[1]!, { fmt: /<w:numFmt w:val="(\w+)"/.exec(lvl)?.[1] ?? 'bullet', text: /<w:lvlText w:val="([^"]*)"/.exec(lvl)?.[1] ?? '', start: Number(/<w:start w:val="(\d+)"/.exec(lvl)?.[1] ?? 1) });
  }
  const abstractOf = new Map([...(numberingXml ?? '').matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>[\s\S]*?<w:abstractNumId w:val="(\d+)"/g)].map((m) => [m[1]!, m[2]!]));
  const counts = new Map<string, number>();
  return (paragraph) => {
    const numId = /<w:numPr>[\s\S]*?<w:numId w:val="(\d+)"/.exec(paragraph)?.[1];
    if (!numId) return '';
    const f = formats.get(abstractOf.get(numId) ?? '');
    if (!f || f.fmt === 'bullet') return '• ';
    const n = (counts.get(numId) ?? f.start - 1) + 1;
    counts.set(numId, n);
    return `${f.text.replace('%1', String(n))} `;
  };
}

/** The text of a DOCX's body (and footers), paragraph by paragraph; tabs and breaks as spaces; list numbers as Word shows them. */
export function docxText(bytes: Uint8Array): { body: string; xml: string; footers: string; core: string; settings: string; numbering: string } {
  const files = unzip(bytes);
  const xml = files.get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('docx: no word/document.xml');
  const numbering = files.get('word/numbering.xml')?.toString('utf8') ?? '';
  const label = numberingLabels(numbering);
  const text = (x: string) =>
    x
      .split(/<\/w:p>/)
      .map(
        (p) =>
          label(p) +
          [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
            .map((m) => (m[1] !== undefined ? decodeXml(m[1]) : ' '))
            .join(''),
      )
      .filter((l) => l.trim())
      .join('\n');
  const footers = [...files.entries()].filter(([n]) => /^word\/footer\d*\.xml$/.test(n)).map(([, b]) => text(b.toString('utf8')));
  return { body: text(xml), xml, footers: footers.join('\n'), core: files.get('docProps/core.xml')?.toString('utf8') ?? '', settings: files.get('word/settings.xml')?.toString('utf8') ?? '', numbering };
}

type PdfJs = typeof PdfJsModule;
let pdfjs: PdfJs | null = null;

export interface PdfText {
  pages: string[];
  /** Font size of every text item (from its transform), for the large-print check. */
  sizes: number[];
  /** Structure roles found in the tagged structure tree (H1, P, L, Table…). */
  roles: Set<string>;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  pdfjs ??= await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const sizes: number[] = [];
  const roles = new Set<string>();
  const walk = (node: { role?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role) roles.add(node.role);
    for (const child of node.children ?? []) walk(child as never);
  };
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (item.str.trim()) sizes.push(Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0));
    }
    pages.push(text);
    walk((await page.getStructTree()) as never);
  }
  await doc.destroy();
  return { pages, sizes, roles };
}

export interface PdfFacts {
  pageCount: number;
  title: string | undefined;
  lang: string | null;
  marked: boolean;
  hasStructTreeRoot: boolean;
  displayDocTitle: boolean;
  /** [/XYZ, left, top, zoom] of the /OpenAction, with the page it opens on (0-based). */
  openAction: { page: number; mode: string; zoom: number | null } | null;
  /** Every font on every page: its name and whether its TrueType program is embedded (FontFile2). */
  fonts: { name: string; embedded: boolean }[];
  pdfUaPart: string | null;
}

const str = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : o instanceof PDFName ? o.decodeText() : null);

export async function pdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = pdf.catalog;
  const lookup = <T extends PDFObject>(o: PDFObject | undefined) => (o instanceof PDFRef ? (pdf.context.lookup(o) as T) : (o as T | undefined));
  const markInfo = lookup<PDFDict>(catalog.get(PDFName.of('MarkInfo')));
  const prefs = lookup<PDFDict>(catalog.get(PDFName.of('ViewerPreferences')));
  const action = lookup<PDFArray>(catalog.get(PDFName.of('OpenAction')));
  let openAction: PdfFacts['openAction'] = null;
  if (action instanceof PDFArray) {
    const pageRef = action.get(0);
    const page = pdf.getPages().findIndex((p) => p.ref === pageRef);
    const zoom = action.get(4);
    openAction = { page, mode: str(action.get(1)) ?? '', zoom: zoom instanceof PDFNumber ? zoom.asNumber() : null };
  }
  const fonts: PdfFacts['fonts'] = [];
  for (const page of pdf.getPages()) {
    const resources = lookup<PDFDict>(page.node.get(PDFName.of('Resources')));
    const dict = resources ? lookup<PDFDict>(resources.get(PDFName.of('Font'))) : undefined;
    if (!dict) continue;
    for (const [, ref] of dict.entries()) {
      const font = lookup<PDFDict>(ref);
      if (!font) continue;
      const name = str(font.get(PDFName.of('BaseFont'))) ?? '?';
      const descendants = lookup<PDFArray>(font.get(PDFName.of('DescendantFonts')));
      const target = descendants instanceof PDFArray ? lookup<PDFDict>(descendants.get(0)) : font;
      const descriptor = target ? lookup<PDFDict>(target.get(PDFName.of('FontDescriptor'))) : undefined;
      if (!fonts.some((f) => f.name === name)) fonts.push({ name, embedded: Boolean(descriptor?.get(PDFName.of('FontFile2'))) });
    }
  }
  const metadata = lookup<PDFObject>(catalog.get(PDFName.of('Metadata')));
  let pdfUaPart: string | null = null;
  if (metadata && 'getContents' in metadata) {
    const xmp = Buffer.from((metadata as unknown as { getContents(): Uint8Array }).getContents()).toString('utf8');
    pdfUaPart = /<pdfuaid:part>(\d+)<\/pdfuaid:part>/.exec(xmp)?.[1] ?? null;
  }
  return {
    pageCount: pdf.getPageCount(),
    title: pdf.getTitle(),
    lang: str(catalog.get(PDFName.of('Lang'))),
    marked: markInfo?.get(PDFName.of('Marked')) === PDFBool.True,
    hasStructTreeRoot: Boolean(catalog.get(PDFName.of('StructTreeRoot'))),
    displayDocTitle: prefs?.get(PDFName.of('DisplayDocTitle')) === PDFBool.True,
    openAction,
    fonts,
    pdfUaPart,
  };
}
