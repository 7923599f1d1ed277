import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type FromWindowWorker, lettersFor, type LettersRequest } from '../documents/batch-render';
import { writePdf } from '../documents/pdf';

/**
 * A batch's letters set for DL window envelopes (document:postPdf, issue 17), laid out off the main
 * thread: the stored letter and its addresses arrive as workerData, progress goes back at most every
 * PROGRESS_MS, then the PDF, handed over rather than copied. Cancelling ends the worker; it holds
 * nothing but the file it is making, and nothing is stored.
 */
const PROGRESS_MS = 40;

const port = parentPort;
if (!isMainThread && port) {
  const send = (message: FromWindowWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let last = -Infinity;
  writePdf(lettersFor(workerData as LettersRequest), {
    window: true,
    onLetter: (done) => {
      const now = performance.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      send({ type: 'progress', done });
    },
  }).then(
    (pdf) => {
      // A copy that owns its whole memory block, so it can be handed over (Buffers may share a pool).
      const bytes = new Uint8Array(pdf);
      send({ type: 'done', pdf: bytes }, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
}
