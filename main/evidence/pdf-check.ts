import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PDF_CHECK_ROLE } from '../pdf/check-role';
import type { CheckVerdict } from '../pdf/check-worker';

/**
 * Looks inside a PDF off the main thread (security.md §5: never parse untrusted PDFs in the main
 * process). A worker_threads Worker with its own memory cap opens the file as a bundle will
 * (main/pdf/check-worker.ts: within the limits on page-tree loops, nesting and decompression bombs);
 * it is ended if it runs past the time limit, and anything that goes wrong in it (a parse error, running
 * out of memory, a hang) only marks the file as not usable in a bundle: the original is still kept.
 *
 * The worker runs main/pdf/check-worker.ts: from the TypeScript sources (vitest, tsx) through tsx, and
 * from the esbuild bundles in out/main as out/main/pdf-check-worker.cjs beside them (scripts/build.mjs).
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

function workerSource(): string {
  if (__filename.endsWith('.ts')) {
    const req = createRequire(__filename);
    return `require(${JSON.stringify(req.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(join(__dirname, '..', 'pdf', 'check-worker.ts'))});`;
  }
  return `require(${JSON.stringify(join(__dirname, 'pdf-check-worker.cjs'))});`;
}

export function checkPdf(bytes: Uint8Array, options: PdfCheckOptions = {}): Promise<PdfCheck> {
  const timeoutMs = options.timeoutMs ?? PDF_CHECK_TIMEOUT_MS;
  // One copy of the file, handed over (transferred) to the worker rather than copied again.
  const copy = bytes.slice();
  return new Promise<PdfCheck>((resolve) => {
    let settled = false;
    const worker = new Worker(workerSource(), {
      eval: true,
      workerData: { role: PDF_CHECK_ROLE, bytes: copy },
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
