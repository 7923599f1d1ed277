import type { AuditEvent } from '../../../shared/schemas/admin';
import type { ReadableDB, WritableDB } from '../connection';
import { noteBookkeepingRows } from '../change-stamp';
import { sql, sqlJoin } from '../sql';

/**
 * The audit_events table (migration 0001). The chain itself (what is hashed, how a row is checked) is
 * main/security/audit.ts; these are only its reads and its one insert.
 */
export interface AuditRow {
  seq: number;
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  target: string | null;
  outcome: string;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** The last event's sequence number and hash, or undefined for an empty log. */
export function lastAuditRow(db: ReadableDB): { seq: number; hash: string } | undefined {
  return db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
}

export function insertAuditRow(db: WritableDB, row: AuditRow): void {
  const written = db.prepare(
    `INSERT INTO audit_events (seq, at, user_id, username, action, target, outcome, detail, prev_hash, hash)
     VALUES (@seq, @at, @user_id, @username, @action, @target, @outcome, @detail, @prev_hash, @hash)`,
  ).run(row);
  // Every request writes one: not a change to any figure a cache holds (db/change-stamp.ts).
  noteBookkeepingRows(db, written.changes);
}

/** Every event in sequence order, one at a time (the log can be long). */
/** The events after `seq`, in order (the quick check from the last event found whole). */
export function iterateAuditRowsAfter(db: ReadableDB, seq: number): IterableIterator<AuditRow> {
  return db.prepare('SELECT * FROM audit_events WHERE seq > ? ORDER BY seq').iterate(seq) as IterableIterator<AuditRow>;
}

/** The hash recorded for one event, or null when the log has no such event. */
export function auditHashAt(db: ReadableDB, seq: number): string | null {
  const row = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(seq) as { hash: string } | undefined;
  return row?.hash ?? null;
}

/** A page of the log, newest first, before `beforeSeq`. */
export function listAuditRows(db: ReadableDB, limit: number, beforeSeq: number): AuditEvent[] {
  return db.prepare('SELECT seq, at, username, action, target, outcome FROM audit_events WHERE seq < ? ORDER BY seq DESC LIMIT ?').all(beforeSeq, limit) as AuditEvent[];
}

/** The newest successful event of one of `actions` (e.g. the last backup made), or null. */
export function lastSuccessfulEvent(db: ReadableDB, actions: readonly string[]): { at: string; target: string | null } | null {
  const q = sql`SELECT at, target FROM audit_events WHERE action IN (${sqlJoin(actions)}) AND outcome = 'ok' ORDER BY seq DESC LIMIT 1`;
  const row = db.prepare(q.text).get(...q.params) as { at: string; target: string | null } | undefined;
  return row ?? null;
}
