import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditEvent, AuditHead, AuditVerifyOutput } from '../../shared/schemas/admin';
import type { ReadableDB, WritableDB } from '../db/connection';
import { type AuditRow, insertAuditRow, iterateAuditRows, lastAuditRow, listAuditRows } from '../db/queries/audit';
import { requireMeta } from '../db/queries/meta';

/**
 * The audit log: append-only rows, each hash = HMAC(auditKey, previous hash ‖ the event), so an edited,
 * deleted or reordered row breaks the chain from that point on (security.md §4).
 *
 * Why the HMAC key is a random key kept inside the encrypted database rather than derived from the
 * master key: removing a user re-keys the database, and a key derived from the master key would change
 * with it and orphan every earlier event. Anyone able to read the key can already open the database, so
 * this is the same trust as a derived key. Tamper evidence against such a person comes from the chain
 * head that every backup records (Crosby & Wallach): `verifyChain(db, expected)` checks against it.
 */

export interface AuditInput {
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  target: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  /** Never personal data: identifiers and counts only (OWASP logging: keep PII out of log text). */
  detail?: Record<string, string | number | boolean | null> | null;
}

export const GENESIS_HASH = '0'.repeat(64);

function canonical(row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  return JSON.stringify([row.seq, row.at, row.user_id, row.username, row.action, row.target, row.outcome, row.detail]);
}

function chainHash(key: Buffer, prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  return createHmac('sha256', key).update(prevHash).update('\n').update(canonical(row)).digest('hex');
}

const auditKey = (db: ReadableDB) => Buffer.from(requireMeta(db, 'audit_key'), 'hex');

export function auditHead(db: ReadableDB): AuditHead {
  return lastAuditRow(db) ?? { seq: 0, hash: GENESIS_HASH };
}

/**
 * Appends one event. The chain head is read and the row written under the write lock: on its own this
 * runs as BEGIN IMMEDIATE, and a caller already in a transaction must have begun it IMMEDIATE (dispatch
 * does), so that the event commits with the change it records. Two connections appending at once then
 * wait for each other instead of both taking the same seq (issue 13, finding 2).
 */
export function appendAudit(db: WritableDB, e: AuditInput): AuditHead {
  return db.transaction(() => appendAtHead(db, e)).immediate();
}

function appendAtHead(db: WritableDB, e: AuditInput): AuditHead {
  const head = auditHead(db);
  const row = {
    seq: head.seq + 1,
    at: e.at,
    user_id: e.userId,
    username: e.username,
    action: e.action,
    target: e.target,
    outcome: e.outcome,
    detail: e.detail ? JSON.stringify(e.detail) : null,
  };
  const hash = chainHash(auditKey(db), head.hash, row);
  insertAuditRow(db, { ...row, prev_hash: head.hash, hash });
  return { seq: row.seq, hash };
}

const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/**
 * Walks the whole chain in sequence order. `expected` is a head recorded elsewhere (a backup): the chain
 * must still contain it, which catches events cut off the end.
 */
export function verifyChain(db: ReadableDB, expected?: AuditHead): AuditVerifyOutput {
  const key = auditKey(db);
  let prev = GENESIS_HASH;
  let seqExpected = 1;
  let checked = 0;
  const fail = (problem: string): AuditVerifyOutput => ({ ok: false, checked, head: auditHead(db), problem });
  for (const row of iterateAuditRows(db)) {
    if (row.seq !== seqExpected) return fail(`Event ${seqExpected} is missing (the next event is ${row.seq}): an event was deleted.`);
    if (!sameHex(row.prev_hash, prev)) return fail(`Event ${row.seq} does not follow event ${row.seq - 1}: events were deleted or reordered.`);
    if (!sameHex(row.hash, chainHash(key, prev, row))) return fail(`Event ${row.seq} has been altered since it was written.`);
    if (expected && row.seq === expected.seq && !sameHex(row.hash, expected.hash)) {
      return fail(`Event ${row.seq} differs from the copy recorded in a backup: the log was rewritten.`);
    }
    prev = row.hash;
    seqExpected += 1;
    checked += 1;
  }
  if (expected && expected.seq > checked) return fail(`The log ends at event ${checked}, but a backup recorded event ${expected.seq}: events were removed from the end.`);
  return { ok: true, checked, head: auditHead(db), problem: null };
}

export function listAudit(db: ReadableDB, limit: number, beforeSeq?: number): AuditEvent[] {
  return listAuditRows(db, limit, beforeSeq ?? Number.MAX_SAFE_INTEGER);
}
