import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { refreshInWorker, type RefreshWorkerData } from '../standards/refresh-worker';

/** The sign-in refresh of every open case's deadlines, off the main thread (started by main/standards/refresh.ts). */
const port = parentPort;
if (!isMainThread && port) refreshInWorker(workerData as RefreshWorkerData, (message) => port.postMessage(message));
