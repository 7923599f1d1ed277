import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TriageItem } from '../../shared/schemas/bundles';
import { WORKER_ROLE } from './engine/entry';
import type { BuildJob, BuildResult, FromWorker, MeasureResult, ToWorker, TriageRequestItem } from './engine/protocol';

/**
 * Main's side of the bundle worker (issue 7 §6): requests run in a worker_threads Worker with its own
 * memory cap, so a build never blocks the window or the browser-mode server; a build's worker ends with
 * it, so whatever it held is released. Cancelling ends the worker.
 *
 * Which code the worker runs: from the TypeScript sources (vitest, tsx, `npm run hearth`) it registers
 * tsx and loads engine/entry.ts; from the esbuild bundles in out/main it loads out/main/cli.cjs, which
 * holds the same engine (and, loaded this way, does not run the command line: it is not the main module).
 */
export const WORKER_MEMORY_MB = 1024;

/** Reads the bytes a worker asks for (evidence, a document, the bundle late additions go on), or null. */
export type FileReader = (key: string) => Uint8Array | null;

function workerSource(): string {
  const req = createRequire(__filename);
  if (__filename.endsWith('.ts')) {
    const entry = join(__dirname, 'engine', 'entry.ts');
    return `require(${JSON.stringify(req.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(entry)});`;
  }
  return `require(${JSON.stringify(join(__dirname, 'cli.cjs'))});`;
}

export interface WorkerRun<T> {
  result: Promise<T>;
  cancel(): void;
}

interface RunOptions {
  read?: FileReader;
  chunk?: (bytes: Uint8Array) => void;
  progress?: (done: number, total: number, stage: string) => void;
}

/** How long a worker that is not building is kept ready for the next request (the builder screen previews, then builds). */
export const IDLE_MS = 120_000;

function spawn(): Worker {
  const worker = new Worker(workerSource(), {
    eval: true,
    workerData: { role: WORKER_ROLE },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  });
  // Nothing the worker prints is for anyone (its console is silenced; this catches the rest).
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

/**
 * One worker is kept ready between requests: starting one costs a few hundred milliseconds of loading,
 * which a preview pays so the build that follows does not. A build always ends its worker afterwards
 * (whatever it held goes with it); an idle worker is ended after IDLE_MS and never keeps Hearth running.
 */
let ready: { worker: Worker; timer: NodeJS.Timeout } | null = null;

function take(): Worker {
  if (ready) {
    const { worker, timer } = ready;
    ready = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  return spawn();
}

function keep(worker: Worker): void {
  if (ready) void ready.worker.terminate();
  worker.unref();
  const timer = setTimeout(() => {
    if (ready?.worker === worker) ready = null;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  ready = { worker, timer };
  worker.once('exit', () => {
    if (ready?.worker === worker) {
      clearTimeout(ready.timer);
      ready = null;
    }
  });
}

/** Starts a worker in the background so the next request finds it ready (the builder screen opening). */
export function prewarm(): void {
  if (!ready) keep(spawn());
}

/** Ends the ready worker now (tests, and a workspace being locked). */
export async function stopReadyWorker(): Promise<void> {
  const w = ready?.worker;
  if (ready) clearTimeout(ready.timer);
  ready = null;
  if (w) await w.terminate();
}

function run<T>(message: ToWorker, pick: (m: FromWorker) => T | undefined, options: RunOptions = {}, reuse = false): WorkerRun<T> {
  const worker = take();
  let settled = false;
  let cancel: () => void = () => undefined;
  const result = new Promise<T>((resolve, reject) => {
    const onMessage = (m: FromWorker) => {
      try {
        if (m.type === 'need') {
          const files = m.keys.map((key) => {
            const bytes = options.read?.(key) ?? null;
            // A fresh copy: small Buffers share a pool that must not be handed over.
            return { key, bytes: bytes ? new Uint8Array(bytes) : null };
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
      if (reusable && !error) keep(worker);
      else void worker.terminate();
      if (error) reject(error);
      else resolve(value as T);
    }
    cancel = () => finish(new CancelledError());
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
  worker.postMessage(message);
  return { result, cancel: () => cancel() };
}

export class CancelledError extends Error {
  constructor() {
    super('The build was cancelled.');
  }
}

export function measureInWorker(job: BuildJob): Promise<MeasureResult> {
  return run<MeasureResult>({ type: 'measure', job }, (m) => (m.type === 'measured' ? m.result : undefined), {}, true).result;
}

export function triageInWorker(items: TriageRequestItem[], terms: string[], read: FileReader): Promise<TriageItem[]> {
  return run<TriageItem[]>({ type: 'triage', items, terms }, (m) => (m.type === 'triaged' ? m.items : undefined), { read }).result;
}

export function buildInWorker(job: BuildJob, options: Required<RunOptions>): WorkerRun<BuildResult> {
  return run<BuildResult>({ type: 'build', job }, (m) => (m.type === 'built' ? m.result : undefined), options);
}
