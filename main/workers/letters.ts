import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type FromLettersWorker, type LettersRequest, renderLetters } from '../documents/batch-render';

/**
 * A batch of residents' letters laid out off the main thread (started by main/documents/batch.ts): the
 * request arrives as workerData, progress goes back at most every PROGRESS_MS, then the two files, handed
 * over rather than copied. Cancelling ends the worker; it holds nothing but the files it is making.
 */
const PROGRESS_MS = 40;

/** A Uint8Array that owns its whole memory block, so it can be handed over (Buffers may share a pool). */
const own = (bytes: Buffer): Uint8Array => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes));

const port = parentPort;
if (!isMainThread && port) {
  const send = (message: FromLettersWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let last = -Infinity;
  renderLetters(workerData as LettersRequest, (done, message) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS) return;
    last = now;
    send({ type: 'progress', done, message });
  }).then(
    ({ pdf, docx }) => {
      const files = { pdf: own(pdf), docx: own(docx) };
      send({ type: 'done', ...files }, [files.pdf.buffer as ArrayBuffer, files.docx.buffer as ArrayBuffer]);
    },
    (error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
}
