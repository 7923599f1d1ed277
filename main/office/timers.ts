import { londonDate } from '../../shared/time/london';
import { scheduledBackup } from '../backup/scheduled';
import type { Core } from '../core';
import { pruneIdempotencyKeys } from '../host/store';
import type { OfficeSessions } from '../host/sessions';
import { recomputeOpenCasesInBatches } from '../standards/recompute';
import { BATCH_SIZE } from '../standards/refresh';

/**
 * What an office host does on a timer (issue 22). The embedded app refreshes every open case's deadlines at
 * each sign-in and sweeps lapsed ABCs, warnings and orders on a timer, and backs up when it closes; a host is
 * signed in once and may run for weeks, so here, once each London day: the deadlines are brought up to date
 * (the states as of today), lapsed actions are marked expired, and from the second day a backup is written to
 * the backup folder. Every tick forgets idempotency answers older than a day: they may hold personal data.
 * The idle lock of each PC's session is OfficeSessions' own timer.
 */
const DAY_MS = 86_400_000;
/** Often enough that a new day's work starts within minutes of midnight, and a day-old answer goes within the hour. */
export const HOST_TICK_MS = 10 * 60_000;

export interface HostTick {
  /** Idempotency answers forgotten. */
  forgotten: number;
  /** Null when today's work had been done already. */
  daily: { expired: number; cases: number; rewritten: number; backup: string | null } | null;
}

export interface HostDay {
  /** The London date whose daily work is done; null before the first tick. */
  day: string | null;
}

export function hostTick(core: Core, office: OfficeSessions, state: HostDay): HostTick {
  const ws = office.workspace();
  if (!ws) return { forgotten: 0, daily: null };
  const now = core.now();
  const forgotten = pruneIdempotencyKeys(ws.db, new Date(now.getTime() - DAY_MS).toISOString());
  const today = londonDate(now);
  if (state.day === today) return { forgotten, daily: null };
  // The first tick is the host's start: the backup waits for the first new day (the app backs up on close).
  const first = state.day === null;
  state.day = today;
  const expired = core.sweepExpiries();
  // On the host's own connection, in batches: a PC's write waits at most one batch.
  const refreshed = recomputeOpenCasesInBatches(ws.db, now, { batchSize: BATCH_SIZE, stopped: () => false, pause: () => undefined });
  const backup = first ? null : scheduledBackup(core, 'backup:daily');
  return { forgotten, daily: { expired, cases: refreshed.cases, rewritten: refreshed.rewritten, backup } };
}

/** Starts the host's timer (a tick now, then every `intervalMs`); returns the function that stops it. */
export function startHostTimers(core: Core, office: OfficeSessions, intervalMs = HOST_TICK_MS): () => void {
  const state: HostDay = { day: null };
  const tick = () => {
    try {
      const done = hostTick(core, office, state);
      if (done.daily?.backup) core.log(`host: the daily backup was written to ${done.daily.backup}`);
    } catch (error) {
      // A timer must not bring the host down; the next tick tries again.
      state.day = null;
      core.log(`host: the timed work failed: ${(error as Error).message}`);
    }
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
