import { openForCopy, type OpenedForCopy } from './output';
import type { ResolvedItem } from './protocol';

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

/** Files that have arrived, to open when the worker is free. */
export function queueAhead(files: readonly AheadFile[]): void {
  queued.push(...files);
}

/**
 * Opens the queued files one at a time, giving way between them (so a build that arrives stops it at
 * once); answers how many it opened. `stopped`: a build has begun.
 */
export async function readAhead(stopped: () => boolean): Promise<number> {
  let count = 0;
  for (let next = queued.shift(); next && !stopped(); next = queued.shift()) {
    const { item, bytes } = next;
    if (item.source.kind !== 'file') continue;
    try {
      opened.set(item.key, { ...(await openForCopy(bytes, item)), sha256: item.source.sha256 });
      count += 1;
    } catch {
      // Left for the build, which opens it again and says what is wrong with it.
    }
    await new Promise((r) => setImmediate(r));
  }
  return count;
}

/** The file opened ahead for this item, if it is the very file the item names; taken (used once). */
export function takeOpened(item: ResolvedItem): OpenedForCopy | undefined {
  const found = opened.get(item.key);
  if (!found) return undefined;
  opened.delete(item.key);
  return item.source.kind === 'file' && item.source.fileType === 'pdf' && found.sha256 === item.source.sha256 ? found : undefined;
}

/** Whether the build will find this item's file opened ahead (so it need not ask main for its bytes). */
export function hasOpened(item: ResolvedItem): boolean {
  const found = opened.get(item.key);
  return !!found && item.source.kind === 'file' && found.sha256 === item.source.sha256;
}

/** Lets go of everything read ahead: a new preview (another plan, perhaps another case), or a build's end. */
export function forgetAhead(): void {
  queued.length = 0;
  opened.clear();
}
