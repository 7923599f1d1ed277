import { setFlagsFromString } from 'node:v8';
import flags from './one-shot-v8-flags.json';

/**
 * How V8 compiles while a one-shot command builds (issue 15: `hearth bundle`, whose worker is started
 * for its one build and ends with it).
 *
 * A cold worker's build lasts under a second, and in that second V8's optimising compiler (TurboFan)
 * compiles hundreds of the functions it finds hot, on background threads. On a 2-core PC that compiling
 * took about a whole core (measured per thread from /proc: 0.9–1.0 s of background CPU during a 1 s build
 * of 300 exhibits), so the worker itself waited for a core. Most of that cost is inlining: one layout
 * function alone took 56 ms to compile. Without inlining the background work halves, the worker's own
 * work does not grow, and the cold build went from about 990 to about 850 ms (bench: npm run bench,
 * HEARTH_BENCH=bundles).
 *
 * Only for a one-shot build: V8's flags are the whole process's, and a long-lived process (the app, the
 * browser-mode server) and OCR (tesseract's WebAssembly, about 3% slower without inlining) keep V8's
 * defaults. The flag is read when a function is queued for optimising, so setting it changes what is
 * compiled from then on and nothing already compiled.
 *
 * The list is a JSON file so that scripts/build.mjs makes the bundle worker's code cache under the same flags.
 */
export const ONE_SHOT_V8_FLAGS: readonly string[] = flags;
/** Each flag's default back: `--no-x` is undone by `--x`. */
const DEFAULTS = ONE_SHOT_V8_FLAGS.map((f) => f.replace(/^--no-/, '--'));

let oneShot = false;

/** From now on, compile as a one-shot build should (host.ts: a worker started for a `hearth bundle` build). */
export function compileForOneShot(): void {
  if (oneShot) return;
  for (const flag of ONE_SHOT_V8_FLAGS) setFlagsFromString(flag);
  oneShot = true;
}

/** Back to V8's defaults (the command's builds are over; npm run bench then measures the builder screen). */
export function compileAsUsual(): void {
  if (!oneShot) return;
  for (const flag of DEFAULTS) setFlagsFromString(flag);
  oneShot = false;
}

/**
 * Whether a worker started now would run with the one-shot settings. A V8 code cache records the flags
 * it was made with and is rejected under any others: the bundle worker's (code-cache.ts) is made for these.
 */
export function compilingForOneShot(): boolean {
  return oneShot;
}
