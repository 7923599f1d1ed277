import { isMainThread, parentPort } from 'node:worker_threads';
import { serveReading, type ToReadWorker } from '../pdf/redact/read-in-worker';

/** Exhibits' words read off the main thread (started by main/bundles/exhibits/read-job.ts): one exhibit in, its pages' words out, until ended. */
const port = parentPort;
if (!isMainThread && port) serveReading((on) => port.on('message', (m: ToReadWorker) => on(m)), (message) => port.postMessage(message));
