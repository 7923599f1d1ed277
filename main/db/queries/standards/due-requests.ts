import type { DueRequestLine } from '../../../../shared/schemas/standards';
import type { ReadableDB } from '../../connection';
import { hasTable } from '../meta';

/**
 * Data subjects' requests on the deadlines dashboard (issue 21 item 3): a request is about a person, not a
 * case, so it has no due_items row; its due date (one calendar month from the later of receipt and
 * identity confirmed, moved to a working day, or three once extended: shared/standards/sar-deadline.ts) is
 * read beside them. Open requests only (an answered one is done), overdue or due by the end of the week,
 * soonest first (the partial index subject_requests_due).
 */
export function dueRequests(db: ReadableDB, partners: readonly string[], today: string, endWeek: string): DueRequestLine[] {
  if (!partners.length || !hasTable(db, 'subject_requests')) return [];
  const rows = db
    .prepare(
      `SELECT id, kind, partner, name, due_on AS dueOn, extended_reason IS NOT NULL AS extended FROM subject_requests
       WHERE status = 'open' AND due_on <= ? AND partner IN (${partners.map(() => '?').join(', ')}) ORDER BY due_on, id`,
    )
    .all(endWeek, ...partners) as (Omit<DueRequestLine, 'section' | 'extended'> & { extended: number })[];
  return rows.map((r) => ({ ...r, extended: r.extended === 1, section: r.dueOn < today ? 'overdue' : r.dueOn === today ? 'today' : 'week' }));
}
