import { AppError } from '../../shared/result';
import type { WritableDB } from '../db/connection';
import { currentPlan, insertPlanReview, insertPlanVersion, lastPlanVersion, setPlanIssued } from './store';

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

export function savePlanVersion(db: WritableDB, caseId: number, d: PlanDraft, by: number, at: string): { id: number; version: number } {
  const version = (lastPlanVersion(db, caseId) ?? 0) + 1;
  const id = insertPlanVersion(db, { caseId, version, ...d, by, at });
  return { id, version };
}

export function addPlanReview(db: WritableDB, caseId: number, r: { at: string; outcome: string; changedPlan: boolean }, by: number): number {
  const plan = currentPlan(db, caseId);
  if (plan === null) throw new AppError('bad-input', 'There is no action plan to review yet. Agree a plan first.');
  if (!plan.agreedAt) throw new AppError('bad-input', 'The action plan has not been agreed yet, so it cannot be reviewed.');
  if (r.at < plan.agreedAt) throw new AppError('bad-input', 'A review cannot be before the plan was agreed.');
  return insertPlanReview(db, { caseId, planId: plan.id, ...r, by });
}

export function markPlanIssued(db: WritableDB, caseId: number, planId: number, at: string): void {
  if (!setPlanIssued(db, caseId, planId, at)) throw new AppError('conflict', 'That plan version is not on this case or was already issued.');
}
