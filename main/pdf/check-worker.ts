import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { PDF_CHECK_ROLE } from './check-role';
import { DAMAGED, openEvidencePdf, prepareForCopy } from './evidence-pdf';
import { installSpeedPatches } from './speed';

/**
 * The PDF check's worker (main/evidence/pdf-check.ts starts it): opens a file as a bundle will (within the
 * limits, main/pdf/limits.ts), so a file that would defeat a bundle is known at intake. A real module,
 * type-checked and linted: built by esbuild into out/main/pdf-check-worker.cjs, run from the sources by
 * tsx. It answers once and is ended.
 */

export type CheckVerdict = { kind: 'ok'; pages: number } | { kind: 'encrypted' } | { kind: 'damaged'; why: string } | { kind: 'unusable'; why: string };

export async function inspectPdf(bytes: Uint8Array): Promise<CheckVerdict> {
  const opened = await openEvidencePdf(bytes);
  if (!opened.ok) {
    if (opened.encrypted) return { kind: 'encrypted' };
    return opened.reason === DAMAGED ? { kind: 'damaged', why: opened.reason } : { kind: 'unusable', why: opened.reason };
  }
  if (!opened.pages.length) return { kind: 'damaged', why: 'the PDF has no pages' };
  const prepared = prepareForCopy(opened.doc, opened.pages);
  return prepared.ok ? { kind: 'ok', pages: opened.pages.length } : { kind: 'unusable', why: prepared.reason };
}

const data = workerData as { role?: string; bytes?: Uint8Array } | null;
if (!isMainThread && parentPort && data?.role === PDF_CHECK_ROLE && data.bytes) {
  const port = parentPort;
  // pdf-lib reports recoverable parse problems on the console: keep them out of the app's output.
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = () => undefined;
  installSpeedPatches();
  inspectPdf(data.bytes).then(
    (verdict) => port.postMessage(verdict),
    (error: unknown) => port.postMessage({ kind: 'unusable', why: error instanceof RangeError ? 'its structure is nested too deeply to be read safely' : 'it could not be read' } satisfies CheckVerdict),
  );
}
