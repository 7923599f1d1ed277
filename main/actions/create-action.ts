import { evaluateGuards, possessionGround, unansweredFlags } from '../../shared/actions/guards';
import { LEGAL_AID_STATEMENT } from '../../shared/court/texts';
import type { ActionCreateInput, GuardReport } from '../../shared/schemas/actions';
import { AppError } from '../../shared/result';
import type { ReadableDB, WritableDB } from '../db/connection';
import { buildGuardContext } from './guard-context';
import { insertAction } from './store';
import { addMonths } from '../../shared/time/days';

/** Checks the guards for a proposed action without recording anything (the UI asks before submitting). */
export function checkAction(db: ReadableDB, input: ActionCreateInput, now: Date): GuardReport {
  return evaluateGuards(buildGuardContext(db, input, now));
}

/** Default "live" or running periods (law.md §5.1–5.2): warnings 3 and 6 months, an ABC 6 months. */
function expiryOf(input: ActionCreateInput): string | null {
  const d = input.details;
  if (d.kind === 'written-warning-first') return addMonths(input.startedOn, d.livePeriodMonths ?? 3);
  if (d.kind === 'written-warning-final') return addMonths(input.startedOn, d.livePeriodMonths ?? 6);
  if (d.kind === 'abc') return addMonths(input.startedOn, d.durationMonths);
  return null;
}

/**
 * Records an action on a case, in the main process, only if every guard allows it (DESIGN §5):
 * a block refuses with its reason; a flag refuses until the officer has given a reason to go on.
 */
export function createAction(db: WritableDB, input: ActionCreateInput, user: { id: number }, now: Date): { id: number; report: GuardReport } {
  const { details, acknowledgements, report } = vetAction(db, input, now);
  const id = insertAction(db, {
    caseId: input.caseId,
    kind: input.details.kind,
    subjectPartyId: input.subjectPartyId,
    startedOn: input.startedOn,
    details: details as never,
    acknowledgements,
    expiresOn: expiryOf(input),
    by: user.id,
    at: now.toISOString(),
  });
  return { id, report };
}

/**
 * The guards' verdict on an action as it would be recorded (or, edited, recorded anew: main/actions/
 * edit-action.ts): refused with the reasons, or its details and the reasons given to go ahead.
 */
export function vetAction(db: ReadableDB, input: ActionCreateInput, now: Date): { details: Record<string, unknown>; acknowledgements: Record<string, string>; report: GuardReport } {
  const ctx = buildGuardContext(db, input, now);
  const report = evaluateGuards(ctx);
  if (report.blocks.length) throw new AppError('guard', report.blocks.map((b) => `${b.message} (${b.rule})`).join(' '));
  const open = unansweredFlags(report, input.acknowledgements);
  if (open.length) throw new AppError('guard', open.map((f) => `${f.message} (${f.rule})`).join(' '));
  const details: Record<string, unknown> = { ...input.details };
  if (input.details.kind === 'possession') details.ground = possessionGround(ctx.subject?.tenure ?? null, input.details.absolute);
  if (input.details.kind === 'civil-injunction') {
    // CPR 65.43(2)(d): the application must say, in these words, that the respondent may get legal aid without a means test.
    details.legalAidStatement = LEGAL_AID_STATEMENT;
  }
  return { details, acknowledgements: Object.fromEntries(report.flags.map((f) => [f.guard, input.acknowledgements[f.guard]!])), report };
}
