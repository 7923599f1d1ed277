import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/result';
import type { Action } from '../../shared/roles';
import type { JobKind, JobResult, JobState, JobStatus } from '../../shared/schemas/jobs';

/**
 * The one registry of background work in this process (issue 14): bundle builds, batches of letters, the
 * sign-in refresh of every open case's deadlines. Each job has an owner (the person who started it, in
 * the workspace it was started in), the case it belongs to, its progress, a way to stop it, and its
 * result. Screens ask about it on job:status and stop it on job:cancel, whatever its kind; a job of
 * someone else is "not found" (dispatch asks `locate` before any handler runs: main/ipc/record-access.ts).
 *
 * The work itself is done by its feature (main/bundles, main/documents, main/standards), usually in a
 * worker thread (main/jobs/worker-file.ts); the feature reports through the JobHandle it is given, and
 * writes its own audit event when the work ends after the request that started it has answered.
 */

export interface JobOwner {
  userId: number;
  workspaceId: string;
}

/** Why a job is asked to stop: the person pressed Cancel, or the workspace was locked, signed out of or replaced. */
export type StopReason = 'cancel' | 'lock';

export interface JobStart {
  /** Given when the id must be known before the job starts (its request's audit event names it). */
  id?: string;
  kind: JobKind;
  owner: JobOwner;
  caseId: number | null;
  /** What the owner must still be allowed to do, on the job's case, to see or cancel it. */
  access: Action;
  total: number;
  message: string;
  /** Asks the work to stop; it reports how it ended through its handle (ended()). Must not throw. */
  stop: (reason: StopReason) => void;
  /**
   * The work has a connection of its own to the workspace's database (a worker's), and `stop` returns only
   * once it is closed: it is stopped before anything that needs the file alone (a re-key).
   */
  ownConnection?: boolean;
}

/** The working side of a job: its feature reports progress and the end through this. */
export interface JobHandle {
  readonly id: string;
  /** Whether the job has not yet ended. */
  readonly running: boolean;
  progress(done: number, total: number, message?: string): void;
  ended(state: Exclude<JobState, 'running'>, message: string, result?: JobResult | null): void;
}

interface Job {
  id: string;
  start: JobStart;
  state: JobState;
  done: number;
  total: number;
  message: string;
  result: JobResult | null;
  endedAt: number | null;
  stopping: boolean;
  /** Who follows its changes as they happen (an office host's stream to the PC that asked: main/office/job-stream.ts). */
  watchers: Set<(status: JobStatus) => void>;
}

/** Finished jobs are answered for an hour (a screen polling, or reopened), then forgotten. */
const KEEP_ENDED_MS = 60 * 60 * 1000;

export const newJobId = (): string => randomBytes(16).toString('hex');

const NOT_FOUND = 'There is no such job, or it was started by someone else.';

export class JobRegistry {
  readonly #jobs = new Map<string, Job>();

  constructor(private readonly clock: () => number = Date.now) {}

  start(init: JobStart): JobHandle {
    this.#sweep();
    const job: Job = { id: init.id ?? newJobId(), start: init, state: 'running', done: 0, total: init.total, message: init.message, result: null, endedAt: null, stopping: false, watchers: new Set() };
    this.#jobs.set(job.id, job);
    return {
      id: job.id,
      get running() {
        return job.state === 'running';
      },
      progress: (done, total, message) => {
        if (job.state !== 'running') return;
        job.done = Math.max(0, Math.min(done, total));
        job.total = Math.max(0, total);
        if (message !== undefined) job.message = message;
        tell(job);
      },
      ended: (state, message, result = null) => {
        if (job.state !== 'running') return;
        job.state = state;
        job.message = message;
        job.result = result;
        if (state === 'done') job.done = job.total;
        job.endedAt = this.clock();
        tell(job);
      },
    };
  }

  /** The job's status for its owner; anyone else is told there is no such job. */
  status(id: string, who: JobOwner): JobStatus {
    return statusOf(this.#own(id, who));
  }

  /**
   * Calls `listener` with the owner's job's status at each change (progress, its end) until the returned
   * function is called; a job that has ended has no more changes. Anyone else's job is "not found".
   */
  watch(id: string, who: JobOwner, listener: (status: JobStatus) => void): () => void {
    const job = this.#own(id, who);
    job.watchers.add(listener);
    return () => job.watchers.delete(listener);
  }

  /** Asks the owner's job to stop (a job that has ended is left as it is) and answers its status. */
  cancel(id: string, who: JobOwner): JobStatus {
    const job = this.#own(id, who);
    this.#stop(job, 'cancel');
    return statusOf(job);
  }

  /** For dispatch: the case of one of this owner's jobs and what it needs, or null (not theirs, or gone). */
  locate(id: string, who: JobOwner): { caseId: number; access: Action } | null {
    const job = this.#jobs.get(id);
    if (!job || !owns(job, who) || job.start.caseId === null) return null;
    return { caseId: job.start.caseId, access: job.start.access };
  }

  /**
   * Stops every running job: at lock and sign-out (their database has gone), and when another session
   * begins. Each stop returns once its work has let go of the database (a worker with its own connection
   * closes it first: main/standards/refresh.ts), so a sign-in that follows finds the file free.
   */
  stopAll(): void {
    for (const job of this.#jobs.values()) this.#stop(job, 'lock');
  }

  /**
   * Stops the jobs that have a connection of their own to the database, and returns once they have let
   * go of it: a re-key needs the file alone (and a connection opened with the old key could not go on).
   */
  releaseDatabase(): void {
    for (const job of this.#jobs.values()) if (job.start.ownConnection) this.#stop(job, 'lock');
  }

  /** Running jobs of one kind (a bundle already building for a case, the bench). */
  running(kind: JobKind): JobStatus[] {
    return [...this.#jobs.values()].filter((j) => j.state === 'running' && j.start.kind === kind).map(statusOf);
  }

  #own(id: string, who: JobOwner): Job {
    const job = this.#jobs.get(id);
    if (!job || !owns(job, who)) throw new AppError('not-found', NOT_FOUND);
    return job;
  }

  #stop(job: Job, reason: StopReason): void {
    if (job.state !== 'running' || job.stopping) return;
    job.stopping = true;
    job.start.stop(reason);
  }

  #sweep(): void {
    const now = this.clock();
    for (const [id, job] of this.#jobs) if (job.endedAt !== null && now - job.endedAt > KEEP_ENDED_MS) this.#jobs.delete(id);
  }
}

/** A watcher that throws must not stop the work that reported, nor the other watchers. */
function tell(job: Job): void {
  if (job.watchers.size === 0) return;
  const status = statusOf(job);
  for (const listener of job.watchers) {
    try {
      listener(status);
    } catch {
      job.watchers.delete(listener);
    }
  }
}

const owns = (job: Job, who: JobOwner) => job.start.owner.userId === who.userId && job.start.owner.workspaceId === who.workspaceId;

function statusOf(job: Job): JobStatus {
  return {
    jobId: job.id,
    kind: job.start.kind,
    caseId: job.start.caseId,
    state: job.state,
    progress: job.state === 'done' ? 1 : job.total > 0 ? Math.min(1, job.done / job.total) : 0,
    done: job.done,
    total: job.total,
    message: job.message,
    result: job.result,
  };
}
