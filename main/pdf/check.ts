import { DAMAGED, openEvidencePdf, prepareForCopy } from './evidence-pdf';
import { installSpeedPatches } from './speed';

/**
 * The PDF check (main/evidence/pdf-check.ts runs it in the worker main/workers/pdf-check.ts): opens a file
 * as a bundle will (within the limits, main/pdf/limits.ts), so a file that would defeat a bundle is known
 * at intake.
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

/** The worker's whole answer: pdf-lib quiet, the speed patches in, one verdict, whatever goes wrong. */
export async function checkInWorker(bytes: Uint8Array): Promise<CheckVerdict> {
  // pdf-lib reports recoverable parse problems on the console: keep them out of the app's output.
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = () => undefined;
  installSpeedPatches();
  try {
    return await inspectPdf(bytes);
  } catch (error) {
    return { kind: 'unusable', why: error instanceof RangeError ? 'its structure is nested too deeply to be read safely' : 'it could not be read' };
  }
}
