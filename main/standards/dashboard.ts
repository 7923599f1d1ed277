import { addDays, endOfDay, localDateOf } from '../../shared/standards/calendar';
import type { DB } from '../db/connection';
import type { SessionUser } from '../security/session';

export type DashboardScope = 'mine' | 'team' | 'partner';

export interface DashboardLine {
  caseId: number;
  ref: string;
  ruleId: string;
  occurrence: number;
  label: string;
  dueAt: string;
  urgent: boolean;
  ownerName: string | null;
  ownerId: number | null;
  restricted: boolean;
}

export interface Dashboard {
  overdue: DashboardLine[];
  today: DashboardLine[];
  week: DashboardLine[];
  perOfficer: { ownerId: number | null; ownerName: string | null; overdue: number; today: number; week: number }[];
}

/**
 * The first screen after sign-in (issue 4 §6): what is overdue, due today and due this week, for me, my
 * team (everyone in my partners) or one partner. Reads the stored due items through their partial index.
 * "This week" runs to the end of Sunday, London time.
 */
export function loadDashboard(db: DB, user: SessionUser, scope: DashboardScope, partner: string | null, now: Date, limit = 200): Dashboard {
  const today = localDateOf(now);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  const endToday = endOfDay(today).toISOString();
  const endWeek = endOfDay(addDays(today, weekday === 0 ? 0 : 7 - weekday)).toISOString();
  const partners = scope === 'partner' && partner ? user.partners.filter((p) => p === partner) : user.partners;
  const inList = partners.length ? partners.map((_, i) => `@p${i}`).join(', ') : "''";
  const params: Record<string, string | number> = { nowIso: now.toISOString(), endWeek, limit: limit * 3 };
  partners.forEach((p, i) => (params[`p${i}`] = p));
  const mine = scope === 'mine' ? 'AND c.owner_id = @me' : '';
  if (scope === 'mine') params.me = user.id;
  const legal = user.role === 'legal' ? 'AND c.legal_referred = 1' : '';
  const rows = db
    .prepare(
      `SELECT d.case_id AS caseId, c.ref, d.rule_id AS ruleId, d.occurrence, d.label, d.due_at AS dueAt, d.urgent, c.owner_id AS ownerId,
              u.display_name AS ownerName, c.restricted
       FROM due_items d JOIN cases c ON c.id = d.case_id LEFT JOIN users u ON u.id = c.owner_id
       WHERE d.state IN ('pending', 'breached') AND d.due_at <= @endWeek
         AND c.partner IN (${inList}) ${mine} ${legal}
         AND (c.status != 'closed' OR d.rule_id = 'feedback-survey')
       ORDER BY d.due_at LIMIT @limit`,
    )
    .all(params) as (Omit<DashboardLine, 'urgent' | 'restricted'> & { urgent: number; restricted: number })[];
  const lines: DashboardLine[] = rows.map((r) => ({ ...r, urgent: r.urgent === 1, restricted: r.restricted === 1 }));
  const overdue = lines.filter((l) => l.dueAt < params.nowIso!);
  const todayLines = lines.filter((l) => l.dueAt >= params.nowIso! && l.dueAt <= endToday);
  const week = lines.filter((l) => l.dueAt > endToday);
  const officers = new Map<string, Dashboard['perOfficer'][number]>();
  const bump = (l: DashboardLine, key: 'overdue' | 'today' | 'week') => {
    const k = String(l.ownerId);
    const o = officers.get(k) ?? { ownerId: l.ownerId, ownerName: l.ownerName, overdue: 0, today: 0, week: 0 };
    o[key] += 1;
    officers.set(k, o);
  };
  overdue.forEach((l) => bump(l, 'overdue'));
  todayLines.forEach((l) => bump(l, 'today'));
  week.forEach((l) => bump(l, 'week'));
  return {
    overdue: overdue.slice(0, limit),
    today: todayLines.slice(0, limit),
    week: week.slice(0, limit),
    perOfficer: [...officers.values()].sort((a, b) => b.overdue - a.overdue || b.today - a.today),
  };
}
