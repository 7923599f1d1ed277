import { openForCopy, type OpenedForCopy } from './output';
import { isPdfItem, type ResolvedItem } from './protocol';

/**
 * Reading the plan's files ahead of the build (issue 15, the builder screen's build): while the screen
 * shows the preview, main sends the plan's PDF files to the worker that measured it (host.ts sendAhead),
 * and once its warm-up is done the worker opens and checks each as the build would (SHA-256 as recorded,
 * parsed, pages as recorded, active content stripped: output.ts openForCopy) and keeps it. Pressing Build
 * then copies those files instead of waiting for main to read them and for this worker to parse them.
 *
 * A file opened ahead is used only for the item of the build's plan with the same key and the same
 * SHA-256 (the very file it was checked against), and only once (copying takes its pages over); anything
 * not opened ahead, or that failed to open, is read and opened by the build as before, which then says
 * what is wrong with it. Nothing read ahead outlives the next preview or the end of a build.
 */

/** A file main sends ahead: the plan's item it is for, and its bytes. */
export interface AheadFile {
  item: ResolvedItem;
  bytes: Uint8Array;
}

const queued: AheadFile[] = [];
const opened = new Map<string, OpenedForCopy & { sha256: string }>();
/** Bumped by forgetAhead: a file still being opened when it is called is not kept. */
let generation = 0;
/** Files taken from the queue since the last forgetAhead (opened, or left to the build). */
let handled = 0;

/** How many files sent ahead since the last preview have been dealt with (main waits for all it sent: host.ts). */
export function aheadHandled(): number {
  return handled;
}

/** Files that have arrived, to open when the worker is free. */
export function queueAhead(files: readonly AheadFile[]): void {
  queued.push(...files);
}

/** Files sent ahead but not opened yet are let go of (a build has begun: it reads them itself). */
export function dropQueued(): void {
  queued.length = 0;
}

/**
 * Opens the queued files one at a time, giving way between them, so a build that arrives stops it once
 * the file being opened is done; answers how many it opened. `stopped`: a build has begun.
 */
export async function readAhead(stopped: () => boolean): Promise<number> {
  let count = 0;
  for (let next = queued.shift(); next && !stopped(); next = queued.shift()) {
    const { item, bytes } = next;
    handled += 1;
    if (!isPdfItem(item)) continue;
    const asOf = generation;
    try {
      const file = await openForCopy(bytes, item);
      // Forgotten while it was being opened (another preview): not kept.
      if (asOf !== generation) continue;
      opened.set(item.key, { ...file, sha256: item.source.sha256 });
      count += 1;
    } catch {
      // Left for the build, which opens it again and says what is wrong with it.
    }
    await new Promise((r) => setImmediate(r));
  }
  return count;
}

/** Whether the build will find this item's file opened ahead: the very file the item names (its key and SHA-256). */
export function hasOpened(item: ResolvedItem): boolean {
  return isPdfItem(item) && opened.get(item.key)?.sha256 === item.source.sha256;
}

/** The file opened ahead for this item, if it is the very file the item names; taken (used once). */
export function takeOpened(item: ResolvedItem): OpenedForCopy | undefined {
  const found = hasOpened(item) ? opened.get(item.key) : undefined;
  opened.delete(item.key);
  return found;
}

/** Lets go of everything read ahead: a new preview (another plan, perhaps another case), or a build's end. */
export function forgetAhead(): void {
  generation += 1;
  handled = 0;
  queued.length = 0;
  opened.clear();
}
