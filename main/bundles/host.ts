import type { WithheldIdentifiers } from '../../shared/disclosure/identifiers';
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { TriageItem } from '../../shared/schemas/bundles';
import { onWorkspaceClosing } from '../jobs/closing';
import { compileAsUsual, compileForOneShot } from '../jobs/one-shot-v8';
import { startWorker } from '../jobs/worker-file';
import type { BuildJob, BuildResult, FromWorker, MeasureResult, ToWorker, TriageRequestItem } from './engine/protocol';
import { handOver, sendAhead } from './send-ahead';

/**
 * Main's side of the bundle worker (issue 7 §6): requests run in a worker_threads Worker with its own
 * memory cap, so a build never blocks the window or the browser-mode server; a build's worker ends with
 * it, so whatever it held is released. Cancelling ends the worker. The worker runs main/workers/bundle.ts
 * (built as out/main/bundle-worker.cjs: main/jobs/worker-file.ts).
 */
export const WORKER_MEMORY_MB = 1024;

/** Reads the bytes a worker asks for (evidence, a document, the bundle late additions go on), or null. */
export type FileReader = (key: string) => Uint8Array | null;

export interface WorkerRun<T> {
  result: Promise<T>;
  cancel(): void;
}

interface RunOptions {
  read?: FileReader;
  chunk?: (bytes: Uint8Array) => void;
  progress?: (done: number, total: number, stage: string) => void;
  /** The worker has answered and is kept ready for the next request (reuse). */
  kept?: (worker: Worker) => void;
}

/** How long a worker that is not building is kept ready for the next request (the builder screen previews, then builds). */
export const IDLE_MS = 120_000;

/** When each worker started for the builder screen finished warming up (engine/warm-up.ts). */
const warmedUp = new WeakMap<Worker, Promise<{ ms: number; finished: boolean }>>();

/** How many bundle workers this process has started (tests: a refused build starts none), and how many of them for a one-shot build. */
let started = 0;
let startedOneShot = 0;
export function workersStarted(): number {
  return started;
}
export function oneShotWorkersStarted(): number {
  return startedOneShot;
}

function spawn(warm = false): Worker {
  // A worker started for a `hearth bundle` build compiles as a one-shot build should (one-shot-v8.ts).
  if (held > 0) {
    compileForOneShot();
    startedOneShot += 1;
  }
  const worker = startWorker('bundle', {
    workerData: { warm },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB, maxYoungGenerationSizeMb: 256, stackSizeMb: 4 },
  });
  // No stdout/stderr streams of our own (issue 15): a worker stream being read holds the process open
  // even when the worker is unref'd, so an idle ready worker kept `hearth bundle` alive for IDLE_MS after
  // it had written the PDF. The worker silences its console and its stdout/stderr itself (engine/serve.ts).
  started += 1;
  if (warm) {
    warmedUp.set(
      worker,
      new Promise((resolve) => {
        const listen = (m: FromWorker) => {
          if (m.type !== 'warmed') return;
          worker.off('message', listen);
          resolve({ ms: m.ms, finished: m.finished });
        };
        worker.on('message', listen);
        worker.once('exit', () => resolve({ ms: 0, finished: false }));
      }),
    );
  }
  return worker;
}

/**
 * Up to two workers are kept ready between requests (a large build uses two): starting one costs a few hundred milliseconds of loading,
 * which a preview pays so the build that follows does not. A one-worker build's worker is kept for the
 * next request (warm by then); a two-worker build's, a failed or cancelled request's, and any worker
 * when the workspace closes are ended (whatever they held goes with them); an idle worker is ended after
 * IDLE_MS and never keeps Hearth running.
 */
const READY_MAX = 2;
const ready: { worker: Worker; timer: NodeJS.Timeout }[] = [];

/** The worker kept most recently: the one that just measured has that layout and its prepared pages. */
function take(): Worker {
  const r = ready.pop();
  if (!r) return spawn();
  clearTimeout(r.timer);
  r.worker.ref();
  return r.worker;
}

function keep(worker: Worker): void {
  while (ready.length >= READY_MAX) {
    const old = ready.shift()!;
    clearTimeout(old.timer);
    void old.worker.terminate();
  }
  worker.unref();
  const entry = {
    worker,
    timer: setTimeout(() => {
      const i = ready.indexOf(entry);
      if (i >= 0) ready.splice(i, 1);
      void worker.terminate();
    }, IDLE_MS),
  };
  entry.timer.unref();
  ready.push(entry);
  worker.once('exit', () => {
    const i = ready.indexOf(entry);
    if (i >= 0) {
      clearTimeout(entry.timer);
      ready.splice(i, 1);
    }
  });
}

/**
 * Starts workers in the background so the next requests find them ready (the builder screen opening);
 * each warms up on a made-up bundle once it has measured the first preview (engine/warm-up.ts).
 */
export function prewarm(): void {
  if (held) return;
  const wanted = availableParallelism() >= HELPER_MIN_CORES ? READY_MAX : 1;
  for (let n = ready.length; n < wanted; n += 1) keep(spawn(true));
}

/**
 * `hearth bundle` (issue 15 item 11: "a refused build must not start a worker"): while `work` runs, no
 * worker is started ahead of a request (prewarm does nothing), so the only worker the command can start is
 * the one an accepted build starts (signed in, allowed, the case able to have a bundle, the pre-flight
 * check and the reviews passed: service.ts startBuild). That worker compiles as a one-shot build should
 * (one-shot-v8.ts); V8's defaults come back and ready workers are ended when it finishes.
 */
export async function onlyWorkersForBuilds<T>(work: () => Promise<T>): Promise<T> {
  held += 1;
  try {
    return await work();
  } finally {
    held -= 1;
    await stopReadyWorker();
    if (held === 0) compileAsUsual();
  }
}
let held = 0;

/** Whether each worker kept after a preview has dealt with every file sent to it ahead (send-ahead.ts). */
const readAhead = new WeakMap<Worker, Promise<boolean>>();

/** For npm run bench and the tests: when the ready worker the next request takes has dealt with the files sent ahead (null if none were). */
export function readyWorkerReadAhead(): Promise<boolean> | null {
  const last = ready[ready.length - 1];
  return last ? (readAhead.get(last.worker) ?? null) : null;
}

/** For npm run bench: when the ready worker the next request takes has finished warming up (null if none is warming). */
export function readyWorkerWarmedUp(): Promise<{ ms: number; finished: boolean }> | null {
  const last = ready[ready.length - 1];
  return last ? (warmedUp.get(last.worker) ?? null) : null;
}

/** How many workers are kept ready now (tests: a command that ends leaves none). */
export function readyWorkers(): number {
  return ready.length;
}

/** Ends the ready workers now (tests, and a workspace being locked). */
export async function stopReadyWorker(): Promise<void> {
  const all = ready.splice(0);
  for (const r of all) clearTimeout(r.timer);
  await Promise.all(all.map((r) => r.worker.terminate()));
}
/** Times the workspace has closed: a request under way when it closes does not leave its worker ready. */
let closings = 0;
// What a ready worker holds (the builder screen's layout and prepared pages, the files it opened ahead) goes with the session.
onWorkspaceClosing(() => {
  closings += 1;
  void stopReadyWorker();
});

function run<T>(message: ToWorker, pick: (m: FromWorker) => T | undefined, options: RunOptions = {}, reuse = false, transfer: MessagePort[] = []): WorkerRun<T> {
  const worker = take();
  const since = closings;
  let settled = false;
  let cancel: () => void = () => undefined;
  const result = new Promise<T>((resolve, reject) => {
    const onMessage = (m: FromWorker) => {
      try {
        if (m.type === 'need') {
          const files = m.keys.map((key) => {
            const bytes = options.read?.(key) ?? null;
            return { key, bytes: bytes ? handOver(bytes) : null };
          });
          const reply: ToWorker = { type: 'files', files };
          worker.postMessage(reply, files.flatMap((f) => (f.bytes ? [f.bytes.buffer as ArrayBuffer] : [])));
        } else if (m.type === 'chunk') options.chunk?.(m.bytes);
        else if (m.type === 'progress') options.progress?.(m.done, m.total, m.stage);
        else if (m.type === 'failed') finish(new Error(m.message), undefined, reuse);
        else {
          const value = pick(m);
          if (value !== undefined) finish(null, value, reuse);
        }
      } catch (error) {
        finish(error as Error);
      }
    };
    const onError = (error: Error & { code?: string }) =>
      finish(new Error(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'The bundle needed more memory than Hearth allows for it. Split it, or leave out the largest files.' : `The bundle worker stopped: ${error.message}`));
    const onExit = (code: number) => finish(new Error(`The bundle worker stopped unexpectedly (exit code ${code}).`));
    function finish(error: Error | null, value?: T, reusable = false) {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable && !error && since === closings) {
        keep(worker);
        options.kept?.(worker);
      } else void worker.terminate();
      if (error) reject(error);
      else resolve(value as T);
    }
    cancel = () => finish(new CancelledError());
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
  worker.postMessage(message, transfer);
  return { result, cancel: () => cancel() };
}

export class CancelledError extends Error {
  constructor() {
    super('The build was cancelled.');
  }
}

/**
 * The preview's measuring. `read`: the plan's files, sent to the worker it leaves ready, to open while the
 * preview is shown (send-ahead.ts): the build that follows finds them open.
 */
export function measureInWorker(job: BuildJob, read?: FileReader): Promise<MeasureResult> {
  const kept = read
    ? (worker: Worker) => {
        const caughtUp = sendAhead(worker, job, { read, skip: new Set(helperKeys(job) ?? []), stillReady: () => ready.some((r) => r.worker === worker) });
        readAhead.set(worker, caughtUp);
      }
    : undefined;
  return run<MeasureResult>({ type: 'measure', job }, (m) => (m.type === 'measured' ? m.result : undefined), kept ? { kept } : {}, true).result;
}

export function triageInWorker(items: TriageRequestItem[], people: WithheldIdentifiers[], read: FileReader): Promise<TriageItem[]> {
  return run<TriageItem[]>({ type: 'triage', items, people }, (m) => (m.type === 'triaged' ? m.items : undefined), { read }).result;
}

/** A bundle with at least this many evidence files is built by two workers (engine/part.ts). */
export const HELPER_MIN_FILES = 16;
export const HELPER_MIN_CORES = 4;

/** The evidence a helper builds: the later files, about half the work. */
export function helperKeys(job: BuildJob, cores = availableParallelism()): string[] | null {
  // HEARTH_BUNDLE_HELPER=1 forces a helper (tests), =0 never uses one.
  const force = process.env.HEARTH_BUNDLE_HELPER;
  if (job.late || force === '0') return null;
  // An exhibit with a typed transcript (B17) is always written by the main worker, which lays the transcript out.
  const files = job.sections.flatMap((s) => s.items).filter((i) => i.source.kind === 'file' && !i.source.transcript);
  // On two cores a second worker loses more (a second copy of everything to compile, and the main thread
  // and the compiler threads need the other core) than it gains: measured with npm run bench.
  if (force !== '1' && (cores < HELPER_MIN_CORES || files.length < HELPER_MIN_FILES)) return null;
  if (files.length < 2) return null;
  const weight = (i: (typeof files)[number]) => (i.source.kind === 'file' ? i.source.size + i.source.pages * 4096 + (i.source.sheet ? 4096 : 0) : 0);
  const total = files.reduce((n, i) => n + weight(i), 0);
  const keys: string[] = [];
  let share = 0;
  for (let k = files.length - 1; k > 0 && share < total * 0.5; k -= 1) {
    keys.unshift(files[k]!.key);
    share += weight(files[k]!);
  }
  return keys;
}

export function buildInWorker(job: BuildJob, options: Required<Pick<RunOptions, 'read' | 'chunk' | 'progress'>>): WorkerRun<BuildResult> {
  const built = (m: FromWorker) => (m.type === 'built' ? m.result : undefined);
  const keys = helperKeys(job);
  if (!keys) return run<BuildResult>({ type: 'build', job }, built, options, true);
  const { port1, port2 } = new MessageChannel();
  const writer = run<BuildResult>({ type: 'build', job, helper: { keys, port: port1 } }, built, options, false, [port1]);
  const helper = run<true>({ type: 'build-part', job, keys, port: port2 }, (m) => (m.type === 'part-done' ? true : undefined), { read: options.read }, false, [port2]);
  const result = new Promise<BuildResult>((resolve, reject) => {
    helper.result.then(
      () => undefined,
      (error: Error) => {
        if (error instanceof CancelledError) return;
        reject(error);
        writer.cancel();
      },
    );
    writer.result.then(resolve, (error: Error) => {
      reject(error);
      helper.cancel();
    });
  });
  return {
    result,
    cancel: () => {
      writer.cancel();
      helper.cancel();
    },
  };
}
