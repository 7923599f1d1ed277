import { openDatabase, type WritableDB } from '../db/connection';
import { ConnectionSignal } from '../jobs/connection-signal';
import { recomputeOpenCasesInBatches } from './recompute';

/**
 * The worker's side of the sign-in refresh of every open case's deadlines (main/standards/refresh.ts;
 * the entry file is main/workers/deadlines.ts). It opens its own connection to the encrypted database
 * with the key main handed over (transferred, so no copy stays behind in main's memory for this), zeroes
 * its copy as soon as the connection is open, brings the open cases up to date in batches, and closes.
 * Main may ask it to stop at any moment (a lock, a sign-out, a restore): it then rolls back the batch in
 * hand, closes, and says so through the shared signal before main goes on.
 */
export interface RefreshWorkerData {
  dbPath: string;
  /** The workspace's 32-byte master key, transferred: this worker's copy is the only one made for it. */
  key: ArrayBuffer;
  /** As of when (milliseconds since 1970): the signing-in session's clock. */
  now: number;
  batchSize: number;
  /** When main started the worker (Date.now()), for the time it reports. */
  spawnedAt: number;
  /** ConnectionSignal's shared memory. */
  signal: SharedArrayBuffer;
}

export type FromRefreshWorker =
  | { type: 'progress'; done: number; total: number }
  /** ms: since main started the worker (RefreshWorkerData.spawnedAt), loading its code included. */
  | { type: 'done'; cases: number; rewritten: number; ms: number }
  | { type: 'stopped' }
  | { type: 'failed'; message: string };

export function refreshInWorker(data: RefreshWorkerData, post: (message: FromRefreshWorker) => void): void {
  const signal = new ConnectionSignal(data.signal);
  const key = Buffer.from(data.key);
  let db: WritableDB | null = null;
  try {
    if (!signal.opening()) {
      post({ type: 'stopped' });
      return;
    }
    try {
      db = openDatabase(data.dbPath, key);
    } finally {
      key.fill(0);
    }
    const result = recomputeOpenCasesInBatches(db, new Date(data.now), {
      batchSize: data.batchSize,
      stopped: () => signal.stopRequested,
      pause: (ms) => signal.pause(ms),
      progress: (done, total) => post({ type: 'progress', done, total }),
    });
    post(result.stopped ? { type: 'stopped' } : { type: 'done', cases: result.cases, rewritten: result.rewritten, ms: Date.now() - data.spawnedAt });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    key.fill(0);
    try {
      db?.close();
    } finally {
      signal.closed();
    }
  }
}
