/**
 * Stopping a worker that has its own connection to the workspace's database, and knowing it has let go.
 *
 * Terminating a worker is asynchronous, and a lock, a sign-out or a restore must not return while another
 * connection may still be writing: a restore would swap the file under it, and a sign-in that follows
 * would find the database busy. So the worker and main share four bytes: main asks it to stop, the worker
 * checks between small pieces of work, rolls back, closes and says so, and main waits for that (briefly:
 * a piece of work is a few milliseconds) before it goes on.
 */
const STOP = 0;
const CONNECTION = 1;
/** CONNECTION's values. */
const NOT_YET = 0;
const OPEN = 1;
const CLOSED = 2;

export class ConnectionSignal {
  readonly #cells: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(8)) {
    this.#cells = new Int32Array(buffer);
  }

  /** Main: asks the worker to stop, and waits until it has closed its connection (or never opens one). True if it let go in time. */
  stopAndWait(timeoutMs: number): boolean {
    Atomics.store(this.#cells, STOP, 1);
    Atomics.notify(this.#cells, STOP);
    // A worker that has not opened its connection yet never will.
    if (Atomics.compareExchange(this.#cells, CONNECTION, NOT_YET, CLOSED) === NOT_YET) return true;
    const deadline = performance.now() + timeoutMs;
    while (Atomics.load(this.#cells, CONNECTION) === OPEN) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.#cells, CONNECTION, OPEN, left);
    }
    return true;
  }

  /** Worker: whether main has asked it to stop. */
  get stopRequested(): boolean {
    return Atomics.load(this.#cells, STOP) === 1;
  }

  /** Worker: waits `ms`, or less if main asks it to stop meanwhile. */
  pause(ms: number): void {
    Atomics.wait(this.#cells, STOP, 0, ms);
  }

  /** Worker: claims the right to open its connection; false when main has already asked it to stop. */
  opening(): boolean {
    if (Atomics.compareExchange(this.#cells, CONNECTION, NOT_YET, OPEN) !== NOT_YET) return false;
    if (!this.stopRequested) return true;
    this.closed();
    return false;
  }

  /** Worker: its connection is closed (or was never opened). */
  closed(): void {
    Atomics.store(this.#cells, CONNECTION, CLOSED);
    Atomics.notify(this.#cells, CONNECTION);
  }
}
