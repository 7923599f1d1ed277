import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { redactInWorker, serveRedactions, type ToRedactWorker } from '../pdf/redact/in-worker';
import type { RedactRequest } from '../pdf/redact/types';

/**
 * Exhibits redacted off the main thread. A lane of main/bundles/exhibits/copy-lanes.ts sends requests one
 * at a time and keeps the worker for the next; started with a request as workerData (the redaction bench),
 * it answers that one alone.
 */
const port = parentPort;
if (!isMainThread && port) {
  if (workerData) void redactInWorker(workerData as RedactRequest, (message, transfer = []) => port.postMessage(message, transfer));
  else serveRedactions((on) => port.on('message', (m: ToRedactWorker) => on(m)), (message, transfer = []) => port.postMessage(message, transfer));
}
