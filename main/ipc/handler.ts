import type { TouchesOneCase } from '../../shared/ipc/case-scope';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/result';
import type { Core } from '../core';
import type { CaseAccessRow } from '../db/queries/cases';
import type { ActiveSession } from '../security/session';

/** The case a channel touches, as dispatch resolved and authorised it; null for cross-case and no-case channels. */
export type CaseFactsFor<C extends Channel> = C extends Channel ? (TouchesOneCase<C> extends true ? CaseAccessRow : null) : never;

export interface HandlerContext<C extends Channel = Channel> {
  core: Core;
  /**
   * The case this request touches, found from its input and already checked by dispatch: the user's
   * partners, the legal referral, and a live grant when the case is restricted (shared/ipc/case-scope.ts).
   */
  case: CaseFactsFor<C>;
  /** What the audit event should name as the target (a user id, a file), set by the handler. */
  setAuditTarget(target: string): void;
  /** Extra facts for the audit event (identifiers, counts, a stated reason); never case contents. */
  setAuditDetail(detail: Record<string, string | number | boolean | null>): void;
  /**
   * Writes `write`'s changes and this request's audit event in one IMMEDIATE transaction. A staged
   * handler (one that awaits before it writes) calls it once for its writes; in an ordinary handler
   * dispatch's own transaction is already open, so it simply runs `write` inside it.
   */
  commit<T>(write: () => T): T;
}

/** The context of a channel that touches one case. */
export type CaseContext = HandlerContext & { case: CaseAccessRow };

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

const STAGED = Symbol('staged');

/**
 * Marks a handler that dispatch must not run inside its transaction: one that awaits (a worker, a PDF
 * writer), or changes the session or the database file itself (sign-in, lock, backup, re-key). Its
 * writes go through ctx.commit; when it makes none, dispatch writes its audit event after it returns
 * and before the answer leaves, and refuses the answer if that event cannot be written.
 */
export function staged<C extends Channel>(handler: Handler<C>): Handler<C> {
  return Object.assign(handler, { [STAGED]: true });
}

export const isStaged = (handler: Handler<Channel>): boolean => STAGED in handler;

/** The signed-in session; dispatch has already refused non-public channels without one. */
export function activeSession(ctx: HandlerContext): ActiveSession {
  const active = ctx.core.sessions.current();
  if (!active) throw new AppError('not-signed-in', 'The workspace is locked. Unlock it to carry on.');
  return active;
}
