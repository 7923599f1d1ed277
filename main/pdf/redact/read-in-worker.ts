import { OcrOnDemand } from './ocr';
import { readExhibitWords, type PageWords } from './read-words';
import { DEFAULT_DPI } from './render';

/**
 * Reading exhibits' words in a worker (main/workers/exhibit-read.ts, started by
 * main/bundles/exhibits/read-job.ts): main sends one exhibit at a time (its bytes are read from the
 * database, which main alone owns) and the worker answers each before the next is sent. One pair of OCR
 * workers serves every exhibit of the run, so tesseract starts once however many scans there are.
 */
export type ToReadWorker = { type: 'read'; evidenceId: number; bytes: Uint8Array; fileType: 'pdf' | 'jpeg' | 'png' };

export type FromReadWorker =
  | { type: 'progress'; evidenceId: number; done: number; total: number }
  | { type: 'read'; evidenceId: number; pages: PageWords[] }
  | { type: 'refused'; evidenceId: number; reason: string }
  | { type: 'failed'; message: string };

const PROGRESS_MS = 100;

export function serveReading(listen: (on: (m: ToReadWorker) => void) => void, send: (m: FromReadWorker) => void): void {
  // pdf.js reports recoverable problems in a file on the console: keep them out of the app's output.
  for (const k of ['log', 'info', 'warn', 'debug'] as const) console[k] = () => undefined;
  const ocr = new OcrOnDemand(DEFAULT_DPI);
  let queue = Promise.resolve();
  listen((m) => {
    queue = queue.then(async () => {
      let last = -Infinity;
      try {
        const outcome = await readExhibitWords(m.bytes, m.fileType, ocr, {
          progress: (done, total) => {
            const now = performance.now();
            if (now - last < PROGRESS_MS && done < total) return;
            last = now;
            send({ type: 'progress', evidenceId: m.evidenceId, done, total });
          },
        });
        send(outcome.ok ? { type: 'read', evidenceId: m.evidenceId, pages: outcome.pages } : { type: 'refused', evidenceId: m.evidenceId, reason: outcome.reason });
      } catch (error) {
        send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    });
  });
}
