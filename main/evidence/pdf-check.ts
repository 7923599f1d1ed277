import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Looks inside a PDF off the main thread (security.md §5: never parse untrusted PDFs in the main
 * process). A worker_threads Worker with its own memory cap loads the file with pdf-lib; it is ended
 * if it runs past the time limit, and anything that goes wrong in it (a parse error, running out of
 * memory, a hang) only marks the file as not usable in a bundle: the original is still kept.
 *
 * The worker is an inline script (eval) that requires pdf-lib by an absolute path resolved here, so
 * it runs the same from the TypeScript sources (vitest, tsx) and from the esbuild bundle in out/main,
 * where pdf-lib stays in node_modules (Electron 18+ loads it from app.asar inside workers too).
 */
export interface PdfCheckOptions {
  /** Wall-clock limit for the check; the worker is terminated after it. */
  timeoutMs?: number;
  /** The worker's V8 old-generation heap cap. */
  maxOldGenerationSizeMb?: number;
}

export type PdfCheck = { usable: true; pageCount: number } | { usable: false; reason: string; pageCount: number | null };

export const PDF_CHECK_TIMEOUT_MS = 20_000;
export const PDF_CHECK_MEMORY_MB = 512;

export const PASSWORD_PROTECTED = 'password-protected';

/** What the worker posts back. */
type WorkerVerdict = { kind: 'ok'; pages: number } | { kind: 'encrypted' } | { kind: 'damaged'; why: string };

const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
// pdf-lib reports recoverable parse problems on the console: keep them out of the app's output.
for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => {};
(async () => {
  let verdict;
  try {
    const { PDFDocument } = require(workerData.pdfLibPath);
    const doc = await PDFDocument.load(workerData.bytes, { ignoreEncryption: true, updateMetadata: false, parseSpeed: Infinity });
    if (doc.isEncrypted) verdict = { kind: 'encrypted' };
    else {
      const pages = doc.getPageCount();
      verdict = pages > 0 ? { kind: 'ok', pages } : { kind: 'damaged', why: 'the PDF has no pages' };
    }
  } catch {
    // pdf-lib's messages are for programmers ("Cannot read properties of undefined"): say it plainly.
    verdict = { kind: 'damaged', why: 'the PDF could not be read' };
  }
  parentPort.postMessage(verdict);
})();
`;

let pdfLibPath: string | undefined;
function resolvePdfLib(): string {
  // createRequire rather than require.resolve: esbuild leaves it alone, and pdf-lib stays external.
  return (pdfLibPath ??= createRequire(__filename).resolve('pdf-lib'));
}

export function checkPdf(bytes: Uint8Array, options: PdfCheckOptions = {}): Promise<PdfCheck> {
  const timeoutMs = options.timeoutMs ?? PDF_CHECK_TIMEOUT_MS;
  // One copy of the file, handed over (transferred) to the worker rather than copied again.
  const copy = bytes.slice();
  return new Promise<PdfCheck>((resolve) => {
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pdfLibPath: resolvePdfLib(), bytes: copy },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? PDF_CHECK_MEMORY_MB, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
    });
    const finish = (result: PdfCheck) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 100) / 10} seconds` : `${timeoutMs} ms`;
    const timer = setTimeout(() => finish({ usable: false, reason: `could not be checked within ${limit}`, pageCount: null }), timeoutMs);
    worker.once('message', (v: WorkerVerdict) => {
      if (v.kind === 'ok') finish({ usable: true, pageCount: v.pages });
      else if (v.kind === 'encrypted') finish({ usable: false, reason: PASSWORD_PROTECTED, pageCount: null });
      else finish({ usable: false, reason: `damaged: ${v.why}`, pageCount: null });
    });
    worker.once('error', (error: Error & { code?: string }) =>
      finish({
        usable: false,
        reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too large or complex to check safely' : 'could not be checked',
        pageCount: null,
      }),
    );
    worker.once('exit', () => finish({ usable: false, reason: 'could not be checked', pageCount: null }));
  });
}
