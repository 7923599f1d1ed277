import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditEvent, AuditHead, AuditVerifyOutput } from '../../shared/schemas/admin';
import type { ReadableDB, WritableDB } from '../db/connection';
import { type AuditRow, auditHashAt, insertAuditRow, iterateAuditRowsAfter, lastAuditRow, listAuditRows } from '../db/queries/audit';
import { getMeta, requireMeta, setMeta } from '../db/queries/meta';

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
 * must still contain it, which catches events cut off the end. A whole chain that checks out becomes the
 * point the next quick check starts from (verifyChainSince).
 */
export function verifyChain(db: ReadableDB, expected?: AuditHead): AuditVerifyOutput {
  return walkChain(db, { seq: 0, hash: GENESIS_HASH }, expected);
}

/**
 * The quick check Home runs each time it is shown (issue 17: the whole chain took 40–90 ms there, and
 * grows with every event): from the last event a check found whole, remembered with its hash in the
 * workspace, to the end. The remembered event must still carry that hash (an edit of it, or a log cut
 * short before it, is caught) and every event after it is checked as the whole walk checks it. An edit
 * before the remembered point is for the whole check (the audit page's button, `hearth audit verify`,
 * `hearth doctor`, every backup), which still walks from the first event.
 */
export function verifyChainSince(db: WritableDB): AuditVerifyOutput {
  const from = lastVerified(db);
  const result = from ? walkChain(db, from) : verifyChain(db);
  if (result.ok) rememberVerified(db, result.head);
  return result;
}

/** The point the quick check starts from: the last head a check found whole (null before any). */
function lastVerified(db: ReadableDB): AuditHead | null {
  const stored = getMeta(db, 'audit_verified');
  if (!stored) return null;
  const [seq, hash] = stored.split(':');
  return { seq: Number(seq), hash: hash ?? '' };
}

export function rememberVerified(db: WritableDB, head: AuditHead): void {
  setMeta(db, 'audit_verified', `${head.seq}:${head.hash}`);
}

function walkChain(db: ReadableDB, from: AuditHead, expected?: AuditHead): AuditVerifyOutput {
  const key = auditKey(db);
  let prev = from.hash;
  let seqExpected = from.seq + 1;
  let checked = 0;
  const fail = (problem: string): AuditVerifyOutput => ({ ok: false, checked, head: auditHead(db), problem, from: from.seq });
  if (from.seq > 0) {
    const at = auditHashAt(db, from.seq);
    if (at === null) return fail(`The log no longer has event ${from.seq}, which an earlier check found: events were removed from the end.`);
    if (!sameHex(at, from.hash)) return fail(`Event ${from.seq} differs from when an earlier check found it whole: the log was rewritten.`);
  }
  for (const row of iterateAuditRowsAfter(db, from.seq)) {
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
  if (expected && expected.seq > from.seq + checked) return fail(`The log ends at event ${from.seq + checked}, but a backup recorded event ${expected.seq}: events were removed from the end.`);
  return { ok: true, checked, head: auditHead(db), problem: null, from: from.seq };
}

export function listAudit(db: ReadableDB, limit: number, beforeSeq?: number): AuditEvent[] {
  return listAuditRows(db, limit, beforeSeq ?? Number.MAX_SAFE_INTEGER);
}
