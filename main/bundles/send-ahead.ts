import type { Worker } from 'node:worker_threads';
import type { BuildJob, ResolvedItem, ToWorker } from './engine/protocol';

/**
 * Main's side of reading ahead (engine/read-ahead.ts): once the preview has been measured, the plan's PDF
 * files are read from the database and sent to the worker that measured it, a batch at a time with a turn
 * of the event loop between batches (so the window is served meanwhile), for as long as that worker waits
 * for the next request. A request that takes it (the Build), or its end, stops the sending; what it has
 * by then it uses.
 */

/** At most this much of a plan's files is sent ahead: what most bundles hold, without holding a huge one's files twice. */
export const AHEAD_BYTES = 64 * 1024 * 1024;
/** A batch: main reads it from the database in one go, so it is kept small enough not to hold up other requests. */
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

export function sendAhead(worker: Worker, job: BuildJob, { read, skip, stillReady }: Sending): void {
  // Late additions are built another way (engine/late.ts).
  if (job.late) return;
  const items = job.sections.flatMap((s) => s.items).filter((i) => i.source.kind === 'file' && i.source.fileType === 'pdf' && !skip.has(i.key));
  let at = 0;
  let sent = 0;
  const next = () => {
    if (!stillReady()) return;
    const files: { item: ResolvedItem; bytes: Uint8Array }[] = [];
    let batch = 0;
    while (at < items.length && files.length < AHEAD_BATCH && batch < AHEAD_BATCH_BYTES) {
      const item = items[at]!;
      const size = item.source.kind === 'file' ? item.source.size : 0;
      if (sent + size > AHEAD_BYTES) return post(files);
      at += 1;
      const bytes = read(item.key);
      if (!bytes) continue;
      sent += bytes.byteLength;
      batch += bytes.byteLength;
      files.push({ item, bytes: handOver(bytes) });
    }
    post(files);
    if (at < items.length) setImmediate(next);
  };
  const post = (files: { item: ResolvedItem; bytes: Uint8Array }[]) => {
    if (files.length) worker.postMessage({ type: 'ahead', files } satisfies ToWorker, files.map((f) => f.bytes.buffer as ArrayBuffer));
  };
  setImmediate(next);
}
