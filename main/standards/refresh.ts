import { countOpenCases } from './store';
import { ConnectionSignal } from '../jobs/connection-signal';
import type { JobOwner, JobRegistry } from '../jobs/registry';
import { startWorker } from '../jobs/worker-file';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { recomputeOpenCases } from './recompute';
import type { FromRefreshWorker, RefreshWorkerData } from './refresh-worker';

/**
 * Bringing every open case's deadlines up to date at sign-in (issue 4: states as of today, whatever
 * happened while Hearth was closed), without making sign-in wait for it (issue 14).
 *
 * Decision: from WORKER_FROM open cases it runs in a worker with its own connection to the database
 * (refresh-worker.ts), as a job of the registry; sign-in answers at once. Below that it runs here, at
 * sign-in, as before: a few hundred cases take a few milliseconds, less than starting a worker (which
 * costs its thread a few hundred milliseconds of loading, on a two-core office PC).
 *
 * While it runs the screens are right anyway: the dashboard, the reports and "due before" count a stored
 * pending item whose due time has passed as overdue, and a case's own deadlines are worked out when asked
 * for (main/standards/dashboard.ts, recompute.ts dueItemsForCase). What waits for the refresh is only an
 * item that time alone brings into being (the next of a repeating contact), for a second or two.
 */
export const WORKER_FROM = 1000;
/**
 * Open cases per transaction in the worker (about 25 ms of work on a two-core PC): a write from the window
 * meanwhile makes at most this many be worked out again. Measured: batches of 250 to 2,000 cost no more
 * in all than one transaction for every open case.
 */
export const BATCH_SIZE = 500;
/** How long a lock waits for the worker to let go of the database (it checks between cases, so it is quick). */
const STOP_WAIT_MS = 5000;
const WORKER_MEMORY_MB = 256;

export interface RefreshOutcome {
  state: 'done' | 'stopped' | 'failed';
  /** Where it ran. */
  where: 'main' | 'worker';
  cases: number;
  rewritten: number;
  /** The worker's time from being started to its answer (loading its code included); 0 on the main thread. */
  workerMs: number;
}

export interface RefreshOptions {
  workerFrom?: number;
  batchSize?: number;
  log: (message: string) => void;
}

/**
 * Starts the refresh for the session that just opened `ws`. Returns when it is over (the session takes the
 * database exclusively only then: a second connection cannot open beside an exclusive one).
 */
export function refreshDeadlines(jobs: JobRegistry, ws: OpenWorkspace, owner: JobOwner, now: Date, options: RefreshOptions): Promise<RefreshOutcome> {
  try {
    const open = countOpenCases(ws.db);
    if (open >= (options.workerFrom ?? WORKER_FROM)) return inWorker(jobs, ws, owner, now, open, options);
    const r = recomputeOpenCases(ws.db, now);
    return Promise.resolve({ state: 'done', where: 'main', cases: r.cases, rewritten: r.rewritten, workerMs: 0 });
  } catch (error) {
    // Sign-in still succeeds: each case is recomputed again when it changes, and at the next sign-in.
    options.log(`Bringing deadlines up to date failed: ${(error as Error).message}`);
    return Promise.resolve({ state: 'failed', where: 'main', cases: 0, rewritten: 0, workerMs: 0 });
  }
}

function inWorker(jobs: JobRegistry, ws: OpenWorkspace, owner: JobOwner, now: Date, open: number, options: RefreshOptions): Promise<RefreshOutcome> {
  // The key goes to the worker in memory only, transferred: after this, main's own copy is the workspace's.
  const key = new Uint8Array(32);
  key.set(ws.masterKey);
  const signal = new ConnectionSignal();
  const data: RefreshWorkerData = { dbPath: ws.paths.db, key: key.buffer, now: now.getTime(), batchSize: options.batchSize ?? BATCH_SIZE, spawnedAt: Date.now(), signal: signal.buffer };
  const worker = startWorker('deadlines', { workerData: data, transferList: [key.buffer], resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  const job = jobs.start({
    kind: 'deadline-refresh',
    owner,
    caseId: null,
    access: 'session.use',
    total: open,
    message: 'Bringing deadlines up to date',
    ownConnection: true,
    stop: () => {
      // Returns once the worker has closed its connection: the lock, sign-out or restore that asked can go on.
      if (!signal.stopAndWait(STOP_WAIT_MS)) options.log('Bringing deadlines up to date: the worker did not let go of the database in time; it is being ended.');
      void worker.terminate();
    },
  });
  return new Promise<RefreshOutcome>((resolve) => {
    let outcome: RefreshOutcome = { state: 'failed', where: 'worker', cases: 0, rewritten: 0, workerMs: 0 };
    worker.on('message', (m: FromRefreshWorker) => {
      if (m.type === 'progress') job.progress(m.done, m.total);
      else if (m.type === 'done') {
        outcome = { state: 'done', where: 'worker', cases: m.cases, rewritten: m.rewritten, workerMs: m.ms };
        job.ended('done', `${m.cases.toLocaleString('en-GB')} open cases up to date (${m.rewritten.toLocaleString('en-GB')} changed).`);
      } else if (m.type === 'stopped') {
        outcome = { ...outcome, state: 'stopped' };
        job.ended('cancelled', 'Stopped before the end (the workspace was locked, or re-keyed). The next sign-in brings every open case up to date again.');
      } else {
        options.log(`Bringing deadlines up to date failed: ${m.message}`);
        job.ended('failed', 'Deadlines could not be brought up to date; each case is when it changes, and at the next sign-in.');
      }
    });
    worker.once('error', (error) => options.log(`Bringing deadlines up to date: the worker stopped: ${error.message}`));
    worker.once('exit', () => {
      job.ended('failed', 'The worker stopped before it had finished.');
      resolve(outcome);
    });
  });
}
