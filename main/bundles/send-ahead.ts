import type { Worker } from 'node:worker_threads';
import { isPdfItem, type BuildJob, type FromWorker, type ResolvedItem, type ToWorker } from './engine/protocol';

/**
 * Main's side of reading ahead (engine/read-ahead.ts): once the preview has been measured, the plan's PDF
 * files are read from the database and sent to the worker that measured it, a batch at a time with a turn
 * of the event loop between batches (so the window is served meanwhile), for as long as that worker waits
 * for the next request. A request that takes it (the Build), or its end, stops the sending; what it has
 * by then it uses.
 */

/** At most this much of a plan's files is sent ahead: what most bundles hold, without holding a huge one's files twice. */
export const AHEAD_BYTES = 64 * 1024 * 1024;
/** A batch: main reads it from the database in one go, so it is kept small (8 MB, or one file if larger) not to hold up other requests. */
const AHEAD_BATCH = 24;
const AHEAD_BATCH_BYTES = 8 * 1024 * 1024;

/**
 * Bytes to post to a worker: handed over (transferred), not copied, when they have a memory block of their
 * own; small Buffers share a pool that must not be handed over, so those are copied.
 */
export function handOver(bytes: Uint8Array): Uint8Array {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
  return own ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

interface Sending {
  /** Reads an item's bytes from the database (host.ts FileReader), or null. */
  read: (key: string) => Uint8Array | null;
  /** Items a second worker would build (host.ts helperKeys): theirs to open. */
  skip: ReadonlySet<string>;
  /** Whether the worker still waits in the ready pool (host.ts). */
  stillReady: () => boolean;
}

/**
 * Sends the plan's PDF files to the worker, and answers whether it has dealt with all of them (opened
 * each, or left it to the build): false if the sending stopped (the worker was taken by a request, or
 * ended) before then. npm run bench and the tests wait for it; the app does not need to.
 */
export function sendAhead(worker: Worker, job: BuildJob, { read, skip, stillReady }: Sending): Promise<boolean> {
  // Late additions are built another way (engine/late.ts).
  if (job.late) return Promise.resolve(true);
  const items = job.sections.flatMap((s) => s.items).filter((i) => isPdfItem(i) && !skip.has(i.key));
  return new Promise((resolve) => {
    let at = 0;
    let bytesSent = 0;
    let filesSent = 0;
    let allSent = false;
    const end = (caughtUp: boolean) => {
      worker.off('message', heard);
      worker.off('exit', gone);
      resolve(caughtUp);
    };
    // Any message once a request has taken the worker ends the waiting: what it has, it has.
    const heard = (m: FromWorker) => {
      if (!stillReady()) end(false);
      else if (m.type === 'aheadDone' && allSent && m.handled >= filesSent) end(true);
    };
    const gone = () => end(false);
    const finish = () => {
      allSent = true;
      if (!filesSent) end(true);
    };
    const next = () => {
      if (!stillReady()) return end(false);
      const files: { item: ResolvedItem; bytes: Uint8Array }[] = [];
      let batch = 0;
      let more = true;
      while (at < items.length && files.length < AHEAD_BATCH && batch < AHEAD_BATCH_BYTES) {
        const item = items[at]!;
        const size = item.source.kind === 'file' ? item.source.size : 0;
        if (bytesSent + size > AHEAD_BYTES) {
          more = false;
          break;
        }
        at += 1;
        const bytes = readOrNull(read, item.key);
        if (bytes === 'failed') {
          // The database could not be read (locked, say): nothing more is sent; the build reads what it needs.
          more = false;
          break;
        }
        if (!bytes) continue;
        bytesSent += bytes.byteLength;
        batch += bytes.byteLength;
        files.push({ item, bytes: handOver(bytes) });
      }
      if (files.length) {
        filesSent += files.length;
        worker.postMessage({ type: 'ahead', files } satisfies ToWorker, files.map((f) => f.bytes.buffer as ArrayBuffer));
      }
      if (more && at < items.length) setImmediate(next);
      else finish();
    };
    worker.on('message', heard);
    worker.once('exit', gone);
    setImmediate(next);
  });
}

function readOrNull(read: Sending['read'], key: string): Uint8Array | null | 'failed' {
  try {
    return read(key);
  } catch {
    return 'failed';
  }
}
