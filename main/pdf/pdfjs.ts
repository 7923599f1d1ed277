import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * pdf.js (legacy build) for reading text and decoding images inside the worker: loaded on first use by
 * file URL so esbuild leaves it in node_modules, with its "worker" run in this thread (pdf.js looks for
 * globalThis.pdfjsWorker) and eval off (isEvalSupported: false, security.md §5).
 */
type PdfJs = typeof PdfJsModule;
let loading: Promise<PdfJs> | undefined;

export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const req = createRequire(__filename);
    const url = (p: string) => pathToFileURL(req.resolve(p)).href;
    const viaFunction = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>;
    // Under vitest the code runs in a vm context where a Function's import() has no loader: there the
    // test runner's own import() (which the esbuild bundles never reach) loads the same file.
    const importer = (u: string) =>
      viaFunction(u).catch((error: unknown) => {
        if ((error as { code?: string }).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') throw error;
        return import(/* @vite-ignore */ u) as Promise<unknown>;
      });
    const worker = await importer(url('pdfjs-dist/legacy/build/pdf.worker.mjs'));
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await importer(url('pdfjs-dist/legacy/build/pdf.mjs'))) as PdfJs;
  })();
  return loading;
}

/** What every opening shares: no eval, no system fonts or font faces, no image decoders, quiet, lenient. */
const SAFE_OPTIONS = {
  isEvalSupported: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
  stopAtErrors: false,
} as const;

export function openPdf(pdfjs: PdfJs, data: Uint8Array) {
  return pdfjs.getDocument({ data, ...SAFE_OPTIONS }).promise;
}

/**
 * Opens a PDF for drawing its pages (the redaction's rendering, main/pdf/redact/): as openPdf, plus the
 * standard fonts and character maps pdf.js draws with, read from its own package folder (never fetched).
 * Images are limited to 100 megapixels each, so a hostile file cannot ask for gigabytes.
 */
export function openPdfForDrawing(pdfjs: PdfJs, data: Uint8Array) {
  const root = dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'));
  return pdfjs.getDocument({
    data,
    ...SAFE_OPTIONS,
    maxImageSize: 100_000_000,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
  }).promise;
}
