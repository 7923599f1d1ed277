import type { ErrorCode } from '../../shared/result';

/**
 * What `hearth` returns to the shell, so scripts can tell "you typed it wrong" from "you may not" from
 * "the data is damaged" without reading the message.
 */
export const EXIT = {
  ok: 0,
  /** Something went wrong inside Hearth (a bug, a disk error): not the caller's fault. */
  failed: 1,
  /** Bad input: a usage error, an unknown command, a value that breaks a rule, a name that does not exist. */
  badInput: 2,
  /** Wrong passphrase, or not allowed. */
  denied: 3,
  /** A backup, the database or the audit chain failed verification. */
  integrity: 4,
  /** Ctrl+C at a passphrase prompt: the shell convention for "interrupted". */
  cancelled: 130,
} as const;

/**
 * The one table from a Result error code to an exit code. Typed as complete over ErrorCode, so a new
 * error code in shared/result.ts is a compile error here until someone decides what the shell sees.
 */
export const EXIT_FOR_ERROR: Record<ErrorCode, number> = {
  'bad-input': EXIT.badInput,
  'not-found': EXIT.badInput, // the name or file the caller gave does not exist
  conflict: EXIT.badInput, // e.g. the workspace or user name is already taken
  unavailable: EXIT.badInput, // no workspace in the folder given
  'wrong-passphrase': EXIT.denied,
  'locked-out': EXIT.denied,
  forbidden: EXIT.denied,
  'not-signed-in': EXIT.denied,
  'reason-required': EXIT.denied, // a restricted case: pass --reason to open it
  'passphrase-change-required': EXIT.denied, // the user must first choose their own passphrase in the app
  'audit-failed': EXIT.failed, // the audit log could not be written (a full disk, say): nothing was done
  guard: EXIT.badInput, // a policy guard: the condition it names is not met yet
  'foreign-sender': EXIT.denied, // cannot happen for the local CLI, but it is a refusal if it ever does
  integrity: EXIT.integrity,
  storage: EXIT.failed, // a disk error: not the caller's fault, but said in words (which folder, what to do)
  internal: EXIT.failed,
};

/**
 * Ends a command: its message is one sentence written for people (usually a Result's own message) and
 * goes to stderr; the exit code comes from the table above unless a caller has a reason to differ.
 */
export class CliFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly exitCode: number = EXIT_FOR_ERROR[code],
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
