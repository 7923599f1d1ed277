import type { DocumentModel } from '../../shared/documents/model';
import { writeDocx } from './docx';
import { writePdf } from './pdf';

/**
 * The rendering half of a batch of residents' letters (P5.3), which needs no database: one model, one
 * letter per address, laid out as one PDF and one DOCX. It runs in the worker main/workers/letters.ts,
 * so a batch of thousands of letters never holds up the window (main/documents/batch.ts stores the result).
 */
export interface LettersRequest {
  /** The letter as rendered and checked once (the disclosure guard) for the first address. */
  model: DocumentModel;
  addresses: string[];
}

export type FromLettersWorker =
  | { type: 'progress'; done: number; message: string }
  | { type: 'done'; pdf: Uint8Array; docx: Uint8Array }
  | { type: 'failed'; message: string };

/** What the window-envelope worker (main/workers/window-letters.ts) sends back. */
export type FromWindowWorker = { type: 'progress'; done: number } | { type: 'done'; pdf: Uint8Array } | { type: 'failed'; message: string };

/** "12 Elm Road, London, N1 1AA" → the lines of an address block for "The Occupier". */
export function occupierBlock(address: string): string[] {
  return [
    'The Occupier',
    ...address
      .split(/[,\n]/)
      .map((l) => l.trim())
      .filter(Boolean),
  ];
}

/** One model per address: only the address block differs (each household's own address). */
export function lettersFor(request: LettersRequest): DocumentModel[] {
  return request.addresses.map((a) => ({ ...request.model, addressee: occupierBlock(a) }));
}

/**
 * Lays the letters out. `progress` counts letters laid out in the PDF, then in the DOCX (each half of
 * the work), in letters of the whole batch.
 */
export async function renderLetters(request: LettersRequest, progress: (done: number, message: string) => void): Promise<{ pdf: Buffer; docx: Buffer }> {
  const models = lettersFor(request);
  const total = models.length;
  const half = (phase: 0 | 1, n: number) => Math.min(total, Math.floor((phase * total + n) / 2));
  const pdf = await writePdf(models, { onLetter: (n) => progress(half(0, n), 'Writing the PDF…') });
  const docx = await writeDocx(models, { onLetter: (n) => progress(half(1, n), 'Writing the Word file…') });
  return { pdf, docx };
}
