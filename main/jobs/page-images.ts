import type { Worker } from 'node:worker_threads';
import type { PagePreview } from '../pdf/redact/preview';
import type { FromPageWorker, ToPageWorker } from '../pdf/redact/preview-worker';
import { startWorker } from './worker-file';

/**
 * Exhibit pages drawn as pictures for the redaction review and the box drawer (evidence:pageImage), in a
 * worker so that drawing a large scan never holds up the main process. One worker, started on the first
 * request and kept while pages are asked for (a review shows several in a row), ended after a short idle
 * time; requests queue in it. A page the file does not have rejects with a RangeError, as pagePreview does.
 */
const IDLE_MS = 20_000;
const WORKER_MEMORY_MB = 512;

let worker: Worker | null = null;
let idle: NodeJS.Timeout | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (p: PagePreview) => void; reject: (e: Error) => void }>();

function failAll(error: Error): void {
  for (const w of waiting.values()) w.reject(error);
  waiting.clear();
}

function running(): Worker {
  if (worker) return worker;
  const w = startWorker('page-image', { resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  w.on('message', (m: FromPageWorker) => {
    const asked = waiting.get(m.id);
    if (!asked) return;
    waiting.delete(m.id);
    if (m.ok) asked.resolve(m.preview);
    else asked.reject(m.kind === 'no-page' ? new RangeError(m.message) : new Error(m.message));
    if (!waiting.size) idleLater();
  });
  w.once('error', (error) => failAll(error));
  w.once('exit', () => {
    if (worker === w) worker = null;
    failAll(new Error('the page could not be drawn: its worker stopped'));
  });
  // The worker alone does not keep a command-line run alive.
  w.unref();
  worker = w;
  return w;
}

function idleLater(): void {
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => void endPageImages(), IDLE_MS);
  idle.unref();
}

export function drawPageInWorker(bytes: Uint8Array, fileType: 'pdf' | 'jpeg' | 'png', page: number): Promise<PagePreview> {
  if (idle) clearTimeout(idle);
  const id = nextId++;
  return new Promise<PagePreview>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const copy = bytes.slice();
    running().postMessage({ id, bytes: copy, fileType, page } satisfies ToPageWorker, [copy.buffer as ArrayBuffer]);
  });
}

/** Whether the worker is running now (tests, and the bench). */
export const pageImageWorkerRunning = (): boolean => worker !== null;

/** Ends the worker (after an idle time, or at shutdown); a later request starts another. */
export async function endPageImages(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
