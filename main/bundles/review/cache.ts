import { londonDate } from '../../../shared/time/london';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { ReadableDB } from '../../db/connection';
import { caseTouches } from '../../db/queries/cases';
import { caseUpdatedAt, decisionsOfCase } from '../../review/store';
import type { Redaction } from '../redaction';
import { prepare, type Builder } from '../service';

/**
 * The redaction review's cache (issue 16): composing a 300-exhibit bundle to find its passages takes
 * seconds, and redaction:review and every redaction:decide needed it. What the passages are depends on
 * the case's record (its version is the case's updated_at, which every change through case-write.ts
 * touches), the day and the plan; what they read as depends only on the decisions. So the texts the
 * composition gave the redaction are kept, and a review with other decisions replays them through a
 * fresh redaction (a few hundred milliseconds for 300 exhibits) instead of composing again.
 *
 * The cache only shortens the review screen: bundle:build composes afresh and refuses what is unreviewed
 * as the bundle now reads, so a change the version misses can never let a passage through unreviewed.
 */
type Target = ParsedInput<'redaction:review'>['target'];

interface Entry {
  version: string;
  redaction: Redaction;
  calls: readonly { place: string; text: string }[];
}

const LIMIT = 8;
const byDb = new WeakMap<ReadableDB, Map<string, Entry>>();

const keyOf = (caseId: number, target: Target, builder: Builder) => JSON.stringify([caseId, builder.id, target]);
const versionOf = (db: ReadableDB, caseId: number, now: Date) => `${caseUpdatedAt(db, caseId)}|${caseTouches(db)}|${londonDate(now)}`;

function entries(db: ReadableDB): Map<string, Entry> {
  let m = byDb.get(db);
  if (!m) byDb.set(db, (m = new Map()));
  return m;
}

/** The bundle's redaction with the case's decisions as they now stand, every passage listed (reviewed()). */
export function reviewedRedaction(db: ReadableDB, caseId: number, target: Target, now: Date, builder: Builder): Redaction {
  const cache = entries(db);
  const key = keyOf(caseId, target, builder);
  const version = versionOf(db, caseId, now);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    const r = hit.redaction.withDecisions(decisionsOfCase(db, caseId));
    for (const c of hit.calls) {
      r.placeIs(c.place);
      r.text(c.text);
    }
    return r;
  }
  const p = prepare(db, caseId, target.plan, now, builder, target.lateAdditionsTo, target.lateMode);
  cache.delete(key);
  cache.set(key, { version, redaction: p.data.redaction, calls: [...p.data.redaction.calls()] });
  while (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return p.data.redaction;
}

/**
 * A decision touches the case (case-write.ts) without changing any passage: once it has committed, the
 * cached texts are stamped with the version it made. Called straight after the decision's synchronous
 * transaction, so nothing else has written in between; if it failed, nothing is stamped.
 */
export function keepAfterDecision(db: ReadableDB, caseId: number, target: Target, builder: Builder, now: Date): void {
  const cache = entries(db);
  const key = keyOf(caseId, target, builder);
  const hit = cache.get(key);
  if (hit) cache.set(key, { ...hit, version: versionOf(db, caseId, now) });
}
