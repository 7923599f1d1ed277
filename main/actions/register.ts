import { actionLabel, type ActionKind } from '../../shared/actions/kinds';
import type { RegisterRow } from '../../shared/schemas/actions';
import type { DB } from '../db/connection';
import type { SessionUser } from '../security/session';

/**
 * The legal-action register for legal teams (issue 5 §3): every court action across the cases the user
 * may see, with the next hearing, expiry and breaches. A proven breach of an injunction meets condition
 * 2 of the absolute ground for possession (law.md §5.3), and the register says so. On a restricted case
 * the user has not opened with a reason (`granted`), the subject's name is withheld (issue 13).
 */
export function legalRegister(
  db: DB,
  user: SessionUser,
  q: { partner: string | null; kind: ActionKind | null; status: 'current' | 'all' },
  now: Date,
  granted: ReadonlySet<number>,
): RegisterRow[] {
  const partners = (q.partner ? user.partners.filter((p) => p === q.partner) : user.partners) as string[];
  if (!partners.length) return [];
  const where = [
    `c.partner IN (${partners.map(() => '?').join(', ')})`,
    "a.kind IN ('civil-injunction', 'restraining-order', 'criminal-behaviour-order', 'closure-order', 'demotion', 'possession')",
  ];
  const args: (string | number)[] = [...partners];
  if (user.role === 'legal') where.push('c.legal_referred = 1');
  if (q.kind) {
    where.push('a.kind = ?');
    args.push(q.kind);
  }
  if (q.status === 'current') where.push("a.status NOT IN ('completed', 'withdrawn', 'refused', 'expired')");
  const nowIso = now.toISOString();
  const rows = db
    .prepare(
      `SELECT a.id AS actionId, c.id AS caseId, c.ref, c.partner, a.kind, p.name AS subjectName, a.court, a.claim_number AS claimNumber,
              a.status, a.started_on AS startedOn, a.expires_on AS expiresOn, c.restricted,
              (SELECT min(next_hearing_at) FROM action_events e WHERE e.action_id = a.id AND e.next_hearing_at >= ?) AS nextHearingAt,
              (SELECT count(*) FROM action_events e WHERE e.action_id = a.id AND e.kind = 'breach') AS breaches,
              (SELECT count(*) FROM action_events e WHERE e.action_id = a.id AND e.kind = 'breach' AND e.proven = 1) AS provenBreaches,
              (SELECT max(at) FROM action_events e WHERE e.action_id = a.id AND e.kind = 'breach') AS lastBreachAt
       FROM case_actions a JOIN cases c ON c.id = a.case_id LEFT JOIN parties p ON p.id = a.subject_party_id
       WHERE ${where.join(' AND ')}
       ORDER BY coalesce(nextHearingAt, '9999'), a.expires_on, c.ref`,
    )
    .all(nowIso, ...args) as (Omit<RegisterRow, 'label' | 'absoluteGroundOpen'> & { restricted: number })[];
  return rows.map(({ restricted, ...r }) => ({
    ...r,
    subjectName: restricted && !granted.has(r.caseId) ? null : r.subjectName,
    label: actionLabel(r.kind),
    absoluteGroundOpen: r.kind === 'civil-injunction' && r.provenBreaches > 0,
  }));
}
