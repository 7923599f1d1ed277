/**
 * Child process for the workspace-lock tests: takes the lock on a workspace folder as the named kind of
 * Hearth process, says "held" on stdout, then either idles (a live holder) or spins without ever
 * returning to its event loop (a live holder busy with long synchronous work). The parent ends it,
 * usually with SIGKILL, to play a crash.
 */
import { writeSync } from 'node:fs';
import { acquireWorkspaceLock, type HolderKind } from '../../../main/workspace/lock';

const [dir, kind, command, mode] = process.argv.slice(2) as [string, HolderKind, string, 'idle' | 'spin'];
acquireWorkspaceLock(dir, { kind, command });
writeSync(1, 'held\n');
if (mode === 'spin') {
  for (;;) {
    // Busy: no timers, no I/O, no heartbeat of any kind.
  }
}
setInterval(() => undefined, 60_000);
