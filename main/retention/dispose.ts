import { AppError } from '../../shared/result';
import type { DisposalOutcome } from '../../shared/schemas/retention';
import { reindexCase } from '../cases/search-index';
import { writeSearchRow } from '../cases/store';
import type { WritableDB } from '../db/connection';
import { disposalRefusal } from './service';
import { anonymiseTable, caseRetentionRow, deleteTableRows, forgetKeptAnswers, insertTombstone, mergeSearchIndex, reclaimSpace, withDisposalPermit } from './store';
import { caseTables } from './tables';

/**
 * Disposing of a case past its retention date (issue 21 item 2), in one transaction with its tombstone:
 * - anonymise: every identity and every piece of free text blanked table by table (tables.ts), files and
 *   copies removed; the codes, dates and figures the monitoring report counts stay, so its numbers for any
 *   period are unchanged;
 * - delete: every row of the case removed, its tombstone kept.
 * The search index is rewritten and merged in the same transaction; afterwards the file is rebuilt
 * (VACUUM) and the WAL truncated, so no page of the file or its journal keeps what was removed.
 */
export interface DisposeRequest {
  caseId: number;
  method: 'anonymise' | 'delete';
  confirmRef: string;
}

export interface DisposalDone {
  disposalId: number;
  ref: string;
  method: 'anonymise' | 'delete';
  rows: number;
  ruleId: string;
  schedule: string;
  dueOn: string;
}

/** The change itself, inside the caller's IMMEDIATE transaction (dispatch's commit, or disposeCase's own). */
export function disposeInTransaction(db: WritableDB, req: DisposeRequest, by: number, now: Date): DisposalDone {
  const c = caseRetentionRow(db, req.caseId);
  if (!c) throw new AppError('not-found', 'There is no such case.');
  if (req.confirmRef.trim().toUpperCase() !== c.ref.toUpperCase()) throw new AppError('bad-input', `Type the case reference ${c.ref} exactly to confirm the disposal.`);
  const { refusal, item } = disposalRefusal(db, req.caseId, now);
  if (refusal || !item) throw new AppError('guard', refusal ?? 'Refused.');
  const counts: Record<string, number> = {};
  withDisposalPermit(db, c.id, () => {
    for (const [table, rule] of caseTables()) {
      const n = req.method === 'anonymise' ? anonymiseTable(db, table, rule, c.id) : deleteTableRows(db, table, rule, c.id);
      if (n) counts[table] = n;
    }
    if (req.method === 'anonymise') reindexCase(db, c.id);
    else writeSearchRow(db, c.id, null);
    mergeSearchIndex(db);
  });
  const at = now.toISOString();
  const tombstone = { caseId: c.id, caseRef: c.ref, partner: c.partner, category: c.category, method: req.method, ruleId: item.ruleId!, schedule: item.schedule, dueOn: item.dueOn!, counts };
  const disposalId = insertTombstone(db, tombstone, by, at);
  forgetKeptAnswers(db);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  return { disposalId, ref: c.ref, method: req.method, rows, ruleId: item.ruleId!, schedule: item.schedule, dueOn: item.dueOn! };
}

/** After commit: VACUUM cannot run inside a transaction. A reader holding the file open makes it wait for the next disposal. */
export function reclaimAfterDisposal(db: WritableDB, log: (line: string) => void): boolean {
  try {
    reclaimSpace(db);
    return true;
  } catch (error) {
    log(`retention: the space could not be reclaimed yet (${(error as Error).message}); it will be at the next disposal.`);
    return false;
  }
}

export const outcomeOf = (done: DisposalDone, spaceReclaimed: boolean): DisposalOutcome => ({ disposalId: done.disposalId, ref: done.ref, method: done.method, rows: done.rows, spaceReclaimed });
