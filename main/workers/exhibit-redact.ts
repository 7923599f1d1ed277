import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { redactInWorker } from '../pdf/redact/in-worker';
import type { RedactRequest } from '../pdf/redact/types';

/** An exhibit redacted off the main thread (started by main/bundles/exhibits/redact-job.ts): one request in, one answer out. */
const port = parentPort;
if (!isMainThread && port) void redactInWorker(workerData as RedactRequest, (message, transfer = []) => port.postMessage(message, transfer));
