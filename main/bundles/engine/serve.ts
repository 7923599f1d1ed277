import type { MessagePort } from 'node:worker_threads';
import { installSpeedPatches } from '../../pdf/speed';
import { buildBundle, measure } from './build';
import { buildLateAdditions } from './late';
import { buildPart, helperLink } from './part';
import { prepareInBackground, stopPreparing } from './prepared';
import { aheadHandled, dropQueued, forgetAhead, queueAhead, readAhead } from './read-ahead';
import type { FromWorker, ToWorker } from './protocol';
import { triageFailed, triageFile } from './triage';
import { warmUp } from './warm-up';

/**
 * The bundle worker's side of the protocol (engine/protocol.ts), run by the worker entry
 * main/workers/bundle.ts. It runs one request at a time; a build's file bytes arrive when it asks for
 * them, a batch at a time, so memory stays bounded (issue 7 §6), and after a preview main also sends the
 * plan's files ahead, bounded in all (send-ahead.ts, read-ahead.ts). Main ends the worker to cancel a build.
 */

const PROGRESS_MS = 40;
const WARM_AFTER_PREVIEW_MS = 200;

/** `warm`: false, no warm-up; true (the builder screen), a warm-up a moment after the first preview. */
export function serveBundleRequests(port: MessagePort, warm: boolean): void {
  let lastProgress = -Infinity;
  installSpeedPatches();
  // pdf-lib and pdf.js report recoverable problems in files on the console: keep them out of the app's output.
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = () => undefined;
  // And anything written to the streams directly: main reads no stream of this worker (host.ts), so
  // whatever got past would land in the CLI's own output (its --json, say).
  for (const stream of [process.stdout, process.stderr]) stream.write = () => true;
  const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let waiting: ((files: Map<string, Uint8Array | null>) => void)[] = [];
  const files = (keys: string[]) =>
    new Promise<Map<string, Uint8Array | null>>((resolve) => {
      waiting.push(resolve);
      send({ type: 'need', keys });
    });
  const io = {
    files,
    chunk: (bytes: Uint8Array) => send({ type: 'chunk', bytes }, [bytes.buffer as ArrayBuffer]),
    progress: (done: number, total: number, stage: string) => {
      // A message costs about a tenth of a millisecond to post, and the screen asks every quarter second:
      // one every PROGRESS_MS is plenty (300 exhibits made 300 messages, 35 ms of a build). The end always goes.
      const now = performance.now();
      if (done < total && now - lastProgress < PROGRESS_MS) return;
      lastProgress = now;
      send({ type: 'progress', done, total, stage });
    },
  };
  // The warm-up starts a moment after the first preview is shown (an officer reading the index takes
  // longer), so a Build pressed at once does not find it in the way; a build takes the thread from it.
  let building = false;
  let built = false;
  let warming = !warm;
  // The plan's files sent ahead are opened once the warm-up is over (read-ahead.ts; at once in a worker
  // that does not warm up), never during a build.
  let warmedUp = !warm;
  let reading: Promise<number> | null = null;
  const readQueued = (): Promise<number> => {
    if (building || !warmedUp) return Promise.resolve(0);
    reading ??= readAhead(() => building).finally(() => {
      reading = null;
      if (!building) send({ type: 'aheadDone', handled: aheadHandled() });
    });
    return reading;
  };
  const warmSoon = (after = WARM_AFTER_PREVIEW_MS) => {
    if (warming) return;
    warming = true;
    setTimeout(() => {
      // A build came first (and may be over by now): the worker is warm from it, and needs no made-up one.
      if (building || built) return send({ type: 'warmed', ms: 0, finished: false });
      void warmUp(() => building)
        .then(async (r) => {
          warmedUp = true;
          // Ready for Build once the files sent ahead so far are open too: the figure npm run bench waits for.
          const started = performance.now();
          await readQueued();
          send({ type: 'warmed', ms: r.ms + performance.now() - started, finished: r.finished && !building });
        })
        .catch(() => send({ type: 'warmed', ms: 0, finished: false }));
    }, after);
  };
  port.on('message', (message: ToWorker) => {
    if (message.type === 'build' || message.type === 'build-part') {
      building = true;
      // What was sent ahead and not opened yet the build reads itself: no need to hold it meanwhile.
      dropQueued();
    }
    if (message.type === 'ahead') {
      queueAhead(message.files);
      void readQueued();
      return;
    }
    if (message.type === 'files') {
      const [resolve, ...rest] = waiting;
      waiting = rest;
      resolve?.(new Map(message.files.map((f) => [f.key, f.bytes])));
      return;
    }
    void (async () => {
      try {
        if (message.type === 'measure') {
          // Another preview (another plan, perhaps another case): what was read ahead for the last goes.
          forgetAhead();
          send({ type: 'measured', result: measure(message.job) });
          warmSoon();
          // While the screen shows the preview, make the generated pages' content for the build to come.
          void prepareInBackground(message.job).catch(() => undefined);
        } else if (message.type === 'build') {
          stopPreparing();
          const helper = message.helper ? helperLink(message.helper.port, message.helper.keys) : null;
          // A one-worker build's worker is kept for the next request (host.ts): warm by now, it may read ahead again.
          const result = await (message.job.late ? buildLateAdditions(message.job, io) : buildBundle(message.job, io, helper)).finally(() => {
            forgetAhead();
            building = false;
            built = true;
            warmedUp = true;
          });
          send({ type: 'built', result }, [result.docx.buffer as ArrayBuffer]);
        } else if (message.type === 'build-part') {
          await buildPart(message.job, message.keys, message.port, io);
          send({ type: 'part-done' });
        } else if (message.type === 'triage') {
          const items = [];
          for (const item of message.items) {
            const got = await files([item.key]);
            // One file that defeats the check is reported as unusable; the others are still checked.
            items.push(await triageFile(item, got.get(item.key) ?? null, message.people).catch((error: unknown) => triageFailed(item, error)));
          }
          send({ type: 'triaged', items });
        }
      } catch (error) {
        send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
}
