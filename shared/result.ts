/**
 * The one result shape that crosses every boundary (IPC, browser mode, CLI).
 * Handlers never throw across the boundary: only `error.message` would survive Electron's
 * serialisation, so errors travel as data with a stable code.
 */
export const ERROR_CODES = [
  'bad-input', // the payload failed its schema, or a value broke a rule
  'not-signed-in', // no session, or the session is locked
  'forbidden', // signed in, but can() said no
  'foreign-sender', // the request did not come from the app's own window or token
  'wrong-passphrase',
  'locked-out', // too many wrong passphrases: wait
  'not-found',
  'reason-required', // a restricted case needs a stated reason to open (audited), or a live grant from opening it
  'passphrase-change-required', // the signed-in person must choose their own passphrase before anything else
  'audit-failed', // the audit event could not be written, so nothing was changed or shown
  'guard', // a policy guard stopped the action (DESIGN §5); the message says which rule and what to do
  'conflict', // e.g. a workspace already exists, a user name is taken
  'integrity', // a backup, database or audit chain failed verification
  'unavailable', // e.g. no workspace created yet
  'storage', // the disk is full, read-only or refuses access: the message names the folder and what to do
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /**
   * Set only by a PC's bridge to an office host (issue 22, main/host/bridge.ts): the host could not be
   * reached, or showed a certificate other than the one this PC pinned, or this PC's own key is still locked
   * (device-locked: the window asks for this PC's passphrase, main/host/device-lock.ts). The renderer shows the
   * matching state.
   */
  office?: OfficeTrouble;
}

export type OfficeTrouble = 'unreachable' | 'certificate-changed' | 'device-locked';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** An error a service throws on purpose: its message is written for the person who will read it. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
