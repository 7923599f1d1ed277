import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../jobs/worker-file';
import type { FromRedactWorker, ToRedactWorker } from '../../pdf/redact/in-worker';
import type { RedactRequest } from '../../pdf/redact/types';

/**
 * Where the redacted copies are made (issue 16 item 4): a queue of copies and at most LANES long-lived
 * workers, each making one copy after another. Accepting every proposed box of a 300-exhibit review asks
 * for a copy per decision (thousands): a worker per copy spent most of its time loading pdf.js, pdf-lib
 * and the canvas (about 0.6 s wall and 1 s of CPU before any page), and every superseded request was made
 * in full. Here a worker loads once per lane; a copy waiting for an exhibit that is asked for again gives
 * its place to the newer one (only the newest request can be stored: evidence/redactions/store.ts), so a
 * burst of decisions makes about one copy per exhibit; memory stays bounded by the lanes (an exhibit's
 * bytes are read from the database only when its turn comes). A copy already being made when its exhibit
 * is asked for again is abandoned before its next page (its worker stays loaded for the next copy): only
 * the newest can be stored, and a 300-page scan's copy would otherwise run to its end for nothing.
 */

/** Two lanes: each draws pages at 200 dpi (hundreds of MB at peak), and a PC has the window to serve too. */
const LANES = 2;
/** A lane's worker heap cap: a 300-page scan is drawn a few pages at a time; the copy itself is tens of MB. */
const WORKER_MEMORY_MB = 1024;
/** An idle lane keeps its worker this long for the next decision, then lets it go (its memory with it). */
const IDLE_MS = 20_000;

/** Why a copy came to no answer. */
export type CopyLost = 'cancelled' | 'superseded' | 'crashed' | 'out-of-memory';

/** What a copy's task hears from its worker: progress, then one answer (`abandoned` is the lanes' own). */
export type CopyMessage = Exclude<FromRedactWorker, { type: 'abandoned' }>;

export interface CopyTask {
  /** Copies of the same key (an exhibit) replace each other while they wait. */
  key: number;
  /** The request, made when its turn comes; null when it is no longer wanted (the workspace was locked). */
  request(): RedactRequest | null;
  /** Its turn came: the n-th copy of the N asked for since the lanes were last idle. */
  started(n: number, of: number): void;
  /** Waiting: copies ahead of it. */
  waiting(ahead: number, of: number): void;
  message(m: CopyMessage): void;
  /** Ended without an answer (`detail` for the log). The lane is free again by then. */
  lost(why: CopyLost, detail?: string): void;
}

export interface QueuedCopy {
  /** Takes it out of the queue, or ends its worker if it is being made; `lost('cancelled')` follows. */
  cancel(): void;
}

interface Lane {
  worker: Worker | null;
  task: CopyTask | null;
  idle: ReturnType<typeof setTimeout> | null;
  /** Its copy has been asked to stop (a newer one of the same exhibit was asked for). */
  abandoning: boolean;
}

export class CopyLanes {
  readonly #lanes: Lane[];
  readonly #waiting: CopyTask[] = [];
  /** Copies asked for, and begun, since the lanes were last all idle: "copy n of N". */
  #asked = 0;
  #begun = 0;

  constructor(
    lanes = LANES,
    private readonly start: () => Worker = () => startWorker('exhibit-redact', { resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } }),
  ) {
    this.#lanes = Array.from({ length: lanes }, () => ({ worker: null, task: null, idle: null, abandoning: false }));
  }

  enqueue(task: CopyTask): QueuedCopy {
    if (this.#lanes.every((l) => !l.task) && !this.#waiting.length) this.#asked = this.#begun = 0;
    this.#asked += 1;
    // A copy of the same exhibit still waiting is not worth making: this one replaces it, in its place.
    const older = this.#waiting.findIndex((t) => t.key === task.key);
    if (older >= 0) {
      const [gone] = this.#waiting.splice(older, 1, task);
      this.#asked -= 1;
      gone!.lost('superseded');
    } else this.#waiting.push(task);
    this.#abandonOlder(task.key);
    // #next tells every waiting copy its place, this one included.
    this.#next();
    return { cancel: () => this.#cancel(task) };
  }

  /** Copies waiting or being made. */
  get pending(): number {
    return this.#waiting.length + this.#lanes.filter((l) => l.task).length;
  }

  /** Ends every lane's worker now (the process is closing, or a test is done); queued copies are lost as cancelled. */
  async close(): Promise<void> {
    for (const t of this.#waiting.splice(0)) t.lost('cancelled');
    await Promise.all(this.#lanes.map((l) => this.#endWorker(l, 'cancelled')));
  }

  /** A copy of this exhibit being made is asked to stop: it answers `abandoned` (#wire) before its next page. */
  #abandonOlder(key: number): void {
    const lane = this.#lanes.find((l) => l.task?.key === key && l.worker && !l.abandoning);
    if (!lane) return;
    lane.abandoning = true;
    lane.worker!.postMessage({ type: 'abandon' } satisfies ToRedactWorker);
  }

  #cancel(task: CopyTask): void {
    const at = this.#waiting.indexOf(task);
    if (at >= 0) {
      this.#waiting.splice(at, 1);
      task.lost('cancelled');
      this.#tellWaiting();
      return;
    }
    const lane = this.#lanes.find((l) => l.task === task);
    if (lane) void this.#endWorker(lane, 'cancelled');
  }

  /** Ends a lane's worker; the copy it was making, if any, is lost for `why`, and the lane takes the next. */
  async #endWorker(lane: Lane, why: CopyLost, detail?: string): Promise<void> {
    const { worker, task } = lane;
    lane.worker = null;
    lane.task = null;
    lane.abandoning = false;
    if (lane.idle) clearTimeout(lane.idle);
    lane.idle = null;
    if (worker) {
      worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
      // An 'error' after this point has nobody to tell: it is ignored rather than thrown.
      worker.on('error', () => undefined);
    }
    task?.lost(why, detail);
    this.#next();
    if (worker) await worker.terminate();
  }

  #next(): void {
    // A free lane keeps taking from the queue until it has a copy to make: a task whose request cannot
    // be read (its exhibit gone) or is not needed must not leave the lane idle while others wait.
    for (const lane of this.#lanes) {
      while (!lane.task && this.#waiting.length) {
        const task = this.#waiting.shift()!;
        let request: RedactRequest | null;
        try {
          request = task.request();
        } catch (error) {
          task.lost('crashed', (error as Error).stack ?? String(error));
          continue;
        }
        if (!request) continue;
        this.#begun += 1;
        this.#run(lane, task, request);
      }
    }
    this.#tellWaiting();
  }

  #run(lane: Lane, task: CopyTask, request: RedactRequest): void {
    if (lane.idle) clearTimeout(lane.idle);
    lane.idle = null;
    lane.task = task;
    if (!lane.worker) {
      try {
        this.#wire(lane, this.start());
      } catch (error) {
        // No worker could be started (out of memory, say): this copy is lost with why, and the lane stays free.
        lane.task = null;
        task.lost('crashed', (error as Error).stack ?? String(error));
        return;
      }
    }
    lane.worker!.ref();
    task.started(this.#begun, this.#asked);
    // The bytes are handed over, not copied: main let go of them once read for this request.
    const bytes = request.bytes.byteOffset === 0 && request.bytes.byteLength === request.bytes.buffer.byteLength ? request.bytes : request.bytes.slice();
    lane.worker!.postMessage({ type: 'redact', request: { ...request, bytes } } satisfies ToRedactWorker, [bytes.buffer as ArrayBuffer]);
  }

  #wire(lane: Lane, worker: Worker): void {
    lane.worker = worker;
    worker.on('message', (m: FromRedactWorker) => {
      const task = lane.task;
      if (!task) return;
      if (m.type !== 'progress') this.#free(lane);
      // Abandoned for a newer copy of its exhibit; one that finished first is answered as usual (and not kept).
      if (m.type === 'abandoned') task.lost('superseded');
      else task.message(m);
      if (m.type !== 'progress') this.#next();
    });
    worker.once('error', (error: Error & { code?: string }) => void this.#endWorker(lane, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed', error.stack ?? error.message));
    worker.once('exit', () => void this.#endWorker(lane, 'crashed', 'the worker stopped before it answered'));
  }

  /** The lane's copy is answered: the worker stays for the next one, or goes after IDLE_MS without one. */
  #free(lane: Lane): void {
    lane.task = null;
    lane.abandoning = false;
    if (!lane.worker) return;
    lane.worker.unref();
    lane.idle = setTimeout(() => void this.#endWorker(lane, 'cancelled'), IDLE_MS);
    lane.idle.unref();
  }

  #tellWaiting(): void {
    this.#waiting.forEach((t, i) => t.waiting(i + this.#lanes.filter((l) => l.task).length, this.#asked));
  }
}
