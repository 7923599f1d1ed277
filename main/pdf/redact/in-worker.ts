import { redactExhibit } from './redact';
import type { Box, RedactedPage, RedactRequest } from './types';

/**
 * The redaction as a worker runs it (main/workers/exhibit-redact.ts, started by
 * main/bundles/exhibits/copy-lanes.ts): requests come one at a time as messages and each is answered
 * (progress at most every PROGRESS_MS, then one end) before the next is sent, so pdf.js, pdf-lib and the
 * canvas load once per lane rather than once per exhibit. Cancelling ends the worker (and its OCR threads
 * with it): it holds nothing but the copy it is making.
 */
export type ToRedactWorker = { type: 'redact'; request: RedactRequest };

export type FromRedactWorker =
  | { type: 'progress'; done: number; total: number; message: string }
  | { type: 'done'; pdf: Uint8Array; pages: RedactedPage[]; boxes: Box[] }
  | { type: 'refused'; reason: string }
  | { type: 'failed'; message: string };

const PROGRESS_MS = 100;

type Send = (m: FromRedactWorker, transfer?: ArrayBuffer[]) => void;

/** Serves requests until the worker is ended, one after another. */
export function serveRedactions(listen: (on: (m: ToRedactWorker) => void) => void, send: Send): void {
  let queue = Promise.resolve();
  listen((m) => {
    queue = queue.then(() => redactInWorker(m.request, send));
  });
}

export async function redactInWorker(request: RedactRequest, send: Send): Promise<void> {
  // pdf-lib and pdf.js report recoverable problems in a file on the console: keep them out of the app's output.
  for (const k of ['log', 'info', 'warn', 'debug'] as const) console[k] = () => undefined;
  let last = -Infinity;
  try {
    const outcome = await redactExhibit(request, {
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
    send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
