import { computeDueRecords, toDueItems, visitDueItems, type DueItem, type DueRecord } from '../../shared/standards/engine';
import type { Profile } from '../../shared/standards/profile';
import type { ReadableDB, WritableDB } from '../db/connection';
import { DueDigest, digestOf } from './digest';
import { loadCaseFacts, loadOpenCaseFacts, type CaseStandardsRow } from './facts';
import { getProfile } from './profiles';
import { RECOMMENDATION_RULE_ID, recommendationRecords } from './recommendations';
import { type DueItemRow, dueItemWriter, openCaseDigests, openCaseIds } from './store';

/** Runs the engine for one case, as of `now`. */
export function dueItemsForCase(db: ReadableDB, caseId: number, now: Date): DueItem[] {
  const loaded = loadCaseFacts(db, caseId);
  if (!loaded) return [];
  const profile = profileOf(db, loaded);
  return toDueItems(recordsOf(db, caseId, loaded, profile, now.getTime()), profile);
}

/** The engine's records for a case, and its ASB case review recommendations after them. */
function recordsOf(db: ReadableDB, caseId: number, loaded: CaseStandardsRow, profile: ReturnType<typeof profileOf>, at: number): DueRecord[] {
  const records = computeDueRecords(loaded.header, loaded.facts, profile, at);
  return [...records, ...(recommendationRecords(db, [caseId], at).get(caseId) ?? [])];
}

const profileOf = (db: ReadableDB, loaded: CaseStandardsRow) => getProfile(db, loaded.profileId, loaded.profileVersion);

/**
 * Recomputes and stores a case's due items (issue 4 §2: changing a fact recomputes). Call it in the same
 * transaction as the change. The stored state is as of `now`; the dashboard also treats a pending item
 * whose due time has passed as overdue, so the screens are right between recomputes.
 */
export function recomputeCase(db: WritableDB, caseId: number, now: Date): DueItem[] {
  const loaded = loadCaseFacts(db, caseId);
  if (!loaded) return [];
  const profile = profileOf(db, loaded);
  const records = recordsOf(db, caseId, loaded, profile, now.getTime());
  const live = liveness(loaded.header.closedAt !== null);
  writeCaseItems(db, caseId, records, profile, live, digestOf(records, profile, live));
  return toDueItems(records, profile);
}

/**
 * Whether an item belongs on the dashboard's index: open cases' items, the survey closure starts, and a
 * case review's recommendation (an application may be made on a closed case; the work is still due).
 */
const liveness =
  (caseClosed: boolean) =>
  (r: DueRecord): 0 | 1 =>
    !caseClosed || r.rule.id === 'feedback-survey' || r.rule.id === RECOMMENDATION_RULE_ID ? 1 : 0;

const rowOf = (r: DueRecord, profile: Profile, live: 0 | 1): DueItemRow => [
  r.rule.id,
  r.occurrence,
  r.rule.label,
  r.rule.source,
  profile.id,
  profile.version,
  new Date(r.start).toISOString(),
  new Date(r.due).toISOString(),
  r.state,
  r.met === null ? null : new Date(r.met).toISOString(),
  r.rule.urgent ? 1 : 0,
  live,
];

const sameRow = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Brings a case's stored items in line with `records` and stores their digest. Only rows that differ are
 * written: when time passes, a case usually has one item gone from pending to breached, and rewriting
 * its whole history would multiply the writes (and the deleted pages secure_delete overwrites).
 */
function writeCaseItems(db: WritableDB, caseId: number, records: readonly DueRecord[], profile: Profile, live: (r: DueRecord) => 0 | 1, digest: string): void {
  const s = dueItemWriter(db);
  const stored = new Map<string, DueItemRow>();
  for (const row of s.stored(caseId)) stored.set(`${row[0]} ${row[1]}`, row);
  for (const r of records) {
    const row = rowOf(r, profile, live(r));
    const key = `${row[0]} ${row[1]}`;
    const before = stored.get(key);
    stored.delete(key);
    if (!before || !sameRow(before, row)) s.put(caseId, row);
  }
  for (const [ruleId, occurrence] of stored.values()) s.drop(caseId, ruleId, occurrence);
  s.setDigest(caseId, digest);
}

/**
 * Brings the loaded cases' items up to date as of `at`: a case is written only when its digest differs
 * from the one stored with its items (most open cases have nothing new since the last time). Call it in
 * a transaction. Returns how many cases were written, or null when `stopped()` said to stop (then throw,
 * so the transaction rolls back: a batch is whole or not at all).
 */
function bringUpToDate(db: WritableDB, all: Map<number, CaseStandardsRow>, stored: Map<number, string>, at: number, stopped: () => boolean): number | null {
  const open = liveness(false);
  // Recommendations are few (a handful per review), so all of them are read once rather than per case.
  const recommendations = recommendationRecords(db, 'all', at);
  let rewritten = 0;
  for (const [caseId, loaded] of all) {
    if (stopped()) return null;
    const profile = profileOf(db, loaded);
    const digest = new DueDigest(profile);
    visitDueItems(loaded.header, loaded.facts, profile, at, (rule, occurrence, start, due, state, met) => digest.add(rule, occurrence, start, due, state, met, 1));
    const extra = recommendations.get(caseId) ?? [];
    for (const r of extra) digest.add(r.rule, r.occurrence, r.start, r.due, r.state, r.met, 1);
    const value = digest.value();
    if (stored.get(caseId) === value) continue;
    // Changed (or never digested): only now are the items themselves built, to be written.
    const records = [...computeDueRecords(loaded.header, loaded.facts, profile, at), ...extra];
    writeCaseItems(db, caseId, records, profile, open, value);
    rewritten += 1;
  }
  return rewritten;
}


/**
 * Every open case, in one transaction: at sign-in, so states are as of today (time passing turns pending
 * items into breached ones) and any change to the bank-holiday calendar reaches every open case.
 * Facts are loaded for all open cases in a few queries. A small workspace does this on the main thread
 * at sign-in; a large one in batches in a worker (recomputeOpenCasesInBatches, main/standards/refresh.ts).
 */
export function recomputeOpenCases(db: WritableDB, now: Date): { cases: number; rewritten: number } {
  const all = loadOpenCaseFacts(db);
  const stored = openCaseDigests(db);
  const rewritten = db.transaction(() => bringUpToDate(db, all, stored, now.getTime(), () => false) ?? 0)();
  return { cases: all.size, rewritten };
}

class Stopped extends Error {}

export interface BatchOptions {
  /** Open cases per transaction. */
  batchSize: number;
  /** Asked between cases; when true, the batch in hand is rolled back and nothing more is done. */
  stopped: () => boolean;
  /** Waits a moment before a batch is tried again (the main thread was writing). */
  pause: (ms: number) => void;
  progress?: (done: number, total: number) => void;
}

/** A batch that met a write from the main thread is tried again this many times before it waits its turn for the write lock. */
const RETRIES = 4;
const isBusy = (error: unknown) => String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY');

/**
 * Every open case, a batch at a time, each batch in its own transaction that reads the facts and writes
 * the items, so a batch never writes items from facts that have since changed. The transaction reads
 * first and takes the write lock only to write what changed: the main thread's writes are never kept
 * waiting behind a batch being worked out (a run of IMMEDIATE transactions back to back starved them, as
 * SQLite's busy wait is not a queue). If the main thread wrote meanwhile, SQLite refuses the batch's
 * write (SQLITE_BUSY_SNAPSHOT) and the batch is worked out again from the new facts; after RETRIES it
 * takes the write lock first. Batches are ranges of case ids; each case's items are its own, so batches
 * already written stay right if a later one is stopped.
 */
export function recomputeOpenCasesInBatches(db: WritableDB, now: Date, options: BatchOptions): { cases: number; rewritten: number; stopped: boolean } {
  const ids = openCaseIds(db);
  const at = now.getTime();
  let cases = 0;
  let rewritten = 0;
  const batch = db.transaction((range: { from: number; to: number }) => {
    const all = loadOpenCaseFacts(db, range);
    const written = bringUpToDate(db, all, openCaseDigests(db, range), at, options.stopped);
    if (written === null) throw new Stopped();
    return { cases: all.size, written };
  });
  for (let i = 0; i < ids.length; i += options.batchSize) {
    const range = { from: ids[i]!, to: ids[Math.min(i + options.batchSize, ids.length) - 1]! };
    for (let attempt = 0; ; attempt += 1) {
      if (options.stopped()) return { cases, rewritten, stopped: true };
      try {
        const done = attempt < RETRIES ? batch.deferred(range) : batch.immediate(range);
        cases += done.cases;
        rewritten += done.written;
        break;
      } catch (error) {
        if (error instanceof Stopped) return { cases, rewritten, stopped: true };
        if (!isBusy(error) || attempt >= RETRIES) throw error;
        options.pause(5 * (attempt + 1));
      }
    }
    options.progress?.(Math.min(i + options.batchSize, ids.length), ids.length);
  }
  return { cases, rewritten, stopped: false };
}
