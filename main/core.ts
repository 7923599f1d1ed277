import { EvidenceUploads } from './evidence/uploads';
import { SessionManager, type SessionOptions } from './security/session';
import { recomputeOpenCases } from './standards/recompute';
import { wireSubscribers } from './subscribers';

/**
 * Everything a handler needs, made once per process: the Electron shell, browser mode and the CLI each
 * create one Core and put their transport in front of the same dispatch().
 */
export interface Core {
  sessions: SessionManager;
  /** Evidence files arriving in parts; thrown away at every lock, sign-out and sign-in. */
  uploads: EvidenceUploads;
  now: () => Date;
  /** Operational log for developers: never personal data (the audit log is the record of who did what). */
  log: (message: string) => void;
}

export interface CoreOptions extends SessionOptions {
  log?: (message: string) => void;
  /**
   * Bring every open case's deadlines up to date at each sign-in (issue 4: states as of today, whatever
   * happened while Hearth was closed). One-shot CLI commands turn it off: they should not pay for it.
   */
  refreshDeadlines?: boolean;
}

export function createCore(options: CoreOptions): Core {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const refresh = options.refreshDeadlines ?? true;
  // One feature's events reach the features that follow from them (documents → deadlines, plans, closure).
  wireSubscribers();
  const uploads = new EvidenceUploads(options.dir, () => (options.now?.() ?? new Date()).getTime());
  const sessions = new SessionManager({
    ...options,
    onLock: (reason) => {
      // The staging files are encrypted with keys held only in memory: forgetting them is enough, and
      // the files are deleted too.
      uploads.discardAll();
      options.onLock?.(reason);
    },
    onUnlock: (ws, now) => {
      // Whoever signs in starts with no upload of anyone else's, and any staging file a killed Hearth
      // left in the workspace is removed (issue 13: abandoned uploads are cleaned up on the next start).
      uploads.discardAll();
      uploads.removeLeftovers();
      options.onUnlock?.(ws, now);
      if (!refresh) return;
      try {
        recomputeOpenCases(ws.db, now);
      } catch (error) {
        // Sign-in still succeeds: each case is recomputed again when it changes, and the dashboard
        // counts a pending item past its due time as overdue anyway.
        log(`Bringing deadlines up to date failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  });
  return { sessions, uploads, now: sessions.now, log };
}
