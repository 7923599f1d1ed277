import type { CasePlans } from '../../../../shared/schemas/standards';
import type { ReadableDB, WritableDB } from '../../connection';

/** Action plans (migration 0003): versions with their actions, and the case's plan reviews. */
export interface NewPlanVersion {
  caseId: number;
  version: number;
  agreedAt: string | null;
  agreedWith: string;
  contactIntervalDays: number | null;
  summary: string;
  actions: readonly { what: string; who: string; byDate: string | null }[];
  by: number;
  at: string;
}

export function lastPlanVersion(db: ReadableDB, caseId: number): number | null {
  return (db.prepare('SELECT max(version) AS v FROM action_plans WHERE case_id = ?').get(caseId) as { v: number | null }).v;
}

/** One plan version and its actions; returns the plan's id. */
export function insertPlanVersion(db: WritableDB, p: NewPlanVersion): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO action_plans (case_id, version, agreed_at, agreed_with, contact_interval_days, summary, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.caseId, p.version, p.agreedAt, p.agreedWith, p.contactIntervalDays, p.summary, p.by, p.at).lastInsertRowid,
  );
  const add = db.prepare('INSERT INTO plan_actions (plan_id, what, who, by_date) VALUES (?, ?, ?, ?)');
  for (const a of p.actions) add.run(id, a.what, a.who, a.byDate);
  return id;
}

/** The case's latest plan version: its id and when it was agreed (null: not yet). */
export function currentPlan(db: ReadableDB, caseId: number): { id: number; agreedAt: string | null } | null {
  const r = db.prepare('SELECT id, agreed_at AS agreedAt FROM action_plans WHERE case_id = ? ORDER BY version DESC LIMIT 1').get(caseId) as { id: number; agreedAt: string | null } | undefined;
  return r ?? null;
}

/** The case's latest agreed plan version (the one a plan letter sends), whether it has been issued. */
export function latestAgreedPlan(db: ReadableDB, caseId: number): { id: number; issuedAt: string | null } | null {
  const r = db
    .prepare('SELECT id, issued_at AS issuedAt FROM action_plans WHERE case_id = ? AND agreed_at IS NOT NULL ORDER BY version DESC LIMIT 1')
    .get(caseId) as { id: number; issuedAt: string | null } | undefined;
  return r ?? null;
}

export function insertPlanReview(db: WritableDB, r: { caseId: number; planId: number; at: string; outcome: string; changedPlan: boolean; by: number }): number {
  return Number(
    db
      .prepare('INSERT INTO plan_reviews (case_id, plan_id, at, outcome, changed_plan, reviewed_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(r.caseId, r.planId, r.at, r.outcome, r.changedPlan ? 1 : 0, r.by).lastInsertRowid,
  );
}

/** Marks a plan version sent; false when it is not on the case or was already sent. */
export function setPlanIssued(db: WritableDB, caseId: number, planId: number, at: string): boolean {
  return db.prepare('UPDATE action_plans SET issued_at = ? WHERE id = ? AND case_id = ? AND issued_at IS NULL').run(at, planId, caseId).changes > 0;
}

export function setPlanActionDone(db: WritableDB, actionId: number, doneAt: string | null): void {
  db.prepare('UPDATE plan_actions SET done_at = ? WHERE id = ?').run(doneAt, actionId);
}

/** Every plan version of a case (newest first) with its actions, and the case's reviews (newest first). */
export function listPlans(db: ReadableDB, caseId: number): CasePlans {
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
