import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkInWorker } from '../pdf/check';

/** The PDF check at intake (started by main/evidence/pdf-check.ts): one file in, one verdict out, then it is ended. */
const port = parentPort;
const bytes = (workerData as { bytes?: Uint8Array } | null)?.bytes;
if (!isMainThread && port && bytes) void checkInWorker(bytes).then((verdict) => port.postMessage(verdict));
