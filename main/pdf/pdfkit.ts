import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type PdfKitDocument from 'pdfkit';

/**
 * pdfkit, the writer of letters, statements and the board report, and the fonts it embeds. Loaded with
 * createRequire, not imported: pdfkit's ES module build finds its data files through import.meta.url,
 * which a CommonJS bundle (out/main/*.cjs) does not have; its CommonJS build, loaded from node_modules at
 * run time, finds them itself. The same for the fonts (esbuild leaves createRequire alone). Parsed fonts
 * are kept for the life of the process.
 */
export type PdfKitCtor = typeof PdfKitDocument;
export type Doc = PDFKit.PDFDocument;

const here = createRequire(__filename);
let ctor: PdfKitCtor | null = null;

export function pdfkit(): PdfKitCtor {
  return (ctor ??= here('pdfkit') as PdfKitCtor);
}

/** A file of the DejaVu family (dejavu-fonts-ttf), by name: 'DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSansCondensed'… */
export function dejavuFile(name: string): string {
  return join(dirname(here.resolve('dejavu-fonts-ttf/package.json')), 'ttf', `${name}.ttf`);
}

const parsed = new Map<string, unknown>();

/** A font parsed once by pdfkit's own fontkit (registering a parsed font skips parsing it for every document). */
export function parsedFont(file: string): unknown {
  let font = parsed.get(file);
  if (!font) {
    const fontkit = createRequire(here.resolve('pdfkit'))('fontkit') as { create(buffer: Uint8Array): unknown };
    font = fontkit.create(readFileSync(file));
    parsed.set(file, font);
  }
  return font;
}

/** Open the document at 100 % on its first page (bundles.md §1.2: "the default view is 100%"): pdfkit has no option for it. */
export function openAtFullSize(doc: Doc): void {
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.OpenAction = [doc.page.dictionary, 'XYZ', null, null, 1];
}
