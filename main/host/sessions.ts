import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/result';
import type { ConnectedView } from '../../shared/schemas/host';
import type { SessionInfo, WorkspaceStatus } from '../../shared/schemas/session';
import { requireMeta, setMeta } from '../db/queries/meta';
import { readSettings } from '../db/queries/settings';
import { findCurrentUserByName, listUserPartners } from '../db/queries/users';
import { appendAudit, type AuditInput } from '../security/audit';
import { RestrictedGrants } from '../security/grants';
import { type SessionManager, type SessionUser, sessionInfoOf, type ActiveSession } from '../security/session';
import type { DeviceIdentity, SessionPort } from '../security/session-port';
import type { OpenWorkspace } from '../workspace/open-workspace';

/**
 * Sessions per user per PC on an office host (issue 22; docs/office-host.md). The host's administrator opened
 * the workspace (the host's own SessionManager holds it); every PC's user signs in with their own passphrase,
 * which the host proves against that open workspace (OpenWorkspace.provePassphrase). Each session has its own
 * restricted-case grants and idle lock; the wrong-passphrase throttle is the host's, per user. A session is
 * found by a random token the host gives the PC at sign-in, and only from the PC it was given to.
 */

interface DeviceSession {
  token: string;
  device: DeviceIdentity;
  user: SessionUser;
  signedInAt: string;
  lastActivity: number;
  locked: boolean;
  grants: RestrictedGrants;
}

export const SESSION_HEADER = 'hearth-session';

/** The header a PC's write carries so a retry after a dropped connection is applied once (main/office/idempotency.ts). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export class OfficeSessions {
  readonly #byToken = new Map<string, DeviceSession>();
  #timer: NodeJS.Timeout | undefined;
  /** The port the host server listens on (set by whoever starts it), shown on the Office host screen. */
  port: number | null = null;

  constructor(readonly host: SessionManager) {}

  /** The host's open workspace; when the host is locked or signed out, no PC's session stands. */
  workspace(): OpenWorkspace | null {
    const ws = this.host.current()?.ws ?? null;
    if (!ws) this.#byToken.clear();
    return ws;
  }

  /** The session a request runs in: its PC's session named by the token, or none (signed out). */
  viewFor(device: DeviceIdentity, token: string | null): DeviceSessionView {
    return new DeviceSessionView(this, device, token);
  }

  find(device: DeviceIdentity, token: string | null): DeviceSession | null {
    if (!token || !this.workspace()) return null;
    const s = this.#byToken.get(token);
    // A token works only from the PC it was given to: a copied token is no use on another machine.
    return s && s.device.serial === device.serial ? s : null;
  }

  open(device: DeviceIdentity, user: SessionUser, replacing: string | null): DeviceSession {
    if (replacing) this.#byToken.delete(replacing);
    // One session per user per PC: signing in again on the same PC replaces the earlier one.
    for (const [token, s] of this.#byToken) if (s.device.serial === device.serial && s.user.id === user.id) this.#byToken.delete(token);
    const now = this.host.now();
    const session: DeviceSession = {
      token: randomBytes(32).toString('hex'),
      device,
      user,
      signedInAt: now.toISOString(),
      lastActivity: now.getTime(),
      locked: false,
      grants: new RestrictedGrants(this.host.now),
    };
    this.#byToken.set(session.token, session);
    return session;
  }

  end(token: string): void {
    this.#byToken.delete(token);
  }

  /** A revoked PC's sessions end with it. */
  endDevice(serial: string): void {
    for (const [token, s] of this.#byToken) if (s.device.serial === serial) this.#byToken.delete(token);
  }

  /** After an administrator changed or removed users: every session sees its user as they now are. */
  refreshUsers(): void {
    const ws = this.workspace();
    if (!ws) return;
    for (const [token, s] of this.#byToken) {
      const user = findCurrentUserByName(ws.db, s.user.username);
      if (user) s.user = { ...user, partners: listUserPartners(ws.db, user.id) };
      else this.#byToken.delete(token);
    }
  }

  /** Writes an event into the host's chain, naming the PC. */
  audit(device: DeviceIdentity, event: AuditInput): void {
    const ws = this.workspace();
    if (!ws) throw new AppError('not-signed-in', 'The office host is locked.');
    const detail = { ...(event.detail ?? {}), device: device.serial, deviceName: device.name };
    appendAudit(ws.db, { ...event, detail });
  }

  /** Locks each session idle for longer than the workspace's setting; returns how many it locked. */
  checkIdle(): number {
    const ws = this.workspace();
    if (!ws) return 0;
    const limitMs = readSettings(ws.db).idleLockMinutes * 60_000;
    const now = this.host.now();
    let locked = 0;
    for (const s of this.#byToken.values()) {
      if (s.locked || now.getTime() - s.lastActivity < limitMs) continue;
      s.locked = true;
      s.grants = new RestrictedGrants(this.host.now);
      this.audit(s.device, { at: now.toISOString(), userId: s.user.id, username: s.user.username, action: 'session:autoLock', target: null, outcome: 'ok' });
      locked += 1;
    }
    return locked;
  }

  startIdleTimer(intervalMs = 15_000): void {
    this.stopIdleTimer();
    this.#timer = setInterval(() => this.checkIdle(), intervalMs);
    this.#timer.unref();
  }

  stopIdleTimer(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Who is signed in from which PC, for the host's administrator (host:status). */
  connected(): ConnectedView[] {
    if (!this.workspace()) return [];
    return [...this.#byToken.values()].map((s) => ({
      deviceSerial: s.device.serial,
      deviceName: s.device.name,
      username: s.user.username,
      displayName: s.user.displayName,
      signedInAt: s.signedInAt,
      lastActiveAt: new Date(s.lastActivity).toISOString(),
      locked: s.locked,
    }));
  }

  endAll(): void {
    this.#byToken.clear();
  }
}

const REMOTE_RECOVERY = 'The recovery key is used on the office host itself, never from a PC. Ask the office administrator.';

/** One request's session on an office host: what dispatch and the handlers see as core.sessions. */
export class DeviceSessionView implements SessionPort {
  constructor(
    private readonly office: OfficeSessions,
    readonly device: DeviceIdentity,
    /** The session token the PC sent; after a sign-in, the new one the host gives back. */
    public token: string | null,
  ) {}

  get dir(): string {
    return this.office.host.dir;
  }

  get now(): () => Date {
    return this.office.host.now;
  }

  get slotCost() {
    return this.office.host.slotCost;
  }

  get throttle() {
    return this.office.host.throttle;
  }

  #session() {
    return this.office.find(this.device, this.token);
  }

  status(): WorkspaceStatus {
    const ws = this.office.workspace();
    const s = this.#session();
    return {
      exists: true,
      workspaceName: ws && s && !s.locked ? requireMeta(ws.db, 'workspace_name') : null,
      lockedUser: s?.locked ? { username: s.user.username, displayName: s.user.displayName } : null,
      signedIn: Boolean(s && !s.locked),
    };
  }

  current(): ActiveSession | null {
    const ws = this.office.workspace();
    const s = this.#session();
    return ws && s && !s.locked ? { ws, user: s.user, grants: s.grants } : null;
  }

  touch(): void {
    const s = this.#session();
    if (s && !s.locked) s.lastActivity = this.now().getTime();
  }

  create(): never {
    throw new AppError('conflict', 'This office host already serves a workspace. Sign in with your user name.');
  }

  signIn(username: string, passphrase: string): SessionInfo {
    const user = this.#prove(username, passphrase);
    const session = this.office.open(this.device, { ...user }, this.token);
    this.token = session.token;
    return this.sessionInfo();
  }

  unlock(passphrase: string): SessionInfo {
    const s = this.#session();
    if (!s?.locked) throw new AppError('not-signed-in', 'Nobody is signed in: sign in with your user name.');
    this.#prove(s.user.username, passphrase);
    s.locked = false;
    s.lastActivity = this.now().getTime();
    return this.sessionInfo();
  }

  recover(): never {
    throw new AppError('forbidden', REMOTE_RECOVERY);
  }

  lock(): void {
    const s = this.#session();
    if (!s) return;
    s.locked = true;
    s.grants = new RestrictedGrants(this.now);
  }

  signOut(): void {
    if (this.token) this.office.end(this.token);
  }

  audit(event: AuditInput): void {
    this.office.audit(this.device, event);
  }

  sessionInfo(): SessionInfo {
    const active = this.current();
    if (!active) throw new AppError('not-signed-in', 'Sign in first.');
    return sessionInfoOf(active.ws, active.user);
  }

  refreshUser(): void {
    this.office.refreshUsers();
  }

  markRecoveryConfirmed(): void {
    const active = this.current();
    if (active) setMeta(active.ws.db, 'recovery_confirmed_at', this.now().toISOString());
  }

  checkIdle(): boolean {
    return this.office.checkIdle() > 0;
  }

  // The host runs one idle timer for every session (OfficeSessions.startIdleTimer).
  startIdleTimer(): void {}

  stopIdleTimer(): void {}

  /** The passphrase proved against the host's open workspace, under the per-user throttle. */
  #prove(username: string, passphrase: string): SessionUser {
    const ws = this.office.workspace();
    if (!ws) throw new AppError('unavailable', 'The office host is locked. Ask the office administrator to unlock it.');
    this.throttle.assertAllowed(username);
    try {
      ws.provePassphrase(username, passphrase);
    } catch (error) {
      if (error instanceof AppError && error.code === 'wrong-passphrase') this.throttle.recordFailure(username);
      throw error;
    }
    const user = findCurrentUserByName(ws.db, username);
    if (!user) throw new AppError('wrong-passphrase', 'The user name or passphrase is not right. Check Caps Lock and try again.');
    this.throttle.recordSuccess(username);
    return { ...user, partners: listUserPartners(ws.db, user.id) };
  }
}
