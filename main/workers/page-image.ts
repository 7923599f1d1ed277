import { isMainThread, parentPort } from 'node:worker_threads';
import { servePagePreviews, type ToPageWorker } from '../pdf/redact/preview-worker';

/** Exhibit pages drawn as pictures off the main thread (main/jobs/page-images.ts keeps one running while pages are asked for). */
const port = parentPort;
if (!isMainThread && port) servePagePreviews((on) => port.on('message', (m: ToPageWorker) => on(m)), (message, transfer) => port.postMessage(message, transfer));
