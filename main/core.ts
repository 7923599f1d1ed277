import { EvidenceUploads } from './evidence/uploads';
import { JobRegistry } from './jobs/registry';
import { workspaceClosing } from './jobs/closing';
import { SessionManager, type SessionOptions } from './security/session';
import type { SessionPort } from './security/session-port';
import type { ConnectedView } from '../shared/schemas/host';
import { refreshDeadlines, type RefreshOutcome } from './standards/refresh';
import { expireLapsedActions } from './actions/expiry';
import { londonDate } from '../shared/time/london';
import { wireSubscribers } from './subscribers';

/**
 * Everything a handler needs, made once per process: the Electron shell, browser mode and the CLI each
 * create one Core and put their transport in front of the same dispatch().
 */
export interface Core {
  /** The session a request runs in: the process's one session, or on an office host one user's on one PC. */
  sessions: SessionPort;
  /** Evidence files arriving in parts; thrown away at every lock, sign-out and sign-in. */
  uploads: EvidenceUploads;
  /** Background work (bundle builds, batches of letters, the sign-in refresh of deadlines); stopped at every lock. */
  jobs: JobRegistry;
  now: () => Date;
  /** Operational log for developers: never personal data (the audit log is the record of who did what). */
  log: (message: string) => void;
  /** The refresh of deadlines the latest sign-in started, and how it ended (tests, the bench); null before any. */
  deadlineRefresh: () => Promise<RefreshOutcome> | null;
  /**
   * Marks lapsed ABCs, warnings and orders expired (issue 18, P5.6), once a day while a session is open
   * (sign-in does it too). The app and browser mode call it on a timer; it does nothing if today's sweep
   * has run. Returns how many actions it marked.
   */
  sweepExpiries: () => number;
  /**
   * Set while this process serves the workspace to the office (`hearth serve`, issue 22): who is signed in
   * from which PC. Absent in the embedded single-PC mode.
   */
  office?: OfficeRuntime;
  /**
   * "Host this workspace for the office" from the app or browser mode (main/office/hosting.ts, channel
   * host:serve); absent where the process cannot host (the CLI has `hearth serve` instead).
   */
  hosting?: HostingControl;
  /**
   * The system print dialog, in the desktop app only (main/app/print.ts): shows a PDF and answers whether it
   * was printed. Absent in browser mode and the CLI, where the browser's own PDF viewer prints.
   */
  printer?: PdfPrinter;
}

/** Prints a PDF through the operating system's print dialog; false when the person cancelled it. */
export interface PdfPrinter {
  print(file: { fileName: string; bytes: Uint8Array }): Promise<boolean>;
}

/** Starting and stopping the office host's server in this process; start answers the port it listens on. */
export interface HostingControl {
  start(listen: { host: string; port: number }): Promise<number>;
  stop(): Promise<void>;
}

/** What the office host tells its administrator about the sessions it holds (main/host/sessions.ts). */
export interface OfficeRuntime {
  connected(): ConnectedView[];
  /** A revoked PC's sessions end at once. */
  endDevice(serial: string): void;
  /** The port the host listens on, once it does. */
  port: number | null;
}

export interface CoreOptions extends SessionOptions {
  log?: (message: string) => void;
  /**
   * Bring every open case's deadlines up to date at each sign-in (issue 4: states as of today, whatever
   * happened while Hearth was closed). One-shot CLI commands turn it off: they should not pay for it.
   */
  refreshDeadlines?: boolean;
  /** From how many open cases the refresh runs in a worker (main/standards/refresh.ts WORKER_FROM; tests set 0). */
  deadlineWorkerFrom?: number;
  /** Open cases per transaction in that worker (tests set a small one to catch it in the middle). */
  deadlineBatchSize?: number;
}

export function createCore(options: CoreOptions): Core {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const refresh = options.refreshDeadlines ?? true;
  // One feature's events reach the features that follow from them (documents → deadlines, plans, closure).
  wireSubscribers();
  const uploads = new EvidenceUploads(options.dir, () => (options.now?.() ?? new Date()).getTime());
  const jobs = new JobRegistry();
  let refreshing: Promise<RefreshOutcome> | null = null;
  let sweptOn: string | null = null;
  const sessions = new SessionManager({
    ...options,
    log,
    onLock: (reason) => {
      // The staging files are encrypted with keys held only in memory: forgetting them is enough, and
      // the files are deleted too. Background work stops: its database has gone (a worker with its own
      // connection closes it before this returns, so a restore or the next sign-in finds the file free).
      uploads.discardAll();
      jobs.stopAll();
      // What is kept between requests goes too (jobs/closing.ts: a bundle worker kept ready holds files).
      workspaceClosing();
      options.onLock?.(reason);
    },
    onUnlock: (ws, now, user) => {
      // Whoever signs in starts with no upload of anyone else's, and any staging file a killed Hearth
      // left in the workspace is removed (issue 13: abandoned uploads are cleaned up on the next start).
      // Work of a session this one replaced (a sign-in over it) stops with it.
      uploads.discardAll();
      uploads.removeLeftovers();
      jobs.stopAll();
      workspaceClosing();
      const other = options.onUnlock?.(ws, now, user);
      if (!refresh) return other;
      expireLapsedActions(ws.db, user, now);
      sweptOn = londonDate(now);
      const mine = refreshDeadlines(jobs, ws, { userId: user.id, workspaceId: ws.workspaceId }, now, { workerFrom: options.deadlineWorkerFrom, batchSize: options.deadlineBatchSize, log });
      refreshing = mine;
      return other ? Promise.all([other, mine]).then(() => undefined) : mine.then(() => undefined);
    },
  });
  const sweepExpiries = () => {
    const s = sessions.current();
    const now = sessions.now();
    if (!s || sweptOn === londonDate(now)) return 0;
    sweptOn = londonDate(now);
    try {
      return expireLapsedActions(s.ws.db, s.user, now);
    } catch (error) {
      // A timer must not bring the app down: the next sign-in sweeps again.
      sweptOn = null;
      log(`expiry sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  };
  return { sessions, uploads, jobs, now: sessions.now, log, deadlineRefresh: () => refreshing, sweepExpiries };
}
