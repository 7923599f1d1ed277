import type { SessionInfo, WorkspaceStatus } from '../../shared/schemas/session';
import type { CreateWorkspaceInit } from '../workspace/create';
import type { SlotCost } from '../workspace/keyring';
import type { AuditInput } from './audit';
import type { ActiveSession } from './session';
import type { PassphraseThrottle } from './throttle';

/** The PC a request came from, when the workspace is served to the office (issue 22); null in the embedded mode. */
export interface DeviceIdentity {
  serial: string;
  name: string;
}

/**
 * The session a request runs in, as dispatch and the handlers see it. In the embedded single-PC mode it is
 * the process's one SessionManager (one person at the keyboard, the implicit device). On an office host it
 * is the session of one user on one enrolled PC (main/host/sessions.ts), chosen by the request's session
 * token: many sessions share the host's one open workspace, each with its own user, grants and idle lock.
 */
export interface SessionPort {
  readonly dir: string;
  readonly now: () => Date;
  readonly slotCost: SlotCost | undefined;
  /** The wrong-passphrase throttle: per user, shared by every session of the process. */
  readonly throttle: PassphraseThrottle;
  /** The PC this session is on; null for the embedded mode's one implicit device. */
  readonly device: DeviceIdentity | null;
  status(): WorkspaceStatus;
  current(): ActiveSession | null;
  touch(): void;
  create(init: Omit<CreateWorkspaceInit, 'now' | 'slotCost'>): { recoveryKey: string; session: SessionInfo };
  signIn(username: string, passphrase: string): SessionInfo;
  unlock(passphrase: string): SessionInfo;
  recover(recoveryKey: string, username: string, newPassphrase: string): SessionInfo;
  lock(reason?: 'idle' | 'manual' | 'restore'): void;
  signOut(): void;
  audit(event: AuditInput): void;
  sessionInfo(): SessionInfo;
  refreshUser(): void;
  markRecoveryConfirmed(): void;
  checkIdle(): boolean;
  startIdleTimer(intervalMs?: number): void;
  stopIdleTimer(): void;
}
