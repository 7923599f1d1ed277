import { AppError } from '../../shared/result';
import type { CasePlans } from '../../shared/schemas/standards';
import type { DB } from '../db/connection';

/**
 * Action plans (P4.10–4.11): each change is a new version with its actions; reviews belong to the case
 * and record whether they changed the plan (which starts "issue the updated plan within 3 days").
 */
export interface PlanDraft {
  agreedAt: string | null;
  agreedWith: string;
  contactIntervalDays: number | null;
  summary: string;
  actions: { what: string; who: string; byDate: string | null }[];
}

export function savePlanVersion(db: DB, caseId: number, d: PlanDraft, by: number, at: string): { id: number; version: number } {
  const last = db.prepare('SELECT max(version) AS v FROM action_plans WHERE case_id = ?').get(caseId) as { v: number | null };
  const version = (last.v ?? 0) + 1;
  const id = Number(
    db
      .prepare(
        `INSERT INTO action_plans (case_id, version, agreed_at, agreed_with, contact_interval_days, summary, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(caseId, version, d.agreedAt, d.agreedWith, d.contactIntervalDays, d.summary, by, at).lastInsertRowid,
  );
  const add = db.prepare('INSERT INTO plan_actions (plan_id, what, who, by_date) VALUES (?, ?, ?, ?)');
  for (const a of d.actions) add.run(id, a.what, a.who, a.byDate);
  return { id, version };
}

export function currentPlanId(db: DB, caseId: number): number | null {
  const r = db.prepare('SELECT id FROM action_plans WHERE case_id = ? ORDER BY version DESC LIMIT 1').get(caseId) as { id: number } | undefined;
  return r?.id ?? null;
}

export function addPlanReview(db: DB, caseId: number, r: { at: string; outcome: string; changedPlan: boolean }, by: number): number {
  const planId = currentPlanId(db, caseId);
  if (planId === null) throw new AppError('bad-input', 'There is no action plan to review yet. Agree a plan first.');
  const agreed = db.prepare('SELECT agreed_at FROM action_plans WHERE id = ?').get(planId) as { agreed_at: string | null };
  if (!agreed.agreed_at) throw new AppError('bad-input', 'The action plan has not been agreed yet, so it cannot be reviewed.');
  if (r.at < agreed.agreed_at) throw new AppError('bad-input', 'A review cannot be before the plan was agreed.');
  return Number(
    db.prepare('INSERT INTO plan_reviews (case_id, plan_id, at, outcome, changed_plan, reviewed_by) VALUES (?, ?, ?, ?, ?, ?)').run(caseId, planId, r.at, r.outcome, r.changedPlan ? 1 : 0, by)
      .lastInsertRowid,
  );
}

export function markPlanIssued(db: DB, caseId: number, planId: number, at: string): void {
  const r = db.prepare('UPDATE action_plans SET issued_at = ? WHERE id = ? AND case_id = ? AND issued_at IS NULL').run(at, planId, caseId);
  if (r.changes === 0) throw new AppError('conflict', 'That plan version is not on this case or was already issued.');
}

export function planActionCase(db: DB, actionId: number): number | null {
  const r = db.prepare('SELECT p.case_id FROM plan_actions a JOIN action_plans p ON p.id = a.plan_id WHERE a.id = ?').get(actionId) as { case_id: number } | undefined;
  return r?.case_id ?? null;
}

export function setActionDone(db: DB, actionId: number, doneAt: string | null): void {
  db.prepare('UPDATE plan_actions SET done_at = ? WHERE id = ?').run(doneAt, actionId);
}

export function loadPlans(db: DB, caseId: number): CasePlans {
  const plans = db
    .prepare(
      `SELECT p.id, p.version, p.agreed_at AS agreedAt, p.agreed_with AS agreedWith, p.contact_interval_days AS contactIntervalDays, p.summary,
              p.issued_at AS issuedAt, p.created_at AS createdAt, u.display_name AS createdBy
       FROM action_plans p JOIN users u ON u.id = p.created_by WHERE p.case_id = ? ORDER BY p.version DESC`,
    )
    .all(caseId) as Omit<CasePlans['plans'][number], 'actions'>[];
  const actions = db.prepare('SELECT id, what, who, by_date AS byDate, done_at AS doneAt FROM plan_actions WHERE plan_id = ? ORDER BY id');
  const reviews = db
    .prepare(
      `SELECT r.id, r.plan_id AS planId, r.at, r.outcome, r.changed_plan AS changedPlan, u.display_name AS reviewedBy
       FROM plan_reviews r JOIN users u ON u.id = r.reviewed_by WHERE r.case_id = ? ORDER BY r.at DESC`,
    )
    .all(caseId) as (Omit<CasePlans['reviews'][number], 'changedPlan'> & { changedPlan: number })[];
  return {
    plans: plans.map((p) => ({ ...p, actions: actions.all(p.id) as CasePlans['plans'][number]['actions'] })),
    reviews: reviews.map((r) => ({ ...r, changedPlan: r.changedPlan === 1 })),
  };
}
