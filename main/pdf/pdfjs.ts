import { createRequire } from 'node:module';
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
    const importer = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>;
    const worker = await importer(url('pdfjs-dist/legacy/build/pdf.worker.mjs'));
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await importer(url('pdfjs-dist/legacy/build/pdf.mjs'))) as PdfJs;
  })();
  return loading;
}

export function openPdf(pdfjs: PdfJs, data: Uint8Array) {
  return pdfjs.getDocument({
    data,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  }).promise;
}
