import type { Channel, Contract } from '../../shared/ipc/contract';
import { AppError } from '../../shared/result';
import type { Core } from '../core';
import { appendAudit, type AuditInput } from '../security/audit';
import type { ActiveSession } from '../security/session';
import type { WritableDB } from '../db/connection';
import { totalChanges } from '../db/queries/meta';
import type { Handler, HandlerContext } from './handler';

/**
 * How a request's work and its audit event reach the database together (issue 13, finding 2).
 *
 * - atomic (every audited handler that does not await): dispatch begins an IMMEDIATE transaction, runs
 *   the handler, checks its answer against the contract and appends the audit event, then commits. A
 *   change cannot commit without its event; an event that cannot be written rolls the change back, and
 *   a read whose event cannot be written is refused. The chain head is read under the write lock, so
 *   two processes appending at once queue instead of colliding on seq.
 * - staged (handlers marked staged(): they await a worker or a PDF writer, or change the session or the
 *   database file): the slow part runs outside any transaction and the writes go through ctx.commit,
 *   which appends the event in the same IMMEDIATE transaction. A staged handler that writes nothing has
 *   its event appended after it returns and before the answer leaves; if that fails, so does the request.
 * - unaudited (audit: 'never' in the contract): status polls and lookups that write nothing.
 *
 * Work that ends after the request has answered (a bundle build, a batch of letters) writes its own
 * audit event in the transaction that stores its result (main/bundles/service.ts, main/documents/batch.ts).
 */

/** The audit event could not be written; what it would have recorded is undone or not shown. */
export class AuditFailure extends Error {}

/** The handler answered outside its contract; in an atomic request its changes are rolled back. */
export class OutputOutsideContract extends Error {}

export interface Recorder {
  event(outcome: AuditInput['outcome'], code?: string): AuditInput;
}

export function appendOrFail(db: WritableDB, event: AuditInput): void {
  try {
    appendAudit(db, event);
  } catch (error) {
    throw new AuditFailure((error as Error).message);
  }
}

export function checkedOutput(spec: Contract[Channel], value: unknown): unknown {
  const output = spec.output.safeParse(value);
  if (!output.success) throw new OutputOutsideContract(output.error.message);
  return output.data;
}

interface Run {
  core: Core;
  channel: Channel;
  spec: Contract[Channel];
  handler: Handler<Channel>;
  input: unknown;
  ctx: Omit<HandlerContext, 'commit'>;
  recorder: Recorder;
  /** The session the request began in; null for a public channel used signed out. */
  session: ActiveSession | null;
  /** dispatch's DispatchOptions.inTransaction: after the change and its event, in their transaction. */
  inTransaction?: (db: WritableDB, changedRows: number) => void;
}


export function runAtomic(run: Run): unknown {
  const { db } = run.session!.ws;
  const ctx: HandlerContext = { ...run.ctx, commit: (write) => write() };
  return db
    .transaction(() => {
      const before = run.inTransaction ? totalChanges(db) : 0;
      const value = run.handler(run.input as never, ctx);
      if (value instanceof Promise) {
        void value.catch(() => undefined);
        throw new Error(`${run.channel} awaits: mark its handler staged() so its writes go through ctx.commit`);
      }
      const output = checkedOutput(run.spec, value);
      const changed = run.inTransaction ? totalChanges(db) - before : 0;
      appendOrFail(db, run.recorder.event('ok'));
      run.inTransaction?.(db, changed);
      return output;
    })
    .immediate();
}

/** Channels that end or replace the session on purpose; their event goes to whichever session follows. */
const CHANGES_SESSION = new Set<Channel>(['workspace:create', 'session:signIn', 'session:unlock', 'session:recover', 'backup:restore']);
/**
 * Channels that close the database: their event is written first, while it is open, rather than held in
 * memory until the next unlock (which a CLI run that ends with a sign-out never reaches).
 */
const CLOSES_SESSION = new Set<Channel>(['session:lock', 'session:signOut']);

export async function runStaged(run: Run): Promise<unknown> {
  let committed = false;
  if (CLOSES_SESSION.has(run.channel)) {
    try {
      run.core.sessions.audit(run.recorder.event('ok'));
    } catch (error) {
      // Locking or signing out still happens: keeping the session open because its log is full would be worse.
      run.core.log(`dispatch: the audit event for ${run.channel} could not be written: ${(error as Error).message}`);
    }
    committed = true;
  }
  const ctx: HandlerContext = {
    ...run.ctx,
    commit: (write) => {
      const db = run.session?.ws.db;
      if (committed || !db) throw new Error(`${run.channel}: ctx.commit is for one write of a signed-in request`);
      if (!db.open) throw new AppError('not-signed-in', 'The workspace was locked before this could be saved. Nothing was saved: unlock it and try again.');
      const result = db
        .transaction(() => {
          const before = run.inTransaction ? totalChanges(db) : 0;
          const r = write();
          const changed = run.inTransaction ? totalChanges(db) - before : 0;
          appendOrFail(db, run.recorder.event('ok'));
          run.inTransaction?.(db, changed);
          return r;
        })
        .immediate();
      committed = true;
      return result;
    },
  };
  const value = await run.handler(run.input as never, ctx);
  const output = checkedOutput(run.spec, value);
  if (committed) return output;
  if (CHANGES_SESSION.has(run.channel)) {
    // Into the session that follows (a sign-in's own), or, after a restore, kept for the next sign-in.
    try {
      run.core.sessions.audit(run.recorder.event('ok'));
    } catch (error) {
      // A session opened by this request without its record is closed again.
      if (run.core.sessions.current()?.ws !== run.session?.ws) run.core.sessions.signOut();
      throw new AuditFailure((error as Error).message);
    }
    return output;
  }
  // A read: its event is written before the answer leaves, in the session it was asked in.
  const now = run.core.sessions.current();
  if (!now || !run.session || now.ws !== run.session.ws || !now.ws.db.open) {
    throw new AppError('not-signed-in', 'The workspace was locked before the answer was ready. Unlock it and ask again.');
  }
  appendOrFail(now.ws.db, run.recorder.event('ok'));
  return output;
}
