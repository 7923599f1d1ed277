import { passphraseProblem } from '../../shared/passphrase';
import { AppError } from '../../shared/result';
import type { UserRecord } from '../../shared/schemas/admin';
import type { SessionInfo, WorkspaceStatus } from '../../shared/schemas/session';
import { holdExclusively } from '../db/connection';
import { getMeta, requireMeta, setMeta } from '../db/queries/meta';
import { readSettings } from '../db/queries/settings';
import { findCurrentUserByName, listUserPartners, setMustChangePassphrase } from '../db/queries/users';
import { createWorkspace, type CreateWorkspaceInit } from '../workspace/create';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { workspaceExists, workspacePaths } from '../workspace/paths';
import { normaliseRecoveryKey } from '../workspace/recovery-key';
import { type Credentials, unlockWorkspace } from '../workspace/unlock';
import { appendAudit, type AuditInput } from './audit';
import { permissionsOf } from './can';
import { RestrictedGrants } from './grants';
import type { SlotCost } from '../workspace/keyring';
import { PassphraseThrottle, RECOVERY_BUCKET } from './throttle';
import type { SessionPort } from './session-port';

/** The signed-in person as can() sees them: their account plus the partners they work for. */
export type SessionUser = UserRecord & { partners: string[] };

type State =
  | { kind: 'signed-out' }
  | { kind: 'locked'; user: Pick<UserRecord, 'username' | 'displayName'> }
  | { kind: 'unlocked'; ws: OpenWorkspace; user: SessionUser; lastActivity: number; grants: RestrictedGrants };

export interface ActiveSession {
  ws: OpenWorkspace;
  user: SessionUser;
  /** This session's grants to restricted cases; a new session starts with none. */
  grants: RestrictedGrants;
}

export interface SessionOptions {
  dir: string;
  now?: () => Date;
  slotCost?: SlotCost;
  /** Called after any lock (idle, by hand, sign-out), e.g. to tell the window. */
  onLock?: (reason: 'idle' | 'manual' | 'sign-out' | 'restore') => void;
  /**
   * Called after each sign-in or unlock with the open database (core brings deadlines up to date). When it
   * returns a promise, background work of its own is using a second connection until that settles.
   */
  onUnlock?: (ws: OpenWorkspace, now: Date, user: SessionUser) => void | Promise<void>;
  /**
   * This process holds the workspace lock (main/workspace/lock.ts): hold the database in SQLite's
   * EXCLUSIVE locking mode as a second line, from the moment onUnlock's background work (a worker with its
   * own connection, in this same process) is over. Tests that open one database twice leave it off.
   */
  exclusive?: boolean;
  /** Developers' log (never personal data). */
  log?: (message: string) => void;
}

/** What the window is told about the signed-in person (the embedded session and an office host's alike). */
export function sessionInfoOf(ws: OpenWorkspace, user: SessionUser): SessionInfo {
  return {
    user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
    permissions: permissionsOf(user),
    mustChangePassphrase: user.mustChangePassphrase,
    recoveryKeyConfirmed: getMeta(ws.db, 'recovery_confirmed_at') !== null,
    idleLockMinutes: readSettings(ws.db).idleLockMinutes,
    workspaceName: requireMeta(ws.db, 'workspace_name'),
    partners: user.partners,
  };
}

/**
 * The one session of this Hearth process: a desktop app on a shared office PC has one person at the
 * keyboard. Locking closes the database and zeroes the key; only the name of who was signed in is kept,
 * so the lock screen can ask for their passphrase.
 */
export class SessionManager implements SessionPort {
  /** The embedded mode's one implicit device: its events name no PC. */
  readonly device = null;
  #state: State = { kind: 'signed-out' };
  #pendingAudit: AuditInput[] = [];
  #idleTimer: NodeJS.Timeout | undefined;
  readonly throttle: PassphraseThrottle;
  readonly dir: string;
  readonly now: () => Date;

  constructor(private readonly options: SessionOptions) {
    this.dir = options.dir;
    this.now = options.now ?? (() => new Date());
    this.throttle = new PassphraseThrottle(() => this.now().getTime(), { file: workspacePaths(options.dir).throttle });
  }

  get slotCost(): SlotCost | undefined {
    return this.options.slotCost;
  }

  status(): WorkspaceStatus {
    const exists = workspaceExists(this.dir);
    const s = this.#state;
    return {
      exists,
      workspaceName: s.kind === 'unlocked' ? requireMeta(s.ws.db, 'workspace_name') : null,
      lockedUser: s.kind === 'locked' ? s.user : null,
      signedIn: s.kind === 'unlocked',
    };
  }

  /** The signed-in session, or null when signed out or locked. */
  current(): ActiveSession | null {
    return this.#state.kind === 'unlocked' ? { ws: this.#state.ws, user: this.#state.user, grants: this.#state.grants } : null;
  }

  touch(): void {
    if (this.#state.kind === 'unlocked') this.#state.lastActivity = this.now().getTime();
  }

  create(init: Omit<CreateWorkspaceInit, 'now' | 'slotCost'>): { recoveryKey: string; session: SessionInfo } {
    // Opened shared, and held exclusively once the sign-in's background work is over (#enter).
    const created = createWorkspace(this.dir, { ...init, now: this.now(), slotCost: this.options.slotCost });
    this.#enter(created.open, created.admin);
    return { recoveryKey: created.recoveryKey, session: this.sessionInfo() };
  }

  signIn(username: string, passphrase: string): SessionInfo {
    return this.#unlockWith({ username, passphrase });
  }

  unlock(passphrase: string): SessionInfo {
    if (this.#state.kind !== 'locked') throw new AppError('not-signed-in', 'Nobody is signed in: sign in with your user name.');
    return this.#unlockWith({ username: this.#state.user.username, passphrase });
  }

  /** Forgotten passphrase: the recovery key opens the workspace and sets a new passphrase for the user. */
  recover(recoveryKey: string, username: string, newPassphrase: string): SessionInfo {
    const key = normaliseRecoveryKey(recoveryKey);
    if (!key) throw new AppError('bad-input', 'That is not a recovery key: it has 13 groups of four letters and digits.');
    const problem = passphraseProblem(newPassphrase, username);
    if (problem) throw new AppError('bad-input', problem);
    this.throttle.assertAllowed(RECOVERY_BUCKET);
    const ws = this.#attempt({ recoveryKey: key });
    const user = findCurrentUserByName(ws.db, username);
    if (!user) {
      ws.close();
      throw new AppError('not-found', `There is no current user called ${username}.`);
    }
    ws.replaceUserSlot(username, newPassphrase);
    setMustChangePassphrase(ws.db, user.id, false);
    this.#enter(ws, { ...user, mustChangePassphrase: false });
    return this.sessionInfo();
  }

  lock(reason: 'idle' | 'manual' | 'restore' = 'manual'): void {
    const s = this.#state;
    if (s.kind !== 'unlocked') return;
    this.#state = { kind: 'locked', user: { username: s.user.username, displayName: s.user.displayName } };
    s.ws.close();
    this.options.onLock?.(reason);
  }

  signOut(): void {
    const s = this.#state;
    this.#state = { kind: 'signed-out' };
    if (s.kind === 'unlocked') s.ws.close();
    this.options.onLock?.('sign-out');
  }

  /**
   * Writes one audit event in its own transaction. Events for which no database was open (failed
   * sign-ins, a lock) wait here for the next unlock.
   */
  audit(event: AuditInput): void {
    const active = this.current();
    if (active) appendAudit(active.ws.db, event);
    else this.#pendingAudit.push(event);
  }

  sessionInfo(): SessionInfo {
    const active = this.current();
    if (!active) throw new AppError('not-signed-in', 'Sign in first.');
    return sessionInfoOf(active.ws, active.user);
  }

  /** Re-reads the signed-in user after an admin changed them (role, removal). */
  refreshUser(): void {
    const s = this.#state;
    if (s.kind !== 'unlocked') return;
    const user = findCurrentUserByName(s.ws.db, s.user.username);
    if (user) s.user = { ...user, partners: listUserPartners(s.ws.db, user.id) };
    else this.signOut();
  }

  markRecoveryConfirmed(): void {
    const active = this.current();
    if (active) setMeta(active.ws.db, 'recovery_confirmed_at', this.now().toISOString());
  }

  /** Locks when the user has been idle longer than the workspace's setting. Called by the timer and tests. */
  checkIdle(): boolean {
    const s = this.#state;
    if (s.kind !== 'unlocked') return false;
    const limitMs = readSettings(s.ws.db).idleLockMinutes * 60_000;
    if (this.now().getTime() - s.lastActivity < limitMs) return false;
    this.audit({ at: this.now().toISOString(), userId: s.user.id, username: s.user.username, action: 'session:autoLock', target: null, outcome: 'ok' });
    this.lock('idle');
    return true;
  }

  startIdleTimer(intervalMs = 15_000): void {
    this.stopIdleTimer();
    this.#idleTimer = setInterval(() => this.checkIdle(), intervalMs);
    this.#idleTimer.unref();
  }

  stopIdleTimer(): void {
    if (this.#idleTimer) clearInterval(this.#idleTimer);
    this.#idleTimer = undefined;
  }

  #unlockWith(cred: { username: string; passphrase: string }): SessionInfo {
    this.throttle.assertAllowed(cred.username);
    const ws = this.#attempt(cred);
    const user = findCurrentUserByName(ws.db, cred.username);
    if (!user) {
      // A removed user whose slot somehow survived: treat exactly like a wrong passphrase.
      ws.close();
      throw new AppError('wrong-passphrase', 'The user name or passphrase is not right. Check Caps Lock and try again.');
    }
    this.#enter(ws, user);
    return this.sessionInfo();
  }

  #attempt(cred: Credentials): OpenWorkspace {
    const bucket = 'recoveryKey' in cred ? RECOVERY_BUCKET : cred.username;
    // An exclusively held database cannot be opened a second time while it is open: a sign-in over a
    // signed-in session locks that session first (its person unlocks again if this attempt fails).
    const s = this.#state;
    if (this.options.exclusive && s.kind === 'unlocked') {
      this.#state = { kind: 'locked', user: { username: s.user.username, displayName: s.user.displayName } };
      s.ws.close();
    }
    try {
      // Opened shared, held exclusively once the sign-in's background work is over (#enter).
      const ws = unlockWorkspace(this.dir, cred, this.options.slotCost);
      this.throttle.recordSuccess(bucket);
      return ws;
    } catch (error) {
      if (error instanceof AppError && error.code === 'wrong-passphrase') this.throttle.recordFailure(bucket);
      throw error;
    }
  }

  #enter(ws: OpenWorkspace, user: UserRecord): void {
    const previous = this.#state;
    if (previous.kind === 'unlocked') previous.ws.close();
    const sessionUser: SessionUser = { ...user, partners: listUserPartners(ws.db, user.id) };
    this.#state = {
      kind: 'unlocked',
      ws,
      user: sessionUser,
      lastActivity: this.now().getTime(),
      grants: new RestrictedGrants(this.now),
    };
    const pending = this.#pendingAudit;
    this.#pendingAudit = [];
    // IMMEDIATE: the chain head is read under the write lock, so another process cannot append in between.
    ws.db.transaction(() => pending.forEach((e) => appendAudit(ws.db, e))).immediate();
    const background = this.options.onUnlock?.(ws, this.now(), sessionUser);
    if (!this.options.exclusive) return;
    if (background) void background.then(() => this.#holdExclusively(ws));
    else this.#holdExclusively(ws);
  }

  /** The second line behind the workspace lock, once no other connection of this process is open. */
  #holdExclusively(ws: OpenWorkspace): void {
    if (ws.closed || this.current()?.ws !== ws) return;
    try {
      holdExclusively(ws.db);
    } catch (error) {
      // The workspace lock (main/workspace/lock.ts) still keeps other Hearth processes out.
      this.options.log?.(`The database could not be held exclusively: ${(error as Error).message}`);
    }
  }
}
