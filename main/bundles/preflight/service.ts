import { generatedKey } from '../../../shared/domain/bundle-model';
import { AppError } from '../../../shared/result';
import type { BundlePlan, PreflightReport } from '../../../shared/schemas/bundles';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { loadCaseData, type CaseData } from '../sources';
import { preflightReport } from './check';
import { listOverrides, saveOverride } from './store';

/**
 * The pre-flight check behind bundle:preflight and bundle:preflightOverride (issue 15), and the rule
 * that a build with the application or the draft order in it waits until the check passes.
 */
interface Builder {
  id: number;
  username: string;
  displayName: string;
}

export function reportFor(db: ReadableDB, data: CaseData): PreflightReport {
  return preflightReport(data, data.injunction ? listOverrides(db, data.injunction.id) : []);
}

export function bundlePreflight(db: ReadableDB, caseId: number, now: Date, builder: Builder): PreflightReport {
  return reportFor(db, loadCaseData(db, caseId, now, builder));
}

/** Passes over one problem the law allows to be, with the reason; refuses any other. */
export function overridePreflight(db: WritableDB, caseId: number, code: string, reason: string, now: Date, builder: Builder): PreflightReport {
  const data = loadCaseData(db, caseId, now, builder);
  const item = reportFor(db, data).items.find((i) => i.code === code);
  if (!data.injunction || !item) throw new AppError('not-found', 'That problem is no longer in the pre-flight check: reload the builder.');
  if (!item.overridable) throw new AppError('guard', `This cannot be passed over: the law requires it. ${item.message}`);
  saveOverride(db, { actionId: data.injunction.id, code, reason, by: builder.id, at: now.toISOString() });
  return reportFor(db, data);
}

const PAPERS = new Set([generatedKey('application'), generatedKey('draft-order')]);
const hasGeneratedPapers = (plan: BundlePlan) => plan.sections.some((s) => s.items.some((k) => PAPERS.has(k)));

/** A plan with the application or draft order in it is refused while the check has problems standing. */
export function refuseUnlessPreflightPasses(db: ReadableDB, data: CaseData, plan: BundlePlan): void {
  if (!hasGeneratedPapers(plan)) return;
  const report = reportFor(db, data);
  const standing = report.items.filter((i) => i.override === null);
  if (standing.length) {
    throw new AppError('guard', `The application and draft order cannot be built yet. Fix each of these (or, where allowed, say why it can stand) in the pre-flight check: ${standing.map((i) => i.message).join(' ')}`);
  }
}
