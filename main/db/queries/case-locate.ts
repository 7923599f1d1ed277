import type { RecordKind } from '../../../shared/ipc/case-scope';
import type { ReadableDB } from '../connection';

/**
 * The case a record belongs to: one small query per kind of record a channel may name (issue 13). Dispatch
 * asks these once per request, then applies the record-level rules to that case.
 */
const CASE_OF: Record<RecordKind, string> = {
  party: 'SELECT case_id FROM parties WHERE id = ?',
  consent: 'SELECT p.case_id FROM consents c JOIN parties p ON p.id = c.party_id WHERE c.id = ?',
  action: 'SELECT case_id FROM case_actions WHERE id = ?',
  'plan-action': 'SELECT p.case_id FROM plan_actions a JOIN action_plans p ON p.id = a.plan_id WHERE a.id = ?',
  evidence: 'SELECT case_id FROM evidence WHERE id = ?',
  document: 'SELECT case_id FROM documents WHERE id = ?',
  bundle: 'SELECT case_id FROM bundles WHERE id = ?',
};

export function caseIdOfRecord(db: ReadableDB, kind: RecordKind, id: number): number | null {
  const row = db.prepare(CASE_OF[kind]).get(id) as { case_id: number } | undefined;
  return row?.case_id ?? null;
}
