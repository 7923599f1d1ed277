import { startWorker } from '../jobs/worker-file';
import type { CheckVerdict } from '../pdf/check';

/**
 * Looks inside a PDF off the main thread (security.md §5: never parse untrusted PDFs in the main
 * process). A worker_threads Worker with its own memory cap opens the file as a bundle will
 * (main/pdf/check.ts: within the limits on page-tree loops, nesting and decompression bombs);
 * it is ended if it runs past the time limit, and anything that goes wrong in it (a parse error, running
 * out of memory, a hang) only marks the file as not usable in a bundle: the original is still kept.
 *
 * The worker runs main/workers/pdf-check.ts (out/main/pdf-check-worker.cjs when built: main/jobs/worker-file.ts).
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

export function checkPdf(bytes: Uint8Array, options: PdfCheckOptions = {}): Promise<PdfCheck> {
  const timeoutMs = options.timeoutMs ?? PDF_CHECK_TIMEOUT_MS;
  // One copy of the file, handed over (transferred) to the worker rather than copied again.
  const copy = bytes.slice();
  return new Promise<PdfCheck>((resolve) => {
    let settled = false;
    const worker = startWorker('pdf-check', {
      workerData: { bytes: copy },
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
    worker.once('message', (v: CheckVerdict) => {
      if (v.kind === 'ok') finish({ usable: true, pageCount: v.pages });
      else if (v.kind === 'encrypted') finish({ usable: false, reason: PASSWORD_PROTECTED, pageCount: null });
      else finish({ usable: false, reason: `${v.kind}: ${v.why}`, pageCount: null });
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
