import { redactExhibit } from './redact';
import { RedactCancelled, type Box, type RedactedPage, type RedactRequest } from './types';

/**
 * The redaction as a worker runs it (main/workers/exhibit-redact.ts, started by
 * main/bundles/exhibits/copy-lanes.ts): requests come one at a time as messages and each is answered
 * (progress at most every PROGRESS_MS, then one end) before the next is sent, so pdf.js, pdf-lib and the
 * canvas load once per lane rather than once per exhibit. Cancelling ends the worker (and its OCR threads
 * with it): it holds nothing but the copy it is making. A copy asked for again while it is being made is
 * abandoned instead (`abandon`): it stops before its next page and answers `abandoned`, and the worker,
 * still loaded, takes the newer request.
 */
export type ToRedactWorker = { type: 'redact'; request: RedactRequest } | { type: 'abandon' };

export type FromRedactWorker =
  | { type: 'progress'; done: number; total: number; message: string }
  | { type: 'done'; pdf: Uint8Array; pages: RedactedPage[]; boxes: Box[] }
  | { type: 'refused'; reason: string }
  | { type: 'failed'; message: string }
  | { type: 'abandoned' };

const PROGRESS_MS = 100;

type Send = (m: FromRedactWorker, transfer?: ArrayBuffer[]) => void;

/** Serves requests until the worker is ended, one after another. */
export function serveRedactions(listen: (on: (m: ToRedactWorker) => void) => void, send: Send): void {
  let queue = Promise.resolve();
  // Messages come in order: an `abandon` is for the copy being made when it arrives (or, if that copy has
  // just been answered, for nothing: the next request starts with it cleared).
  let abandon = false;
  listen((m) => {
    if (m.type === 'abandon') {
      abandon = true;
      return;
    }
    queue = queue.then(() => {
      abandon = false;
      return redactInWorker(m.request, send, () => abandon);
    });
  });
}

export async function redactInWorker(request: RedactRequest, send: Send, abandoned: () => boolean = () => false): Promise<void> {
  // pdf-lib and pdf.js report recoverable problems in a file on the console: keep them out of the app's output.
  for (const k of ['log', 'info', 'warn', 'debug'] as const) console[k] = () => undefined;
  let last = -Infinity;
  try {
    const outcome = await redactExhibit(request, {
      cancelled: abandoned,
      progress: (done, total, message) => {
        const now = performance.now();
        if (now - last < PROGRESS_MS && done < total) return;
        last = now;
        send({ type: 'progress', done, total, message });
      },
    });
    if (!outcome.ok) return send({ type: 'refused', reason: outcome.reason });
    // A Uint8Array that owns its whole memory block can be handed over rather than copied.
    const pdf = outcome.pdf.byteOffset === 0 && outcome.pdf.byteLength === outcome.pdf.buffer.byteLength ? outcome.pdf : outcome.pdf.slice();
    send({ type: 'done', pdf, pages: outcome.pages, boxes: outcome.boxes }, [pdf.buffer as ArrayBuffer]);
  } catch (error) {
    if (error instanceof RedactCancelled) return send({ type: 'abandoned' });
    send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
