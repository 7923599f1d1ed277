import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/result';
import type { Core } from '../core';
import type { ActiveSession } from '../security/session';

export interface HandlerContext {
  core: Core;
  /** What the audit event should name as the target (a user id, a file), set by the handler. */
  setAuditTarget(target: string): void;
  /** Extra facts for the audit event (identifiers, counts, a stated reason); never case contents. */
  setAuditDetail(detail: Record<string, string | number | boolean | null>): void;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

/** The signed-in session; dispatch has already refused non-public channels without one. */
export function activeSession(ctx: HandlerContext): ActiveSession {
  const active = ctx.core.sessions.current();
  if (!active) throw new AppError('not-signed-in', 'The workspace is locked. Unlock it to carry on.');
  return active;
}
